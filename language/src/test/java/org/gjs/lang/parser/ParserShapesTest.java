package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gjs.lang.parser.ast.*;
import org.junit.jupiter.api.Test;

/** AST shape checks, one or more per construct. */
class ParserShapesTest {
    static Program script(String src) {
        return Parser.parse(src, ParseOptions.script("t.js"));
    }

    static Program module(String src) {
        return Parser.parse(src, ParseOptions.module("m.js"));
    }

    static Statement stmt(String src) {
        return (Statement) script(src).body().get(0);
    }

    static Expression expr(String src) {
        return ((ExpressionStatement) stmt(src)).expression();
    }

    static String json(String src) {
        return AstPrinter.toJson(script(src));
    }

    static void rejects(String src) {
        assertThrows(JsSyntaxError.class, () -> script(src), src);
    }

    @Test
    void directives() {
        Program p = script("'use strict'; 'other'; x");
        assertTrue(p.strict());
        assertEquals("use strict", ((ExpressionStatement) p.body().get(0)).directive());
        assertEquals("other", ((ExpressionStatement) p.body().get(1)).directive());
        assertNull(((ExpressionStatement) p.body().get(2)).directive());
        assertFalse(script("('use strict'); with (a) {}").strict());
    }

    @Test
    void statements() {
        assertInstanceOf(EmptyStatement.class, stmt(";"));
        assertInstanceOf(DebuggerStatement.class, stmt("debugger"));
        WithStatement w = (WithStatement) stmt("with (o) x");
        assertInstanceOf(Identifier.class, w.object());
        LabeledStatement l = (LabeledStatement) stmt("outer: for (;;) { break outer; }");
        assertEquals("outer", l.label().name());
        ForStatement f = (ForStatement) l.body();
        assertNull(f.init());
        IfStatement i = (IfStatement) stmt("if (a) b; else if (c) d; else e");
        assertInstanceOf(IfStatement.class, i.alternate());
        SwitchStatement s = (SwitchStatement) stmt("switch (x) { case 1: a; break; default: b }");
        assertEquals(2, s.cases().size());
        assertNull(s.cases().get(1).test());
        TryStatement t = (TryStatement) stmt("try { a } catch { b } finally { c }");
        assertNull(t.handler().param());
        assertInstanceOf(BlockStatement.class, t.finalizer());
        TryStatement t2 = (TryStatement) stmt("try {} catch ({message}) {}");
        assertInstanceOf(ObjectPattern.class, t2.handler().param());
        assertInstanceOf(DoWhileStatement.class, stmt("do x; while (y)"));
        assertInstanceOf(WhileStatement.class, stmt("while (y) x"));
        ThrowStatement th = (ThrowStatement) stmt("throw new Error('x')");
        assertInstanceOf(NewExpression.class, th.argument());
    }

    @Test
    void forForms() {
        ForInStatement fi = (ForInStatement) stmt("for (var k in o) ;");
        assertEquals("var", ((VariableDeclaration) fi.left()).kind());
        ForOfStatement fo = (ForOfStatement) stmt("for (const [a, b] of m) ;");
        assertInstanceOf(ArrayPattern.class, ((VariableDeclaration) fo.left()).declarations().get(0).id());
        ForOfStatement fo2 = (ForOfStatement) stmt("for ({a} of m) ;");
        assertInstanceOf(ObjectPattern.class, fo2.left());
        ForStatement f = (ForStatement) stmt("for (let i = 0, n = a.length; i < n; i++) ;");
        assertEquals(2, ((VariableDeclaration) f.init()).declarations().size());
        ForStatement f2 = (ForStatement) stmt("for (x = ('a' in o) ? 1 : 2; ;) break;");
        assertInstanceOf(AssignmentExpression.class, f2.init());
        Program p = module("for await (const x of y) ;");
        assertTrue(((ForOfStatement) p.body().get(0)).await());
        ForInStatement annexB = (ForInStatement) stmt("for (var a = 1 in o) ;");
        assertEquals(1.0, ((Literal) ((VariableDeclaration) annexB.left()).declarations().get(0).init()).value());
        ForInStatement letIdent = (ForInStatement) stmt("for (let in o) ;");
        assertInstanceOf(Identifier.class, letIdent.left());
    }

    @Test
    void operators() {
        assertEquals("typeof", ((UnaryExpression) expr("typeof x")).operator());
        assertEquals("delete", ((UnaryExpression) expr("delete a.b")).operator());
        UpdateExpression u = (UpdateExpression) expr("x++");
        assertFalse(u.prefix());
        assertTrue(((UpdateExpression) expr("--x")).prefix());
        assertEquals("??=", ((AssignmentExpression) expr("a ??= b")).operator());
        assertEquals("&&=", ((AssignmentExpression) expr("a.b &&= c")).operator());
        assertEquals(">>>=", ((AssignmentExpression) expr("a >>>= 1")).operator());
        assertEquals("instanceof", ((BinaryExpression) expr("a instanceof B")).operator());
        ClassDeclaration cls = (ClassDeclaration) stmt("class C { #x; m(o) { return #x in o; } }");
        MethodDefinition md = (MethodDefinition) cls.body().body().get(1);
        BinaryExpression pin = (BinaryExpression) ((ReturnStatement) md.value().body().body().get(0)).argument();
        assertInstanceOf(PrivateIdentifier.class, pin.left());
        assertEquals("**", ((BinaryExpression) expr("(-x) ** 2")).operator());
        assertEquals("??", ((LogicalExpression) expr("(a || b) ?? c")).operator());
        SequenceExpression seq = (SequenceExpression) expr("a, b, c");
        assertEquals(3, seq.expressions().size());
        ConditionalExpression c = (ConditionalExpression) expr("a ? b = 1 : c");
        assertInstanceOf(AssignmentExpression.class, c.consequent());
        rejects("-x ** 2");
        rejects("a ?? b || c");
        rejects("a || b ?? c");
        rejects("a?.b = 1");
        rejects("(a?.b) = 1 ? 0 : 0; a?.b++");
        rejects("new a?.b");
        rejects("a?.b`t`");
    }

    @Test
    void chains() {
        ChainExpression c = (ChainExpression) expr("a?.b.c(d)?.[e]");
        CallExpression inner = (CallExpression) ((MemberExpression) c.expression()).object();
        assertFalse(inner.optional());
        MemberExpression paren = (MemberExpression) expr("(a?.b).c");
        assertInstanceOf(ChainExpression.class, paren.object());
        CallExpression oc = (CallExpression) ((ChainExpression) expr("f?.()")).expression();
        assertTrue(oc.optional());
    }

    @Test
    void literalsAndTemplates() {
        Literal re = (Literal) expr("/a[/]b/gi");
        assertEquals(Literal.Kind.REGEX, re.kind());
        assertEquals("a[/]b", re.regexPattern());
        assertEquals("gi", re.regexFlags());
        BinaryExpression div = (BinaryExpression) expr("a / b / c");
        assertEquals("/", div.operator());
        TaggedTemplateExpression tt = (TaggedTemplateExpression) expr("tag`\\unicode and \\u{55}`");
        assertNull(tt.quasi().quasis().get(0).cooked());
        assertEquals("\\unicode and \\u{55}", tt.quasi().quasis().get(0).raw());
        rejects("`\\unicode`");
        TemplateLiteral t = (TemplateLiteral) expr("`a\r\nb${1}c${`d`}`");
        assertEquals("a\nb", t.quasis().get(0).cooked());
        assertEquals(3, t.quasis().size());
        assertEquals(Literal.Kind.BIGINT, ((Literal) expr("0x1Fn")).kind());
        assertEquals("0x1F", ((Literal) expr("0x1Fn")).bigint());
        assertEquals(Literal.Kind.NULL, ((Literal) expr("null")).kind());
        assertEquals(Boolean.TRUE, ((Literal) expr("true")).value());
        assertEquals("\u2028", ((Literal) expr("'\u2028'")).value());
        assertEquals("\0", ((Literal) expr("'\\0'")).value());
        assertEquals("\u0007", ((Literal) expr("'\\07'")).value());
        assertEquals(9.0, ((Literal) expr("09")).value());
        assertEquals(0.5, ((Literal) expr("0.5")).value());
        assertEquals(1e21, ((Literal) expr("1e21")).value());
        assertEquals(9007199254740993.0, ((Literal) expr("9007199254740993")).value());
        rejects("'use strict'; 07");
        rejects("'use strict'; '\\8'");
        rejects("1_000_");
        rejects("0_1");
        rejects("3in x");
    }

    @Test
    void identifiers() {
        assertEquals("a", ((Identifier) expr("\\u0061")).name());
        assertEquals("\u00e9t\u00e9", ((Identifier) expr("\u00e9t\u00e9")).name());
        assertEquals("x\u200d", ((Identifier) expr("x\u200d")).name());
        assertEquals("let", ((Identifier) expr("let")).name());
        assertEquals("yield", ((Identifier) expr("yield")).name());
        assertEquals("await", ((Identifier) expr("await")).name());
        assertInstanceOf(CallExpression.class, expr("async(x)"));
        rejects("var \\u{69}f");
        rejects("'use strict'; let = 1");
    }

    @Test
    void objectsAndPatterns() {
        ObjectExpression o = (ObjectExpression) expr("({a, b: 1, [c]: 2, d() {}, get e() { return 1 }, set e(v) {}, async *f() {}, ...g, 'h': 3, 4: 5})");
        assertEquals(10, o.properties().size());
        Property get = (Property) o.properties().get(4);
        assertEquals("get", get.kind());
        assertTrue(((Property) o.properties().get(0)).shorthand());
        assertTrue(((Property) o.properties().get(2)).computed());
        assertTrue(((Property) o.properties().get(3)).method());
        assertInstanceOf(SpreadElement.class, o.properties().get(7));
        AssignmentExpression a = (AssignmentExpression) expr("({a = 1, b: {c}, ...d} = obj)");
        ObjectPattern op = (ObjectPattern) a.left();
        assertInstanceOf(AssignmentPattern.class, ((Property) op.properties().get(0)).value());
        assertInstanceOf(RestElement.class, op.properties().get(2));
        AssignmentExpression arr = (AssignmentExpression) expr("[a, , b = 2, ...[c]] = x");
        ArrayPattern ap = (ArrayPattern) arr.left();
        assertNull(ap.elements().get(1));
        assertInstanceOf(RestElement.class, ap.elements().get(3));
        AssignmentExpression mem = (AssignmentExpression) expr("[a.b, c[0]] = x");
        assertInstanceOf(MemberExpression.class, ((ArrayPattern) mem.left()).elements().get(0));
        ArrayExpression holes = (ArrayExpression) expr("[,,1,]");
        assertEquals(3, holes.elements().size());
        rejects("({a = 1})");
        rejects("({a = 1}).b");
        rejects("[...a,] = b");
        rejects("({__proto__: a, __proto__: b})");
        expr("({__proto__: a, __proto__: b} = c)");
        expr("({__proto__: a, ['__proto__']: b, __proto__() {}})");
    }

    @Test
    void functionsArrowsGenerators() {
        FunctionDeclaration f = (FunctionDeclaration) stmt("async function* f(a, [b], {c} = {}, ...d) { yield* a; await b; }");
        assertTrue(f.async());
        assertTrue(f.generator());
        assertEquals(4, f.params().size());
        assertInstanceOf(RestElement.class, f.params().get(3));
        ArrowFunctionExpression a = (ArrowFunctionExpression) expr("async x => await x");
        assertTrue(a.async());
        assertTrue(a.expression());
        ArrowFunctionExpression b = (ArrowFunctionExpression) expr("async (a, b) => { return a }");
        assertFalse(b.expression());
        ArrowFunctionExpression c = (ArrowFunctionExpression) expr("() => ({})");
        assertInstanceOf(ObjectExpression.class, c.body());
        ArrowFunctionExpression d = (ArrowFunctionExpression) expr("(a = 1, {b, c: [d]}, ...e) => 0");
        assertInstanceOf(AssignmentPattern.class, d.params().get(0));
        FunctionExpression g = (FunctionExpression) expr("(function* () { var x = yield; yield\n1; })");
        assertTrue(g.generator());
        assertTrue(((FunctionExpression) expr("(function () { 'use strict' })")).strict());
        assertFalse(((FunctionExpression) expr("(function () { })")).strict());
        rejects("a\n=> 1");
        rejects("async a\n=> 1");
        rejects("(a, b) + 1 => 2");
        rejects("((a)) => 1");
        rejects("function f(a = 1) { 'use strict' }");
        rejects("function* g() { function* h(a = yield) {} }");
        rejects("async function f() { (a = await 1) => 1 }");
        rejects("(...a,) => 1");
        rejects("function f(a, ...b,) {}");
    }

    @Test
    void classes() {
        ClassDeclaration c = (ClassDeclaration) stmt("class A extends B { #p = 1; static s; static { this.x = 1 } constructor() { super(); } get #g() { return this.#p } static async *m() {} [k] = 2; 'str'() {} }");
        assertInstanceOf(Identifier.class, c.superClass());
        var body = c.body().body();
        assertEquals(8, body.size());
        PropertyDefinition p = (PropertyDefinition) body.get(0);
        assertInstanceOf(PrivateIdentifier.class, p.key());
        assertTrue(((PropertyDefinition) body.get(1)).isStatic());
        assertInstanceOf(StaticBlock.class, body.get(2));
        assertEquals("constructor", ((MethodDefinition) body.get(3)).kind());
        assertEquals("get", ((MethodDefinition) body.get(4)).kind());
        MethodDefinition m = (MethodDefinition) body.get(5);
        assertTrue(m.isStatic() && m.value().async() && m.value().generator() && m.value().strict());
        assertTrue(((PropertyDefinition) body.get(6)).computed());
        ClassExpression ce = (ClassExpression) expr("(class { static async\nm() {} })");
        assertEquals(2, ce.body().body().size());
        rejects("class A { constructor() {} constructor() {} }");
        rejects("class A { m() { super() } }");
        rejects("class A { x = arguments }");
        rejects("class A { #a; m() { this.#b } }");
        rejects("class A { static prototype = 1 }");
        rejects("class A extends B { #x; m() { delete this.#x } }");
        script("class A { get #a() {} set #a(v) {} }");
        rejects("class A { get #a() {} static set #a(v) {} }");
        script("class A { m() { class B { n() { this.#x } } } #x }");
    }

    @Test
    void modules() {
        Program p = module("import d, {a as b, 'c d' as e} from 'm' with { type: 'json' }; import * as ns from 'n'; import 'side';\n" +
                        "export const x = 1; export default function () {} export { x as y, x as 'z z' }; export * from 'q'; export * as r from 'r';\n" +
                        "export { default as dd } from 'm'; await 1; import.meta.url;");
        ImportDeclaration i = (ImportDeclaration) p.body().get(0);
        assertEquals(3, i.specifiers().size());
        assertEquals(1, i.attributes().size());
        assertInstanceOf(ImportNamespaceSpecifier.class, ((ImportDeclaration) p.body().get(1)).specifiers().get(0));
        assertInstanceOf(ExportNamedDeclaration.class, p.body().get(3));
        ExportDefaultDeclaration dd = (ExportDefaultDeclaration) p.body().get(4);
        assertNull(((FunctionDeclaration) dd.declaration()).id());
        assertInstanceOf(ExportAllDeclaration.class, p.body().get(6));
        assertTrue(p.strict());
        assertThrows(JsSyntaxError.class, () -> module("export { a }"));
        assertThrows(JsSyntaxError.class, () -> module("var a; export { a }; export { a }"));
        assertThrows(JsSyntaxError.class, () -> module("<!-- html comment"));
        assertThrows(JsSyntaxError.class, () -> script("import x from 'y'"));
        script("<!-- html comment\n--> also comment\nx");
        script("#!/usr/bin/env node\nx");
        ImportExpression ie = (ImportExpression) expr("import('x', { with: {} })");
        assertInstanceOf(ObjectExpression.class, ie.options());
    }

    @Test
    void asiRestrictedProductions() {
        Program p = script("a\n++b");
        assertEquals(2, p.body().size());
        Program q = script("x: while (1) { continue\nx; }");
        assertEquals(1, q.body().size());
        rejects("throw\nx");
        Program r = script("var a = b\n(c)");
        assertEquals(1, r.body().size());
        Program s = script("let \n x = 1");
        assertInstanceOf(VariableDeclaration.class, s.body().get(0));
        rejects("if (0) let \n [a] = b");
        assertInstanceOf(BinaryExpression.class, expr("let in o"));
        assertInstanceOf(BinaryExpression.class, ((IfStatement) stmt("if (1) let instanceof C")).consequent() instanceof ExpressionStatement es ? es.expression() : null);
        YieldExpression y = (YieldExpression) ((ExpressionStatement) ((FunctionDeclaration) stmt("function* g() { yield of }")).body().body().get(0)).expression();
        assertInstanceOf(Identifier.class, y.argument());
        Program t = script("if (0) let \n x = b");
        assertEquals(2, t.body().size());
    }

    @Test
    void annexBAndSloppy() {
        script("if (a) function f() {}");
        script("lbl: function f() {}");
        script("{ function f() {} function f() {} }");
        rejects("'use strict'; { function f() {} function f() {} }");
        rejects("{ function f() {} let f; }");
        script("try {} catch (e) { var e; }");
        rejects("try {} catch ([e]) { var e; }");
        rejects("try {} catch (e) { let e; }");
        rejects("while (1) lbl: function f() {}");
        script("var yield, let, static, async, of, get, set, await;");
    }

    @Test
    void childrenLieWithinParents() throws Exception {
        String src = "f(...a, [...b, ...c], {...d, e}); class K extends B { #x = [...y]; static { z(...w) } m({a, ...r}, [b, ...s], ...t) { return `${a}${b}` } }\n" +
                        "x = a?.b?.(...c)?.[d]; for (const [k, ...v] of o) ; async (...x) => x; label: for (;;) break label; new X(...y); tag`a${b}c`;";
        PositionCheck.problems = 0;
        PositionCheck.check(script(src), null, "t.js", src);
        assertEquals(0, PositionCheck.problems);
    }

    @Test
    void annexBCallTargets() {
        AssignmentExpression a = (AssignmentExpression) expr("f() = 1");
        assertInstanceOf(CallExpression.class, a.left());
        expr("f() += 1");
        expr("f()++");
        stmt("for (f() in o) ;");
        rejects("'use strict'; f() = 1");
        rejects("f() &&= 1");
        rejects("f?.() = 1");
        rejects("[f()] = 1");
        rejects("[f() = 1] = x");
        rejects("for ({k: f() = 1} of x);");
        rejects("x = {k: {k: f() = 1} = 1}");
    }

    @Test
    void positions() {
        ExpressionStatement es = (ExpressionStatement) stmt("  foo.bar(1)  ;");
        assertEquals(2, es.start());
        assertEquals(15, es.end());
        CallExpression c = (CallExpression) es.expression();
        assertEquals(2, c.start());
        assertEquals(12, c.end());
        Identifier id = (Identifier) ((MemberExpression) c.callee()).property();
        assertEquals(6, id.start());
        assertEquals(9, id.end());
    }
}
