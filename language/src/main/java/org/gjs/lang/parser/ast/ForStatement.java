package org.gjs.lang.parser.ast;

import org.gjs.lang.parser.Scope;

/** ESTree ForStatement. init is a VariableDeclaration, an Expression or null. scope holds let/const loop bindings (per-iteration copies needed when captured). */
public final class ForStatement implements Statement {
    private final int start;
    private final int end;
    private final Node init;
    private final Expression test;
    private final Expression update;
    private final Statement body;
    private Scope scope;

    public ForStatement(int start, int end, Node init, Expression test, Expression update, Statement body) {
        this.start = start;
        this.end = end;
        this.init = init;
        this.test = test;
        this.update = update;
        this.body = body;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Node init() { return init; }
    public Expression test() { return test; }
    public Expression update() { return update; }
    public Statement body() { return body; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "ForStatement[" + start + ".." + end + "]"; }
}
