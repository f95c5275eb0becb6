package org.gjs.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.gjs.lang.parser.ParseOptions;
import org.gjs.lang.parser.Parser;

/**
 * Warm parse time of one large file by gjs's parser: a benchmark, not a test. Parses it repeatedly
 * in one JVM, each time with a different trailing comment (as the node side does, so neither can
 * reuse a cached result), and prints the median of the last runs in milliseconds.
 * Usage: ParseBenchmark FILE [warmup] [measured]
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String source = Files.readString(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        for (int i = 0; i < warmup; i++) {
            Parser.parse(source + "\n//" + i, ParseOptions.script(args[0]));
        }
        double[] times = new double[measured];
        for (int i = 0; i < measured; i++) {
            String text = source + "\n//m" + i;
            long start = System.nanoTime();
            Parser.parse(text, ParseOptions.script(args[0]));
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("gjs parse: median %.1f ms, min %.1f ms over %d runs after %d warm-up runs%n", times[measured / 2], times[0], measured, warmup);
    }
}
