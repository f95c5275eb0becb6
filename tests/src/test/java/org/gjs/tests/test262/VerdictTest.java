package org.gjs.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gjs.tests.test262.Outcome.Group;
import org.gjs.tests.test262.Outcome.Status;
import org.junit.jupiter.api.Test;

/** The verdict rules, without running gjs. */
class VerdictTest {
    static TestCase test(String frontmatter) throws Exception {
        String text = "/*---\n" + frontmatter + "\n---*/\n";
        return new TestCase("test/language/t.js", Path.of("t.js"), text, Frontmatter.parse(text));
    }

    static final String NEGATIVE = "negative:\n  phase: parse\n  type: SyntaxError";

    @Test
    void negativeParseTests() throws Exception {
        TestCase t = test(NEGATIVE);
        assertEquals(Group.NEGATIVE, t.group());
        assertEquals(Status.PASS, ParseMode.judge(t, Variant.SLOPPY, "SyntaxError: Unexpected token (t.js:1:1)").status());
        Outcome accepted = ParseMode.judge(t, Variant.SLOPPY, null);
        assertEquals(Status.FAIL, accepted.status());
        assertEquals("accepted, expected SyntaxError at parse", accepted.reason());
        Outcome wrongType = ParseMode.judge(t, Variant.STRICT, "RangeError: bad");
        assertEquals(Status.FAIL, wrongType.status());
        assertTrue(wrongType.reason().startsWith("rejected with the wrong type"));
    }

    @Test
    void everyOtherTestMustBeAccepted() throws Exception {
        for (String meta : List.of("flags: [onlyStrict]", "negative:\n  phase: runtime\n  type: TypeError",
                        "negative:\n  phase: resolution\n  type: SyntaxError\nflags: [module]")) {
            TestCase t = test(meta);
            assertEquals(Group.POSITIVE, t.group());
            assertEquals(Status.PASS, ParseMode.judge(t, Variant.STRICT, null).status());
            Outcome rejected = ParseMode.judge(t, Variant.STRICT, "SyntaxError: Unexpected token\nat more lines");
            assertEquals(Status.FAIL, rejected.status());
            assertEquals("rejected: SyntaxError: Unexpected token", rejected.reason());
        }
    }

    @Test
    void asyncTests() throws Exception {
        TestCase t = test("flags: [async]");
        assertEquals(Status.PASS, RunMode.asyncVerdict(t, Variant.SLOPPY, "noise\nTest262:AsyncTestComplete\n").status());
        Outcome failure = RunMode.asyncVerdict(t, Variant.SLOPPY, "Test262:AsyncTestFailure:Test262Error: nope\n");
        assertEquals(Status.FAIL, failure.status());
        assertEquals("async failure: Test262Error: nope", failure.reason());
        assertEquals(Status.FAIL, RunMode.asyncVerdict(t, Variant.SLOPPY, "").status());
    }

    @Test
    void harnessFilesInOrderWithoutDuplicates() throws Exception {
        assertEquals(List.of("assert.js", "sta.js"), RunMode.harnessFiles(test("flags: [onlyStrict]").meta()));
        assertEquals(List.of("assert.js", "sta.js", "doneprintHandle.js", "compareArray.js"),
                        RunMode.harnessFiles(test("flags: [async]\nincludes: [compareArray.js, sta.js]").meta()));
    }

    @Test
    void errorNamesFromMessages() {
        assertEquals("TypeError", RunMode.nameFromMessage("TypeError: x is not a function"));
        assertEquals("Test262Error", RunMode.nameFromMessage("Uncaught Test262Error: message"));
        assertEquals("", RunMode.nameFromMessage(null));
    }

    @Test
    void commandLine() {
        Test262Runner.Options o = Test262Runner.parseArgs(new String[]{"--test262", "/t", "--mode", "run", "--threads", "1", "--timeout", "2.5",
                        "language/a", "built-ins/**/x*.js"});
        assertEquals(Path.of("/t"), o.test262());
        assertEquals("run", o.mode());
        assertEquals(1, o.threads());
        assertEquals(2500, o.timeoutMillis());
        assertEquals(List.of("language/a", "built-ins/**/x*.js"), o.selections());
        assertEquals("parse", Test262Runner.parseArgs(new String[]{"--test262", "/t"}).mode());
        assertThrows(IllegalArgumentException.class, () -> Test262Runner.parseArgs(new String[]{"--mode", "parse"}));
        assertThrows(IllegalArgumentException.class, () -> Test262Runner.parseArgs(new String[]{"--test262", "/t", "--mode", "fast"}));
        assertThrows(IllegalArgumentException.class, () -> Test262Runner.parseArgs(new String[]{"--test262", "/t", "--update-expectations"}));
        assertThrows(IllegalArgumentException.class, () -> Test262Runner.parseArgs(new String[]{"--test262", "/t", "--bogus"}));
    }
}
