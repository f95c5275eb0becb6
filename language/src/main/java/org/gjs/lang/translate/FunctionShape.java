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
                boolean generator, boolean async) {

    static FunctionShape of(Node node) {
        return switch (node) {
            case FunctionDeclaration f -> new FunctionShape(f, f.scope(), f.params(), f.body(), false, false, f.strict(), f.generator(), f.async());
            case FunctionExpression f -> new FunctionShape(f, f.scope(), f.params(), f.body(), false, false, f.strict(), f.generator(), f.async());
            case ArrowFunctionExpression f -> new FunctionShape(f, f.scope(), f.params(), f.body(), true, f.expression(), f.strict(), false, f.async());
            default -> throw new IllegalArgumentException("not a function literal: " + node);
        };
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
