package org.gjs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code golden/*.js} in a fresh context on one shared engine and compares what it
 * prints with {@code golden/*.out}, which node v20 wrote (tests/update-golden.sh).
 */
class GoldenTest {
    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = Engine.newBuilder("gjs").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenTest.class.getResource("/golden").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".js")).sorted()
                        .map(js -> DynamicTest.dynamicTest(js.getFileName().toString(), () -> run(js)));
    }

    private static void run(Path js) throws IOException {
        Path expectedFile = js.resolveSibling(js.getFileName().toString().replaceAll("\\.js$", ".out"));
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("gjs").engine(engine).out(out).err(out).build()) {
            context.eval(Source.newBuilder("gjs", js.toFile()).build());
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8), () -> js.getFileName() + " printed something other than node did");
    }
}
