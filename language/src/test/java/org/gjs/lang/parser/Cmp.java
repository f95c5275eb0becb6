package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test-scope tool: compare accept/reject against a node-generated TSV (src \t message-or-OK). */
public final class Cmp {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            String src = f[0].replace("\\n", "\n");
            String got;
            try {
                Parser.parse(src, (Boolean.getBoolean("module") ? ParseOptions.module("t.mjs") : ParseOptions.script("t.js")).withRegexValidator(RegexSyntax.INSTANCE));
                got = "OK";
            } catch (JsSyntaxError e) {
                got = e.getMessage();
            }
            if (got.equals("OK") != f[1].equals("OK")) {
                System.out.println("DIFF " + f[0] + "\n   node: " + f[1] + "\n   gjs:  " + got);
            }
        }
    }
}
