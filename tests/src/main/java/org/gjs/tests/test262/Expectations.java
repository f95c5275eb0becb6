package org.gjs.tests.test262;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The committed list of test ids ({@code test/language/x.js [strict]}) known to fail. One id a line; blank lines and
 * lines starting with {@code #} are ignored. A run is compared with it: a failing id not in the list is a regression,
 * a listed id that passes is newly passing.
 */
public final class Expectations {
    private final SortedSet<String> failing;

    public Expectations(Collection<String> failing) {
        this.failing = new TreeSet<>(failing);
    }

    public static Expectations empty() {
        return new Expectations(List.of());
    }

    public static Expectations read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Expectations parse(String text) {
        List<String> ids = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return new Expectations(ids);
    }

    public SortedSet<String> failing() {
        return java.util.Collections.unmodifiableSortedSet(failing);
    }

    public boolean expectsFailure(String id) {
        return failing.contains(id);
    }

    /** What a run changed: {@code ran} are the ids run (not skipped), {@code failed} those of them that failed. */
    public record Diff(SortedSet<String> regressions, SortedSet<String> newlyPassing) {
        public boolean hasRegressions() {
            return !regressions.isEmpty();
        }
    }

    public Diff diff(Set<String> ran, Set<String> failed) {
        SortedSet<String> regressions = new TreeSet<>();
        for (String id : failed) {
            if (!failing.contains(id)) {
                regressions.add(id);
            }
        }
        SortedSet<String> newlyPassing = new TreeSet<>();
        for (String id : ran) {
            if (failing.contains(id) && !failed.contains(id)) {
                newlyPassing.add(id);
            }
        }
        return new Diff(regressions, newlyPassing);
    }

    /** The list after a run: ids that were not run stay as they were; ids that were run are listed if they failed. */
    public Expectations updated(Set<String> ran, Set<String> failed) {
        SortedSet<String> next = new TreeSet<>();
        for (String id : failing) {
            if (!ran.contains(id)) {
                next.add(id);
            }
        }
        next.addAll(failed);
        return new Expectations(next);
    }

    public String format(String header) {
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            for (String line : header.split("\n")) {
                sb.append("# ").append(line).append('\n');
            }
        }
        for (String id : failing) {
            sb.append(id).append('\n');
        }
        return sb.toString();
    }

    public void write(Path file, String header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, format(header), StandardCharsets.UTF_8);
    }
}
