package org.gjs.lang.parser.ast;

import org.gjs.lang.parser.Scope;

/** ESTree ClassDeclaration. id is null only for 'export default class {}'. scope: class scope (inner class-name binding, private names). */
public final class ClassDeclaration implements Declaration {
    private final int start;
    private final int end;
    private final Identifier id;
    private final Expression superClass;
    private final ClassBody body;
    private Scope scope;

    public ClassDeclaration(int start, int end, Identifier id, Expression superClass, ClassBody body) {
        this.start = start;
        this.end = end;
        this.id = id;
        this.superClass = superClass;
        this.body = body;
    }

    public int start() { return start; }
    public int end() { return end; }
    public Identifier id() { return id; }
    public Expression superClass() { return superClass; }
    public ClassBody body() { return body; }

    /** Scope information, filled by the parser's scope analysis (see {@link Scope}). */
    public Scope scope() { return scope; }

    public void setScope(Scope scope) { this.scope = scope; }

    @Override public String toString() { return "ClassDeclaration[" + start + ".." + end + "]"; }
}
