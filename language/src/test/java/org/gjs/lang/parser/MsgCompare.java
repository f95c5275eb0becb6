package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Test-scope tool: compare our rejection messages/positions with node's (TSV from /tmp/negmsgs.js). */
public final class MsgCompare {
    public static void main(String[] args) throws Exception {
        int total = 0;
        int sameMsg = 0;
        int samePos = 0;
        Map<String, Integer> diffs = new HashMap<>();
        Map<String, String> examples = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            String src = Files.readString(Path.of("/work/test262", f[0]));
            ParseOptions o = ParseOptions.script("t.js").withStrict(f[1].equals("S")).withRegexValidator(RegexSyntax.INSTANCE);
            total++;
            try {
                Parser.parse(src, o);
                diffs.merge("ACCEPTED " + f[2], 1, Integer::sum);
            } catch (JsSyntaxError e) {
                if (e.rawMessage().equals(f[2])) {
                    sameMsg++;
                    if (e.line() == Integer.parseInt(f[3]) && e.column() == Integer.parseInt(f[4])) {
                        samePos++;
                    } else if (args.length > 1) {
                        System.out.println("POS " + f[0] + " node " + f[3] + ":" + f[4] + " gjs " + e.line() + ":" + e.column() + " " + f[2]);
                    }
                } else {
                    String k = f[2] + "  <=>  " + e.rawMessage();
                    diffs.merge(k, 1, Integer::sum);
                    examples.putIfAbsent(k, f[0]);
                }
            }
        }
        System.out.printf("total %d, same message %d (%.1f%%), same message+position %d (%.1f%%)%n", total, sameMsg, 100.0 * sameMsg / total, samePos, 100.0 * samePos / total);
        diffs.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(60).forEach(e -> System.out.println(e.getValue() + "  " + e.getKey() + "   e.g. " + examples.get(e.getKey())));
    }
}
