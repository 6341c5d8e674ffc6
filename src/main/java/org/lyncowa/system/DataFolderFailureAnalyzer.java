package org.lyncowa.system;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Start-up on a data folder the wizard cannot use (read-only, full, not a folder, locked by another
 * running wizard) ends with one sentence naming the folder and the setting to change, instead of
 * a long stack trace (README: "Security and data").
 */
class DataFolderFailureAnalyzer implements FailureAnalyzer {

    /** H2's "cannot use the file" codes: IO 90028/90031, read-only 90097, in use 90020, trace file 90034. */
    private static final Set<Integer> FOLDER_PROBLEMS = Set.of(90028, 90031, 90097, 90020, 90034, 90030);

    private final Environment environment;

    DataFolderFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataFolderUnusableException unusable) {
                return analysis(unusable.folder.toString(), unusable.reason, t);
            }
            if (t instanceof SQLException sql && sql.getClass().getName().startsWith("org.h2.")
                    && FOLDER_PROBLEMS.contains(sql.getErrorCode())) {
                String folder = DataFolderCheck.folder(environment).map(Path::toString).orElse("(the database URL)");
                return analysis(folder, sql.getErrorCode() == 90020 ? "another running wizard is using it"
                        : rootMessage(sql), t);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String folder, String reason, Throwable cause) {
        return new FailureAnalysis("The wizard cannot use its data folder " + folder + " (" + reason + ").",
                "Set LYNCOWA_DATA_DIR (the property lyncowa.data-dir) to a folder this user can write, "
                        + "on a disk with free space, or make " + folder + " writable.", cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
