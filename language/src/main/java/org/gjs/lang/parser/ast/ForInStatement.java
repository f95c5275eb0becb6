package org.gjs.lang.parser.ast;

import org.gjs.lang.parser.Scope;

/** ESTree ForInStatement. left is a VariableDeclaration or a Pattern. */
public final class ForInStatement implements Statement {
    private final int start;
    private final int end;
    private final Node left;
    private final Expression right;
    private final Statement body;
    private Scope scope;

    public ForInStatement(int start, int end, Node left, Expression right, Statement body) {
        this.start = start;
        this.end = end;
        this.left = left;
        this.right = right;
        this.body = body;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Node left() { return left; }
    public Expression right() { return right; }
    public Statement body() { return body; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "ForInStatement[" + start + ".." + end + "]"; }
}
