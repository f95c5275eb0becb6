package org.gjs.lang.parser.ast;

import org.gjs.lang.parser.Scope;

/** ESTree ForOfStatement. left is a VariableDeclaration or a Pattern. */
public final class ForOfStatement implements Statement {
    private final int start;
    private final int end;
    private final Node left;
    private final Expression right;
    private final Statement body;
    private final boolean await;
    private Scope scope;

    public ForOfStatement(int start, int end, Node left, Expression right, Statement body, boolean await) {
        this.start = start;
        this.end = end;
        this.left = left;
        this.right = right;
        this.body = body;
        this.await = await;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Node left() { return left; }
    public Expression right() { return right; }
    public Statement body() { return body; }
    public boolean await() { return await; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "ForOfStatement[" + start + ".." + end + "]"; }
}
