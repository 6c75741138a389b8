package org.dutyofvigilance.cli;

/**
 * The command line's exit codes. They are part of the public interface: scripts and CI pipelines rely on
 * them, so they never change meaning.
 */
public final class ExitCode {
    /** The chain is valid and its disclosure complete; the command did what was asked. */
    public static final int COMPLETE = 0;
    /** The chain is valid but has findings (gaps in the disclosure, warnings). */
    public static final int INCOMPLETE = 1;
    /** The input cannot be used: unreadable file, malformed JSON, structural errors, bad options. */
    public static final int INVALID_INPUT = 2;
    /** A bug or an environment failure (disk full, out of memory): report it. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
