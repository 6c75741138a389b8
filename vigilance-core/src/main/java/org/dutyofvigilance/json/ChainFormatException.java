package org.dutyofvigilance.json;

import java.util.Optional;

/**
 * A chain file that cannot be read at all: not JSON, truncated, the wrong encoding, a field of the wrong
 * type, an unknown field, a safety limit exceeded. The message names the file, the line and column and
 * the JSON path, says what is wrong in words a compliance analyst understands, and what to do.
 *
 * <p>Problems in a file that <em>can</em> be read (a dangling reference, a negative pay) are not
 * exceptions: the structural check reports them as findings.
 */
public final class ChainFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String problem;
    private final String hint;

    ChainFormatException(String source, int line, int column, String jsonPath, String problem, String hint,
            Throwable cause) {
        super(format(source, line, column, jsonPath, problem, hint), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.problem = problem;
        this.hint = hint;
    }

    private static String format(String source, int line, int column, String path, String problem, String hint) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ").append(problem);
        if (path != null && !path.isEmpty()) {
            b.append(" (at ").append(path).append(')');
        }
        if (hint != null && !hint.isEmpty()) {
            b.append(". ").append(hint);
        }
        return b.toString();
    }

    /** The file or source name the chain was read from. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** JSON path of the problem, e.g. {@code $.businessPartners[2].country}, when known. */
    public Optional<String> jsonPath() {
        return Optional.ofNullable(jsonPath).filter(p -> !p.isEmpty());
    }

    /** What is wrong, without location. */
    public String problem() {
        return problem;
    }

    /** What to do about it. */
    public String hint() {
        return hint;
    }
}
