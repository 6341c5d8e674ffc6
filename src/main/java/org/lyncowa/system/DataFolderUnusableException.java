package org.lyncowa.system;

import java.nio.file.Path;

/** The data folder of the session store cannot be created or written; {@link DataFolderFailureAnalyzer} words it. */
class DataFolderUnusableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient Path folder;
    final String reason;

    DataFolderUnusableException(Path folder, String reason, Throwable cause) {
        super("cannot use the data folder " + folder + ": " + reason, cause);
        this.folder = folder;
        this.reason = reason;
    }
}
