package org.gjs.lang.translate;

import java.util.ArrayList;
import java.util.List;

import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.GetMemberNode;
import org.gjs.lang.nodes.access.ReadLocalNodeGen;
import org.gjs.lang.nodes.access.ToPropertyKeyExpressionNode;
import org.gjs.lang.nodes.access.WriteLocalNode;
import org.gjs.lang.nodes.control.SequenceNode;
import org.gjs.lang.nodes.literal.ConstantNode;
import org.gjs.lang.nodes.literal.IntLiteralNode;
import org.gjs.lang.nodes.pattern.ArrayElementNode;
import org.gjs.lang.nodes.pattern.ArrayRestNode;
import org.gjs.lang.nodes.pattern.DefaultValueNode;
import org.gjs.lang.nodes.pattern.IterableToArrayNode;
import org.gjs.lang.nodes.pattern.ObjectCoercibleNode;
import org.gjs.lang.nodes.pattern.ObjectRestNode;
import org.gjs.lang.parser.ast.ArrayExpression;
import org.gjs.lang.parser.ast.ArrayPattern;
import org.gjs.lang.parser.ast.AssignmentPattern;
import org.gjs.lang.parser.ast.CallExpression;
import org.gjs.lang.parser.ast.Expression;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.Literal;
import org.gjs.lang.parser.ast.MemberExpression;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.ObjectExpression;
import org.gjs.lang.parser.ast.ObjectPattern;
import org.gjs.lang.parser.ast.Pattern;
import org.gjs.lang.parser.ast.Property;
import org.gjs.lang.parser.ast.RestElement;
import org.gjs.lang.runtime.NumberFormat;
import org.gjs.lang.runtime.Strings;

/**
 * Destructuring: binding patterns (declarations, parameters, catch) and assignment patterns.
 * A pattern becomes a fixed sequence of nodes over frame temporaries: the source value goes to a
 * temporary, each property or element is read from it and bound (recursively for nested
 * patterns), so a pattern's shape is compiled straight into the function with no runtime pattern
 * interpretation. Array patterns iterate arrays and strings (see {@link IterableToArrayNode}).
 */
final class PatternTranslator {
    /** Binds one name (or assigns one reference) to a value. */
    interface Binder {
        JSNode bind(Identifier id, JSNode value);
    }

    /**
     * How V8 names the source of a pattern in its TypeErrors.
     *
     * @param objectText for an object pattern over null/undefined: the source text; null to describe the value; "" for a nested pattern
     */
    record Origin(String objectText, IterableToArrayNode.Message arrayMessage, String arrayText) {
        static final Origin NESTED = new Origin("", IterableToArrayNode.Message.DESCRIBE_VALUE, null);
        static final Origin PARAMETER = new Origin(null, IterableToArrayNode.Message.DESCRIBE_VALUE, null);
        static final Origin CATCH = new Origin(".catch", IterableToArrayNode.Message.DESCRIBE_VALUE, null);

        /** A declaration's initializer: V8 prints names, literals and calls. */
        static Origin declaration(Expression init) {
            String text = CalleeText.render(init);
            if (init instanceof CallExpression call && !CalleeText.render(call.callee()).equals("(intermediate value)")) {
                return new Origin(text, IterableToArrayNode.Message.CALL_RESULT, CalleeText.render(call.callee()));
            }
            if (init instanceof Identifier || init instanceof Literal || init instanceof ObjectExpression || init instanceof ArrayExpression) {
                // V8 prints these as they are written
                return new Origin(text, IterableToArrayNode.Message.TEXT, text);
            }
            return new Origin(text, IterableToArrayNode.Message.DESCRIBE_VALUE, null);
        }

        /** An assignment's right-hand side: V8 prints it for object patterns only. */
        static Origin assignment(Expression value) {
            return new Origin(CalleeText.render(value), IterableToArrayNode.Message.DESCRIBE_VALUE, null);
        }
    }

    private final FunctionTranslator owner;

    PatternTranslator(FunctionTranslator owner) {
        this.owner = owner;
    }

    /** The names a pattern binds, in source order. */
    static void boundNames(Node pattern, List<Identifier> names) {
        switch (pattern) {
            case null -> {
            }
            case Identifier id -> names.add(id);
            case AssignmentPattern a -> boundNames(a.left(), names);
            case RestElement r -> boundNames(r.argument(), names);
            case ArrayPattern a -> a.elements().forEach(e -> boundNames(e, names));
            case ObjectPattern o -> o.properties().forEach(p -> boundNames(p instanceof Property prop ? prop.value() : p, names));
            default -> {
            }
        }
    }

    JSNode bind(Pattern pattern, JSNode value, Origin origin, Binder binder) {
        return switch (pattern) {
            case Identifier id -> binder.bind(id, value);
            case MemberExpression m -> owner.expressions.memberAssignment(m, value);
            case AssignmentPattern a -> bind(a.left(), owner.at(new DefaultValueNode(value, defaultValue(a)), a), origin, binder);
            case ObjectPattern o -> objectPattern(o, value, origin, binder);
            case ArrayPattern a -> arrayPattern(a, value, origin, binder);
            default -> throw new UnsupportedSyntax("This destructuring target", pattern.start());
        };
    }

    private JSNode defaultValue(AssignmentPattern a) {
        if (a.left() instanceof Identifier id) {
            return owner.expressions.namedExpression(a.right(), id.name());
        }
        return owner.expressions.expression(a.right());
    }

    private JSNode objectPattern(ObjectPattern pattern, JSNode value, Origin origin, Binder binder) {
        List<JSNode> nodes = new ArrayList<>();
        int source = owner.function.addTemporary();
        String firstKey = pattern.properties().isEmpty() || !(pattern.properties().get(0) instanceof Property p) ? null : keyText(p);
        Node errorAt = pattern.properties().isEmpty() ? pattern : pattern.properties().get(0); // where V8 points
        nodes.add(WriteLocalNode.create(owner.at(new ObjectCoercibleNode(value, firstKey, origin.objectText()), errorAt), source));
        boolean hasRest = pattern.properties().stream().anyMatch(p -> p instanceof RestElement);
        List<KeySource> keys = new ArrayList<>();
        for (Node member : pattern.properties()) {
            if (member instanceof RestElement rest) {
                JSNode[] excluded = keys.stream().map(KeySource::node).toArray(JSNode[]::new);
                JSNode restObject = owner.at(new ObjectRestNode(ReadLocalNodeGen.create(source, "<source>"), excluded), rest);
                nodes.add(bind(rest.argument(), restObject, Origin.NESTED, binder));
                continue;
            }
            Property property = (Property) member;
            KeySource key;
            if (property.computed()) {
                int slot = owner.function.addTemporary();
                nodes.add(WriteLocalNode.create(new ToPropertyKeyExpressionNode(owner.expressions.expression((Expression) property.key())), slot));
                key = new KeySource(null, -1, slot);
            } else {
                key = constantKey(property.key());
            }
            if (hasRest) {
                keys.add(key);
            }
            JSNode read = owner.at(new GetMemberNode(ReadLocalNodeGen.create(source, "<source>"), key.node(), true), property);
            nodes.add(bind((Pattern) property.value(), read, Origin.NESTED, binder));
        }
        nodes.add(ReadLocalNodeGen.create(source, "<source>"));
        return new SequenceNode(nodes.toArray(JSNode[]::new));
    }

    /** A property key of a pattern: a constant string, a constant array index, or the temporary holding a computed key. */
    private record KeySource(String string, int index, int slot) {
        JSNode node() {
            if (string != null) {
                return new ConstantNode(Strings.fromJava(string));
            }
            if (index >= 0) {
                return new IntLiteralNode(index);
            }
            return ReadLocalNodeGen.create(slot, "<key>");
        }
    }

    private static KeySource constantKey(Node key) {
        return switch (key) {
            case Identifier id -> new KeySource(id.name(), -1, -1);
            case Literal l when l.kind() == Literal.Kind.STRING -> new KeySource(l.stringValue(), -1, -1);
            case Literal l when l.kind() == Literal.Kind.NUMBER -> {
                double d = (Double) l.value();
                yield d >= 0 && d == (int) d && !(d == 0 && 1 / d < 0) ? new KeySource(null, (int) d, -1) : new KeySource(NumberFormat.toString(d), -1, -1);
            }
            default -> throw new UnsupportedSyntax("This property key", key.start());
        };
    }

    /** The first key as V8 prints it in "Cannot destructure property 'a' of ...", or null. */
    private static String keyText(Property p) {
        if (p.computed()) {
            return null;
        }
        return switch (p.key()) {
            case Identifier id -> id.name();
            case Literal l when l.kind() == Literal.Kind.STRING -> l.stringValue();
            case Literal l when l.kind() == Literal.Kind.NUMBER -> NumberFormat.toString((Double) l.value());
            default -> null;
        };
    }

    private JSNode arrayPattern(ArrayPattern pattern, JSNode value, Origin origin, Binder binder) {
        List<JSNode> nodes = new ArrayList<>();
        int source = owner.function.addTemporary();
        nodes.add(WriteLocalNode.create(owner.at(new IterableToArrayNode(value, origin.arrayMessage(), origin.arrayText()), pattern), source));
        List<Pattern> elements = pattern.elements();
        for (int i = 0; i < elements.size(); i++) {
            Pattern element = elements.get(i);
            if (element == null) {
                continue; // an elision skips one value
            }
            if (element instanceof RestElement rest) {
                JSNode restArray = owner.at(new ArrayRestNode(ReadLocalNodeGen.create(source, "<source>"), i), rest);
                nodes.add(bind(rest.argument(), restArray, Origin.NESTED, binder));
                continue;
            }
            nodes.add(bind(element, new ArrayElementNode(ReadLocalNodeGen.create(source, "<source>"), i), Origin.NESTED, binder));
        }
        nodes.add(ReadLocalNodeGen.create(source, "<source>"));
        return new SequenceNode(nodes.toArray(JSNode[]::new));
    }
}
