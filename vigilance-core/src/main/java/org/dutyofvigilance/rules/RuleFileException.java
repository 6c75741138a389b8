package org.dutyofvigilance.rules;

/**
 * A rule file that cannot be loaded: JSON syntax error (with line and column), unknown fact key, duplicate
 * obligation id, bad citation, unknown source or parameter. Thrown by {@link Rulebook.Builder#build()};
 * the message names the file and, where there is one, the obligation.
 */
public final class RuleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;

    RuleFileException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    RuleFileException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The name of the file that was rejected (the resource name or the path given). */
    public String file() {
        return file;
    }
}
