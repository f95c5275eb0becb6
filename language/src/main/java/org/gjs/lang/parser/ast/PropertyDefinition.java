package org.gjs.lang.parser.ast;

import org.gjs.lang.parser.Scope;

/** ESTree PropertyDefinition. key: Expression or PrivateIdentifier. value may be null. scope: the initializer's function-like scope (this = instance). */
public final class PropertyDefinition implements Node {
    private final int start;
    private final int end;
    private final Node key;
    private final Expression value;
    private final boolean computed;
    private final boolean isStatic;
    private Scope scope;

    public PropertyDefinition(int start, int end, Node key, Expression value, boolean computed, boolean isStatic) {
        this.start = start;
        this.end = end;
        this.key = key;
        this.value = value;
        this.computed = computed;
        this.isStatic = isStatic;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Node key() { return key; }
    public Expression value() { return value; }
    public boolean computed() { return computed; }
    public boolean isStatic() { return isStatic; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "PropertyDefinition[" + start + ".." + end + "]"; }
}
