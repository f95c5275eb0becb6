package org.gjs.lang.parser.ast;

import java.util.List;
import org.gjs.lang.parser.Scope;

/** ESTree Program. Root. sourceType is "script" or "module"; strict is true for modules and scripts with a "use strict" directive. */
public final class Program implements Node {
    private final int start;
    private final int end;
    private final List<ModuleItem> body;
    private final String sourceType;
    private final boolean strict;
    private Scope scope;

    public Program(int start, int end, List<ModuleItem> body, String sourceType, boolean strict) {
        this.start = start;
        this.end = end;
        this.body = body;
        this.sourceType = sourceType;
        this.strict = strict;
    }

    public int start() { return start; }
    public int end() { return end; }
    public List<ModuleItem> body() { return body; }
    public String sourceType() { return sourceType; }
    public boolean strict() { return strict; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "Program[" + start + ".." + end + "]"; }
}
