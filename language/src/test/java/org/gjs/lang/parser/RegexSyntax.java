package org.gjs.lang.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plain-Java syntax checker for ECMAScript regular expression patterns (including Annex B legacy syntax for
 * non-unicode patterns, the u and v modes, named groups with duplicate rules, modifiers and property escapes). It
 * can be plugged as the {@link RegexValidator} when no engine-backed validator is available.
 */
public final class RegexSyntax implements RegexValidator {
    public static final RegexSyntax INSTANCE = new RegexSyntax();

    @Override
    public String validate(String pattern, String flags) {
        try {
            new Checker(pattern, flags).run();
            return null;
        } catch (Bad b) {
            return "Invalid regular expression: /" + pattern + "/" + flags + ": " + b.getMessage();
        }
    }

    private static final class Bad extends RuntimeException {
        Bad(String m) {
            super(m, null, false, false);
        }
    }

    private static final class Checker {
        final String p;
        final int n;
        final boolean u;
        final boolean v;
        final boolean uv;
        int pos;
        int groupCount;
        boolean hasNamedGroups;
        final List<Object[]> groupNames = new ArrayList<>(); // {name, int[] path}
        final List<String> backrefNames = new ArrayList<>();
        int maxBackref;
        // alternative path tracking
        final List<int[]> path = new ArrayList<>(); // {disjunctionId, altIndex}
        int disjunctionIds;

        Checker(String p, String flags) {
            this.p = p;
            this.n = p.length();
            this.u = flags.indexOf('u') >= 0;
            this.v = flags.indexOf('v') >= 0;
            this.uv = u || v;
        }

        void run() {
            // pre-scan: count groups and named groups (for \k and backreference decisions)
            prescan();
            disjunction();
            if (pos < n) {
                throw new Bad(p.charAt(pos) == ')' ? "Unmatched ')'" : "Unexpected character");
            }
            for (String name : backrefNames) {
                boolean found = false;
                for (Object[] g : groupNames) {
                    if (g[0].equals(name)) {
                        found = true;
                    }
                }
                if (!found) {
                    throw new Bad("Invalid named capture referenced");
                }
            }
            if (uv && maxBackref > groupCount) {
                throw new Bad("Invalid escape");
            }
        }

        private int totalGroups;

        void prescan() {
            boolean inClass = false;
            for (int i = 0; i < n; i++) {
                char c = p.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '(' && !inClass) {
                    if (i + 1 < n && p.charAt(i + 1) == '?') {
                        if (i + 2 < n && p.charAt(i + 2) == '<' && i + 3 < n && p.charAt(i + 3) != '=' && p.charAt(i + 3) != '!') {
                            totalGroups++;
                            hasNamedGroups = true;
                        }
                    } else {
                        totalGroups++;
                    }
                }
            }
        }

        boolean eof() {
            return pos >= n;
        }

        char peek() {
            return pos < n ? p.charAt(pos) : '\0';
        }

        boolean eat(char c) {
            if (pos < n && p.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void disjunction() {
            int id = disjunctionIds++;
            int alt = 0;
            path.add(new int[]{id, alt});
            alternative();
            while (eat('|')) {
                alt++;
                path.get(path.size() - 1)[1] = alt;
                alternative();
            }
            path.remove(path.size() - 1);
        }

        void alternative() {
            while (pos < n && peek() != '|' && peek() != ')') {
                term();
            }
        }

        void term() {
            char c = peek();
            int start = pos;
            switch (c) {
                case '^', '$' -> {
                    pos++;
                    return;
                }
                case '\\' -> {
                    if (pos + 1 < n && (p.charAt(pos + 1) == 'b' || p.charAt(pos + 1) == 'B')) {
                        pos += 2;
                        if (isQuantifierStart()) {
                            throw new Bad("Nothing to repeat");
                        }
                        return;
                    }
                    pos++;
                    atomEscape();
                }
                case '(' -> {
                    pos++;
                    if (eat('?')) {
                        char d = peek();
                        if (d == '=' || d == '!') {
                            pos++;
                            disjunction();
                            expect(')');
                            if (uv && isQuantifierStart()) {
                                throw new Bad("Invalid quantifier");
                            }
                            quantifierOpt();
                            return;
                        }
                        if (d == '<' && pos + 1 < n && (p.charAt(pos + 1) == '=' || p.charAt(pos + 1) == '!')) {
                            pos += 2;
                            disjunction();
                            expect(')');
                            if (isQuantifierStart()) {
                                throw new Bad("Invalid quantifier");
                            }
                            return;
                        }
                        if (d == ':') {
                            pos++;
                        } else if (d == '<') {
                            pos++;
                            String name = groupName();
                            int[] gp = currentPath();
                            for (Object[] g : groupNames) {
                                if (g[0].equals(name) && !differentAlternatives((int[]) g[1], gp)) {
                                    throw new Bad("Duplicate capture group name");
                                }
                            }
                            groupNames.add(new Object[]{name, gp});
                            groupCount++;
                        } else if (d == 'i' || d == 'm' || d == 's' || d == '-') {
                            modifiers();
                        } else {
                            throw new Bad("Invalid group");
                        }
                    } else {
                        groupCount++;
                    }
                    disjunction();
                    expect(')');
                }
                case ')' -> throw new Bad("Unmatched ')'");
                case '[' -> {
                    pos++;
                    if (v) {
                        classSetV();
                    } else {
                        classRanges();
                    }
                }
                case '*', '+', '?' -> throw new Bad("Nothing to repeat");
                case '{' -> {
                    if (uv) {
                        throw new Bad(isBracedQuantifier() ? "Nothing to repeat" : "Lone quantifier brackets");
                    }
                    if (isBracedQuantifier()) {
                        throw new Bad("Nothing to repeat");
                    }
                    pos++;
                }
                case '}', ']' -> {
                    if (uv) {
                        throw new Bad("Lone quantifier brackets");
                    }
                    pos++;
                }
                default -> {
                    if (Character.isHighSurrogate(c) && pos + 1 < n && Character.isLowSurrogate(p.charAt(pos + 1))) {
                        pos += 2;
                    } else {
                        pos++;
                    }
                }
            }
            quantifierOpt();
        }

        int[] currentPath() {
            int[] r = new int[path.size() * 2];
            for (int i = 0; i < path.size(); i++) {
                r[2 * i] = path.get(i)[0];
                r[2 * i + 1] = path.get(i)[1];
            }
            return r;
        }

        static boolean differentAlternatives(int[] a, int[] b) {
            for (int i = 0; i + 1 < a.length && i + 1 < b.length; i += 2) {
                if (a[i] != b[i]) {
                    return false;
                }
                if (a[i + 1] != b[i + 1]) {
                    return true;
                }
            }
            return false;
        }

        void modifiers() {
            Set<Character> add = new HashSet<>();
            Set<Character> rem = new HashSet<>();
            while (pos < n && "ims".indexOf(peek()) >= 0) {
                if (!add.add(peek())) {
                    throw new Bad("Repeated flag in modifiers");
                }
                pos++;
            }
            boolean dash = eat('-');
            if (dash) {
                while (pos < n && "ims".indexOf(peek()) >= 0) {
                    if (!rem.add(peek()) || add.contains(peek())) {
                        throw new Bad("Invalid group");
                    }
                    pos++;
                }
                if (add.isEmpty() && rem.isEmpty()) {
                    throw new Bad("Invalid group");
                }
            }
            if (!eat(':')) {
                throw new Bad("Invalid group");
            }
        }

        String groupName() {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            while (true) {
                if (eof()) {
                    throw new Bad("Invalid capture group name");
                }
                if (eat('>')) {
                    break;
                }
                int cp;
                if (peek() == '\\') {
                    pos++;
                    if (!eat('u')) {
                        throw new Bad("Invalid capture group name");
                    }
                    cp = unicodeEscapeInName();
                } else {
                    cp = p.codePointAt(pos);
                    pos += Character.charCount(cp);
                }
                if (first ? !Lexer.isIdentStartCp(cp) : !Lexer.isIdentPartCp(cp)) {
                    throw new Bad("Invalid capture group name");
                }
                sb.appendCodePoint(cp);
                first = false;
            }
            if (sb.length() == 0) {
                throw new Bad("Invalid capture group name");
            }
            return sb.toString();
        }

        int unicodeEscapeInName() {
            if (eat('{')) {
                int v0 = hexDigits(1, 8, '}');
                if (v0 > 0x10FFFF) {
                    throw new Bad("Invalid Unicode escape");
                }
                return v0;
            }
            int hi = hex4();
            if (hi < 0) {
                throw new Bad("Invalid Unicode escape");
            }
            if (Character.isHighSurrogate((char) hi) && pos + 1 < n && p.charAt(pos) == '\\' && p.charAt(pos + 1) == 'u') {
                int save = pos;
                pos += 2;
                int lo = hex4();
                if (lo >= 0 && Character.isLowSurrogate((char) lo)) {
                    return Character.toCodePoint((char) hi, (char) lo);
                }
                pos = save;
            }
            return hi;
        }

        int hex4() {
            if (pos + 4 > n) {
                return -1;
            }
            int r = 0;
            for (int i = 0; i < 4; i++) {
                int d = Character.digit(p.charAt(pos + i), 16);
                if (d < 0) {
                    return -1;
                }
                r = r * 16 + d;
            }
            pos += 4;
            return r;
        }

        int hexDigits(int min, int max, char term) {
            long r = 0;
            int cnt = 0;
            while (pos < n && p.charAt(pos) != term) {
                int d = Character.digit(p.charAt(pos), 16);
                if (d < 0) {
                    throw new Bad("Invalid Unicode escape");
                }
                r = r * 16 + d;
                if (r > 0x10FFFF) {
                    throw new Bad("Invalid Unicode escape");
                }
                cnt++;
                pos++;
            }
            if (!eat(term) || cnt < min) {
                throw new Bad("Invalid Unicode escape");
            }
            return (int) r;
        }

        void expect(char c) {
            if (!eat(c)) {
                throw new Bad(c == ')' ? "Unterminated group" : "Unexpected character");
            }
        }

        boolean isQuantifierStart() {
            char c = peek();
            return c == '*' || c == '+' || c == '?' || (c == '{' && isBracedQuantifier());
        }

        boolean isBracedQuantifier() {
            int i = pos;
            if (i >= n || p.charAt(i) != '{') {
                return false;
            }
            i++;
            int ds = i;
            while (i < n && Character.isDigit(p.charAt(i)) && p.charAt(i) < 128) {
                i++;
            }
            if (i == ds) {
                return false;
            }
            if (i < n && p.charAt(i) == '}') {
                return true;
            }
            if (i < n && p.charAt(i) == ',') {
                i++;
                while (i < n && Character.isDigit(p.charAt(i)) && p.charAt(i) < 128) {
                    i++;
                }
                return i < n && p.charAt(i) == '}';
            }
            return false;
        }

        void quantifierOpt() {
            char c = peek();
            if (c == '*' || c == '+' || c == '?') {
                pos++;
            } else if (c == '{') {
                if (isBracedQuantifier()) {
                    pos++;
                    double lo = number();
                    double hi = lo;
                    if (eat(',')) {
                        hi = peek() == '}' ? Double.POSITIVE_INFINITY : number();
                    }
                    pos++; // }
                    if (hi < lo) {
                        throw new Bad("numbers out of order in {} quantifier");
                    }
                } else {
                    if (uv) {
                        throw new Bad("Incomplete quantifier");
                    }
                    return;
                }
            } else {
                return;
            }
            eat('?');
            if (isQuantifierStart()) {
                throw new Bad("Nothing to repeat");
            }
        }

        double number() {
            double r = 0;
            while (pos < n && p.charAt(pos) >= '0' && p.charAt(pos) <= '9') {
                r = r * 10 + (p.charAt(pos) - '0');
                pos++;
            }
            return r;
        }

        /** after '\\' outside a class */
        void atomEscape() {
            if (eof()) {
                throw new Bad("\\ at end of pattern");
            }
            char c = peek();
            if (c >= '1' && c <= '9') {
                int save = pos;
                int num = (int) Math.min(number(), 100000);
                if (uv || num <= totalGroups) {
                    maxBackref = Math.max(maxBackref, num);
                    return;
                }
                pos = save;
                // legacy octal / identity
                legacyOctal();
                return;
            }
            if (c == 'k') {
                pos++;
                if (uv || hasNamedGroups) {
                    if (!eat('<')) {
                        throw new Bad("Invalid named reference");
                    }
                    String name = groupName();
                    backrefNames.add(name);
                }
                return;
            }
            characterEscapeOrClass(false);
        }

        void legacyOctal() {
            char c = peek();
            if (c >= '0' && c <= '7') {
                pos++;
                if (peek() >= '0' && peek() <= '7') {
                    pos++;
                    if (c <= '3' && peek() >= '0' && peek() <= '7') {
                        pos++;
                    }
                }
            } else {
                pos++; // \8 \9 identity
            }
        }

        /** Returns code point for single-char escapes, or -1 for class escapes (\d, \p{...}...). */
        int characterEscapeOrClass(boolean inClass) {
            char c = p.charAt(pos++);
            switch (c) {
                case 'd', 'D', 's', 'S', 'w', 'W':
                    return -1;
                case 'p', 'P':
                    if (uv) {
                        propertyEscape(c == 'P');
                        return -1;
                    }
                    return c;
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'v':
                    return 0x0B;
                case 'b':
                    if (inClass) {
                        return 8;
                    }
                    return 'b';
                case 'c': {
                    char d = peek();
                    if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
                        pos++;
                        return d % 32;
                    }
                    if (inClass && !uv && ((d >= '0' && d <= '9') || d == '_')) {
                        pos++;
                        return d % 32;
                    }
                    if (uv) {
                        throw new Bad("Invalid unicode escape");
                    }
                    pos--; // '\' is literal, 'c' re-read as literal
                    return '\\';
                }
                case '0':
                    if (!(peek() >= '0' && peek() <= '9')) {
                        return 0;
                    }
                    if (uv) {
                        throw new Bad("Invalid decimal escape");
                    }
                    pos--;
                    legacyOctal();
                    return 0;
                case 'x': {
                    int save = pos;
                    if (pos + 2 <= n && Character.digit(p.charAt(pos), 16) >= 0 && Character.digit(p.charAt(pos + 1), 16) >= 0) {
                        pos += 2;
                        return Integer.parseInt(p.substring(save, pos), 16);
                    }
                    if (uv) {
                        throw new Bad("Invalid escape");
                    }
                    return 'x';
                }
                case 'u': {
                    if (uv) {
                        if (eat('{')) {
                            return hexDigits(1, 8, '}');
                        }
                        int hi = hex4();
                        if (hi < 0) {
                            throw new Bad("Invalid Unicode escape");
                        }
                        if (Character.isHighSurrogate((char) hi) && pos + 1 < n && p.charAt(pos) == '\\' && p.charAt(pos + 1) == 'u') {
                            int save = pos;
                            pos += 2;
                            int lo = hex4();
                            if (lo >= 0 && Character.isLowSurrogate((char) lo)) {
                                return Character.toCodePoint((char) hi, (char) lo);
                            }
                            pos = save;
                        }
                        return hi;
                    }
                    int hi = hex4();
                    return hi < 0 ? 'u' : hi;
                }
                default:
                    if (c >= '1' && c <= '9') {
                        if (uv) {
                            throw new Bad("Invalid class escape");
                        }
                        pos--;
                        legacyOctal();
                        return c - '0';
                    }
                    if (uv) {
                        if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0) {
                            return c;
                        }
                        if (c == '-' && inClass) {
                            return c;
                        }
                        if (v && inClass && "&-!#%,:;<=>@`~".indexOf(c) >= 0) {
                            return c;
                        }
                        throw new Bad("Invalid escape");
                    }
                    if (c == 'k' && hasNamedGroups && !inClass) {
                        throw new Bad("Invalid named reference");
                    }
                    if (Character.isHighSurrogate(c) && pos < n && Character.isLowSurrogate(p.charAt(pos))) {
                        pos++;
                        return Character.toCodePoint(c, p.charAt(pos - 1));
                    }
                    return c;
            }
        }

        private boolean lastPropertyIsStrings;

        void propertyEscape(boolean negated) {
            lastPropertyIsStrings = false;
            if (!eat('{')) {
                throw new Bad("Invalid property name");
            }
            int s = pos;
            while (pos < n && p.charAt(pos) != '}') {
                pos++;
            }
            if (eof()) {
                throw new Bad("Invalid property name");
            }
            String body = p.substring(s, pos);
            pos++;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                String name = body.substring(0, eq);
                String value = body.substring(eq + 1);
                if (name.equals("General_Category") || name.equals("gc")) {
                    if (!GC.contains(value)) {
                        throw new Bad("Invalid property name");
                    }
                } else if (name.equals("Script") || name.equals("sc") || name.equals("Script_Extensions") || name.equals("scx")) {
                    if (!isScript(value)) {
                        throw new Bad("Invalid property name");
                    }
                } else {
                    throw new Bad("Invalid property name");
                }
                return;
            }
            if (GC.contains(body) || BINARY.contains(body)) {
                return;
            }
            if (v && STRINGS.contains(body)) {
                if (negated) {
                    throw new Bad("Invalid property name");
                }
                lastPropertyIsStrings = true;
                return;
            }
            throw new Bad("Invalid property name");
        }

        // ---------------- non-v character classes
        void classRanges() {
            eat('^');
            while (true) {
                if (eof()) {
                    throw new Bad("Unterminated character class");
                }
                if (eat(']')) {
                    return;
                }
                int a = classAtom();
                if (peek() == '-' && pos + 1 < n && p.charAt(pos + 1) != ']') {
                    pos++;
                    int b = classAtom();
                    if (a == -1 || b == -1) {
                        if (uv) {
                            throw new Bad("Invalid character class");
                        }
                        continue;
                    }
                    if (a > b) {
                        throw new Bad("Range out of order in character class");
                    }
                }
            }
        }

        /** returns code point or -1 for class escapes */
        int classAtom() {
            char c = p.charAt(pos);
            if (c == '\\') {
                pos++;
                if (eof()) {
                    throw new Bad("\\ at end of pattern");
                }
                char d = peek();
                if (d == 'B' && uv) {
                    throw new Bad("Invalid class escape");
                }
                if (d == 'k' && uv) {
                    throw new Bad("Invalid escape");
                }
                if (d == '-' && uv) {
                    pos++;
                    return '-';
                }
                return characterEscapeOrClass(true);
            }
            if (uv && Character.isHighSurrogate(c) && pos + 1 < n && Character.isLowSurrogate(p.charAt(pos + 1))) {
                pos += 2;
                return p.codePointAt(pos - 2);
            }
            pos++;
            return c;
        }

        // ---------------- v-mode class sets
        /** after '['; returns true if the class may contain strings */
        boolean classSetV() {
            boolean negated = eat('^');
            boolean strings = classSetExpression();
            if (negated && strings) {
                throw new Bad("Negated character class may contain strings");
            }
            return strings;
        }

        boolean classSetExpression() {
            // returns mayContainStrings; consumes through the closing ']'
            if (eat(']')) {
                return false;
            }
            int kind = 0; // 0 unknown/union, 1 intersection, 2 subtraction
            boolean strings = false;
            boolean first = true;
            boolean interStrings = true;
            while (true) {
                if (eof()) {
                    throw new Bad("Unterminated character class");
                }
                if (eat(']')) {
                    return kind == 1 ? interStrings : kind == 2 ? strings : strings;
                }
                if (p.startsWith("&&", pos) || p.startsWith("--", pos)) {
                    int k = p.charAt(pos) == '&' ? 1 : 2;
                    if (first || (kind != 0 && kind != k)) {
                        throw new Bad("Invalid set operation in character class");
                    }
                    if (kind == 0 && !singleOperandSoFar) {
                        throw new Bad("Invalid set operation in character class");
                    }
                    kind = k;
                    pos += 2;
                    if (p.startsWith("&", pos) && k == 1) {
                        throw new Bad("Invalid character in character class");
                    }
                    boolean[] opStrings = new boolean[1];
                    int r = classSetOperand(opStrings, true);
                    if (r == RANGE) {
                        throw new Bad("Invalid set operation in character class");
                    }
                    if (k == 1) {
                        interStrings &= opStrings[0];
                    }
                    continue;
                }
                if (kind != 0) {
                    throw new Bad("Invalid set operation in character class");
                }
                boolean[] opStrings = new boolean[1];
                int r = classSetOperand(opStrings, false);
                singleOperandSoFar = first && r != RANGE;
                if (!first) {
                    singleOperandSoFar = false;
                }
                strings |= opStrings[0];
                if (first) {
                    interStrings = opStrings[0];
                }
                first = false;
            }
        }

        private boolean singleOperandSoFar;
        static final int CHAR = 0, RANGE = 1, OTHER = 2;

        int classSetOperand(boolean[] strings, boolean noRange) {
            char c = peek();
            if (c == '[') {
                pos++;
                boolean saveSingle = singleOperandSoFar;
                strings[0] = classSetV();
                singleOperandSoFar = saveSingle;
                return OTHER;
            }
            if (c == '\\' && pos + 1 < n && p.charAt(pos + 1) == 'q') {
                pos += 2;
                if (!eat('{')) {
                    throw new Bad("Invalid escape");
                }
                int len = 0;
                boolean multi = false;
                while (true) {
                    if (eof()) {
                        throw new Bad("Unterminated character class");
                    }
                    if (eat('}')) {
                        break;
                    }
                    if (eat('|')) {
                        if (len != 1) {
                            multi = true;
                        }
                        len = 0;
                        continue;
                    }
                    classSetCharacter();
                    len++;
                }
                if (len != 1) {
                    multi = true;
                }
                strings[0] = multi;
                return OTHER;
            }
            if (c == '\\' && pos + 1 < n && "dDsSwWpP".indexOf(p.charAt(pos + 1)) >= 0) {
                pos++;
                char e = p.charAt(pos);
                characterEscapeOrClass(true);
                strings[0] = (e == 'p') && lastPropertyIsStrings;
                return OTHER;
            }
            int a = classSetCharacter();
            if (peek() == '-' && !(pos + 1 < n && p.charAt(pos + 1) == '-')) {
                pos++;
                int b = classSetCharacter();
                if (a > b) {
                    throw new Bad("Range out of order in character class");
                }
                return RANGE;
            }
            return CHAR;
        }

        int classSetCharacter() {
            if (eof()) {
                throw new Bad("Unterminated character class");
            }
            char c = p.charAt(pos);
            if (c == '\\') {
                pos++;
                if (eof()) {
                    throw new Bad("\\ at end of pattern");
                }
                char d = peek();
                if ("dDsSwWpPqk".indexOf(d) >= 0 || d == 'B') {
                    throw new Bad("Invalid escape");
                }
                int r = characterEscapeOrClass(true);
                return r;
            }
            if (pos + 1 < n && p.charAt(pos + 1) == c && "&!#$%*+,.:;<=>?@^`~".indexOf(c) >= 0) {
                throw new Bad("Invalid set operation in character class");
            }
            if ("()[]{}/-|".indexOf(c) >= 0) {
                throw new Bad("Invalid character in character class");
            }
            int cp = p.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }

        static boolean isScript(String value) {
            if (value.isEmpty() || value.indexOf(' ') >= 0) {
                return false;
            }
            if (NEWER_SCRIPTS.contains(value) || value.equals("Qaac") || value.equals("Qaai")) {
                return true;
            }
            try {
                Character.UnicodeScript s = Character.UnicodeScript.forName(value);
                if (s == Character.UnicodeScript.UNKNOWN && !(value.equals("Unknown") || value.equals("Zzzz"))) {
                    return false;
                }
                String canonical = titleCase(s.name());
                if (value.equals(canonical) || value.equals("SignWriting") || value.equals("Nko") && s == Character.UnicodeScript.NKO) {
                    return true;
                }
                if (value.length() == 4 && Character.isUpperCase(value.charAt(0)) && value.substring(1).equals(value.substring(1).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                return value.equals("Qaac") || value.equals("Qaai");
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        static String titleCase(String enumName) {
            StringBuilder sb = new StringBuilder();
            for (String part : enumName.split("_")) {
                if (sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }
    }

    static final Set<String> GC = Set.of("Cased_Letter", "LC", "Close_Punctuation", "Pe", "Connector_Punctuation", "Pc", "Control", "Cc", "cntrl", "Currency_Symbol", "Sc",
                    "Dash_Punctuation", "Pd", "Decimal_Number", "Nd", "digit", "Enclosing_Mark", "Me", "Final_Punctuation", "Pf", "Format", "Cf", "Initial_Punctuation", "Pi", "Letter",
                    "L", "Letter_Number", "Nl", "Line_Separator", "Zl", "Lowercase_Letter", "Ll", "Mark", "M", "Combining_Mark", "Math_Symbol", "Sm", "Modifier_Letter", "Lm",
                    "Modifier_Symbol", "Sk", "Nonspacing_Mark", "Mn", "Number", "N", "Open_Punctuation", "Ps", "Other", "C", "Other_Letter", "Lo", "Other_Number", "No",
                    "Other_Punctuation", "Po", "Other_Symbol", "So", "Paragraph_Separator", "Zp", "Private_Use", "Co", "Punctuation", "P", "punct", "Separator", "Z",
                    "Space_Separator", "Zs", "Spacing_Mark", "Mc", "Surrogate", "Cs", "Symbol", "S", "Titlecase_Letter", "Lt", "Unassigned", "Cn", "Uppercase_Letter", "Lu");
    static final Set<String> BINARY = Set.of("ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Any", "Assigned", "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M",
                    "Case_Ignorable", "CI", "Cased", "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL",
                    "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased", "CWU", "Dash", "Default_Ignorable_Code_Point", "DI",
                    "Deprecated", "Dep", "Diacritic", "Dia", "Emoji", "Emoji_Component", "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase", "Emoji_Presentation",
                    "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext", "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext", "Hex_Digit", "Hex",
                    "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC", "ID_Start", "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C",
                    "Logical_Order_Exception", "LOE", "Lowercase", "Lower", "Math", "Noncharacter_Code_Point", "NChar", "Pattern_Syntax", "Pat_Syn", "Pattern_White_Space", "Pat_WS",
                    "Quotation_Mark", "QMark", "Radical", "Regional_Indicator", "RI", "Sentence_Terminal", "STerm", "Soft_Dotted", "SD", "Terminal_Punctuation", "Term",
                    "Unified_Ideograph", "UIdeo", "Uppercase", "Upper", "Variation_Selector", "VS", "White_Space", "space", "XID_Continue", "XIDC", "XID_Start", "XIDS");
    /** Unicode 17 scripts possibly unknown to the running JDK. */
    static final Set<String> NEWER_SCRIPTS = Set.of("Beria_Erfe", "Berf", "Sidetic", "Sidt", "Tai_Yo", "Tayo", "Tolong_Siki", "Tols");
    static final Set<String> STRINGS = Set.of("Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence",
                    "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji");
}
