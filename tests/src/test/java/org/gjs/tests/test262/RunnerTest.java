package org.gjs.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole runner, with gjs, over the fixture checkout (test262 itself is not needed). */
class RunnerTest {
    static int run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--test262", FrontmatterTest.FIXTURE.toString(), "--threads", "2", "--timeout", "30"));
        all.addAll(List.of(args));
        return new Test262Runner(Test262Runner.parseArgs(all.toArray(String[]::new))).run();
    }

    @Test
    void parseModeExpectationsRegressionsAndUpdate(@TempDir Path dir) throws Exception {
        Path expectations = dir.resolve("parse-expectations.txt");
        Path reports = dir.resolve("reports");
        // Only with.js [strict] fails (with is a SyntaxError in strict code): without expectations it is a regression.
        assertEquals(1, run("--expectations", expectations.toString(), "--report-dir", reports.toString()));
        List<String> results = Files.readAllLines(reports.resolve("parse-results.txt"), StandardCharsets.UTF_8);
        assertEquals(1, results.size(), results::toString);
        assertTrue(results.get(0).startsWith("test/language/a/with.js [strict]\tFAIL\trejected: SyntaxError"), results.get(0));
        assertTrue(Files.readString(reports.resolve("parse-summary.md")).contains("| language/a |"));

        assertEquals(0, run("--expectations", expectations.toString(), "--update-expectations"));
        assertEquals(List.of("test/language/a/with.js [strict]"), List.copyOf(Expectations.read(expectations).failing()));
        assertEquals(0, run("--expectations", expectations.toString()));

        // A listed test that passes is reported, not a failure; updating over a subset keeps the rest of the list.
        Files.writeString(expectations, "test/language/a/positive.js [strict]\ntest/language/a/with.js [strict]\ntest/other.js [sloppy]\n");
        assertEquals(0, run("--expectations", expectations.toString(), "language/a/positive.js"));
        assertEquals(0, run("--expectations", expectations.toString(), "--update-expectations", "language/a/positive.js"));
        assertEquals(List.of("test/language/a/with.js [strict]", "test/other.js [sloppy]"), List.copyOf(Expectations.read(expectations).failing()));
    }

    @Test
    void runModeDecidesParseNegativesAtParseAndSkipsCanBlockIsFalse(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        run("--mode", "run", "--report-dir", reports.toString());
        List<String> results = Files.readAllLines(reports.resolve("run-results.txt"), StandardCharsets.UTF_8);
        // Listed: every variant that did not pass. The parse negative passes whatever the harness does.
        assertTrue(results.stream().noneMatch(l -> l.startsWith("test/language/a/negative-parse.js")), results::toString);
        assertTrue(results.contains("test/built-ins/B/runtime-negative.js [sloppy]\tSKIP\tCanBlockIsFalse"), results::toString);
        assertTrue(results.stream().anyMatch(l -> l.startsWith("test/language/a/with.js [strict]\tFAIL\trejected: SyntaxError")), results::toString);
    }
}
