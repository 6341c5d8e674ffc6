package org.lyncowa.system;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * When H2 cannot write its file (a full disk, a read-only folder) it closes the database, and
 * every pooled connection then answers "The database has been closed" for ever: the pool keeps
 * them because H2's SQL states are not the 08xxx ones it evicts on. This drops such a connection
 * from the pool, so the next one opens the file again, and the wizard recovers by itself when
 * space returns (README: "Security and data"). Set as the pool's exception override in
 * application.properties; for other databases it changes nothing (their codes differ).
 */
public class H2BrokenConnections implements SQLExceptionOverride {

    /**
     * H2 error codes (org.h2.api.ErrorCode): DATABASE_IS_CLOSED 90098, DATABASE_CALLED_AT_SHUTDOWN
     * 90121, IO_EXCEPTION_1 90028, IO_EXCEPTION_2 90031, FILE_CORRUPTED_1 90030,
     * DATABASE_IS_READ_ONLY 90097, GENERAL_ERROR_1 50000 (an MVStore write failure).
     */
    static final Set<Integer> BROKEN = Set.of(90098, 90121, 90028, 90031, 90030, 90097, 50000);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && BROKEN.contains(sql.getErrorCode())
                    && sql.getClass().getName().startsWith("org.h2.")) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
