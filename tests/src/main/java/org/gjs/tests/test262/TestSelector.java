package org.gjs.tests.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns command-line selections into test files. A selection is a file or directory, or a glob ({@code *}, {@code **},
 * {@code ?}, {@code [..]}, {@code {a,b}}), written relative to the test262 checkout ({@code test/language/...}) or to its
 * {@code test/} directory ({@code language/...}), or as an absolute path inside the checkout. Only {@code .js} files
 * are tests, and {@code _FIXTURE} files never are.
 */
public final class TestSelector {
    private final Path root;

    public TestSelector(Path test262Root) {
        this.root = test262Root.toAbsolutePath().normalize();
    }

    public static final List<String> DEFAULT_SELECTION = List.of("test/language", "test/built-ins");

    /** The id path of a test file: relative to the checkout, with forward slashes ({@code test/language/x.js}). */
    public String idPath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public static boolean isTestFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".js") && !name.contains("_FIXTURE");
    }

    /** The selected test files, sorted by id path, without duplicates. */
    public List<Path> select(List<String> selections) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        for (String selection : selections.isEmpty() ? DEFAULT_SELECTION : selections) {
            ids.addAll(selectOne(selection));
        }
        List<Path> files = new ArrayList<>();
        for (String id : ids) {
            files.add(root.resolve(id));
        }
        return files;
    }

    private List<String> selectOne(String selection) throws IOException {
        String normalized = normalize(selection);
        if (isGlob(normalized)) {
            // Walk from the longest prefix without glob characters.
            String[] parts = normalized.split("/");
            StringBuilder base = new StringBuilder();
            for (String part : parts) {
                if (isGlob(part)) {
                    break;
                }
                base.append(base.isEmpty() ? "" : "/").append(part);
            }
            Path start = root.resolve(base.toString());
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
            List<String> out = new ArrayList<>();
            if (!Files.isDirectory(start)) {
                return out;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile).filter(TestSelector::isTestFile).forEach(p -> {
                    String id = idPath(p);
                    if (matcher.matches(Path.of(id))) {
                        out.add(id);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (out.isEmpty()) {
                throw new IOException("no test matches " + selection);
            }
            return out;
        }
        Path path = root.resolve(normalized);
        if (Files.isRegularFile(path)) {
            if (!isTestFile(path)) {
                throw new IOException(selection + " is not a test (tests are .js files whose name lacks _FIXTURE)");
            }
            return List.of(idPath(path));
        }
        if (Files.isDirectory(path)) {
            List<String> out = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(TestSelector::isTestFile).forEach(p -> out.add(idPath(p)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return out;
        }
        throw new IOException("no such test file or directory: " + selection + " (looked for " + path + ")");
    }

    /** A selection relative to the checkout: {@code language/x} and {@code /abs/test262/test/language/x} become {@code test/language/x}. */
    String normalize(String selection) throws IOException {
        String s = selection.replace('\\', '/');
        if (s.startsWith("/")) {
            Path abs = Path.of(s).normalize();
            if (!isGlob(s) && !abs.startsWith(root) || isGlob(s) && !s.startsWith(root.toString() + "/")) {
                throw new IOException(selection + " is not inside " + root);
            }
            s = isGlob(s) ? s.substring(root.toString().length() + 1) : root.relativize(abs).toString().replace('\\', '/');
        }
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        while (s.endsWith("/") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.equals("test") && !s.startsWith("test/")) {
            s = "test/" + s;
        }
        return s;
    }

    static boolean isGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }
}
