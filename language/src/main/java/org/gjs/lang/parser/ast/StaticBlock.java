package org.gjs.lang.parser.ast;

import java.util.List;
import org.gjs.lang.parser.Scope;

/** ESTree StaticBlock. scope: function-like scope of the static block. */
public final class StaticBlock implements Node {
    private final int start;
    private final int end;
    private final List<Statement> body;
    private Scope scope;

    public StaticBlock(int start, int end, List<Statement> body) {
        this.start = start;
        this.end = end;
        this.body = body;
    }

    public int start() { return start; }
    public int end() { return end; }
    public List<Statement> body() { return body; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "StaticBlock[" + start + ".." + end + "]"; }
}
