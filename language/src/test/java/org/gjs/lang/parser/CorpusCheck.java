package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test-scope tool: parse every .js (script, falling back to module) / .mjs (module) file under a directory, print failures. */
public final class CorpusCheck {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs") || p.toString().endsWith(".cjs")).filter(Files::isRegularFile).toList();
        }
        int ok = 0;
        int bad = 0;
        for (Path f : files) {
            String src;
            try {
                src = Files.readString(f);
            } catch (Exception e) {
                continue;
            }
            boolean mjs = f.toString().endsWith(".mjs");
            String err = null;
            try {
                Parser.parse(src, mjs ? ParseOptions.module(f.toString()) : ParseOptions.script(f.toString()).withRegexValidator(RegexSyntax.INSTANCE));
            } catch (JsSyntaxError e) {
                err = e.getMessage();
                if (!mjs) {
                    try {
                        Parser.parse(src, ParseOptions.module(f.toString()).withRegexValidator(RegexSyntax.INSTANCE));
                        err = null;
                    } catch (JsSyntaxError e2) {
                        // keep first
                    }
                }
            }
            if (err == null) {
                ok++;
            } else {
                bad++;
                System.out.println("FAIL " + f + " :: " + err);
            }
        }
        System.out.println("ok " + ok + " failed " + bad);
    }
}
