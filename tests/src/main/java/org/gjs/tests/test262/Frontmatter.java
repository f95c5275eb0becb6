package org.gjs.tests.test262;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test262 test's metadata: the YAML between {@code /*---} and {@code ---*}{@code /}. Only the subset of YAML that
 * test262 uses is read: top-level {@code key: value} lines, inline lists ({@code [a, b]}, possibly over several lines),
 * block lists ({@code - a}), one level of nested mapping ({@code negative:} then indented {@code phase:}/{@code type:}),
 * and block scalars ({@code |}, {@code >}), whose text is skipped.
 */
public record Frontmatter(List<String> includes, Set<String> flags, String negativePhase, String negativeType, List<String> features) {

    public static final Frontmatter NONE = new Frontmatter(List.of(), Set.of(), null, null, List.of());

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public boolean isNegative() {
        return negativePhase != null;
    }

    /** Negative at parse time: {@code phase: parse}, or {@code early} as older files say. */
    public boolean isNegativeAtParse() {
        return "parse".equals(negativePhase) || "early".equals(negativePhase);
    }

    public boolean isModule() {
        return hasFlag("module");
    }

    public boolean isAsync() {
        return hasFlag("async");
    }

    /** The runs INTERPRETING.md asks for: module once; raw and noStrict once sloppy; onlyStrict once strict; else both. */
    public List<Variant> variants() {
        if (isModule()) {
            return List.of(Variant.MODULE);
        }
        if (hasFlag("raw") || hasFlag("noStrict")) {
            return List.of(Variant.SLOPPY);
        }
        if (hasFlag("onlyStrict")) {
            return List.of(Variant.STRICT);
        }
        return List.of(Variant.SLOPPY, Variant.STRICT);
    }

    /** Thrown when a test's metadata cannot be read. */
    public static final class FrontmatterException extends Exception {
        private static final long serialVersionUID = 1L;

        FrontmatterException(String message) {
            super(message);
        }
    }

    /** The metadata of a test's source text; {@link #NONE} when it has none. */
    public static Frontmatter parse(String source) throws FrontmatterException {
        int start = source.indexOf("/*---");
        if (start < 0) {
            return NONE;
        }
        int end = source.indexOf("---*/", start + 5);
        if (end < 0) {
            throw new FrontmatterException("frontmatter starts with /*--- but has no closing ---*/");
        }
        Map<String, Object> yaml = parseYaml(source.substring(start + 5, end));
        List<String> includes = list(yaml, "includes");
        Set<String> flags = new LinkedHashSet<>(list(yaml, "flags"));
        List<String> features = list(yaml, "features");
        String phase = null;
        String type = null;
        Object negative = yaml.get("negative");
        if (negative != null) {
            if (!(negative instanceof Map<?, ?> map)) {
                throw new FrontmatterException("negative: expected a mapping with phase and type");
            }
            phase = map.get("phase") instanceof String s ? s : null;
            type = map.get("type") instanceof String s ? s : null;
            if (phase == null || type == null) {
                throw new FrontmatterException("negative: needs both phase and type");
            }
            if (!Set.of("parse", "early", "resolution", "runtime").contains(phase)) {
                throw new FrontmatterException("negative: unknown phase '" + phase + "'");
            }
        }
        return new Frontmatter(List.copyOf(includes), Set.copyOf(flags), phase, type, List.copyOf(features));
    }

    private static List<String> list(Map<String, Object> yaml, String key) throws FrontmatterException {
        Object value = yaml.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                out.add((String) o);
            }
            return out;
        }
        if (value instanceof String s && s.isEmpty()) {
            return List.of();
        }
        throw new FrontmatterException(key + ": expected a list");
    }

    /** Top-level keys to a String, a List of Strings, or a Map of String to String. */
    static Map<String, Object> parseYaml(String text) throws FrontmatterException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int base = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                base = Math.min(base, indent(line));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                i++;
                continue;
            }
            if (indent(line) != base) {
                throw new FrontmatterException("unexpected indentation at frontmatter line " + (i + 1) + ": " + line.strip());
            }
            String content = line.substring(base);
            int colon = keyColon(content);
            if (colon < 0) {
                throw new FrontmatterException("expected 'key: value' at frontmatter line " + (i + 1) + ": " + content);
            }
            String key = content.substring(0, colon).strip();
            String value = stripComment(content.substring(colon + 1)).strip();
            i++;
            if (value.startsWith("[")) {
                StringBuilder inline = new StringBuilder(value);
                while (inline.indexOf("]") < 0 && i < lines.length) {
                    inline.append(' ').append(stripComment(lines[i]).strip());
                    i++;
                }
                result.put(key, inlineList(key, inline.toString()));
            } else if (value.startsWith("|") || value.startsWith(">")) {
                while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > base)) {
                    i++;
                }
                result.put(key, "");
            } else if (!value.isEmpty()) {
                // A plain scalar, possibly continued on more-indented lines.
                while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > base)) {
                    i++;
                }
                result.put(key, unquote(value));
            } else {
                // A nested block: a list of "- item" lines, a mapping of "key: value" lines, or free text.
                List<String> block = new ArrayList<>();
                while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) > base)) {
                    if (!lines[i].isBlank()) {
                        block.add(lines[i]);
                    }
                    i++;
                }
                result.put(key, nestedBlock(block));
            }
        }
        return result;
    }

    private static Object nestedBlock(List<String> block) {
        if (block.isEmpty()) {
            return "";
        }
        int inner = Integer.MAX_VALUE;
        for (String line : block) {
            inner = Math.min(inner, indent(line));
        }
        List<String> items = new ArrayList<>();
        Map<String, String> map = new LinkedHashMap<>();
        boolean text = false;
        for (String line : block) {
            if (indent(line) > inner) {
                continue; // continuation of the previous entry
            }
            String nested = stripComment(line).strip();
            int c = keyColon(nested);
            if (nested.startsWith("- ") || nested.equals("-")) {
                items.add(unquote(nested.substring(1).strip()));
            } else if (c > 0) {
                map.put(nested.substring(0, c).strip(), unquote(stripComment(nested.substring(c + 1)).strip()));
            } else {
                text = true;
            }
        }
        if (text || !items.isEmpty() && !map.isEmpty()) {
            return "";
        }
        return !items.isEmpty() ? items : map;
    }

    private static List<String> inlineList(String key, String text) throws FrontmatterException {
        int close = text.indexOf(']');
        if (close < 0) {
            throw new FrontmatterException(key + ": unterminated [ list");
        }
        if (!text.substring(close + 1).isBlank()) {
            throw new FrontmatterException(key + ": text after the closing ]");
        }
        List<String> items = new ArrayList<>();
        for (String part : text.substring(1, close).split(",")) {
            String item = unquote(part.strip());
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static int keyColon(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0) {
            return -1;
        }
        for (int k = 0; k < colon; k++) {
            char ch = s.charAt(k);
            if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '$')) {
                return -1;
            }
        }
        return colon + 1 == s.length() || s.charAt(colon + 1) == ' ' || s.charAt(colon + 1) == '\t' ? colon : -1;
    }

    private static String stripComment(String s) {
        int hash = s.indexOf(" #");
        return hash >= 0 ? s.substring(0, hash) : s;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
