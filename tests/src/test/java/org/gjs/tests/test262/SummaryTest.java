package org.gjs.tests.test262;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gjs.tests.test262.Outcome.Group;
import org.gjs.tests.test262.Outcome.Status;
import org.junit.jupiter.api.Test;

class SummaryTest {
    static Outcome o(String path, Variant v, Group g, Status s, String reason) {
        return new Outcome(path, v, g, s, reason);
    }

    @Test
    void aFilePassesWhenAllItsVariantsPass() {
        Summary summary = new Summary();
        summary.addFile(List.of(o("test/language/x/a.js", Variant.SLOPPY, Group.POSITIVE, Status.PASS, ""),
                        o("test/language/x/a.js", Variant.STRICT, Group.POSITIVE, Status.FAIL, "rejected")), List.of("f1", "f2"));
        summary.addFile(List.of(o("test/language/y/b.js", Variant.STRICT, Group.NEGATIVE, Status.PASS, "")));
        summary.addFile(List.of(o("test/built-ins/Z/c.js", Variant.SLOPPY, Group.POSITIVE, Status.PASS, "")));
        summary.addFile(List.of(o("test/built-ins/Z/d.js", Variant.SLOPPY, Group.POSITIVE, Status.SKIP, "CanBlockIsFalse")));

        Summary.Count positive = summary.total().get(Group.POSITIVE);
        assertEquals(1, positive.filesPassed());
        assertEquals(2, positive.files());
        assertEquals(2, positive.variantsPassed());
        assertEquals(3, positive.variants());
        assertEquals(1, summary.total().get(Group.NEGATIVE).filesPassed());
        assertEquals(3, summary.total().all().files());
        assertEquals(1, summary.skippedFiles());
        assertEquals(List.of("built-ins", "language"), List.copyOf(summary.top().keySet()));
        assertEquals(List.of("built-ins/Z", "language/x", "language/y"), List.copyOf(summary.second().keySet()));
        assertEquals(0, summary.second().get("language/x").get(Group.POSITIVE).filesPassed());
        assertEquals(1, summary.variantsWith(Status.FAIL));
        assertEquals(1, summary.variantsWith(Status.SKIP));
        assertTrue(summary.text("parse").contains("1 / 2 (50.0%)"));
        assertEquals(List.of(Map.entry("f1", 1), Map.entry("f2", 1)), summary.failingByFeature(10));
        assertTrue(summary.markdown("parse").contains("| f2 | 1 |"));
        assertTrue(summary.markdown("run").contains("| language/y | 1 / 1 (100.0%) | - | 1 / 1 (100.0%) |"));
    }

    @Test
    void directories() {
        assertArrayEquals(new String[]{"language", "language/expressions"}, Summary.directories("test/language/expressions/a/b.js"));
        assertArrayEquals(new String[]{"built-ins", "built-ins"}, Summary.directories("test/built-ins/x.js"));
    }

    @Test
    void reasonsGroupWithoutTheirSourcePosition() {
        assertEquals("rejected: SyntaxError: Unexpected token '@'", Summary.normalizeReason("rejected: SyntaxError: Unexpected token '@' (test/a.js:3:4)"));
        assertEquals("uncaught 1", Summary.normalizeReason("uncaught 1 (at test/a.js:3)"));
        List<Map.Entry<String, Integer>> top = Summary.topReasons(List.of(
                        o("test/a.js", Variant.SLOPPY, Group.POSITIVE, Status.FAIL, "rejected: SyntaxError: x (test/a.js:1:1)"),
                        o("test/b.js", Variant.SLOPPY, Group.POSITIVE, Status.FAIL, "rejected: SyntaxError: x (test/b.js:2:1)"),
                        o("test/c.js", Variant.SLOPPY, Group.POSITIVE, Status.CRASH, "internal error: boom")), 10);
        assertEquals(Map.entry("FAIL: rejected: SyntaxError: x", 2), top.get(0));
        assertEquals(Map.entry("CRASH: internal error: boom", 1), top.get(1));
    }
}
