package org.gjs.lang.parser.ast;

import java.util.List;
import org.gjs.lang.parser.Scope;

/** ESTree FunctionExpression. Also used as the value of methods, getters, setters and class constructors. */
public final class FunctionExpression implements Expression {
    private final int start;
    private final int end;
    private final Identifier id;
    private final List<Pattern> params;
    private final BlockStatement body;
    private final boolean generator;
    private final boolean async;
    private final boolean strict;
    private Scope scope;

    public FunctionExpression(int start, int end, Identifier id, List<Pattern> params, BlockStatement body, boolean generator, boolean async, boolean strict) {
        this.start = start;
        this.end = end;
        this.id = id;
        this.params = params;
        this.body = body;
        this.generator = generator;
        this.async = async;
        this.strict = strict;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Identifier id() { return id; }
    public List<Pattern> params() { return params; }
    public BlockStatement body() { return body; }
    public boolean generator() { return generator; }
    public boolean async() { return async; }
    public boolean strict() { return strict; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "FunctionExpression[" + start + ".." + end + "]"; }
}
