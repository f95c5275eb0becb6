package org.gjs.lang.parser.ast;

import java.util.List;
import org.gjs.lang.parser.Scope;

/** ESTree ArrowFunctionExpression. body: BlockStatement, or Expression when expression is true. */
public final class ArrowFunctionExpression implements Expression {
    private final int start;
    private final int end;
    private final List<Pattern> params;
    private final Node body;
    private final boolean async;
    private final boolean expression;
    private final boolean strict;
    private Scope scope;

    public ArrowFunctionExpression(int start, int end, List<Pattern> params, Node body, boolean async, boolean expression, boolean strict) {
        this.start = start;
        this.end = end;
        this.params = params;
        this.body = body;
        this.async = async;
        this.expression = expression;
        this.strict = strict;
    }

    public int start() { return start; }
    public int end() { return end; }
    public List<Pattern> params() { return params; }
    public Node body() { return body; }
    public boolean async() { return async; }
    public boolean expression() { return expression; }
    public boolean strict() { return strict; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "ArrowFunctionExpression[" + start + ".." + end + "]"; }
}
