package org.gjs.tests.test262;

/** The result of one variant of one test. */
public record Outcome(String testPath, Variant variant, Group group, Status status, String reason) {

    /** Whether the test's expected result is a parse error (negative, phase parse or early) or not. */
    public enum Group {
        NEGATIVE,
        POSITIVE
    }

    /**
     * PASS and FAIL are gjs's verdicts; CRASH is gjs throwing something other than a JS error (an internal error, a Java
     * exception); TIMEOUT is no answer within the time limit; SKIP is a variant not run (e.g. CanBlockIsFalse); ERROR is
     * the runner unable to read the test (bad metadata, missing include). All but PASS and SKIP count as failures.
     */
    public enum Status {
        PASS,
        FAIL,
        CRASH,
        TIMEOUT,
        ERROR,
        SKIP;

        public boolean isFailure() {
            return this != PASS && this != SKIP;
        }
    }

    public String id() {
        return variant.id(testPath);
    }

    public static Outcome pass(TestCase test, Variant variant) {
        return new Outcome(test.path(), variant, test.group(), Status.PASS, "");
    }

    public static Outcome of(TestCase test, Variant variant, Status status, String reason) {
        return new Outcome(test.path(), variant, test.group(), status, reason == null ? "" : reason);
    }
}
