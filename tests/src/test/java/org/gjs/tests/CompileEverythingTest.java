package org.gjs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs again, with every call target compiled on its first call and a compilation
 * failure thrown, not logged: code that partial evaluation cannot handle (a Java collection or
 * recursion on a compiled path without a boundary, an unbounded exploded loop) fails here instead
 * of silently running slow. The output must still be node's.
 */
class CompileEverythingTest {
    /**
     * Programs whose output depends on wall-clock time: compiling every function first takes
     * hundreds of milliseconds, which legitimately reorders timers that node would run on time.
     */
    private static final Set<String> REAL_TIME = Set.of("timers.js");

    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.newBuilder("gjs")
                        .allowExperimentalOptions(true)
                        .option("engine.CompileImmediately", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.CompilationFailureAction", "Throw")
                        .build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> goldenProgramsCompiled() throws IOException, URISyntaxException {
        Path dir = Path.of(CompileEverythingTest.class.getResource("/golden").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".js")).filter(p -> !REAL_TIME.contains(p.getFileName().toString())).sorted()
                        .map(js -> DynamicTest.dynamicTest(js.getFileName().toString(), () -> run(js)));
    }

    private static void run(Path js) throws IOException {
        String expected = Files.readString(js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", ".out")), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("gjs").engine(engine).out(out).err(out).build()) {
            context.eval(Source.newBuilder("gjs", js.toFile()).build());
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8), () -> js.getFileName() + " printed something other than node did when compiled");
    }
}
