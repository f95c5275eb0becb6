package org.gjs.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationsTest {
    static final String A_SLOPPY = "test/a.js [sloppy]";
    static final String A_STRICT = "test/a.js [strict]";
    static final String B = "test/b.js [module]";
    static final String C = "test/c.js [sloppy]";

    @Test
    void parseSkipsCommentsAndBlankLines() {
        Expectations e = Expectations.parse("# header\n\n" + B + "\n  " + A_SLOPPY + "  \r\n");
        assertEquals(List.of(A_SLOPPY, B), List.copyOf(e.failing()));
    }

    @Test
    void regressionsAndNewlyPassing() {
        Expectations e = new Expectations(List.of(A_SLOPPY, B));
        Expectations.Diff diff = e.diff(Set.of(A_SLOPPY, A_STRICT, B), Set.of(A_STRICT, B));
        assertEquals(Set.of(A_STRICT), diff.regressions());
        assertEquals(Set.of(A_SLOPPY), diff.newlyPassing());
        assertTrue(diff.hasRegressions());
    }

    @Test
    void listedTestsThatWereNotRunAreNeitherPassingNorRegressions() {
        Expectations e = new Expectations(List.of(C));
        Expectations.Diff diff = e.diff(Set.of(A_SLOPPY), Set.of());
        assertFalse(diff.hasRegressions());
        assertTrue(diff.newlyPassing().isEmpty());
    }

    @Test
    void updateKeepsWhatWasNotRun() {
        Expectations e = new Expectations(List.of(A_SLOPPY, C));
        Expectations next = e.updated(Set.of(A_SLOPPY, A_STRICT, B), Set.of(B));
        assertEquals(List.of(B, C), List.copyOf(next.failing()));
    }

    @Test
    void writeAndReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/expectations.txt");
        new Expectations(List.of(C, A_SLOPPY)).write(file, "line one\nline two");
        String text = java.nio.file.Files.readString(file);
        assertEquals("# line one\n# line two\n" + A_SLOPPY + "\n" + C + "\n", text);
        assertEquals(List.of(A_SLOPPY, C), List.copyOf(Expectations.read(file).failing()));
        assertTrue(Expectations.read(dir.resolve("missing.txt")).failing().isEmpty());
    }
}
