package org.gjs.lang.parser.ast;

import org.gjs.lang.parser.Scope;

/** ESTree CatchClause. param may be null (optional catch binding). scope holds the catch parameter bindings. */
public final class CatchClause implements Node {
    private final int start;
    private final int end;
    private final Pattern param;
    private final BlockStatement body;
    private Scope scope;

    public CatchClause(int start, int end, Pattern param, BlockStatement body) {
        this.start = start;
        this.end = end;
        this.param = param;
        this.body = body;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Pattern param() { return param; }
    public BlockStatement body() { return body; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "CatchClause[" + start + ".." + end + "]"; }
}
