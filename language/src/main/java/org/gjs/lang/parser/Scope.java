package org.gjs.lang.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gjs.lang.parser.ast.Node;

/**
 * Static scope information computed by {@link ScopeAnalyzer} after a successful parse (it runs inside
 * {@link Parser#parse}). Every node that introduces a scope carries one, reachable through its {@code scope()}
 * accessor: Program (kind SCRIPT or MODULE), FunctionDeclaration/FunctionExpression (FUNCTION),
 * ArrowFunctionExpression (ARROW), BlockStatement/SwitchStatement (BLOCK), CatchClause (CATCH),
 * ForStatement/ForInStatement/ForOfStatement (FOR, holding the loop's let/const bindings), ClassDeclaration/
 * ClassExpression (CLASS: the inner immutable class-name binding), StaticBlock (STATIC_BLOCK) and
 * PropertyDefinition (FIELD: the initializer, evaluated like a method body).
 *
 * <p>A scope node always carries a Scope, even when it declares nothing ({@link #bindings()} empty).
 *
 * <p>Bindings: {@link #bindings()} maps each name declared directly in this scope to a {@link Binding}. {@code var}
 * and sloppy-mode function-in-block (Annex B) bindings are hoisted to the nearest function/program scope
 * ({@link #isFunctionScope()}); parameters live in the function scope; the body block of a function shares the
 * function scope (the BlockStatement that is a function body gets the same Scope object as the function). A
 * function whose parameters have expressions (defaults/destructuring) still uses one Scope; {@link
 * #hasParameterExpressions()} tells the translator when the spec's separate var environment matters.
 *
 * <p>{@link Binding#captured()} is true if the binding is referenced from an inner function/arrow/class-field/static
 * block scope, or if it is visible from a scope containing a direct {@code eval} call (then everything visible is
 * captured, see {@link #hasDirectEval()}). Uncaptured bindings of a function may live in frame slots.
 * {@link Binding#lexical()} is true for let/const/class/using/import bindings, which need TDZ checks.
 *
 * <p>Script top-level: var and function declarations of a script are global object properties; lexical top-level
 * declarations are in the global lexical environment. The analysis still lists them in the program's Scope, but
 * script-level bindings must never be frame-local whatever their captured flag says. Module top-level: imported
 * and exported bindings are marked captured (they are live bindings shared with other modules); other module-level
 * bindings may be frame-local when not captured.
 *
 * <p>Names that {@link #lookup} does not find are global references (dynamic when under {@code with} or a sloppy
 * direct eval). A sloppy direct eval may add var bindings to the enclosing function at run time, which is why every
 * binding visible from it is marked captured.
 *
 * <p>{@code arguments}: when {@link #usesArguments()} is set on a FUNCTION scope, the function needs an arguments
 * object. It is bound to the implicit name {@code arguments} unless a parameter of that name exists; if the function
 * has {@code var arguments} (a VAR binding), that binding starts out holding the arguments object.
 *
 * <p>Flags on function-like scopes: {@link #usesArguments()} (the function references {@code arguments} or contains
 * direct eval, non-arrow only, including arrows nested inside that refer to it), {@link #usesThis()},
 * {@link #usesNewTarget()}, {@link #usesSuperProperty()}, {@link #usesSuperCall()}: set on the nearest non-arrow
 * function (or program/field/static block) scope when an arrow inside uses these lexically, and also on each arrow
 * scope that uses them ({@link #kind()} ARROW) so the arrow knows to capture them.
 */
public final class Scope {
    public enum Kind { SCRIPT, MODULE, FUNCTION, ARROW, BLOCK, CATCH, FOR, CLASS, STATIC_BLOCK, FIELD }

    public enum BindingKind { VAR, LET, CONST, USING, CLASS, FUNCTION, PARAM, CATCH_PARAM, IMPORT, CLASS_INNER_NAME, FUNCTION_SELF_NAME }

    /** One declared name. */
    public static final class Binding {
        private final String name;
        private final BindingKind kind;
        private final Node declaration;
        boolean captured;

        Binding(String name, BindingKind kind, Node declaration) {
            this.name = name;
            this.kind = kind;
            this.declaration = declaration;
        }

        public String name() { return name; }

        public BindingKind kind() { return kind; }

        /** The identifier (or declaration node) that declared it. */
        public Node declaration() { return declaration; }

        /** Referenced from an inner closure, or visible to a direct eval. */
        public boolean captured() { return captured; }

        /** Has a temporal dead zone (let/const/class/using/import...). */
        public boolean lexical() {
            return kind == BindingKind.LET || kind == BindingKind.CONST || kind == BindingKind.CLASS || kind == BindingKind.USING || kind == BindingKind.CLASS_INNER_NAME ||
                            kind == BindingKind.IMPORT;
        }

        /** const, using, import, class inner name and named function expression self-name are immutable. */
        public boolean immutable() {
            return kind == BindingKind.CONST || kind == BindingKind.USING || kind == BindingKind.IMPORT || kind == BindingKind.CLASS_INNER_NAME || kind == BindingKind.FUNCTION_SELF_NAME;
        }

        @Override
        public String toString() { return kind + " " + name + (captured ? " (captured)" : ""); }
    }

    private final Kind kind;
    private final Scope parent;
    private final Node node;
    private final boolean strict;
    private Map<String, Binding> bindings;
    private List<Scope> children;
    java.util.Set<String> varNamesThrough;
    boolean hasDirectEval;
    boolean innerDirectEval;
    boolean usesArguments;
    boolean usesThis;
    boolean usesNewTarget;
    boolean usesSuperProperty;
    boolean usesSuperCall;
    boolean hasParameterExpressions;

    Scope(Kind kind, Scope parent, Node node, boolean strict) {
        this.kind = kind;
        this.parent = parent;
        this.node = node;
        this.strict = strict;
        if (parent != null) {
            if (parent.children == null) {
                parent.children = new ArrayList<>(4);
            }
            parent.children.add(this);
        }
    }

    public Kind kind() { return kind; }

    public Scope parent() { return parent; }

    /** The node that owns this scope. */
    public Node node() { return node; }

    public boolean strict() { return strict; }

    /** Bindings declared in this scope, in declaration order. */
    public Map<String, Binding> bindings() { return bindings == null ? Map.of() : Collections.unmodifiableMap(bindings); }

    public Binding binding(String name) { return bindings == null ? null : bindings.get(name); }

    /** Nested scopes in source order. */
    public List<Scope> children() { return children == null ? List.of() : Collections.unmodifiableList(children); }

    /** Program, function, arrow, static block and field initializer scopes: targets of var hoisting. */
    public boolean isFunctionScope() {
        return kind == Kind.SCRIPT || kind == Kind.MODULE || kind == Kind.FUNCTION || kind == Kind.ARROW || kind == Kind.STATIC_BLOCK || kind == Kind.FIELD;
    }

    /** This scope's own code (not nested functions) contains a direct {@code eval(...)} call. */
    public boolean hasDirectEval() { return hasDirectEval; }

    /** This scope or any nested scope contains a direct eval. */
    public boolean containsDirectEval() { return hasDirectEval || innerDirectEval; }

    public boolean usesArguments() { return usesArguments; }

    public boolean usesThis() { return usesThis; }

    public boolean usesNewTarget() { return usesNewTarget; }

    public boolean usesSuperProperty() { return usesSuperProperty; }

    public boolean usesSuperCall() { return usesSuperCall; }

    /** Function scope whose parameter list has defaults or destructuring. */
    public boolean hasParameterExpressions() { return hasParameterExpressions; }

    /**
     * Resolves a name through this scope and its parents. Returns null for names not declared anywhere in the chain:
     * those are global references (or dynamic ones if an enclosing {@code with} or a sloppy direct eval may
     * introduce them). The implicit {@code arguments} object of non-arrow functions is not a Binding: check {@link
     * #usesArguments()} on the function scope.
     */
    public Binding lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.binding(name);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** Nearest enclosing (or this) function-like scope. */
    public Scope functionScope() {
        Scope s = this;
        while (!s.isFunctionScope()) {
            s = s.parent;
        }
        return s;
    }

    Binding declare(String name, BindingKind k, Node decl) {
        Binding b = new Binding(name, k, decl);
        if (bindings == null) {
            bindings = new LinkedHashMap<>(8);
        }
        bindings.put(name, b);
        return b;
    }

    @Override
    public String toString() { return kind + bindings().values().toString(); }
}
