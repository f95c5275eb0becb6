package org.gjs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gjs command as a user runs it: output, exit codes and error reports, in a separate JVM. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void evalPrintsResultOfConsoleLog() throws Exception {
        GjsProcess.Result r = GjsProcess.run(dir, null, "-e", "console.log(1 + 2)");
        assertEquals("3\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void printFlagPrintsCompletionValue() throws Exception {
        assertEquals("42\n", GjsProcess.run(dir, null, "-p", "6 * 7").stdout());
    }

    @Test
    void timerRunsAfterMainScriptAndProcessExits() throws Exception {
        Path script = write("timer.js", "setTimeout(() => console.log('later'), 20); console.log('now')");
        GjsProcess.Result r = GjsProcess.run(dir, null, script.toString());
        assertEquals("now\nlater\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void syntaxErrorShowsPlaceAndCaret() throws Exception {
        Path script = write("app.js", "let a = 1;\nlet b = 2;\nconsole.log(foo(a, b)));\n");
        GjsProcess.Result r = GjsProcess.run(dir, null, script.toString());
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        String expected = script + ":3\nconsole.log(foo(a, b)));\n                      ^\n\nSyntaxError: Unexpected token ')' (app.js:3:23)\n";
        assertTrue(r.stderr().startsWith(expected), () -> "stderr was:\n" + r.stderr());
        assertTrue(!r.stderr().contains("\tat "), "no Java stack trace");
    }

    @Test
    void unknownIdentifierIsReferenceErrorWithLocation() throws Exception {
        Path script = write("ref.js", "console.log('before');\nfunction f() {\n  return missing + 1;\n}\nf();\n");
        GjsProcess.Result r = GjsProcess.run(dir, null, script.toString());
        assertEquals(1, r.exitCode());
        assertEquals("before\n", r.stdout());
        assertTrue(r.stderr().contains("ReferenceError: missing is not defined\n    at f (" + script + ":3:10)\n    at " + script + ":5:1\n"),
                        () -> "stderr was:\n" + r.stderr());
    }

    @Test
    void uncaughtErrorInTimerCallbackExitsWithOne() throws Exception {
        Path script = write("late.js", "setTimeout(() => { console.log('tick'); undefinedThing(); }, 1);\n");
        GjsProcess.Result r = GjsProcess.run(dir, null, script.toString());
        assertEquals(1, r.exitCode());
        assertEquals("tick\n", r.stdout());
        assertTrue(r.stderr().contains("ReferenceError: undefinedThing is not defined"), r.stderr());
    }

    @Test
    void checkParsesWithoutRunning() throws Exception {
        Path good = write("good.js", "console.log('must not print')");
        GjsProcess.Result ok = GjsProcess.run(dir, null, "--check", good.toString());
        assertEquals(0, ok.exitCode());
        assertEquals("", ok.stdout());
        Path bad = write("bad.js", "if (x {\n}");
        GjsProcess.Result fail = GjsProcess.run(dir, null, "--check", bad.toString());
        assertEquals(1, fail.exitCode());
        assertTrue(fail.stderr().contains("SyntaxError"), fail.stderr());
    }

    @Test
    void programFromStandardInput() throws Exception {
        GjsProcess.Result r = GjsProcess.run(dir, "console.log('from', 'stdin')\n");
        assertEquals("from stdin\n", r.stdout());
    }

    @Test
    void missingFileIsENOENT() throws Exception {
        GjsProcess.Result r = GjsProcess.run(dir, null, dir.resolve("nope.js").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("ENOENT"), r.stderr());
    }

    @Test
    void deepRecursionIsRangeError() throws Exception {
        Path script = write("deep.js", "function down(n) { return down(n + 1) + 1; }\ntry { down(0); } catch (e) { console.log(e.name, e.message); }\n");
        GjsProcess.Result r = GjsProcess.run(dir, null, script.toString());
        assertEquals("RangeError Maximum call stack size exceeded\n", r.stdout(), r.stderr());
    }

    @Test
    void processExitAndExitCode() throws Exception {
        GjsProcess.Result exit = GjsProcess.run(dir, null, "-e", "console.log('a'); process.exit(7); console.log('never')");
        assertEquals(7, exit.exitCode());
        assertEquals("a\n", exit.stdout());
        Path script = write("code.js", "setTimeout(() => { process.exitCode = 3; }, 1); console.log(process.argv.slice(2).join('+'));");
        GjsProcess.Result code = GjsProcess.run(dir, null, script.toString(), "one", "two");
        assertEquals(3, code.exitCode());
        assertEquals("one+two\n", code.stdout());
    }

    @Test
    void versionFlag() throws Exception {
        GjsProcess.Result r = GjsProcess.run(dir, null, "--version");
        assertTrue(r.stdout().matches("v\\d+\\.\\d+\\.\\d+\n"), r.stdout());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
