package org.lyncowa.system;

/** A new session was refused: as many live sessions as {@code lyncowa.sessions.max-live} exist already. */
public class SessionLimitReachedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionLimitReachedException(long live, long max) {
        super("live sessions: " + live + ", limit: " + max);
    }
}
