package org.gjs.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestSelectorTest {
    final TestSelector selector = new TestSelector(FrontmatterTest.FIXTURE);

    List<String> ids(String... selections) throws IOException {
        return selector.select(List.of(selections)).stream().map(selector::idPath).toList();
    }

    @Test
    void defaultIsLanguageAndBuiltInsWithoutFixturesOrOtherFiles() throws IOException {
        assertEquals(List.of("test/built-ins/B/raw.js", "test/built-ins/B/runtime-negative.js", "test/language/a/module.js",
                        "test/language/a/negative-parse.js", "test/language/a/positive.js", "test/language/a/with.js"), ids());
    }

    @Test
    void pathsRelativeToTheCheckoutOrToTest() throws IOException {
        assertEquals(List.of("test/built-ins/B/raw.js", "test/built-ins/B/runtime-negative.js"), ids("built-ins/B/"));
        assertEquals(List.of("test/language/a/module.js"), ids("test/language/a/module.js", "./test/language/a/module.js"));
        Path absolute = FrontmatterTest.FIXTURE.toAbsolutePath().resolve("test/language/a/positive.js");
        assertEquals(List.of("test/language/a/positive.js"), ids(absolute.toString()));
    }

    @Test
    void globs() throws IOException {
        assertEquals(List.of("test/language/a/negative-parse.js", "test/language/a/positive.js", "test/language/a/with.js"), ids("language/a/*i*.js"));
        assertEquals(List.of("test/built-ins/B/raw.js", "test/language/a/module.js"), ids("test/**/{raw,module}.js"));
    }

    @Test
    void errors() {
        assertThrows(IOException.class, () -> ids("language/nope"));
        assertThrows(IOException.class, () -> ids("language/a/module-dep_FIXTURE.js"));
        assertThrows(IOException.class, () -> ids("language/a/*.nothing"));
        assertThrows(IOException.class, () -> ids("/elsewhere/test/x.js"));
    }
}
