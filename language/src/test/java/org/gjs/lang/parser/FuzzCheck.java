package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Test-scope robustness check: truncations and byte mutations of test262 files must only raise JsSyntaxError. */
public final class FuzzCheck {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/test262/test/language");
        int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".js")).toList();
        }
        AtomicInteger bad = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        String junk = "()[]{}`'\"/\\;,.=>?:*&|!~^%+-#@$_aZ09 \n\u2028";
        files.parallelStream().forEach(f -> {
            String src;
            try {
                src = Files.readString(f);
            } catch (Exception e) {
                return;
            }
            Random r = new Random(f.toString().hashCode());
            for (int i = 0; i < perFile; i++) {
                String m;
                if (src.isEmpty()) {
                    m = src;
                } else if (i % 2 == 0) {
                    m = src.substring(0, r.nextInt(src.length()));
                } else {
                    StringBuilder sb = new StringBuilder(src);
                    for (int k = 0; k < 3; k++) {
                        int at = r.nextInt(sb.length());
                        sb.setCharAt(at, junk.charAt(r.nextInt(junk.length())));
                    }
                    m = sb.toString();
                }
                for (boolean module : new boolean[]{false, true}) {
                    runs.incrementAndGet();
                    try {
                        Parser.parse(m, module ? ParseOptions.module("f.js").withRegexValidator(RegexSyntax.INSTANCE) : ParseOptions.script("f.js").withRegexValidator(RegexSyntax.INSTANCE));
                    } catch (JsSyntaxError e) {
                        if (e.rawMessage().contains("(internal:")) {
                            if (bad.incrementAndGet() < 30) {
                                System.out.println(f + " #" + i + " " + e.rawMessage());
                            }
                        }
                    } catch (Throwable t) {
                        if (bad.incrementAndGet() < 30) {
                            System.out.println(f + " #" + i + " ESCAPED " + t);
                        }
                    }
                }
            }
        });
        System.out.println("runs " + runs + " bad " + bad);
    }
}
