package org.gjs.lang.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gjs.lang.parser.Scope.Binding;
import org.gjs.lang.parser.Scope.BindingKind;
import org.gjs.lang.parser.Scope.Kind;
import org.gjs.lang.parser.ast.*;

/**
 * Scope analysis pass (see {@link Scope}): builds scopes, declares bindings, reports redeclaration early errors,
 * resolves references to mark captured bindings, and tracks eval/arguments/this/new.target/super use.
 */
final class ScopeAnalyzer {
    private final Parser parser;
    private final boolean module;
    private Scope scope;
    private boolean strict;
    /** references: name, scope pairs */
    private final ArrayList<Object> refs = new ArrayList<>();
    private final List<Scope> evalScopes = new ArrayList<>();
    /** names of var declarations that are declared in or pass through a scope */
    /** Annex B candidates: block scope, FunctionDeclaration */
    private final List<Object[]> annexB = new ArrayList<>();

    private ScopeAnalyzer(Parser parser, boolean module) {
        this.parser = parser;
        this.module = module;
    }

    static void analyze(Program program, Parser parser) {
        ScopeAnalyzer a = new ScopeAnalyzer(parser, program.sourceType().equals("module"));
        a.run(program);
    }

    private JsSyntaxError redeclared(Node at, String name) {
        // V8 reports a redeclaring function declaration at the declaration's start
        int pos = pendingFunctionNode != null ? pendingFunctionNode.start() : at.start();
        return parser.error(pos, "Identifier '" + name + "' has already been declared");
    }

    private void run(Program program) {
        strict = program.strict();
        scope = new Scope(module ? Kind.MODULE : Kind.SCRIPT, null, program, strict);
        program.setScope(scope);
        List<Object[]> exportRefs = new ArrayList<>();
        List<? extends ModuleItem> l1 = program.body();
        for (int i1 = 0, n1 = l1.size(); i1 < n1; i1++) {
            ModuleItem item = l1.get(i1);
            switch (item) {
                case ImportDeclaration imp -> {
                    List<? extends Node> l2 = imp.specifiers();
                    for (int i2 = 0, n2 = l2.size(); i2 < n2; i2++) {
                        Node sp = l2.get(i2);
                        Identifier local = switch (sp) {
                            case ImportSpecifier s -> s.local();
                            case ImportDefaultSpecifier s -> s.local();
                            case ImportNamespaceSpecifier s -> s.local();
                            default -> throw new IllegalStateException();
                        };
                        declareLexical(scope, local, BindingKind.IMPORT);
                    }
                }
                case ExportNamedDeclaration e -> {
                    if (e.declaration() != null) {
                        statement(e.declaration(), true);
                    } else if (e.source() == null) {
                        List<? extends ExportSpecifier> l3 = e.specifiers();
                        for (int i3 = 0, n3 = l3.size(); i3 < n3; i3++) {
                            ExportSpecifier sp = l3.get(i3);
                            Identifier id = (Identifier) sp.local();
                            exportRefs.add(new Object[]{id});
                            ref(id.name());
                        }
                    }
                }
                case ExportDefaultDeclaration d -> {
                    Node decl = d.declaration();
                    if (decl instanceof FunctionDeclaration f) {
                        statement(f, true);
                    } else if (decl instanceof ClassDeclaration c) {
                        statement(c, true);
                    } else {
                        expr((Expression) decl);
                    }
                }
                case ExportAllDeclaration a -> {
                }
                case Statement s -> statement(s, true);
            }
        }
        finishAnnexB();
        for (Object[] r : exportRefs) {
            Identifier id = (Identifier) r[0];
            if (scope.binding(id.name()) == null) {
                throw parser.error(id.start(), "Export '" + id.name() + "' is not defined in module");
            }
        }
        resolve();
        if (module) {
            markModuleLiveBindings(program);
        }
    }

    /** Imported and exported module bindings are live bindings shared with other modules: never frame-local. */
    private void markModuleLiveBindings(Program program) {
        for (ModuleItem item : program.body()) {
            switch (item) {
                case ImportDeclaration imp -> {
                    for (Node sp : imp.specifiers()) {
                        Identifier local = switch (sp) {
                            case ImportSpecifier s -> s.local();
                            case ImportDefaultSpecifier s -> s.local();
                            case ImportNamespaceSpecifier s -> s.local();
                            default -> throw new IllegalStateException();
                        };
                        capture(local.name());
                    }
                }
                case ExportNamedDeclaration e -> {
                    if (e.declaration() != null) {
                        ModuleChecks.declNames(e.declaration(), id -> capture(id.name()));
                    } else if (e.source() == null) {
                        for (ExportSpecifier sp : e.specifiers()) {
                            capture(((Identifier) sp.local()).name());
                        }
                    }
                }
                case ExportDefaultDeclaration d -> {
                    if (d.declaration() instanceof FunctionDeclaration f && f.id() != null) {
                        capture(f.id().name());
                    } else if (d.declaration() instanceof ClassDeclaration c && c.id() != null) {
                        capture(c.id().name());
                    }
                }
                default -> {
                }
            }
        }
    }

    private void capture(String name) {
        Binding b = scope.binding(name);
        if (b != null) {
            b.captured = true;
        }
    }

    // ---------------------------------------------------------------- declarations
    private Scope push(Kind k, Node node) {
        Scope s = new Scope(k, scope, node, strict);
        scope = s;
        return s;
    }

    private void pop(Scope s) {
        scope = s.parent();
    }

    private boolean isVarScopeTop(Scope s) {
        return s.isFunctionScope();
    }

    private void declareLexical(Scope s, Identifier id, BindingKind k) {
        String name = id.name();
        Binding b = s.binding(name);
        if (b != null) {
            boolean annexBDup = !strict && k == BindingKind.FUNCTION && b.kind() == BindingKind.FUNCTION && !s.isFunctionScope() && s.kind() != Kind.MODULE;
            boolean fnAtTop = s.isFunctionScope() && s.kind() != Kind.MODULE && k == BindingKind.FUNCTION &&
                            (b.kind() == BindingKind.FUNCTION || b.kind() == BindingKind.VAR || b.kind() == BindingKind.PARAM);
            if (!annexBDup && !fnAtTop) {
                throw redeclared(id, name);
            }
            if (annexBDup && (b.declaration() instanceof FunctionDeclaration prev && (prev.async() || prev.generator()) ||
                            pendingFunctionNode instanceof FunctionDeclaration cur && (cur.async() || cur.generator()))) {
                throw redeclared(id, name);
            }
            if (fnAtTop) {
                if (b.kind() != BindingKind.PARAM) {
                    s.declare(name, BindingKind.FUNCTION, b.declaration());
                }
                return;
            }
            return;
        }
        Set<String> vt = s.varNamesThrough;
        boolean fnAtTop = s.isFunctionScope() && s.kind() != Kind.MODULE && k == BindingKind.FUNCTION;
        if (vt != null && vt.contains(name) && !fnAtTop) {
            throw redeclared(id, name);
        }
        if (s.kind() == Kind.BLOCK && s.parent() != null && s.parent().kind() == Kind.CATCH && s.parent().node() instanceof CatchClause && s.parent().binding(name) != null) {
            throw redeclared(id, name);
        }
        s.declare(name, k, k == BindingKind.FUNCTION ? functionNodeFor(id) : id);
    }

    private Node pendingFunctionNode;

    private Node functionNodeFor(Identifier id) {
        return pendingFunctionNode != null ? pendingFunctionNode : id;
    }

    private void declareVar(Identifier id) {
        String name = id.name();
        Scope s = scope;
        while (true) {
            Binding b = s.binding(name);
            if (b != null) {
                if (s.kind() == Kind.CATCH) {
                    CatchClause cc = (CatchClause) s.node();
                    if (!(cc.param() instanceof Identifier)) {
                        throw redeclared(id, name);
                    }
                } else if (b.lexical() || (b.kind() == BindingKind.FUNCTION && !s.isFunctionScope()) || (s.kind() == Kind.MODULE && b.kind() == BindingKind.FUNCTION)) {
                    throw redeclared(id, name);
                }
            }
            if (s.isFunctionScope()) {
                break;
            }
            if (s.varNamesThrough == null) {
                s.varNamesThrough = new HashSet<>(4);
            }
            s.varNamesThrough.add(name);
            s = s.parent();
        }
        Binding b = s.binding(name);
        if (b == null) {
            s.declare(name, BindingKind.VAR, id);
        }
    }

    private void declarePattern(Node p, BindingKind k) {
        Parser.forEachBoundName(p, id -> {
            if (k == BindingKind.VAR) {
                declareVar(id);
            } else {
                declareLexical(scope, id, k);
            }
        });
    }

    private void finishAnnexB() {
        for (Object[] c : annexB) {
            Scope block = (Scope) c[0];
            FunctionDeclaration f = (FunctionDeclaration) c[1];
            String name = f.id().name();
            Scope s = block.parent();
            boolean ok = true;
            while (true) {
                Binding b = s.binding(name);
                if (b != null && (b.lexical() || (b.kind() == BindingKind.FUNCTION && !s.isFunctionScope()))) {
                    ok = false;
                    break;
                }
                if (s.isFunctionScope()) {
                    break;
                }
                s = s.parent();
            }
            if (!ok) {
                continue;
            }
            Binding b = s.binding(name);
            if (b == null) {
                if (s.kind() == Kind.FUNCTION && name.equals("arguments")) {
                    continue;
                }
                s.declare(name, BindingKind.VAR, f);
            }
        }
    }

    // ---------------------------------------------------------------- statements
    /** Declarations of a statement list (hoisting pass for lexical names happens as we go: order is not relevant to errors). */
    private void statements(List<? extends Node> body, boolean topOfVarScope) {
        // declare lexical + function declarations first so references and var checks see them
        List<? extends Node> l4 = body;
        for (int i4 = 0, n4 = l4.size(); i4 < n4; i4++) {
            Node n = l4.get(i4);
            hoistLexical(n, topOfVarScope);
        }
        List<? extends Node> l5 = body;
        for (int i5 = 0, n5 = l5.size(); i5 < n5; i5++) {
            Node n = l5.get(i5);
            statementBody(n);
        }
    }

    private void hoistLexical(Node n, boolean top) {
        switch (n) {
            case VariableDeclaration v when v.kind() != "var" -> {
                BindingKind k = switch (v.kind()) {
                    case "let" -> BindingKind.LET;
                    case "const" -> BindingKind.CONST;
                    default -> BindingKind.USING;
                };
                List<? extends VariableDeclarator> l6 = v.declarations();
                for (int i6 = 0, n6 = l6.size(); i6 < n6; i6++) {
                    VariableDeclarator d = l6.get(i6);
                    declarePattern(d.id(), k);
                }
            }
            case ClassDeclaration c -> {
                if (c.id() != null) {
                    declareLexical(scope, c.id(), BindingKind.CLASS);
                }
            }
            case FunctionDeclaration f -> {
                if (f.id() != null) {
                    pendingFunctionNode = f;
                    declareLexical(scope, f.id(), BindingKind.FUNCTION);
                    pendingFunctionNode = null;
                    if (!scope.isFunctionScope() && !strict && !f.async() && !f.generator()) {
                        annexB.add(new Object[]{scope, f});
                    }
                }
            }
            case ExportNamedDeclaration e when e.declaration() != null -> hoistLexical(e.declaration(), top);
            case ExportDefaultDeclaration e when e.declaration() instanceof FunctionDeclaration || e.declaration() instanceof ClassDeclaration -> hoistLexical(e.declaration(), top);
            default -> {
            }
        }
    }

    private void statement(Node n, boolean top) {
        // used for module items: hoist then walk
        hoistLexical(n, top);
        statementBody(n);
    }

    private void statementBody(Node n) {
        switch (n) {
            case ExpressionStatement s -> expr(s.expression());
            case BlockStatement b -> block(b);
            case EmptyStatement s -> {
            }
            case DebuggerStatement s -> {
            }
            case WithStatement w -> {
                expr(w.object());
                // everything inside a with body may be dynamically resolved: treat like eval for capture purposes
                Scope s = push(Kind.BLOCK, w);
                s.hasDirectEval = false;
                withScopes.add(s);
                subStatement(w.body());
                pop(s);
            }
            case ReturnStatement r -> exprOpt(r.argument());
            case LabeledStatement l -> subStatementLabeled(l.body());
            case BreakStatement b -> {
            }
            case ContinueStatement c -> {
            }
            case IfStatement i -> {
                IfStatement cur = i;
                while (true) {
                    expr(cur.test());
                    subStatement(cur.consequent());
                    if (cur.alternate() instanceof IfStatement nextIf) {
                        cur = nextIf;
                        continue;
                    }
                    if (cur.alternate() != null) {
                        subStatement(cur.alternate());
                    }
                    break;
                }
            }
            case SwitchStatement s -> {
                expr(s.discriminant());
                Scope sc = push(Kind.BLOCK, s);
                s.setScope(sc);
                List<Statement> all = new ArrayList<>();
                List<? extends SwitchCase> l7 = s.cases();
                for (int i7 = 0, n7 = l7.size(); i7 < n7; i7++) {
                    SwitchCase c = l7.get(i7);
                    all.addAll(c.consequent());
                }
                for (Statement st : all) {
                    hoistLexical(st, false);
                }
                List<? extends SwitchCase> l8 = s.cases();
                for (int i8 = 0, n8 = l8.size(); i8 < n8; i8++) {
                    SwitchCase c = l8.get(i8);
                    exprOpt(c.test());
                    List<? extends Statement> l9 = c.consequent();
                    for (int i9 = 0, n9 = l9.size(); i9 < n9; i9++) {
                        Statement st = l9.get(i9);
                        statementBody(st);
                    }
                }
                pop(sc);
            }
            case ThrowStatement t -> expr(t.argument());
            case TryStatement t -> {
                block(t.block());
                if (t.handler() != null) {
                    CatchClause c = t.handler();
                    Scope cs = push(Kind.CATCH, c);
                    c.setScope(cs);
                    if (c.param() != null) {
                        Parser.forEachBoundName(c.param(), id -> {
                            if (cs.binding(id.name()) != null) {
                                throw redeclared(id, id.name());
                            }
                            cs.declare(id.name(), BindingKind.CATCH_PARAM, id);
                        });
                        patternExprs(c.param());
                    }
                    block(c.body());
                    pop(cs);
                }
                if (t.finalizer() != null) {
                    block(t.finalizer());
                }
            }
            case WhileStatement w -> {
                expr(w.test());
                subStatement(w.body());
            }
            case DoWhileStatement d -> {
                subStatement(d.body());
                expr(d.test());
            }
            case ForStatement f -> {
                Scope fs = push(Kind.FOR, f);
                f.setScope(fs);
                if (f.init() instanceof VariableDeclaration v) {
                    varDecl(v, false);
                } else if (f.init() != null) {
                    expr((Expression) f.init());
                }
                exprOpt(f.test());
                exprOpt(f.update());
                subStatement(f.body());
                pop(fs);
            }
            case ForInStatement f -> forInOf(f, f.left(), f.right(), f.body(), false);
            case ForOfStatement f -> forInOf(f, f.left(), f.right(), f.body(), true);
            case FunctionDeclaration f -> function(f, f.id(), f.params(), f.body(), f.strict(), false, false);
            case VariableDeclaration v -> varDecl(v, false);
            case ClassDeclaration c -> classNode(c, c.id(), c.superClass(), c.body());
            case ExportNamedDeclaration e -> {
                if (e.declaration() != null) {
                    statementBody(e.declaration());
                }
            }
            case ExportDefaultDeclaration e -> {
                if (e.declaration() instanceof Statement s) {
                    statementBody(s);
                } else {
                    expr((Expression) e.declaration());
                }
            }
            default -> {
            }
        }
    }

    private final List<Scope> withScopes = new ArrayList<>();

    private void subStatementLabeled(Statement s) {
        if (s instanceof FunctionDeclaration f) {
            // labelled function (sloppy): behaves like a declaration in the current scope; already hoisted? not by
            // hoistLexical (it sees the LabeledStatement), so declare here.
            if (scope.isFunctionScope()) {
                pendingFunctionNode = f;
                declareLexical(scope, f.id(), BindingKind.FUNCTION);
                pendingFunctionNode = null;
            } else {
                pendingFunctionNode = f;
                declareLexical(scope, f.id(), BindingKind.FUNCTION);
                pendingFunctionNode = null;
                annexB.add(new Object[]{scope, f});
            }
            statementBody(f);
            return;
        }
        if (s instanceof LabeledStatement l) {
            subStatementLabeled(l.body());
            return;
        }
        statementBody(s);
    }

    private void subStatement(Statement s) {
        if (s instanceof BlockStatement b) {
            block(b);
        } else {
            statementBody(s);
        }
    }

    private void forInOf(Statement f, Node left, Expression right, Statement body, boolean of) {
        Scope fs = push(Kind.FOR, f);
        if (f instanceof ForInStatement fi) {
            fi.setScope(fs);
        } else {
            ((ForOfStatement) f).setScope(fs);
        }
        if (left instanceof VariableDeclaration v) {
            if (v.kind() != "var") {
                // TDZ: right side is evaluated in a scope where the loop bindings exist
                varDecl(v, of);
                expr(right);
            } else {
                expr(right);
                varDecl(v, of);
            }
        } else {
            expr(right);
            pattern((Pattern) left);
        }
        subStatement(body);
        pop(fs);
    }

    private void varDecl(VariableDeclaration v, boolean forOf) {
        if (v.kind() == "var") {
            List<? extends VariableDeclarator> l10 = v.declarations();
            for (int i10 = 0, n10 = l10.size(); i10 < n10; i10++) {
                VariableDeclarator d = l10.get(i10);
                declarePattern(d.id(), BindingKind.VAR);
            }
        } else if (scope.kind() == Kind.FOR) {
            hoistLexical(v, false);
        }
        List<? extends VariableDeclarator> l11 = v.declarations();
        for (int i11 = 0, n11 = l11.size(); i11 < n11; i11++) {
            VariableDeclarator d = l11.get(i11);
            patternExprs(d.id());
            for (Identifier id : boundIds(d.id())) {
                // declaration site counts as a write reference
                ref(id.name());
            }
            exprOpt(d.init());
        }
    }

    private static List<Identifier> boundIds(Node p) {
        List<Identifier> out = new ArrayList<>();
        Parser.forEachBoundName(p, out::add);
        return out;
    }

    private void block(BlockStatement b) {
        Scope s = push(Kind.BLOCK, b);
        b.setScope(s);
        statements(b.body(), false);
        pop(s);
    }

    // ---------------------------------------------------------------- functions and classes
    private void function(Node node, Identifier id, List<Pattern> params, BlockStatement body, boolean fnStrict, boolean arrow, boolean selfName) {
        boolean savedStrict = strict;
        strict = fnStrict;
        Scope fs = push(arrow ? Kind.ARROW : Kind.FUNCTION, node);
        setScope(node, fs);
        List<? extends Pattern> l12 = params;
        for (int i12 = 0, n12 = l12.size(); i12 < n12; i12++) {
            Pattern p = l12.get(i12);
            Parser.forEachBoundName(p, pid -> {
                if (fs.binding(pid.name()) == null) {
                    fs.declare(pid.name(), BindingKind.PARAM, pid);
                }
            });
            if (!(p instanceof Identifier)) {
                fs.hasParameterExpressions = true;
            }
        }
        List<? extends Pattern> l13 = params;
        for (int i13 = 0, n13 = l13.size(); i13 < n13; i13++) {
            Pattern p = l13.get(i13);
            patternExprs(p);
        }
        if (body != null) {
            body.setScope(fs);
            statements(body.body(), true);
        }
        if (selfName && id != null && fs.binding(id.name()) == null) {
            fs.declare(id.name(), BindingKind.FUNCTION_SELF_NAME, id);
        }
        pop(fs);
        strict = savedStrict;
    }

    private static void setScope(Node n, Scope s) {
        switch (n) {
            case FunctionDeclaration f -> f.setScope(s);
            case FunctionExpression f -> f.setScope(s);
            case ArrowFunctionExpression f -> f.setScope(s);
            default -> {
            }
        }
    }

    private void classNode(Node node, Identifier id, Expression superClass, ClassBody body) {
        boolean savedStrict = strict;
        strict = true;
        Scope cs = push(Kind.CLASS, node);
        if (node instanceof ClassDeclaration cd) {
            cd.setScope(cs);
        } else {
            ((ClassExpression) node).setScope(cs);
        }
        if (id != null) {
            cs.declare(id.name(), BindingKind.CLASS_INNER_NAME, id);
        }
        exprOpt(superClass);
        List<? extends Node> l14 = body.body();
        for (int i14 = 0, n14 = l14.size(); i14 < n14; i14++) {
            Node el = l14.get(i14);
            switch (el) {
                case MethodDefinition m -> {
                    if (m.computed()) {
                        expr((Expression) m.key());
                    }
                    FunctionExpression f = m.value();
                    function(f, null, f.params(), f.body(), true, false, false);
                }
                case PropertyDefinition p -> {
                    if (p.computed()) {
                        expr((Expression) p.key());
                    }
                    Scope ps = push(Kind.FIELD, p);
                    p.setScope(ps);
                    exprOpt(p.value());
                    pop(ps);
                }
                case StaticBlock sb -> {
                    Scope ss = push(Kind.STATIC_BLOCK, sb);
                    sb.setScope(ss);
                    statements(sb.body(), true);
                    pop(ss);
                }
                default -> {
                }
            }
        }
        pop(cs);
        strict = savedStrict;
    }

    // ---------------------------------------------------------------- expressions
    private void ref(String name) {
        refs.add(name);
        refs.add(scope);
    }

    private void exprOpt(Node e) {
        if (e != null) {
            expr(e);
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Identifier id -> ref(id.name());
            case MemberExpression m -> expr(m);
            case CallExpression c -> expr(c);
            case ObjectPattern op -> {
                List<? extends Node> l15 = op.properties();
                for (int i15 = 0, n15 = l15.size(); i15 < n15; i15++) {
                    Node n = l15.get(i15);
                    if (n instanceof Property pr) {
                        if (pr.computed()) {
                            expr(pr.key());
                        }
                        pattern((Pattern) pr.value());
                    } else {
                        pattern((Pattern) n);
                    }
                }
            }
            case ArrayPattern ap -> {
                List<? extends Pattern> l16 = ap.elements();
                for (int i16 = 0, n16 = l16.size(); i16 < n16; i16++) {
                    Pattern e = l16.get(i16);
                    if (e != null) {
                        pattern(e);
                    }
                }
            }
            case RestElement r -> pattern(r.argument());
            case AssignmentPattern a -> {
                pattern(a.left());
                expr(a.right());
            }
        }
    }

    /** Expressions inside a binding pattern (defaults, computed keys). */
    private void patternExprs(Node p) {
        switch (p) {
            case ObjectPattern op -> {
                List<? extends Node> l17 = op.properties();
                for (int i17 = 0, n17 = l17.size(); i17 < n17; i17++) {
                    Node n = l17.get(i17);
                    if (n instanceof Property pr) {
                        if (pr.computed()) {
                            expr(pr.key());
                        }
                        patternExprs(pr.value());
                    } else {
                        patternExprs(n);
                    }
                }
            }
            case ArrayPattern ap -> {
                List<? extends Pattern> l18 = ap.elements();
                for (int i18 = 0, n18 = l18.size(); i18 < n18; i18++) {
                    Pattern e = l18.get(i18);
                    if (e != null) {
                        patternExprs(e);
                    }
                }
            }
            case RestElement r -> patternExprs(r.argument());
            case AssignmentPattern a -> {
                patternExprs(a.left());
                expr(a.right());
            }
            default -> {
            }
        }
    }

    private void exprs(List<? extends Node> l) {
        List<? extends Node> l19 = l;
        for (int i19 = 0, n19 = l19.size(); i19 < n19; i19++) {
            Node n = l19.get(i19);
            if (n != null) {
                expr(n);
            }
        }
    }

    private void expr(Node e) {
        // fast paths for the most frequent node types (the type switch below tests cases in order)
        if (e instanceof Identifier id) {
            ref(id.name());
            return;
        }
        if ((e instanceof MemberExpression m && !(m.object() instanceof Super)) || (e instanceof CallExpression c && !(c.callee() instanceof Super))) {
            memberCallSpine(e);
            return;
        }
        if (e instanceof MemberExpression m) {
            markLexical(2);
            if (m.computed()) {
                expr(m.property());
            }
            return;
        }
        if (e instanceof CallExpression c) {
            call(c);
            return;
        }
        if (e instanceof Literal) {
            return;
        }
        if (e instanceof BinaryExpression || e instanceof LogicalExpression) {
            binarySpine(e);
            return;
        }
        switch (e) {
            case Identifier id -> ref(id.name());
            case MemberExpression m -> {
                if (m.object() instanceof Super) {
                    markLexical(2);
                } else {
                    expr(m.object());
                }
                if (m.computed()) {
                    expr(m.property());
                }
            }
            case Literal l -> {
            }
            case ThisExpression t -> markLexical(0);
            case Super s -> {
            }
            case PrivateIdentifier p -> {
            }
            case ArrayExpression a -> exprs(a.elements());
            case ObjectExpression o -> {
                List<? extends Node> l20 = o.properties();
                for (int i20 = 0, n20 = l20.size(); i20 < n20; i20++) {
                    Node n = l20.get(i20);
                    if (n instanceof Property p) {
                        if (p.computed()) {
                            expr(p.key());
                        }
                        if (p.value() instanceof AssignmentPattern ap) {
                            pattern(ap);
                        } else {
                            expr(p.value());
                        }
                    } else {
                        expr(n);
                    }
                }
            }
            case SpreadElement s -> expr(s.argument());
            case FunctionExpression f -> function(f, f.id(), f.params(), f.body(), f.strict(), false, true);
            case ArrowFunctionExpression a -> {
                if (a.expression()) {
                    boolean savedStrict = strict;
                    strict = a.strict();
                    Scope fs = push(Kind.ARROW, a);
                    a.setScope(fs);
                    List<? extends Pattern> l21 = a.params();
                    for (int i21 = 0, n21 = l21.size(); i21 < n21; i21++) {
                        Pattern p = l21.get(i21);
                        Parser.forEachBoundName(p, pid -> {
                            if (fs.binding(pid.name()) == null) {
                                fs.declare(pid.name(), BindingKind.PARAM, pid);
                            }
                        });
                        if (!(p instanceof Identifier)) {
                            fs.hasParameterExpressions = true;
                        }
                    }
                    List<? extends Pattern> l22 = a.params();
                    for (int i22 = 0, n22 = l22.size(); i22 < n22; i22++) {
                        Pattern p = l22.get(i22);
                        patternExprs(p);
                    }
                    expr(a.body());
                    pop(fs);
                    strict = savedStrict;
                } else {
                    function(a, null, a.params(), (BlockStatement) a.body(), a.strict(), true, false);
                }
            }
            case ClassExpression c -> classNode(c, c.id(), c.superClass(), c.body());
            case UnaryExpression u -> expr(u.argument());
            case UpdateExpression u -> expr(u.argument());
            case BinaryExpression b -> {
                expr(b.left());
                expr(b.right());
            }
            case LogicalExpression l -> {
                expr(l.left());
                expr(l.right());
            }
            case AssignmentExpression a -> {
                pattern(a.left());
                expr(a.right());
            }
            case ChainExpression c -> expr(c.expression());
            case ConditionalExpression c -> {
                expr(c.test());
                expr(c.consequent());
                expr(c.alternate());
            }
            case CallExpression c -> call(c);
            case NewExpression n -> {
                expr(n.callee());
                exprs(n.arguments());
            }
            case SequenceExpression s -> exprs(s.expressions());
            case YieldExpression y -> exprOpt(y.argument());
            case AwaitExpression a -> expr(a.argument());
            case TemplateLiteral t -> exprs(t.expressions());
            case TaggedTemplateExpression t -> {
                expr(t.tag());
                expr(t.quasi());
            }
            case MetaProperty m -> {
                if (m.meta().name().equals("new")) {
                    markLexical(1);
                }
            }
            case ImportExpression i -> {
                expr(i.source());
                exprOpt(i.options());
            }
            case AssignmentPattern ap -> pattern(ap);
            default -> {
            }
        }
    }

    /** Long left-nested operator chains (e.g. generated string concatenations) are walked without recursion. */
    private void binarySpine(Node e) {
        ArrayList<Node> rights = new ArrayList<>();
        Node cur = e;
        while (true) {
            if (cur instanceof BinaryExpression b) {
                rights.add(b.right());
                cur = b.left();
            } else if (cur instanceof LogicalExpression l) {
                rights.add(l.right());
                cur = l.left();
            } else {
                break;
            }
        }
        expr(cur);
        for (int i = rights.size() - 1; i >= 0; i--) {
            expr(rights.get(i));
        }
    }

    /** Long member/call chains (builder or promise chains) are walked without recursion. */
    private void memberCallSpine(Node e) {
        ArrayList<Node> chain = new ArrayList<>();
        Node cur = e;
        while (true) {
            if (cur instanceof MemberExpression m && !(m.object() instanceof Super)) {
                chain.add(m);
                cur = m.object();
            } else if (cur instanceof CallExpression c && !(c.callee() instanceof Super)) {
                chain.add(c);
                cur = c.callee();
            } else if (cur instanceof ChainExpression ch) {
                cur = ch.expression();
            } else {
                break;
            }
        }
        expr(cur);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Node n = chain.get(i);
            if (n instanceof MemberExpression m) {
                if (m.computed()) {
                    expr(m.property());
                }
            } else {
                CallExpression c = (CallExpression) n;
                if (c.callee() instanceof Identifier id && id.name().equals("eval") && !c.optional()) {
                    scope.hasDirectEval = true;
                    evalScopes.add(scope);
                }
                exprs(c.arguments());
            }
        }
    }

    private void call(CallExpression c) {
        if (c.callee() instanceof Super) {
            markLexical(3);
            markLexical(0);
        } else {
            expr(c.callee());
            if (c.callee() instanceof Identifier id && id.name().equals("eval") && !c.optional()) {
                scope.hasDirectEval = true;
                evalScopes.add(scope);
            }
        }
        exprs(c.arguments());
    }

    /** 0 this, 1 new.target, 2 super property, 3 super call, 4 arguments */
    private void markLexical(int what) {
        Scope s = scope;
        while (s != null) {
            if (s.isFunctionScope()) {
                set(s, what);
                if (s.kind() != Kind.ARROW) {
                    return;
                }
            }
            s = s.parent();
        }
    }

    private static void set(Scope s, int what) {
        switch (what) {
            case 0 -> s.usesThis = true;
            case 1 -> s.usesNewTarget = true;
            case 2 -> s.usesSuperProperty = true;
            case 3 -> s.usesSuperCall = true;
            default -> s.usesArguments = true;
        }
    }

    // ---------------------------------------------------------------- resolution
    private void resolve() {
        for (int i = 0; i < refs.size(); i += 2) {
            String name = (String) refs.get(i);
            Scope s = (Scope) refs.get(i + 1);
            boolean crossed = false;
            Scope cur = s;
            while (cur != null) {
                Binding b = cur.binding(name);
                if (b != null) {
                    if (crossed) {
                        b.captured = true;
                    }
                    if (b.kind() == BindingKind.VAR && cur.kind() == Kind.FUNCTION && name.equals("arguments")) {
                        // `var arguments` does not suppress the arguments object: the var starts out holding it
                        cur.usesArguments = true;
                    }
                    break;
                }
                if (name.equals("arguments") && cur.kind() == Kind.FUNCTION) {
                    // implicit arguments object
                    Scope a = s;
                    while (a != cur) {
                        if (a.kind() == Kind.ARROW) {
                            a.usesArguments = true;
                        }
                        a = a.parent();
                    }
                    cur.usesArguments = true;
                    break;
                }
                if (cur.kind() == Kind.FUNCTION || cur.kind() == Kind.ARROW || cur.kind() == Kind.FIELD || cur.kind() == Kind.STATIC_BLOCK) {
                    crossed = true;
                }
                cur = cur.parent();
            }
        }
        List<Scope> dyn = new ArrayList<>(evalScopes);
        dyn.addAll(withScopes);
        for (Scope e : dyn) {
            boolean isEval = e.hasDirectEval;
            for (Scope s = e; s != null; s = s.parent()) {
                for (Binding b : s.bindings().values()) {
                    b.captured = true;
                }
                if (isEval) {
                    if (s != e) {
                        s.innerDirectEval = true;
                    }
                    if (s.kind() == Kind.FUNCTION || s.kind() == Kind.ARROW) {
                        s.usesArguments |= s.kind() == Kind.FUNCTION;
                        s.usesThis = true;
                        s.usesNewTarget = true;
                    }
                }
            }
        }
    }
}
