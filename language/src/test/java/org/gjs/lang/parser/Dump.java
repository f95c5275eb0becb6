package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test-scope utility: java Dump [--module] file|-e code */
public final class Dump {
    public static void main(String[] args) throws Exception {
        boolean module = false;
        String code = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--module")) {
                module = true;
            } else if (args[i].equals("-e")) {
                code = args[++i];
            } else {
                code = Files.readString(Path.of(args[i]));
            }
        }
        try {
            System.out.println(AstPrinter.toJson(Parser.parse(code, module ? ParseOptions.module("x.js") : ParseOptions.script("x.js"))));
        } catch (JsSyntaxError e) {
            System.out.println("SyntaxError: " + e.getMessage());
        }
    }
}
