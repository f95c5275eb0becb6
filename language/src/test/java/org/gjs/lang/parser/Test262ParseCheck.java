package org.gjs.lang.parser;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Parse-only measuring instrument against test262. Usage: Test262ParseCheck [test262Dir] [outFile] [subdir...]
 * Writes failing files to outFile (default /tmp/t262-fail.txt).
 */
public final class Test262ParseCheck {
    static final RegexValidator RV = Boolean.getBoolean("noRegex") ? null : RegexSyntax.INSTANCE;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/test262");
        String out = args.length > 1 ? args[1] : "/tmp/t262-fail.txt";
        List<String> subdirs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            subdirs.add(args[i]);
        }
        if (subdirs.isEmpty()) {
            subdirs.add("test/language");
            subdirs.add("test/built-ins");
        }
        List<Path> files = new ArrayList<>();
        for (String sd : subdirs) {
            try (Stream<Path> s = Files.walk(root.resolve(sd))) {
                s.filter(p -> p.toString().endsWith(".js")).forEach(files::add);
            }
        }
        Collections.sort(files);
        AtomicInteger negTotal = new AtomicInteger(), negOk = new AtomicInteger(), posTotal = new AtomicInteger(), posOk = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        files.parallelStream().forEach(f -> {
            String src;
            try {
                src = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return;
            }
            String meta = "";
            int a = src.indexOf("/*---");
            int b = src.indexOf("---*/");
            if (a >= 0 && b > a) {
                meta = src.substring(a, b);
            }
            boolean fixture = f.getFileName().toString().contains("_FIXTURE");
            boolean module = fixture || meta.matches("(?s).*flags:\\s*\\[[^\\]]*\\bmodule\\b.*");
            boolean onlyStrict = meta.matches("(?s).*flags:\\s*\\[[^\\]]*\\bonlyStrict\\b.*");
            boolean noStrict = meta.matches("(?s).*flags:\\s*\\[[^\\]]*\\b(noStrict|raw)\\b.*");
            boolean negative = meta.matches("(?s).*negative:\\s*\\n\\s*phase:\\s*(parse|early).*") || meta.matches("(?s).*negative:\\s*\\n\\s*type:\\s*\\w+\\s*\\n\\s*phase:\\s*(parse|early).*");
            List<ParseOptions> modes = new ArrayList<>();
            String name = root.relativize(f).toString();
            if (module) {
                modes.add(ParseOptions.module(name).withRegexValidator(RV));
            } else if (onlyStrict) {
                modes.add(ParseOptions.script(name).withStrict(true).withRegexValidator(RV));
            } else if (noStrict) {
                modes.add(ParseOptions.script(name).withRegexValidator(RV));
            } else {
                modes.add(ParseOptions.script(name).withRegexValidator(RV));
                modes.add(ParseOptions.script(name).withStrict(true).withRegexValidator(RV));
            }
            boolean allOk = true;
            String detail = "";
            for (ParseOptions o : modes) {
                String err = null;
                try {
                    Parser.parse(src, o);
                } catch (JsSyntaxError e) {
                    err = e.getMessage();
                } catch (Throwable t) {
                    err = "CRASH " + t;
                    failures.add("CRASH " + name + " " + t);
                }
                boolean ok = negative ? err != null && !err.startsWith("CRASH") : err == null;
                if (!ok) {
                    allOk = false;
                    detail = (o.strict() ? "[strict] " : "[sloppy] ") + (err == null ? "accepted" : err);
                    break;
                }
            }
            if (negative) {
                negTotal.incrementAndGet();
                if (allOk) {
                    negOk.incrementAndGet();
                }
            } else {
                posTotal.incrementAndGet();
                if (allOk) {
                    posOk.incrementAndGet();
                }
            }
            if (!allOk) {
                failures.add((negative ? "NEG " : "POS ") + name + " :: " + detail);
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Collections.sort(failures);
        try (PrintWriter w = new PrintWriter(out, StandardCharsets.UTF_8)) {
            failures.forEach(w::println);
        }
        System.out.printf("negative rejected: %d / %d (%.2f%%)%n", negOk.get(), negTotal.get(), 100.0 * negOk.get() / Math.max(1, negTotal.get()));
        System.out.printf("positive accepted: %d / %d (%.2f%%)%n", posOk.get(), posTotal.get(), 100.0 * posOk.get() / Math.max(1, posTotal.get()));
        System.out.println("time " + ms + " ms, failures in " + out);
    }
}
