package org.gjs.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FrontmatterTest {
    static final Path FIXTURE = Path.of("src/test/resources/test262-fixture");

    static Frontmatter fixture(String path) throws IOException, Frontmatter.FrontmatterException {
        return Frontmatter.parse(Files.readString(FIXTURE.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void positiveTestRunsSloppyAndStrict() throws Exception {
        Frontmatter meta = fixture("test/language/a/positive.js");
        assertEquals(List.of("fixture-feature", "other-feature"), meta.features());
        assertEquals(Set.of(), meta.flags());
        assertFalse(meta.isNegative());
        assertEquals(List.of(Variant.SLOPPY, Variant.STRICT), meta.variants());
    }

    @Test
    void negativeParseTestAfterFoldedDescription() throws Exception {
        Frontmatter meta = fixture("test/language/a/negative-parse.js");
        assertEquals("parse", meta.negativePhase());
        assertEquals("SyntaxError", meta.negativeType());
        assertTrue(meta.isNegativeAtParse());
        assertEquals(List.of(Variant.STRICT), meta.variants());
    }

    @Test
    void moduleFlag() throws Exception {
        Frontmatter meta = fixture("test/language/a/module.js");
        assertTrue(meta.isModule());
        assertEquals(List.of(Variant.MODULE), meta.variants());
    }

    @Test
    void blockListOfIncludesAndRawFlag() throws Exception {
        Frontmatter meta = fixture("test/built-ins/B/raw.js");
        assertEquals(List.of("compareArray.js", "propertyHelper.js"), meta.includes());
        assertEquals(Set.of("raw", "noStrict"), meta.flags());
        assertEquals(List.of(Variant.SLOPPY), meta.variants());
    }

    @Test
    void indentedFrontmatterAndListOverTwoLines() throws Exception {
        Frontmatter meta = fixture("test/built-ins/B/runtime-negative.js");
        assertEquals("runtime", meta.negativePhase());
        assertEquals("TypeError", meta.negativeType());
        assertFalse(meta.isNegativeAtParse());
        assertEquals(Set.of("async", "CanBlockIsFalse"), meta.flags());
        assertTrue(meta.isAsync());
    }

    @Test
    void noFrontmatter() throws Exception {
        assertSame(Frontmatter.NONE, Frontmatter.parse("var x;"));
        assertEquals(List.of(Variant.SLOPPY, Variant.STRICT), Frontmatter.NONE.variants());
    }

    @Test
    void earlyPhaseCountsAsParse() throws Exception {
        Frontmatter meta = Frontmatter.parse("/*---\nnegative:\n  type: SyntaxError\n  phase: early\n---*/\n");
        assertTrue(meta.isNegativeAtParse());
        assertEquals("SyntaxError", meta.negativeType());
    }

    @Test
    void plainScalarsOverSeveralLinesAndComments() throws Exception {
        Frontmatter meta = Frontmatter.parse("""
                        /*---
                        description: a description that
                          goes on: with a colon
                        info: |
                          flags: [notReally]
                          negative: nope
                        # a comment
                        flags: [onlyStrict] # trailing comment
                        includes: ["a.js", 'b.js']
                        ---*/
                        """);
        assertEquals(Set.of("onlyStrict"), meta.flags());
        assertEquals(List.of("a.js", "b.js"), meta.includes());
        assertNull(meta.negativePhase());
    }

    @Test
    void freeTextUnderAnEmptyKeyIsIgnored() throws Exception {
        Frontmatter meta = Frontmatter.parse("/*---\ninfo:\n    The production x: y\n    and more\nflags: [module]\n---*/");
        assertEquals(Set.of("module"), meta.flags());
    }

    @Test
    void malformedMetadataIsAnError() {
        assertThrows(Frontmatter.FrontmatterException.class, () -> Frontmatter.parse("/*---\nflags: [a\n"));
        assertThrows(Frontmatter.FrontmatterException.class, () -> Frontmatter.parse("/*---\nnegative:\n  phase: parse\n---*/"));
        assertThrows(Frontmatter.FrontmatterException.class, () -> Frontmatter.parse("/*---\nnegative:\n  phase: later\n  type: X\n---*/"));
        assertThrows(Frontmatter.FrontmatterException.class, () -> Frontmatter.parse("/*---\nflags: [a, b\n---*/"));
    }

    @Test
    void strictVariantPrependsTheDirective() {
        assertEquals("\"use strict\";\nx", Variant.STRICT.sourceText("x"));
        assertEquals("x", Variant.SLOPPY.sourceText("x"));
        assertEquals("x", Variant.MODULE.sourceText("x"));
        assertEquals("test/a.js [module]", Variant.MODULE.id("test/a.js"));
    }
}
