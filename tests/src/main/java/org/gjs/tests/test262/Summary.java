package org.gjs.tests.test262;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.gjs.tests.test262.Outcome.Group;
import org.gjs.tests.test262.Outcome.Status;

/**
 * Figures of a run. A file counts as passed when all its variants that ran passed; counts are kept per group (negative
 * at parse, or not) overall, per top directory ({@code language}, {@code built-ins}) and per second-level directory
 * ({@code language/expressions}).
 */
public final class Summary {

    /** Passed and total, for files and for variants. */
    public static final class Count {
        int filesPassed;
        int files;
        int variantsPassed;
        int variants;

        public int filesPassed() {
            return filesPassed;
        }

        public int files() {
            return files;
        }

        public int variantsPassed() {
            return variantsPassed;
        }

        public int variants() {
            return variants;
        }

        String ratio() {
            return files == 0 ? "-" : String.format(Locale.ROOT, "%d / %d (%.1f%%)", filesPassed, files, 100.0 * filesPassed / files);
        }

        String variantRatio() {
            return variants == 0 ? "-" : String.format(Locale.ROOT, "%d / %d (%.1f%%)", variantsPassed, variants, 100.0 * variantsPassed / variants);
        }
    }

    /** Counts for one directory (or the whole run), by group. */
    public static final class Row {
        final Count negative = new Count();
        final Count positive = new Count();
        final Count all = new Count();

        public Count get(Group group) {
            return group == Group.NEGATIVE ? negative : positive;
        }

        public Count all() {
            return all;
        }
    }

    private final Row total = new Row();
    private final Map<String, Row> top = new TreeMap<>();
    private final Map<String, Row> second = new TreeMap<>();
    private final Map<Status, Integer> variantStatus = new LinkedHashMap<>();
    private int skippedFiles;
    private final Map<String, Integer> failingByFeature = new TreeMap<>();

    public Row total() {
        return total;
    }

    public Map<String, Row> top() {
        return top;
    }

    public Map<String, Row> second() {
        return second;
    }

    public int variantsWith(Status status) {
        return variantStatus.getOrDefault(status, 0);
    }

    static final String NO_FEATURE = "(no features listed)";

    /** Failing files per feature they list (a file listing several features counts for each), most first. */
    public List<Map.Entry<String, Integer>> failingByFeature(int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(failingByFeature.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    public int skippedFiles() {
        return skippedFiles;
    }

    /** Adds the outcomes of one test file (all its variants). */
    public void addFile(List<Outcome> outcomes) {
        addFile(outcomes, List.of());
    }

    /** Adds the outcomes of one test file (all its variants) and its features, to count failing files by feature. */
    public void addFile(List<Outcome> outcomes, List<String> features) {
        if (outcomes.isEmpty()) {
            return;
        }
        Outcome first = outcomes.get(0);
        int ran = 0;
        int passed = 0;
        for (Outcome o : outcomes) {
            variantStatus.merge(o.status(), 1, Integer::sum);
            if (o.status() != Status.SKIP) {
                ran++;
                if (o.status() == Status.PASS) {
                    passed++;
                }
            }
        }
        if (ran == 0) {
            skippedFiles++;
            return;
        }
        if (passed < ran) {
            for (String feature : features.isEmpty() ? List.of(NO_FEATURE) : features) {
                failingByFeature.merge(feature, 1, Integer::sum);
            }
        }
        String[] dirs = directories(first.testPath());
        List<Row> rows = new ArrayList<>();
        rows.add(total);
        rows.add(top.computeIfAbsent(dirs[0], k -> new Row()));
        rows.add(second.computeIfAbsent(dirs[1], k -> new Row()));
        for (Row row : rows) {
            for (Count c : new Count[]{row.get(first.group()), row.all}) {
                c.files++;
                c.variants += ran;
                c.variantsPassed += passed;
                if (passed == ran) {
                    c.filesPassed++;
                }
            }
        }
    }

    /** {@code test/language/expressions/x/y.js} to {@code [language, language/expressions]}. */
    static String[] directories(String testPath) {
        String p = testPath.startsWith("test/") ? testPath.substring(5) : testPath;
        String[] parts = p.split("/");
        String first = parts.length > 1 ? parts[0] : ".";
        String second = parts.length > 2 ? parts[0] + "/" + parts[1] : first;
        return new String[]{first, second};
    }

    private static final Pattern LOCATION = Pattern.compile(" \\((?:at )?[^()]*:\\d+(?::\\d+)?\\)$");

    /** A failure reason without its source position, so that equal reasons group together. */
    public static String normalizeReason(String reason) {
        String firstLine = reason.lines().findFirst().orElse("");
        return LOCATION.matcher(firstLine).replaceAll("");
    }

    /** The most common failure reasons, most frequent first. */
    public static List<Map.Entry<String, Integer>> topReasons(List<Outcome> failures, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Outcome o : failures) {
            counts.merge(o.status() + ": " + normalizeReason(o.reason()), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /** Plain-text figures, as the runner prints them. */
    public String text(String mode) {
        StringBuilder sb = new StringBuilder();
        boolean parse = mode.equals("parse");
        String negLabel = parse ? "negative (must be rejected)" : "negative at parse";
        String posLabel = parse ? "positive (must be accepted)" : "other tests";
        sb.append(String.format(Locale.ROOT, "%-28s files %-24s variants %s%n", negLabel + ":", total.negative.ratio(), total.negative.variantRatio()));
        sb.append(String.format(Locale.ROOT, "%-28s files %-24s variants %s%n", posLabel + ":", total.positive.ratio(), total.positive.variantRatio()));
        if (!parse) {
            sb.append(String.format(Locale.ROOT, "%-28s files %-24s variants %s%n", "all:", total.all.ratio(), total.all.variantRatio()));
        }
        sb.append(String.format(Locale.ROOT, "variants: %d passed, %d failed, %d crashed, %d timed out, %d runner errors, %d skipped%n",
                        variantsWith(Status.PASS), variantsWith(Status.FAIL), variantsWith(Status.CRASH), variantsWith(Status.TIMEOUT),
                        variantsWith(Status.ERROR), variantsWith(Status.SKIP)));
        sb.append("per directory (files):\n");
        for (Map<String, Row> level : List.of(top, second)) {
            for (Map.Entry<String, Row> e : level.entrySet()) {
                Row r = e.getValue();
                sb.append(String.format(Locale.ROOT, "  %-44s %-26s %-26s%s%n", e.getKey(), "neg " + r.negative.ratio(), "pos " + r.positive.ratio(),
                                parse ? "" : "all " + r.all.ratio()));
            }
            if (level == top && second.size() > top.size()) {
                sb.append('\n');
            }
        }
        sb.append("failing files by feature (a file counts for each feature it lists):\n");
        for (Map.Entry<String, Integer> e : failingByFeature(15)) {
            sb.append(String.format(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey()));
        }
        return sb.toString();
    }

    /** Markdown tables of the figures (overall, per top directory, per second-level directory). */
    public String markdown(String mode) {
        boolean parse = mode.equals("parse");
        String neg = parse ? "negative: rejected" : "negative at parse: passed";
        String pos = parse ? "positive: accepted" : "others: passed";
        StringBuilder sb = new StringBuilder();
        sb.append("| | ").append(neg).append(" | ").append(pos).append(parse ? " |\n|---|---|---|\n" : " | all: passed |\n|---|---|---|---|\n");
        sb.append("| **files** | ").append(total.negative.ratio()).append(" | ").append(total.positive.ratio());
        sb.append(parse ? " |\n" : " | " + total.all.ratio() + " |\n");
        sb.append("| variants | ").append(total.negative.variantRatio()).append(" | ").append(total.positive.variantRatio());
        sb.append(parse ? " |\n" : " | " + total.all.variantRatio() + " |\n");
        for (Map<String, Row> level : List.of(top, second)) {
            sb.append('\n');
            sb.append("| directory (files) | ").append(neg).append(" | ").append(pos).append(parse ? " |\n|---|---|---|\n" : " | all: passed |\n|---|---|---|---|\n");
            for (Map.Entry<String, Row> e : level.entrySet()) {
                Row r = e.getValue();
                sb.append("| ").append(e.getKey()).append(" | ").append(r.negative.ratio()).append(" | ").append(r.positive.ratio());
                sb.append(parse ? " |\n" : " | " + r.all.ratio() + " |\n");
            }
        }
        sb.append("\n| feature (a file counts for each it lists) | failing files |\n|---|---|\n");
        for (Map.Entry<String, Integer> e : failingByFeature(Integer.MAX_VALUE)) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        return sb.toString();
    }
}
