package org.dutyofvigilance.rules;

/** Rule files for tests in other packages. */
public final class RulebookTestSupport {
    private RulebookTestSupport() {
    }

    /** A user rule file with one obligation, OWN-PAY: every segment discloses its pay. */
    public static String payRule() {
        return RulebookTest.userFile("own", RulebookTest.obligation("OWN-PAY", "Art. 8", "segment.pay"));
    }
}
