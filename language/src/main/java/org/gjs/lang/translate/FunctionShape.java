package org.gjs.lang.translate;

import java.util.List;

import org.gjs.lang.parser.Scope;
import org.gjs.lang.parser.ast.ArrowFunctionExpression;
import org.gjs.lang.parser.ast.AssignmentPattern;
import org.gjs.lang.parser.ast.FunctionDeclaration;
import org.gjs.lang.parser.ast.FunctionExpression;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.Pattern;
import org.gjs.lang.parser.ast.RestElement;

/** What the translator needs of any function literal, whichever AST class it came as. */
record FunctionShape(Node node, Scope scope, List<Pattern> params, Node body, boolean arrow, boolean expressionBody, boolean strict,
                boolean generator, boolean async, boolean method) {

    static FunctionShape of(Node node) {
        return switch (node) {
            case FunctionDeclaration f -> new FunctionShape(f, f.scope(), f.params(), f.body(), false, false, f.strict(), f.generator(), f.async(), false);
            case FunctionExpression f -> new FunctionShape(f, f.scope(), f.params(), f.body(), false, false, f.strict(), f.generator(), f.async(), false);
            case ArrowFunctionExpression f -> new FunctionShape(f, f.scope(), f.params(), f.body(), true, f.expression(), f.strict(), false, f.async(), false);
            default -> throw new IllegalArgumentException("not a function literal: " + node);
        };
    }

    FunctionShape asMethod(boolean isMethod) {
        return isMethod == method ? this : new FunctionShape(node, scope, params, body, arrow, expressionBody, strict, generator, async, isMethod);
    }

    /** Arrows and methods cannot be called with {@code new}; neither can generators and async functions. */
    boolean isConstructor() {
        return !arrow && !method && !generator && !async;
    }

    /** The function's {@code length}: parameters before the first default or rest. */
    int length() {
        int n = 0;
        for (Pattern p : params) {
            if (p instanceof AssignmentPattern || p instanceof RestElement) {
                break;
            }
            n++;
        }
        return n;
    }
}
