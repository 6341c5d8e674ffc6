package org.lyncowa.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example discovery files of {@code src/test/resources/discovery/}. */
public final class DiscoveryExamples {

    public static final String LITWARE_2013 = "litware-lync2013-exchange2013";
    public static final String TAILSPIN_2019 = "tailspin-skype2019-exchange2019";
    public static final String INCONSISTENT = "inconsistent-lync2013-exchange2013";
    public static final String FABRIKAM_COLOCATED = "fabrikam-skype2015-exchange2016-colocated";
    public static final String HOSTILE = "hostile";

    private DiscoveryExamples() {
    }

    public static Path path(String name) {
        return Path.of("src/test/resources/discovery", name + Discovery.FILE_SUFFIX).toAbsolutePath();
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
