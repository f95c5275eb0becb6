package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RobustnessTest {
    private static void onlySyntaxErrors(String src) {
        for (boolean module : new boolean[]{false, true}) {
            try {
                Parser.parse(src, module ? ParseOptions.module("r.js") : ParseOptions.script("r.js"));
            } catch (JsSyntaxError e) {
                // fine
            }
        }
    }

    @Test
    void deepNestingIsAnError() {
        for (String open : new String[]{"(", "[", "{", "a=>", "!", "-", "{a:", "a?b:", "`${", "new ", "function f(){"}) {
            String src = open.repeat(200_000);
            JsSyntaxError e = assertThrows(JsSyntaxError.class, () -> Parser.parse(src, ParseOptions.script("deep.js")));
            if (e.errorType().equals("RangeError")) {
                assertEquals("Maximum call stack size exceeded", e.rawMessage());
            }
        }
    }

    @Test
    void longOperatorAndCallChainsParseOnASmallStack() throws Exception {
        StringBuilder sb = new StringBuilder("x = a0");
        for (int i = 1; i < 30000; i++) {
            sb.append(i % 2 == 0 ? " + a" : " || a").append(i);
        }
        sb.append(";\nz = q");
        for (int i = 0; i < 3000; i++) {
            sb.append(".m").append(i).append("()");
        }
        String src = sb.toString();
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Parser.parse(src, ParseOptions.script("chains.js"));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 1024 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    @Test
    void moderateNestingParses() {
        Parser.parse("(".repeat(500) + "1" + ")".repeat(500), ParseOptions.script("n.js"));
        Parser.parse("[".repeat(500) + "]".repeat(500), ParseOptions.script("n.js"));
    }

    @Test
    void garbageOnlyThrowsSyntaxErrors() {
        String alphabet = "()[]{}`'\"/\\;,.=>?:*&|!~^%+-#@$_aZ09 \n\u2028xyzifforletclassasyncawaityield";
        Random r = new Random(42);
        for (int i = 0; i < 3000; i++) {
            int n = r.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            onlySyntaxErrors(sb.toString());
        }
        String[] truncations = {"function f(", "class A { get", "`${", "/re", "'abc", "a?.", "import(", "x = {a:", "for (let [", "async (", "0x", "1e", "\\u{", "/*"};
        for (String t : truncations) {
            onlySyntaxErrors(t);
        }
    }
}
