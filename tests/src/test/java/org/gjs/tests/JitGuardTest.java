package org.gjs.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Fails when the Graal JIT is missing. Without it Truffle silently falls back to the interpreter
 * and gjs is slow; with it, compiling immediately a hot function must log "opt done" for it.
 * (Checked once by hand: with the JVMCI flags removed from the surefire argLine this test fails,
 * because the engine options below do not exist on the fallback runtime.)
 */
class JitGuardTest {
    @Test
    void hotFunctionIsCompiledByGraal() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("gjs")
                        .allowExperimentalOptions(true)
                        .option("engine.CompileImmediately", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.TraceCompilation", "true")
                        .option("engine.CompilationFailureAction", "Throw")
                        .logHandler(log)
                        .build()) {
            Value sum = context.eval("gjs", """
                            function sumTo(n) {
                              let total = 0;
                              for (let i = 0; i < n; i++) {
                                total = total + i;
                              }
                              return total;
                            }
                            sumTo""");
            for (int i = 0; i < 3; i++) {
                sum.execute(1000);
            }
        }
        String trace = log.toString(StandardCharsets.UTF_8);
        assertTrue(trace.lines().anyMatch(line -> line.contains("opt done") && line.contains("sumTo")),
                        () -> "expected an 'opt done' line for sumTo in the compilation trace:\n" + trace);
    }
}
