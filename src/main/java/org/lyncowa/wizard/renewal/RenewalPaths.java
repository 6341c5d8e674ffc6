package org.lyncowa.wizard.renewal;

/** The addresses of the certificate renewal, for the pages that link to it and the upload filter. */
public final class RenewalPaths {

    /** The renewal page: new thumbprint(s) for the plan of this session, or a plan file to open. */
    public static final String PAGE = "/renewal";
    /** Where the renewal page's plan file upload goes. */
    public static final String UPLOAD = "/renewal/plan";
    /** The renewal's downloads: the page, the ZIP, each script. */
    public static final String SCRIPTS = "/renewal/scripts";
    public static final String BUNDLE = "/renewal/bundle.zip";
    public static final String SCRIPT = "/renewal/scripts/{fileName}";

    private RenewalPaths() {
    }
}
