package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test-scope benchmark: ParseBench file [iterations] [--module] */
public final class ParseBench {
    public static void main(String[] args) throws Exception {
        String src = Files.readString(Path.of(args[0]));
        int iters = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean module = args.length > 2 && args[2].equals("--module");
        ParseOptions o = module ? ParseOptions.module(args[0]) : ParseOptions.script(args[0]);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < iters; i++) {
            long t0 = System.nanoTime();
            Parser.parse(src, o);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            System.out.printf("iter %d: %.1f ms%n", i, t / 1e6);
        }
        System.out.printf("best: %.1f ms%n", best / 1e6);
    }
}
