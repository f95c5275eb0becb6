package org.gjs.lang.parser;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets to 1-based line/column. Line terminators: LF, CR, CRLF, U+2028, U+2029.
 * Build once per source ({@link #of}) and reuse.
 */
public final class SourcePositions {
    private final int[] lineStarts;
    private final int length;

    private SourcePositions(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static SourcePositions of(CharSequence src) {
        int n = src.length();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < n && src.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new SourcePositions(Arrays.copyOf(starts, count), n);
    }

    public int lineCount() { return lineStarts.length; }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (UTF-16 units) of an offset. */
    public int column(int offset) {
        int l = line(offset);
        return offset - lineStarts[l - 1] + 1;
    }

    /** Offset of the start of a 1-based line. */
    public int lineStart(int line) { return lineStarts[line - 1]; }

    public int length() { return length; }
}
