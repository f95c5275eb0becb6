package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gjs.lang.parser.ast.*;
import org.junit.jupiter.api.Test;

class ParserBasicsTest {
    static Program script(String src) {
        return Parser.parse(src, ParseOptions.script("t.js"));
    }

    static Expression expr(String src) {
        return ((ExpressionStatement) script(src).body().get(0)).expression();
    }

    static JsSyntaxError fail(String src) {
        return assertThrows(JsSyntaxError.class, () -> script(src));
    }

    @Test
    void precedence() {
        BinaryExpression b = (BinaryExpression) expr("1 + 2 * 3");
        assertEquals("+", b.operator());
        assertEquals("*", ((BinaryExpression) b.right()).operator());
        BinaryExpression p = (BinaryExpression) expr("2 ** 3 ** 2");
        assertInstanceOf(BinaryExpression.class, p.right());
        AssignmentExpression a = (AssignmentExpression) expr("a = b += c");
        assertInstanceOf(AssignmentExpression.class, a.right());
        LogicalExpression l = (LogicalExpression) expr("a || b && c");
        assertEquals("||", l.operator());
        ConditionalExpression c = (ConditionalExpression) expr("a ? b : c ? d : e");
        assertInstanceOf(ConditionalExpression.class, c.alternate());
    }

    @Test
    void literals() {
        assertEquals(255.0, ((Literal) expr("0xff")).value());
        assertEquals(8.0, ((Literal) expr("0o10")).value());
        assertEquals(5.0, ((Literal) expr("0b101")).value());
        assertEquals(1000000.0, ((Literal) expr("1_000_000")).value());
        assertEquals(8.0, ((Literal) expr("010")).value());
        assertEquals(1.5e3, ((Literal) expr(".15e4")).value());
        assertEquals("a\nb\u0041", ((Literal) expr("'a\\nb\\u0041'")).value());
        assertEquals("123", ((Literal) expr("123n")).bigint());
        TemplateLiteral t = (TemplateLiteral) expr("`a${b}c`");
        assertEquals(2, t.quasis().size());
        assertEquals("c", t.quasis().get(1).cooked());
    }

    @Test
    void asi() {
        Program p = script("a\n++b\nreturn_ = 1\nx\n(y)");
        assertEquals(4, p.body().size());
        Program p2 = script("function f(){ return\n1 }");
        ReturnStatement r = (ReturnStatement) ((FunctionDeclaration) p2.body().get(0)).body().body().get(0);
        assertEquals(null, r.argument());
    }

    @Test
    void errorsHavePositions() {
        JsSyntaxError e = fail("var a = ;");
        assertEquals("Unexpected token ';'", e.rawMessage());
        assertEquals(1, e.line());
        assertEquals(9, e.column());
        JsSyntaxError e2 = fail("x\n  = )");
        assertEquals(2, e2.line());
        assertEquals(5, e2.column());
        assertEquals("Unexpected token ')' (t.js:2:5)", e2.getMessage());
    }

    @Test
    void sourcePositions() {
        SourcePositions sp = SourcePositions.of("a\r\nb\rc\u2028d\ne");
        assertEquals(1, sp.line(0));
        assertEquals(2, sp.line(3));
        assertEquals(3, sp.line(5));
        assertEquals(4, sp.line(7));
        assertEquals(5, sp.line(9));
        assertEquals(1, sp.column(9));
    }

    @Test
    void functionsAndArrows() {
        ArrowFunctionExpression a = (ArrowFunctionExpression) expr("(a, {b}, [c], ...d) => a");
        assertEquals(4, a.params().size());
        assertTrue(a.expression());
        FunctionExpression f = (FunctionExpression) expr("(function* g(x) { 'use strict'; yield x; })");
        assertTrue(f.generator());
        assertTrue(f.strict());
    }
}
