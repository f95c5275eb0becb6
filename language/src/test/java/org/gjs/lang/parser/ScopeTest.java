package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gjs.lang.parser.Scope.BindingKind;
import org.gjs.lang.parser.ast.*;
import org.junit.jupiter.api.Test;

class ScopeTest {
    static Program script(String src) {
        return Parser.parse(src, ParseOptions.script("t.js"));
    }

    static FunctionDeclaration fn(Program p, int i) {
        return (FunctionDeclaration) p.body().get(i);
    }

    @Test
    void declarationsAndCaptures() {
        Program p = script("function f(a, b) { var v; let l; const c = 1; function g() { return a + l; } class K {} try {} catch (e) {} }");
        FunctionDeclaration f = fn(p, 0);
        Scope s = f.scope();
        assertEquals(Scope.Kind.FUNCTION, s.kind());
        assertSame(s, f.body().scope());
        assertEquals(BindingKind.PARAM, s.binding("a").kind());
        assertTrue(s.binding("a").captured());
        assertFalse(s.binding("b").captured());
        assertEquals(BindingKind.VAR, s.binding("v").kind());
        assertTrue(s.binding("l").lexical());
        assertTrue(s.binding("l").captured());
        assertTrue(s.binding("c").immutable());
        assertEquals(BindingKind.FUNCTION, s.binding("g").kind());
        assertEquals(BindingKind.CLASS, s.binding("K").kind());
        assertNull(s.binding("e"));
        assertNotNull(p.scope().binding("f"));
        TryStatement t = (TryStatement) f.body().body().get(5);
        assertEquals(BindingKind.CATCH_PARAM, t.handler().scope().binding("e").kind());
    }

    @Test
    void varHoistsOutOfBlocks() {
        Program p = script("function f() { { var x; let y; } for (let i = 0;;) { var z; } }");
        Scope s = fn(p, 0).scope();
        assertNotNull(s.binding("x"));
        assertNotNull(s.binding("z"));
        assertNull(s.binding("y"));
        BlockStatement b = (BlockStatement) fn(p, 0).body().body().get(0);
        assertNotNull(b.scope().binding("y"));
        ForStatement fs = (ForStatement) fn(p, 0).body().body().get(1);
        assertEquals(Scope.Kind.FOR, fs.scope().kind());
        assertNotNull(fs.scope().binding("i"));
    }

    @Test
    void evalCapturesEverything() {
        Program p = script("function f(a) { var b; function g() { let c; eval('x'); } }");
        Scope f = fn(p, 0).scope();
        assertTrue(f.binding("a").captured());
        assertTrue(f.binding("b").captured());
        assertTrue(f.containsDirectEval());
        assertFalse(f.hasDirectEval());
        FunctionDeclaration g = (FunctionDeclaration) fn(p, 0).body().body().get(1);
        assertTrue(g.scope().hasDirectEval());
        assertTrue(g.scope().binding("c").captured());
        Program q = script("function f(a) { (0, eval)('x'); }");
        assertFalse(fn(q, 0).scope().binding("a").captured());
    }

    @Test
    void argumentsAndLexicalThis() {
        Program p = script("function f() { return () => arguments[0] + this.x + new.target; } function h() { var arguments; return arguments; }");
        Scope f = fn(p, 0).scope();
        assertTrue(f.usesArguments());
        assertTrue(f.usesThis());
        assertTrue(f.usesNewTarget());
        ArrowFunctionExpression a = (ArrowFunctionExpression) ((ReturnStatement) fn(p, 0).body().body().get(0)).argument();
        assertEquals(Scope.Kind.ARROW, a.scope().kind());
        assertTrue(a.scope().usesThis());
        assertTrue(a.scope().usesArguments());
        assertTrue(fn(p, 1).scope().usesArguments()); // var arguments starts out as the arguments object
        Program q = script("function h(arguments) { return arguments; }");
        assertFalse(fn(q, 0).scope().usesArguments());
    }

    @Test
    void namedFunctionExpressionSelfBinding() {
        Program p = script("(function fact(n) { return n ? fact(n - 1) : 1; })");
        FunctionExpression fe = (FunctionExpression) ((ExpressionStatement) p.body().get(0)).expression();
        assertEquals(BindingKind.FUNCTION_SELF_NAME, fe.scope().binding("fact").kind());
    }

    @Test
    void annexBFunctionInBlock() {
        Program p = script("function f() { { function g() {} } }");
        Scope s = fn(p, 0).scope();
        assertEquals(BindingKind.VAR, s.binding("g").kind());
        assertTrue(s.binding("g").declaration() instanceof FunctionDeclaration);
        Program q = script("function f() { let g; { function g() {} } }");
        assertEquals(BindingKind.LET, fn(q, 0).scope().binding("g").kind());
    }

    @Test
    void moduleLiveBindings() {
        Program p = Parser.parse("import a from 'a'; let b = 1, c = 2; export { b }; export function f() {} c;", ParseOptions.module("m.js"));
        Scope s = p.scope();
        assertEquals(Scope.Kind.MODULE, s.kind());
        assertEquals(BindingKind.IMPORT, s.binding("a").kind());
        assertTrue(s.binding("a").captured());
        assertTrue(s.binding("b").captured());
        assertTrue(s.binding("f").captured());
        assertFalse(s.binding("c").captured());
        assertNull(s.lookup("undeclaredGlobal"));
    }

    @Test
    void classScopes() {
        Program p = script("class A { x = this; static { var s; } m() { return A; } }");
        ClassDeclaration c = (ClassDeclaration) p.body().get(0);
        assertEquals(BindingKind.CLASS_INNER_NAME, c.scope().binding("A").kind());
        assertTrue(c.scope().binding("A").captured());
        PropertyDefinition pd = (PropertyDefinition) c.body().body().get(0);
        assertEquals(Scope.Kind.FIELD, pd.scope().kind());
        assertTrue(pd.scope().usesThis());
        StaticBlock sb = (StaticBlock) c.body().body().get(1);
        assertNotNull(sb.scope().binding("s"));
    }
}
