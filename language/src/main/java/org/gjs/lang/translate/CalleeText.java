package org.gjs.lang.translate;

import org.gjs.lang.parser.ast.CallExpression;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.Literal;
import org.gjs.lang.parser.ast.MemberExpression;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.ObjectExpression;
import org.gjs.lang.parser.ast.ThisExpression;

/** How V8 names a callee in "x is not a function": the expression re-printed from the AST, not the raw source. */
final class CalleeText {
    private CalleeText() {
    }

    static String render(Node node) {
        return switch (node) {
            case Identifier id -> id.name();
            case ThisExpression t -> "this";
            case ObjectExpression o -> o.properties().isEmpty() ? "{}" : "{(intermediate value)}";
            case Literal l when l.kind() == Literal.Kind.STRING -> "\"" + l.stringValue() + "\"";
            case Literal l -> l.raw();
            case CallExpression c -> render(c.callee()) + "(...)";
            case MemberExpression m when !m.computed() && m.property() instanceof Identifier p -> render(m.object()) + "." + p.name();
            case MemberExpression m when m.property() instanceof Literal l && l.kind() == Literal.Kind.STRING -> render(m.object()) + "." + l.stringValue();
            case MemberExpression m -> render(m.object()) + "[" + render(m.property()) + "]";
            default -> "(intermediate value)";
        };
    }
}
