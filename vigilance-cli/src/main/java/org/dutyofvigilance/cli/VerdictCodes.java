package org.dutyofvigilance.cli;

import org.dutyofvigilance.completeness.Verdict;

/** Maps the library's verdict to the command line's exit code. */
final class VerdictCodes {
    private VerdictCodes() {
    }

    static int of(Verdict verdict) {
        return switch (verdict) {
            case COMPLETE -> ExitCode.COMPLETE;
            case INCOMPLETE -> ExitCode.INCOMPLETE;
            case INVALID_INPUT -> ExitCode.INVALID_INPUT;
        };
    }
}
