package org.gjs.lang.parser;

import java.math.BigInteger;

/**
 * Hand-written ECMAScript lexer over a char[]. The parser drives it: {@link #next()} scans the next token treating
 * '/' as division; the parser calls {@link #rescanRegex()} or {@link #rescanTemplateContinuation()} when the grammar
 * says a regex or a template middle/tail starts there.
 */
final class Lexer {
    final char[] src;
    final int len;
    final boolean module;
    private final Parser parser;

    // current token
    int type;
    int start;
    int end;
    /** Interned identifier name / string value / template cooked value. */
    String value;
    double number;
    boolean newlineBefore;
    /** identifier contained unicode escapes */
    boolean escaped;
    /** offset of a legacy octal literal/escape or \8 \9 in this token, or -1 */
    int octalPos;
    // template data
    String raw;
    boolean templateTail;
    int invalidEscapePos;
    String invalidEscapeMsg;
    // regex
    String regexPattern;
    String regexFlags;
    /** end of the previous token */
    int prevEnd;

    int pos;
    private final StringBuilder sb = new StringBuilder();
    private final Names names = new Names();

    Lexer(String source, boolean module, Parser parser) {
        this.src = source.toCharArray();
        this.len = src.length;
        this.module = module;
        this.parser = parser;
        if (len >= 2 && src[0] == '#' && src[1] == '!') {
            pos = 2;
            while (pos < len && !isLineTerminator(src[pos])) {
                pos++;
            }
        }
    }

    JsSyntaxError error(int at, String msg) {
        return parser.error(at, msg);
    }

    // ---- state save/restore for bounded lookahead ----
    long[] saveState() {
        return new long[]{pos, type, start, end, Double.doubleToRawLongBits(number), newlineBefore ? 1 : 0, escaped ? 1 : 0, octalPos, prevEnd};
    }

    Object[] saveRefs() {
        return new Object[]{value, raw, regexPattern, regexFlags};
    }

    void restoreState(long[] s, Object[] r) {
        pos = (int) s[0];
        type = (int) s[1];
        start = (int) s[2];
        end = (int) s[3];
        number = Double.longBitsToDouble(s[4]);
        newlineBefore = s[5] != 0;
        escaped = s[6] != 0;
        octalPos = (int) s[7];
        prevEnd = (int) s[8];
        value = (String) r[0];
        raw = (String) r[1];
        regexPattern = (String) r[2];
        regexFlags = (String) r[3];
    }

    /**
     * Cheap check used for labels: is the current NAME token followed (after whitespace/comments) by ':'? Returns a
     * non-null marker if so. Does not change the lexer state.
     */
    long[] saveStateIfIdentFollowedByColon() {
        int i = end;
        while (i < len) {
            char c = src[i];
            if (c == ':') {
                return NO_STATE;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c == '/' || c > 127 || c == '\u000B' || c == '\u000C' || c == '<' || c == '-') {
                // comments: fall back to a full scan
                long[] s = saveState();
                Object[] r = saveRefs();
                try {
                    next();
                    return type == Tok.COLON ? NO_STATE : null;
                } catch (JsSyntaxError e) {
                    return null;
                } finally {
                    restoreState(s, r);
                }
            }
            return null;
        }
        return null;
    }

    private static final long[] NO_STATE = new long[0];

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    // ---- main scanner ----
    void next() {
        prevEnd = end;
        newlineBefore = false;
        escaped = false;
        octalPos = -1;
        value = null;
        skipSpace();
        start = pos;
        if (pos >= len) {
            type = Tok.EOF;
            end = pos;
            return;
        }
        char c = src[pos];
        switch (c) {
            case '(' -> punct(Tok.LPAREN, 1);
            case ')' -> punct(Tok.RPAREN, 1);
            case '{' -> punct(Tok.LBRACE, 1);
            case '}' -> punct(Tok.RBRACE, 1);
            case '[' -> punct(Tok.LBRACK, 1);
            case ']' -> punct(Tok.RBRACK, 1);
            case ';' -> punct(Tok.SEMI, 1);
            case ',' -> punct(Tok.COMMA, 1);
            case ':' -> punct(Tok.COLON, 1);
            case '~' -> punct(Tok.TILDE, 1);
            case '@' -> punct(Tok.AT, 1);
            case '.' -> {
                if (pos + 1 < len && isDigit(src[pos + 1])) {
                    scanNumber();
                } else if (pos + 2 < len && src[pos + 1] == '.' && src[pos + 2] == '.') {
                    punct(Tok.ELLIPSIS, 3);
                } else {
                    punct(Tok.DOT, 1);
                }
            }
            case '?' -> {
                char d = at(pos + 1);
                if (d == '?') {
                    if (at(pos + 2) == '=') {
                        punct(Tok.NULLISH_ASSIGN, 3);
                    } else {
                        punct(Tok.NULLISH, 2);
                    }
                } else if (d == '.' && !isDigit(at(pos + 2))) {
                    punct(Tok.QDOT, 2);
                } else {
                    punct(Tok.QUESTION, 1);
                }
            }
            case '=' -> {
                char d = at(pos + 1);
                if (d == '=') {
                    punct(at(pos + 2) == '=' ? Tok.SEQ : Tok.EQ, at(pos + 2) == '=' ? 3 : 2);
                } else if (d == '>') {
                    punct(Tok.ARROW, 2);
                } else {
                    punct(Tok.ASSIGN, 1);
                }
            }
            case '!' -> {
                if (at(pos + 1) == '=') {
                    punct(at(pos + 2) == '=' ? Tok.SNE : Tok.NE, at(pos + 2) == '=' ? 3 : 2);
                } else {
                    punct(Tok.NOT, 1);
                }
            }
            case '+' -> {
                char d = at(pos + 1);
                punct(d == '+' ? Tok.INC : d == '=' ? Tok.PLUS_ASSIGN : Tok.PLUS, d == '+' || d == '=' ? 2 : 1);
            }
            case '-' -> {
                char d = at(pos + 1);
                punct(d == '-' ? Tok.DEC : d == '=' ? Tok.MINUS_ASSIGN : Tok.MINUS, d == '-' || d == '=' ? 2 : 1);
            }
            case '*' -> {
                if (at(pos + 1) == '*') {
                    punct(at(pos + 2) == '=' ? Tok.STARSTAR_ASSIGN : Tok.STARSTAR, at(pos + 2) == '=' ? 3 : 2);
                } else {
                    punct(at(pos + 1) == '=' ? Tok.STAR_ASSIGN : Tok.STAR, at(pos + 1) == '=' ? 2 : 1);
                }
            }
            case '/' -> punct(at(pos + 1) == '=' ? Tok.SLASH_ASSIGN : Tok.SLASH, at(pos + 1) == '=' ? 2 : 1);
            case '%' -> punct(at(pos + 1) == '=' ? Tok.PERCENT_ASSIGN : Tok.PERCENT, at(pos + 1) == '=' ? 2 : 1);
            case '^' -> punct(at(pos + 1) == '=' ? Tok.BITXOR_ASSIGN : Tok.BITXOR, at(pos + 1) == '=' ? 2 : 1);
            case '&' -> {
                char d = at(pos + 1);
                if (d == '&') {
                    punct(at(pos + 2) == '=' ? Tok.AND_ASSIGN : Tok.AND, at(pos + 2) == '=' ? 3 : 2);
                } else {
                    punct(d == '=' ? Tok.BITAND_ASSIGN : Tok.BITAND, d == '=' ? 2 : 1);
                }
            }
            case '|' -> {
                char d = at(pos + 1);
                if (d == '|') {
                    punct(at(pos + 2) == '=' ? Tok.OR_ASSIGN : Tok.OR, at(pos + 2) == '=' ? 3 : 2);
                } else {
                    punct(d == '=' ? Tok.BITOR_ASSIGN : Tok.BITOR, d == '=' ? 2 : 1);
                }
            }
            case '<' -> {
                char d = at(pos + 1);
                if (d == '<') {
                    punct(at(pos + 2) == '=' ? Tok.SHL_ASSIGN : Tok.SHL, at(pos + 2) == '=' ? 3 : 2);
                } else {
                    punct(d == '=' ? Tok.LE : Tok.LT, d == '=' ? 2 : 1);
                }
            }
            case '>' -> {
                char d = at(pos + 1);
                if (d == '>') {
                    char e = at(pos + 2);
                    if (e == '>') {
                        punct(at(pos + 3) == '=' ? Tok.SHR_ASSIGN : Tok.SHR, at(pos + 3) == '=' ? 4 : 3);
                    } else {
                        punct(e == '=' ? Tok.SAR_ASSIGN : Tok.SAR, e == '=' ? 3 : 2);
                    }
                } else {
                    punct(d == '=' ? Tok.GE : Tok.GT, d == '=' ? 2 : 1);
                }
            }
            case '"', '\'' -> scanString(c);
            case '`' -> {
                pos++;
                scanTemplate();
            }
            case '#' -> {
                pos++;
                if (pos < len && (isAsciiIdentStart(src[pos]) || src[pos] == '\\' || src[pos] > 127)) {
                    scanIdentifier();
                    type = Tok.PRIVATE_NAME;
                    start = start; // keep '#'
                } else {
                    throw error(start, "Invalid or unexpected token");
                }
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> scanNumber();
            default -> {
                if (isAsciiIdentStart(c) || c == '\\' || (c > 127 && isIdentStartCp(Character.codePointAt(src, pos)))) {
                    scanIdentifier();
                } else {
                    throw error(pos, "Invalid or unexpected token");
                }
            }
        }
    }

    private char at(int i) {
        return i < len ? src[i] : '\0';
    }

    private void punct(int t, int n) {
        type = t;
        pos += n;
        end = pos;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
    }

    static boolean isAsciiIdentPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' || (c >= '0' && c <= '9');
    }

    static boolean isIdentStartCp(int cp) {
        if (cp < 128) {
            return isAsciiIdentStart((char) cp);
        }
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F;
    }

    static boolean isIdentPartCp(int cp) {
        if (cp < 128) {
            return isAsciiIdentPart((char) cp);
        }
        if (cp == 0x200C || cp == 0x200D) {
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F;
    }

    static boolean isWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u00A0' || c == '\uFEFF' || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    private void skipSpace() {
        while (pos < len) {
            char c = src[pos];
            switch (c) {
                case ' ', '\t', '\u000B', '\u000C' -> pos++;
                case '\n', '\r', '\u2028', '\u2029' -> {
                    pos++;
                    newlineBefore = true;
                }
                case '/' -> {
                    char d = at(pos + 1);
                    if (d == '/') {
                        skipLineComment(pos + 2);
                    } else if (d == '*') {
                        int s = pos;
                        pos += 2;
                        boolean closed = false;
                        while (pos < len) {
                            char e = src[pos];
                            if (e == '*' && at(pos + 1) == '/') {
                                pos += 2;
                                closed = true;
                                break;
                            }
                            if (isLineTerminator(e)) {
                                newlineBefore = true;
                            }
                            pos++;
                        }
                        if (!closed) {
                            throw error(s, "Invalid or unexpected token");
                        }
                    } else {
                        return;
                    }
                }
                case '<' -> {
                    if (!module && at(pos + 1) == '!' && at(pos + 2) == '-' && at(pos + 3) == '-') {
                        skipLineComment(pos + 4);
                    } else {
                        return;
                    }
                }
                case '-' -> {
                    if (!module && (newlineBefore || start == 0 && prevEnd == 0) && at(pos + 1) == '-' && at(pos + 2) == '>') {
                        skipLineComment(pos + 3);
                    } else {
                        return;
                    }
                }
                default -> {
                    if (c > 127 && isWhiteSpace(c)) {
                        pos++;
                    } else {
                        return;
                    }
                }
            }
        }
    }

    private void skipLineComment(int from) {
        pos = from;
        while (pos < len && !isLineTerminator(src[pos])) {
            pos++;
        }
    }

    // ---- identifiers ----
    private void scanIdentifier() {
        int s = pos;
        int h = 0;
        while (pos < len) {
            char c = src[pos];
            if (isAsciiIdentPart(c)) {
                h = h * 31 + c;
                pos++;
            } else if (c == '\\' || c > 127) {
                scanIdentifierSlow(s);
                return;
            } else {
                break;
            }
        }
        type = Tok.NAME;
        end = pos;
        value = names.intern(src, s, pos - s, h);
    }

    private void scanIdentifierSlow(int s) {
        sb.setLength(0);
        sb.append(src, s, pos - s);
        boolean first = pos == s;
        while (pos < len) {
            char c = src[pos];
            int cp;
            if (c == '\\') {
                int escStart = pos;
                if (at(pos + 1) != 'u') {
                    throw error(escStart, "Invalid or unexpected token");
                }
                pos += 2;
                cp = scanUnicodeEscapeBody(escStart);
                if (cp < 0 || !(first ? isIdentStartCp(cp) : isIdentPartCp(cp))) {
                    throw error(escStart, "Invalid or unexpected token");
                }
                escaped = true;
            } else {
                cp = Character.codePointAt(src, pos, len);
                if (!(first ? isIdentStartCp(cp) : isIdentPartCp(cp))) {
                    break;
                }
                pos += Character.charCount(cp);
            }
            sb.appendCodePoint(cp);
            first = false;
        }
        type = Tok.NAME;
        end = pos;
        value = names.intern(sb);
    }

    /** After "\\u": {XXXX} or XXXX; returns code point or -1. */
    private int scanUnicodeEscapeBody(int escStart) {
        if (at(pos) == '{') {
            pos++;
            int v = 0;
            int digits = 0;
            while (pos < len && src[pos] != '}') {
                int d = Character.digit(src[pos], 16);
                if (d < 0) {
                    return -1;
                }
                v = v * 16 + d;
                if (v > 0x10FFFF) {
                    return -2;
                }
                digits++;
                pos++;
            }
            if (pos >= len || digits == 0) {
                return -1;
            }
            pos++;
            return v;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(at(pos), 16);
            if (d < 0 || pos >= len) {
                return -1;
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    // ---- numbers ----
    private void scanNumber() {
        int s = pos;
        char c = src[pos];
        type = Tok.NUM;
        if (c == '0' && pos + 1 < len) {
            char d = (char) (src[pos + 1] | 0x20);
            int radix = d == 'x' ? 16 : d == 'o' ? 8 : d == 'b' ? 2 : 0;
            if (radix != 0) {
                pos += 2;
                String digits = scanDigits(radix, false);
                if (digits.isEmpty()) {
                    throw error(s, "Invalid or unexpected token");
                }
                if (at(pos) == 'n') {
                    pos++;
                    type = Tok.BIGINT;
                    value = src[s] + "" + src[s + 1] + digits;
                } else {
                    number = parseRadix(digits, radix);
                }
                finishNumber(s);
                return;
            }
            if (isDigit(src[pos + 1]) || src[pos + 1] == '_') {
                // legacy octal or decimal with leading zero
                if (src[pos + 1] == '_') {
                    throw error(pos + 1, "Numeric separator can not be used after leading 0.");
                }
                int p = pos + 1;
                boolean octal = true;
                while (p < len && isDigit(src[p])) {
                    if (src[p] >= '8') {
                        octal = false;
                    }
                    p++;
                }
                octalPos = s;
                if (p < len && src[p] == '_') {
                    throw error(s, "Invalid or unexpected token");
                }
                if (octal) {
                    number = parseRadix(new String(src, s + 1, p - s - 1), 8);
                    pos = p;
                    if (at(pos) == 'n') {
                        throw error(s, "Invalid or unexpected token");
                    }
                    finishNumber(s);
                    return;
                }
                // NonOctalDecimalIntegerLiteral: continue as decimal (fraction allowed)
            }
        }
        boolean isInt = true;
        String intPart = c == '.' ? "" : scanDigits(10, true);
        String frac = null;
        String exp = null;
        if (at(pos) == '.') {
            isInt = false;
            pos++;
            frac = isDigit(at(pos)) ? scanDigits(10, false) : "";
        }
        char e = at(pos);
        if (e == 'e' || e == 'E') {
            isInt = false;
            pos++;
            StringBuilder eb = new StringBuilder();
            if (at(pos) == '+' || at(pos) == '-') {
                eb.append(src[pos++]);
            }
            String ed = scanDigits(10, false);
            if (ed.isEmpty()) {
                throw error(s, "Invalid or unexpected token");
            }
            exp = eb.append(ed).toString();
        }
        if (at(pos) == 'n') {
            if (!isInt || octalPos >= 0) {
                throw error(s, "Invalid or unexpected token");
            }
            pos++;
            type = Tok.BIGINT;
            value = intPart;
            finishNumber(s);
            return;
        }
        if (isInt && intPart.length() <= 15) {
            long v = 0;
            for (int i = 0; i < intPart.length(); i++) {
                v = v * 10 + (intPart.charAt(i) - '0');
            }
            number = v;
        } else {
            StringBuilder nb = new StringBuilder(intPart.isEmpty() ? "0" : intPart);
            if (frac != null) {
                nb.append('.').append(frac.isEmpty() ? "0" : frac);
            }
            if (exp != null) {
                nb.append('e').append(exp);
            }
            number = Double.parseDouble(nb.toString());
        }
        finishNumber(s);
    }

    private void finishNumber(int s) {
        end = pos;
        if (pos < len) {
            char c = src[pos];
            if (isAsciiIdentStart(c) || isDigit(c) || c == '\\' || (c > 127 && isIdentStartCp(Character.codePointAt(src, pos, len)))) {
                throw error(s, "Invalid or unexpected token");
            }
        }
    }

    private String scanDigits(int radix, boolean allowStartAtCurrent) {
        int s = pos;
        boolean hasSep = false;
        while (pos < len) {
            char c = src[pos];
            if (c == '_') {
                if (pos == s || pos + 1 >= len || Character.digit(src[pos + 1], radix) < 0) {
                    throw error(pos + 1, pos + 1 < len && src[pos + 1] == '_' ? "Only one underscore is allowed as numeric separator" : "Numeric separators are not allowed at the end of numeric literals");
                }
                hasSep = true;
                pos++;
                continue;
            }
            if (Character.digit(c, radix) < 0 || c > 127) {
                break;
            }
            pos++;
        }
        if (!hasSep) {
            return new String(src, s, pos - s);
        }
        StringBuilder b = new StringBuilder(pos - s);
        for (int i = s; i < pos; i++) {
            if (src[i] != '_') {
                b.append(src[i]);
            }
        }
        return b.toString();
    }

    private static double parseRadix(String digits, int radix) {
        if (digits.length() <= 12) {
            return Long.parseLong(digits, radix);
        }
        return new BigInteger(digits, radix).doubleValue();
    }

    // ---- strings ----
    private void scanString(char q) {
        int s = pos;
        pos++;
        int chunk = pos;
        sb.setLength(0);
        boolean simple = true;
        while (true) {
            if (pos >= len) {
                throw error(s, "Invalid or unexpected token");
            }
            char c = src[pos];
            if (c == q) {
                break;
            }
            if (c == '\\') {
                sb.append(src, chunk, pos - chunk);
                simple = false;
                readEscape(false);
                chunk = pos;
            } else if (c == '\n' || c == '\r') {
                throw error(s, "Invalid or unexpected token");
            } else {
                pos++;
            }
        }
        if (simple) {
            value = new String(src, chunk, pos - chunk);
        } else {
            sb.append(src, chunk, pos - chunk);
            value = sb.toString();
        }
        pos++;
        type = Tok.STRING;
        end = pos;
    }

    /**
     * Reads an escape at pos (pointing at '\\') into sb. In templates, returns false (and records the invalid escape)
     * instead of failing on bad escapes.
     */
    private boolean readEscape(boolean template) {
        int escStart = pos;
        pos++;
        if (pos >= len) {
            throw error(escStart, "Invalid or unexpected token");
        }
        char c = src[pos++];
        switch (c) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\u000B');
            case '\r' -> {
                if (at(pos) == '\n') {
                    pos++;
                }
            }
            case '\n', '\u2028', '\u2029' -> {
            }
            case 'x' -> {
                int d1 = Character.digit(at(pos), 16);
                int d2 = Character.digit(at(pos + 1), 16);
                if (d1 < 0 || d2 < 0 || pos + 1 >= len) {
                    return badEscape(template, escStart, "Invalid hexadecimal escape sequence");
                }
                pos += 2;
                sb.append((char) (d1 * 16 + d2));
            }
            case 'u' -> {
                int cp = scanUnicodeEscapeBody(escStart);
                if (cp == -2) {
                    return badEscape(template, escStart, "Undefined Unicode code-point");
                }
                if (cp < 0) {
                    return badEscape(template, escStart, "Invalid Unicode escape sequence");
                }
                sb.appendCodePoint(cp);
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (c == '0' && !isDigit(at(pos))) {
                    sb.append('\0');
                    break;
                }
                if (template) {
                    return badEscape(true, escStart, "Octal escape sequences are not allowed in template strings.");
                }
                if (octalPos < 0) {
                    octalPos = escStart;
                }
                int v = c - '0';
                if (at(pos) >= '0' && at(pos) <= '7') {
                    v = v * 8 + (src[pos++] - '0');
                    if (c <= '3' && at(pos) >= '0' && at(pos) <= '7') {
                        v = v * 8 + (src[pos++] - '0');
                    }
                }
                sb.append((char) v);
            }
            case '8', '9' -> {
                if (template) {
                    return badEscape(true, escStart, "\\8 and \\9 are not allowed in template strings.");
                }
                if (octalPos < 0) {
                    octalPos = escStart;
                }
                sb.append(c);
            }
            default -> {
                if (Character.isHighSurrogate(c) && pos < len && Character.isLowSurrogate(src[pos])) {
                    sb.append(c).append(src[pos++]);
                } else {
                    sb.append(c);
                }
            }
        }
        return true;
    }

    private boolean badEscape(boolean template, int at, String msg) {
        if (!template) {
            throw error(at, msg);
        }
        if (invalidEscapePos < 0) {
            invalidEscapePos = at;
            invalidEscapeMsg = msg;
        }
        return false;
    }

    // ---- templates ----
    /** pos is just after '`' or '}'. Scans to '`' or '${'. */
    private void scanTemplate() {
        type = Tok.TEMPLATE;
        invalidEscapePos = -1;
        invalidEscapeMsg = null;
        sb.setLength(0);
        int rawStart = pos;
        boolean sawCr = false;
        boolean valid = true;
        while (true) {
            if (pos >= len) {
                throw error(start, "Unterminated template literal");
            }
            char c = src[pos];
            if (c == '`') {
                templateTail = true;
                break;
            }
            if (c == '$' && at(pos + 1) == '{') {
                templateTail = false;
                break;
            }
            if (c == '\\') {
                if (!readEscape(true)) {
                    valid = false;
                    // skip the rest of the escape char(s) conservatively: continue scanning
                }
            } else if (c == '\r') {
                // normalize CR and CRLF to LF in both cooked and raw
                sawCr = true;
                pos++;
                if (at(pos) == '\n') {
                    pos++;
                }
                sb.append('\n');
                continue;
            } else {
                sb.append(c);
                pos++;
            }
        }
        raw = sawCr ? normalizeRaw(rawStart, pos) : new String(src, rawStart, pos - rawStart);
        value = valid ? sb.toString() : null;
        pos += templateTail ? 1 : 2;
        end = pos;
    }

    private String normalizeRaw(int s, int e) {
        StringBuilder b = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = src[i];
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < e && src[i + 1] == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Current token is '}' ending a template substitution: rescan as template middle/tail. */
    void rescanTemplateContinuation() {
        pos = start + 1;
        scanTemplate();
    }

    /** Current token is '/' or '/=' where an expression starts: rescan as regex literal. */
    void rescanRegex() {
        pos = start + 1;
        boolean inClass = false;
        while (true) {
            if (pos >= len) {
                throw error(start, "Invalid regular expression: missing /");
            }
            char c = src[pos];
            if (isLineTerminator(c)) {
                throw error(start, "Invalid regular expression: missing /");
            }
            if (c == '\\') {
                pos++;
                if (pos >= len || isLineTerminator(src[pos])) {
                    throw error(start, "Invalid regular expression: missing /");
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            pos++;
        }
        regexPattern = new String(src, start + 1, pos - start - 1);
        pos++;
        int fs = pos;
        while (pos < len) {
            char c = src[pos];
            if (isAsciiIdentPart(c)) {
                pos++;
            } else if (c == '\\' || (c > 127 && isIdentPartCp(Character.codePointAt(src, pos, len)))) {
                throw error(pos, "Invalid regular expression flags");
            } else {
                break;
            }
        }
        regexFlags = new String(src, fs, pos - fs);
        type = Tok.REGEX;
        end = pos;
    }

    String text(int s, int e) {
        return new String(src, s, e - s);
    }

    /**
     * Cheap identifier interning table: open addressing; per slot the hash, pool offset and length are stored side
     * by side and the characters of all names live in one pool, so a lookup touches few cache lines.
     */
    static final class Names {
        private int[] meta = new int[4096 * 3];
        private String[] strs = new String[4096];
        private char[] pool = new char[16384];
        private int poolLen;
        private int count;

        Names() {
            for (String k : Parser.PREINTERNED) {
                intern(k);
            }
        }

        String intern(CharSequence s) {
            int n = s.length();
            char[] a = new char[n];
            int h = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                a[i] = c;
                h = h * 31 + c;
            }
            return intern(a, 0, n, h, s instanceof String str ? str : null);
        }

        String intern(char[] a, int off, int n, int h) {
            return intern(a, off, n, h, null);
        }

        private String intern(char[] a, int off, int n, int h, String given) {
            int mask = strs.length - 1;
            int i = mix(h) & mask;
            int[] m = meta;
            char[] p = pool;
            while (true) {
                int j = i * 3;
                int len = m[j + 2];
                if (len == 0) {
                    String str = given != null ? given : new String(a, off, n);
                    insert(i, str, h, a, off, n);
                    return str;
                }
                if (m[j] == h && len == n) {
                    int po = m[j + 1];
                    int k = 0;
                    while (k < n && p[po + k] == a[off + k]) {
                        k++;
                    }
                    if (k == n) {
                        return strs[i];
                    }
                }
                i = (i + 1) & mask;
            }
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        private void insert(int i, String s, int h, char[] a, int off, int n) {
            if (poolLen + n > pool.length) {
                pool = java.util.Arrays.copyOf(pool, Math.max(pool.length * 2, poolLen + n));
            }
            System.arraycopy(a, off, pool, poolLen, n);
            int j = i * 3;
            meta[j] = h;
            meta[j + 1] = poolLen;
            meta[j + 2] = n;
            strs[i] = s;
            poolLen += n;
            if (++count * 2 > strs.length) {
                int[] oldM = meta;
                String[] oldS = strs;
                strs = new String[oldS.length * 2];
                meta = new int[strs.length * 3];
                int mask = strs.length - 1;
                for (int k = 0; k < oldS.length; k++) {
                    if (oldS[k] != null) {
                        int t = mix(oldM[k * 3]) & mask;
                        while (strs[t] != null) {
                            t = (t + 1) & mask;
                        }
                        strs[t] = oldS[k];
                        System.arraycopy(oldM, k * 3, meta, t * 3, 3);
                    }
                }
            }
        }
    }
}
