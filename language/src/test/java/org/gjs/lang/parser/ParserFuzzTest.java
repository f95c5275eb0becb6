package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Bad input never escapes the parser as a Java exception: mutated and truncated pieces of real
 * libraries (jQuery, lodash, from test-scoped webjars) must either parse or give a JsSyntaxError
 * whose position lies inside the input. CI runs a few thousand inputs; raise the count locally with
 * -Dgjs.fuzz.count=100000. A failure prints the seed and input index to reproduce it.
 */
class ParserFuzzTest {
    private static final String[] CORPUS = {
                    "/META-INF/resources/webjars/jquery/3.7.1/jquery.js",
                    "/META-INF/resources/webjars/lodash/4.17.21/lodash.js",
    };
    /** Fragments that stress the lexer's and parser's context decisions. */
    private static final String[] TOKENS = {
                    "{", "}", "(", ")", "[", "]", ";", ",", "=>", "/", "/=", "'", "\"", "`", "${", "\\", "\\u", "\\u{", "\n", "\r\n", "\u2028",
                    "/*", "*/", "//", "<!--", "-->", "?.", "??", "??=", "**", "...", "#x", "@", "async", "await", "yield", "function", "function*",
                    "class", "extends", "super", "new.target", "import", "export", "let", "const", "var", "static", "get", "set", "of", "in",
                    "0x", "0b", "0o", "08", "1_000", "1n", ".5e", "e+", "=", "==", "===", "++", "--", "!", "~", "?", ":", "return", "break",
                    "continue", "label:", "with", "delete", "typeof", "void", "this", "null", "true", "\"use strict\";", "if", "else", "for",
                    "while", "do", "switch", "case", "default", "try", "catch", "finally", "throw", "debugger", "\uD800", "\u00A0", "\t",
    };

    @Test
    void mutatedRealSourcesParseOrFailCleanly() throws IOException {
        List<String> sources = new ArrayList<>();
        for (String resource : CORPUS) {
            try (InputStream in = ParserFuzzTest.class.getResourceAsStream(resource)) {
                assertTrue(in != null, "missing test resource " + resource);
                sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        int count = Integer.getInteger("gjs.fuzz.count", 3000);
        long seed = Long.getLong("gjs.fuzz.seed", 20261127L);
        Random random = new Random(seed);
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < count; i++) {
            String input = mutate(random, sources.get(random.nextInt(sources.size())));
            boolean module = random.nextInt(4) == 0;
            try {
                Parser.parse(input, module ? ParseOptions.module("fuzz.js") : ParseOptions.script("fuzz.js"));
                parsed++;
            } catch (JsSyntaxError e) {
                rejected++;
                if (e.offset() < 0 || e.offset() > input.length() || e.line() < 1 || e.column() < 1) {
                    fail("error position outside the input (seed " + seed + ", input " + i + "): " + e.getMessage());
                }
            } catch (Throwable t) {
                throw new AssertionError("parser threw " + t + " (seed " + seed + ", input " + i + ", module " + module + ")\n--- input ---\n" + input, t);
            }
        }
        assertTrue(parsed > 0 && rejected > 0, "the mutations should give both valid and invalid programs: parsed " + parsed + ", rejected " + rejected);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        for (String open : new String[]{"(", "[", "{", "a=>", "!", "-", "x?y:", "`${", "function f(){", "if(1)"}) {
            String input = open.repeat(200_000);
            try {
                Parser.parse(input, ParseOptions.script("deep.js"));
            } catch (JsSyntaxError e) {
                continue;
            } catch (Throwable t) {
                throw new AssertionError("nesting of '" + open + "' threw " + t, t);
            }
        }
    }

    private static String mutate(Random random, String source) {
        int length = 50 + random.nextInt(3000);
        int start = random.nextInt(Math.max(1, source.length() - length));
        StringBuilder sb = new StringBuilder(source.substring(start, Math.min(source.length(), start + length)));
        int edits = random.nextInt(6);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(20)));
                case 2 -> sb.setCharAt(at, (char) random.nextInt(128));
                default -> sb.setLength(at); // truncation
            }
        }
        return sb.toString();
    }
}
