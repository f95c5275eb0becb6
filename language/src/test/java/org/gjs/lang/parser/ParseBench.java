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
        long bestCpu = Long.MAX_VALUE;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < iters; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Parser.parse(src, o);
            long t = System.nanoTime() - t0;
            long c = mx.getCurrentThreadCpuTime() - c0;
            best = Math.min(best, t);
            bestCpu = Math.min(bestCpu, c);
            System.out.printf("iter %d: %.1f ms (thread cpu %.1f ms)%n", i, t / 1e6, c / 1e6);
        }
        System.out.printf("best: %.1f ms wall, %.1f ms thread cpu%n", best / 1e6, bestCpu / 1e6);
    }
}
