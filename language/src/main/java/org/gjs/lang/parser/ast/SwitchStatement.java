package org.gjs.lang.parser.ast;

import java.util.List;
import org.gjs.lang.parser.Scope;

/** ESTree SwitchStatement. scope: the lexical scope of the case block. */
public final class SwitchStatement implements Statement {
    private final int start;
    private final int end;
    private final Expression discriminant;
    private final List<SwitchCase> cases;
    private Scope scope;

    public SwitchStatement(int start, int end, Expression discriminant, List<SwitchCase> cases) {
        this.start = start;
        this.end = end;
        this.discriminant = discriminant;
        this.cases = cases;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Expression discriminant() { return discriminant; }
    public List<SwitchCase> cases() { return cases; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "SwitchStatement[" + start + ".." + end + "]"; }
}
