package org.gjs.lang.translate;

import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.WriteLocalNode;
import org.gjs.lang.nodes.access.ConstAssignmentNode;
import org.gjs.lang.nodes.access.DeleteMemberNode;
import org.gjs.lang.nodes.access.GetMemberNode;
import org.gjs.lang.nodes.access.InvalidTargetNode;
import org.gjs.lang.nodes.access.OptionalChainNode;
import org.gjs.lang.nodes.access.ReadGlobalNode;
import org.gjs.lang.nodes.access.ReadLocalNodeGen;
import org.gjs.lang.nodes.access.SetMemberNode;
import org.gjs.lang.nodes.access.ToPropertyKeyExpressionNode;
import org.gjs.lang.nodes.access.WriteGlobalNode;
import org.gjs.lang.nodes.binary.AddNodeGen;
import org.gjs.lang.nodes.binary.ArithmeticNodeFactory;
import org.gjs.lang.nodes.binary.BitwiseNodeFactory;
import org.gjs.lang.nodes.binary.CompareNodeFactory;
import org.gjs.lang.nodes.binary.EqualityNodeFactory;
import org.gjs.lang.nodes.binary.InNodeGen;
import org.gjs.lang.nodes.binary.InstanceofNodeGen;
import org.gjs.lang.nodes.control.IfNode;
import org.gjs.lang.nodes.control.LogicalNode;
import org.gjs.lang.nodes.control.SequenceNode;
import org.gjs.lang.nodes.function.CallNode;
import org.gjs.lang.nodes.function.FunctionLiteralNode;
import org.gjs.lang.nodes.function.NewNode;
import org.gjs.lang.nodes.function.TaggedTemplateNode;
import org.gjs.lang.nodes.pattern.SpreadListNode;
import org.gjs.lang.nodes.literal.ArrayLiteralNode;
import org.gjs.lang.nodes.literal.ArraySpreadLiteralNode;
import org.gjs.lang.nodes.literal.ObjectLiteralGenericNode;
import org.gjs.lang.nodes.pattern.IterableToArrayNode;
import org.gjs.lang.nodes.literal.ConstantNode;
import org.gjs.lang.nodes.literal.DoubleLiteralNode;
import org.gjs.lang.nodes.literal.IntLiteralNode;
import org.gjs.lang.nodes.literal.ObjectLiteralNode;
import org.gjs.lang.nodes.literal.RegExpLiteralNode;
import org.gjs.lang.nodes.literal.TemplateNode;
import org.gjs.lang.nodes.unary.BitwiseNotNodeGen;
import org.gjs.lang.nodes.unary.NegateNodeGen;
import org.gjs.lang.nodes.unary.NotNodeGen;
import org.gjs.lang.nodes.unary.ToNumberNodeGen;
import org.gjs.lang.nodes.unary.TypeofNodeGen;
import org.gjs.lang.nodes.unary.VoidNode;
import org.gjs.lang.nodes.klass.PrivateGetNode;
import org.gjs.lang.nodes.klass.PrivateInNode;
import org.gjs.lang.nodes.klass.PrivateSetNode;
import org.gjs.lang.nodes.klass.SuperPropertyNode;
import org.gjs.lang.parser.ast.ArrayExpression;
import org.gjs.lang.parser.ast.ClassExpression;
import org.gjs.lang.parser.ast.MetaProperty;
import org.gjs.lang.parser.ast.PrivateIdentifier;
import org.gjs.lang.parser.ast.Super;
import org.gjs.lang.parser.ast.ArrayPattern;
import org.gjs.lang.parser.ast.ObjectPattern;
import org.gjs.lang.parser.ast.SpreadElement;
import org.gjs.lang.parser.ast.ArrowFunctionExpression;
import org.gjs.lang.parser.ast.AssignmentExpression;
import org.gjs.lang.parser.ast.BinaryExpression;
import org.gjs.lang.parser.ast.CallExpression;
import org.gjs.lang.parser.ast.ChainExpression;
import org.gjs.lang.parser.ast.ConditionalExpression;
import org.gjs.lang.parser.ast.Expression;
import org.gjs.lang.parser.ast.FunctionExpression;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.Literal;
import org.gjs.lang.parser.ast.LogicalExpression;
import org.gjs.lang.parser.ast.MemberExpression;
import org.gjs.lang.parser.ast.NewExpression;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.ObjectExpression;
import org.gjs.lang.parser.ast.Pattern;
import org.gjs.lang.parser.ast.Property;
import org.gjs.lang.parser.ast.SequenceExpression;
import org.gjs.lang.parser.ast.TaggedTemplateExpression;
import org.gjs.lang.parser.ast.TemplateLiteral;
import org.gjs.lang.parser.ast.ThisExpression;
import org.gjs.lang.parser.ast.UnaryExpression;
import org.gjs.lang.parser.ast.UpdateExpression;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;

/** Translates expressions for a {@link FunctionTranslator}, in its current block scope. */
final class ExpressionTranslator {
    private final FunctionTranslator owner;

    ExpressionTranslator(FunctionTranslator owner) {
        this.owner = owner;
    }

    JSNode expression(Expression expression) {
        JSNode node = switch (expression) {
            case Literal e -> literal(e);
            case Identifier e -> read(e, false);
            case ThisExpression e -> owner.thisValue();
            case TemplateLiteral e -> template(e);
            case BinaryExpression e when e.left() instanceof PrivateIdentifier p -> new PrivateInNode(owner.privateName(p), expression(e.right()));
            case BinaryExpression e -> binary(e.operator(), expression((Expression) e.left()), expression(e.right()), e);
            case LogicalExpression e -> new LogicalNode(logicalOperator(e.operator()), expression(e.left()), expression(e.right()));
            case UnaryExpression e -> unary(e);
            case UpdateExpression e -> update(e, true);
            case AssignmentExpression e -> assignment(e);
            case ConditionalExpression e -> new IfNode(owner.condition(e.test()), expression(e.consequent()), expression(e.alternate()));
            case CallExpression e -> call(e);
            case NewExpression e -> construct(e);
            case MemberExpression e -> member(e);
            case FunctionExpression e -> functionLiteral(e, TranslationUnit.nameOf(e.id()));
            case ArrowFunctionExpression e -> functionLiteral(e, "");
            case ClassExpression e -> owner.classes.definition(e, e.id(), e.superClass(), e.body(), e.scope(), TranslationUnit.nameOf(e.id()));
            case MetaProperty e when e.meta().name().equals("new") -> owner.newTarget(e.start());
            case ObjectExpression e -> object(e);
            case ArrayExpression e -> array(e);
            case ChainExpression e -> new OptionalChainNode(expression(e.expression()));
            case TaggedTemplateExpression e -> new TaggedTemplateNode(expression(e.tag()),
                            e.quasi().quasis().stream().map(q -> q.cooked()).toArray(String[]::new),
                            e.quasi().quasis().stream().map(q -> q.raw()).toArray(String[]::new),
                            e.quasi().expressions().stream().map(this::expression).toArray(JSNode[]::new), CalleeText.render(e.tag())).asCall();
            case SequenceExpression e -> new SequenceNode(e.expressions().stream().map(this::expression).toArray(JSNode[]::new));
            default -> throw unsupported(expression);
        };
        return owner.at(node, expression).asExpression();
    }

    /** An initializer or assigned value: anonymous functions take the name of what they are assigned to. */
    JSNode namedExpression(Expression expression, String name) {
        if (expression instanceof FunctionExpression f && f.id() == null) {
            return owner.at(functionLiteral(f, name), f).asExpression();
        }
        if (expression instanceof ArrowFunctionExpression f) {
            return owner.at(functionLiteral(f, name), f).asExpression();
        }
        if (expression instanceof ClassExpression c && c.id() == null) {
            return owner.at(owner.classes.definition(c, null, c.superClass(), c.body(), c.scope(), name), c).asExpression();
        }
        return expression(expression);
    }

    private UnsupportedSyntax unsupported(Node node) {
        String name = node.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return new UnsupportedSyntax(name + (name.endsWith("s") ? "" : "s"), node.start());
    }

    JSNode functionLiteral(org.gjs.lang.parser.ast.FunctionDeclaration f) {
        return owner.at(functionLiteral(f, f.id().name()), f);
    }

    /** A class method: strict, not a constructor, no {@code prototype}. */
    JSNode methodLiteral(FunctionExpression f, String name) {
        return owner.at(functionLiteral(f, name, true), f).asExpression();
    }

    private JSNode functionLiteral(Node node, String name) {
        return functionLiteral(node, name, false);
    }

    /** @param method an object literal method: not a constructor, no {@code prototype} */
    private JSNode functionLiteral(Node node, String name, boolean method) {
        FunctionShape shape = FunctionShape.of(node).asMethod(method);
        FunctionData data = owner.unit.functionData(shape, name);
        return new FunctionLiteralNode(data);
    }

    private JSNode literal(Literal literal) {
        return switch (literal.kind()) {
            case NUMBER -> number((Double) literal.value());
            case STRING -> new ConstantNode(Strings.fromJava(literal.stringValue()));
            case BOOLEAN -> new ConstantNode(literal.value());
            case NULL -> new ConstantNode(Null.INSTANCE);
            case BIGINT -> throw new UnsupportedSyntax("BigInt literals", literal.start());
            case REGEX -> new RegExpLiteralNode(literal.regexPattern(), literal.regexFlags());
        };
    }

    static JSNode number(double value) {
        if (value == (int) value && !(value == 0 && 1 / value < 0)) {
            return new IntLiteralNode((int) value);
        }
        return new DoubleLiteralNode(value);
    }

    private JSNode template(TemplateLiteral template) {
        TruffleString[] strings = template.quasis().stream().map(q -> Strings.fromJava(q.cooked())).toArray(TruffleString[]::new);
        JSNode[] substitutions = template.expressions().stream().map(this::expression).toArray(JSNode[]::new);
        return new TemplateNode(strings, substitutions);
    }

    JSNode read(Identifier id, boolean forTypeof) {
        Resolution resolution = owner.resolve(id.name());
        if (resolution instanceof Resolution.Global) {
            if (id.name().equals("arguments") && !owner.function.program && !owner.function.arrow) {
                throw new UnsupportedSyntax("The arguments object", id.start());
            }
            return new ReadGlobalNode(Strings.fromJava(id.name()), forTypeof);
        }
        return owner.read(resolution, id);
    }

    JSNode write(Identifier id, JSNode value) {
        Resolution resolution = owner.resolve(id.name());
        return switch (resolution) {
            case Resolution.Global g -> new WriteGlobalNode(Strings.fromJava(id.name()), WriteGlobalNode.Mode.ASSIGN, owner.function.strict, value);
            case Resolution.Frame f when f.binding() != null && f.binding().immutable() -> immutableAssignment(f.binding(), value);
            case Resolution.Environment e when e.binding() != null && e.binding().immutable() -> immutableAssignment(e.binding(), value);
            default -> owner.write(resolution, value);
        };
    }

    /** Assigns a value computed elsewhere to a simple target (an identifier or a member), as for-in/of heads do. */
    JSNode assign(Pattern target, JSNode value) {
        return switch (target) {
            case Identifier id -> write(id, value);
            case MemberExpression m when !m.optional() && m.object() instanceof Expression object && !(m.property() instanceof org.gjs.lang.parser.ast.PrivateIdentifier) ->
                new SetMemberNode(expression(object), memberKey(m), m.computed(), value, owner.function.strict);
            default -> throw new UnsupportedSyntax("Destructuring", target.start());
        };
    }

    /** const bindings throw; a named function expression's own name ignores the assignment (throws in strict code). */
    private JSNode immutableAssignment(org.gjs.lang.parser.Scope.Binding binding, JSNode value) {
        if (binding.kind() == org.gjs.lang.parser.Scope.BindingKind.FUNCTION_SELF_NAME && !owner.function.strict) {
            return value;
        }
        return new ConstAssignmentNode(value);
    }

    static JSNode binary(String operator, JSNode left, JSNode right, Node at) {
        return switch (operator) {
            case "+" -> AddNodeGen.create(left, right);
            case "-" -> ArithmeticNodeFactory.SubtractNodeGen.create(left, right);
            case "*" -> ArithmeticNodeFactory.MultiplyNodeGen.create(left, right);
            case "/" -> ArithmeticNodeFactory.DivideNodeGen.create(left, right);
            case "%" -> ArithmeticNodeFactory.RemainderNodeGen.create(left, right);
            case "**" -> ArithmeticNodeFactory.ExponentNodeGen.create(left, right);
            case "<" -> CompareNodeFactory.LessThanNodeGen.create(left, right);
            case ">" -> CompareNodeFactory.GreaterThanNodeGen.create(left, right);
            case "<=" -> CompareNodeFactory.LessOrEqualNodeGen.create(left, right);
            case ">=" -> CompareNodeFactory.GreaterOrEqualNodeGen.create(left, right);
            case "===" -> EqualityNodeFactory.StrictEqualNodeGen.create(left, right);
            case "!==" -> NotNodeGen.create(EqualityNodeFactory.StrictEqualNodeGen.create(left, right));
            case "==" -> EqualityNodeFactory.LooseEqualNodeGen.create(left, right);
            case "!=" -> NotNodeGen.create(EqualityNodeFactory.LooseEqualNodeGen.create(left, right));
            case "&" -> BitwiseNodeFactory.AndNodeGen.create(left, right);
            case "|" -> BitwiseNodeFactory.OrNodeGen.create(left, right);
            case "^" -> BitwiseNodeFactory.XorNodeGen.create(left, right);
            case "in" -> InNodeGen.create(left, right);
            case "instanceof" -> InstanceofNodeGen.create(left, right);
            case "<<" -> BitwiseNodeFactory.ShiftLeftNodeGen.create(left, right);
            case ">>" -> BitwiseNodeFactory.ShiftRightNodeGen.create(left, right);
            case ">>>" -> BitwiseNodeFactory.UnsignedShiftRightNodeGen.create(left, right);
            default -> throw new UnsupportedSyntax("The '" + operator + "' operator", at.start());
        };
    }

    private static LogicalNode.Operator logicalOperator(String operator) {
        return switch (operator) {
            case "&&" -> LogicalNode.Operator.AND;
            case "||" -> LogicalNode.Operator.OR;
            default -> LogicalNode.Operator.NULLISH;
        };
    }

    private JSNode unary(UnaryExpression e) {
        if (e.operator().equals("typeof") && e.argument() instanceof Identifier id) {
            return TypeofNodeGen.create(owner.at(read(id, true), id));
        }
        if (e.operator().equals("delete")) {
            return delete(e);
        }
        JSNode operand = expression(e.argument());
        return switch (e.operator()) {
            case "-" -> NegateNodeGen.create(operand);
            case "+" -> ToNumberNodeGen.create(operand);
            case "!" -> NotNodeGen.create(operand);
            case "~" -> BitwiseNotNodeGen.create(operand);
            case "typeof" -> TypeofNodeGen.create(operand);
            case "void" -> new VoidNode(operand);
            default -> throw new UnsupportedSyntax("The '" + e.operator() + "' operator", e.start());
        };
    }

    /** {@code delete o.p}, {@code delete o[k]}; deleting anything else only evaluates it (a reference to a binding is kept). */
    private JSNode delete(UnaryExpression e) {
        if (e.argument() instanceof MemberExpression m && !m.optional() && m.object() instanceof Expression object && m.property() instanceof Expression) {
            JSNode key = m.computed() ? expression((Expression) m.property()) : new ConstantNode(Strings.fromJava(((Identifier) m.property()).name()));
            return new DeleteMemberNode(expression(object), key, owner.function.strict);
        }
        if (e.argument() instanceof Identifier) {
            throw new UnsupportedSyntax("delete of a binding", e.start());
        }
        if (e.argument() instanceof ChainExpression || e.argument() instanceof MemberExpression) {
            throw new UnsupportedSyntax("delete of an optional chain or of this member", e.start());
        }
        return new SequenceNode(new JSNode[]{expression(e.argument()), new ConstantNode(true)});
    }

    /** {@code x++}, {@code --o.p}: when the value is used and the form is postfix, the old value (as a number) is kept in a temporary. */
    JSNode update(UpdateExpression e, boolean valueUsed) {
        String op = e.operator().equals("++") ? "+" : "-";
        boolean keepOld = valueUsed && !e.prefix();
        if (e.argument() instanceof Identifier id) {
            if (!keepOld) {
                return write(id, binary(op, ToNumberNodeGen.create(read(id, false)), new IntLiteralNode(1), e));
            }
            int old = owner.function.addTemporary();
            JSNode saveOld = WriteLocalNode.create(ToNumberNodeGen.create(read(id, false)), old);
            JSNode store = write(id, binary(op, ReadLocalNodeGen.create(old, "<old>"), new IntLiteralNode(1), e));
            return new SequenceNode(new JSNode[]{saveOld, store, ReadLocalNodeGen.create(old, "<old>")});
        }
        if (e.argument() instanceof MemberExpression m && m.property() instanceof PrivateIdentifier p && !m.optional()) {
            return privateUpdate(e, m, p, keepOld);
        }
        if (e.argument() instanceof MemberExpression m) {
            MemberParts parts = memberParts(m);
            int old = owner.function.addTemporary();
            JSNode saveOld = WriteLocalNode.create(ToNumberNodeGen.create(parts.read()), old);
            JSNode store = parts.write(binary(op, ReadLocalNodeGen.create(old, "<old>"), new IntLiteralNode(1), e));
            if (!keepOld) {
                return new SequenceNode(new JSNode[]{parts.setup(), saveOld, store});
            }
            return new SequenceNode(new JSNode[]{parts.setup(), saveOld, store, ReadLocalNodeGen.create(old, "<old>")});
        }
        if (e.argument() instanceof CallExpression call) {
            return new InvalidTargetNode(expression(call), "Invalid left-hand side expression in " + (e.prefix() ? "prefix" : "postfix") + " operation");
        }
        throw new UnsupportedSyntax("This update target", e.argument().start());
    }

    private JSNode assignment(AssignmentExpression e) {
        String operator = e.operator();
        if (e.left() instanceof Identifier id) {
            if (operator.equals("=")) {
                return write(id, namedExpression(e.right(), id.name()));
            }
            if (isLogicalAssignment(operator)) {
                return new LogicalNode(logicalOperator(operator.substring(0, operator.length() - 1)), read(id, false), write(id, namedExpression(e.right(), id.name())));
            }
            String binaryOperator = operator.substring(0, operator.length() - 1);
            return write(id, binary(binaryOperator, read(id, false), expression(e.right()), e));
        }
        if (e.left() instanceof MemberExpression m && m.property() instanceof PrivateIdentifier p && !m.optional()) {
            return privateAssignment(m, p, e);
        }
        if (e.left() instanceof MemberExpression m) {
            if (operator.equals("=")) {
                if (m.optional() || m.property() instanceof org.gjs.lang.parser.ast.PrivateIdentifier || m.object() instanceof org.gjs.lang.parser.ast.Super) {
                    throw unsupported(m);
                }
                return new SetMemberNode(expression((Expression) m.object()), memberKey(m), m.computed(), expression(e.right()), owner.function.strict);
            }
            MemberParts parts = memberParts(m);
            if (isLogicalAssignment(operator)) {
                JSNode logical = new LogicalNode(logicalOperator(operator.substring(0, operator.length() - 1)), parts.read(), parts.write(expression(e.right())));
                return new SequenceNode(new JSNode[]{parts.setup(), logical});
            }
            String binaryOperator = operator.substring(0, operator.length() - 1);
            return new SequenceNode(new JSNode[]{parts.setup(), parts.write(binary(binaryOperator, parts.read(), expression(e.right()), e))});
        }
        if (e.left() instanceof CallExpression call) {
            return new InvalidTargetNode(expression(call), "Invalid left-hand side in assignment");
        }
        if (operator.equals("=") && (e.left() instanceof ObjectPattern || e.left() instanceof ArrayPattern)) {
            // The value of the assignment is the right-hand side, kept in a temporary while the pattern runs.
            int value = owner.function.addTemporary();
            JSNode save = WriteLocalNode.create(expression(e.right()), value);
            JSNode bind = owner.patterns.bind(e.left(), ReadLocalNodeGen.create(value, "<value>"), PatternTranslator.Origin.assignment(e.right()), this::write);
            return new SequenceNode(new JSNode[]{save, bind, ReadLocalNodeGen.create(value, "<value>")});
        }
        throw new UnsupportedSyntax("This assignment target", e.left().start());
    }

    /** {@code o.#x = v}, {@code o.#x += v}, {@code o.#x ??= v}: the object is evaluated once. */
    private JSNode privateAssignment(MemberExpression m, PrivateIdentifier p, AssignmentExpression e) {
        String operator = e.operator();
        if (operator.equals("=")) {
            return new PrivateSetNode(expression((Expression) m.object()), owner.privateName(p), expression(e.right()));
        }
        int objectSlot = owner.function.addTemporary();
        JSNode save = WriteLocalNode.create(expression((Expression) m.object()), objectSlot);
        JSNode read = new PrivateGetNode(ReadLocalNodeGen.create(objectSlot, "<object>"), owner.privateName(p));
        JSNode value;
        if (isLogicalAssignment(operator)) {
            JSNode write = new PrivateSetNode(ReadLocalNodeGen.create(objectSlot, "<object>"), owner.privateName(p), expression(e.right()));
            return new SequenceNode(new JSNode[]{save, new LogicalNode(logicalOperator(operator.substring(0, operator.length() - 1)), read, write)});
        }
        value = binary(operator.substring(0, operator.length() - 1), read, expression(e.right()), e);
        return new SequenceNode(new JSNode[]{save, new PrivateSetNode(ReadLocalNodeGen.create(objectSlot, "<object>"), owner.privateName(p), value)});
    }

    /** {@code o.#x++} and friends. */
    private JSNode privateUpdate(UpdateExpression e, MemberExpression m, PrivateIdentifier p, boolean keepOld) {
        String op = e.operator().equals("++") ? "+" : "-";
        int objectSlot = owner.function.addTemporary();
        int old = owner.function.addTemporary();
        JSNode save = WriteLocalNode.create(expression((Expression) m.object()), objectSlot);
        JSNode saveOld = WriteLocalNode.create(ToNumberNodeGen.create(new PrivateGetNode(ReadLocalNodeGen.create(objectSlot, "<object>"), owner.privateName(p))), old);
        JSNode store = new PrivateSetNode(ReadLocalNodeGen.create(objectSlot, "<object>"), owner.privateName(p),
                        binary(op, ReadLocalNodeGen.create(old, "<old>"), new IntLiteralNode(1), e));
        if (!keepOld) {
            return new SequenceNode(new JSNode[]{save, saveOld, store});
        }
        return new SequenceNode(new JSNode[]{save, saveOld, store, ReadLocalNodeGen.create(old, "<old>")});
    }

    /** A member expression as the target of a destructuring assignment: the object and key are evaluated before the value. */
    JSNode memberAssignment(MemberExpression m, JSNode value) {
        if (m.optional() || m.property() instanceof org.gjs.lang.parser.ast.PrivateIdentifier || m.object() instanceof org.gjs.lang.parser.ast.Super) {
            throw unsupported(m);
        }
        return owner.at(new SetMemberNode(expression((Expression) m.object()), memberKey(m), m.computed(), value, owner.function.strict), m);
    }

    private static boolean isLogicalAssignment(String operator) {
        return operator.equals("&&=") || operator.equals("||=") || operator.equals("??=");
    }

    /** A member target evaluated once: the object (and a computed key) go to temporaries that the read and the write share. */
    private record MemberParts(JSNode setup, int objectSlot, int keySlot, TruffleString constantKey, boolean strict) {
        JSNode read() {
            return new GetMemberNode(ReadLocalNodeGen.create(objectSlot, "<object>"), key(), false);
        }

        JSNode write(JSNode value) {
            return new SetMemberNode(ReadLocalNodeGen.create(objectSlot, "<object>"), key(), false, value, strict);
        }

        private JSNode key() {
            return constantKey != null ? new ConstantNode(constantKey) : ReadLocalNodeGen.create(keySlot, "<key>");
        }
    }

    private MemberParts memberParts(MemberExpression m) {
        if (m.optional() || m.property() instanceof org.gjs.lang.parser.ast.PrivateIdentifier || m.object() instanceof org.gjs.lang.parser.ast.Super) {
            throw unsupported(m);
        }
        int objectSlot = owner.function.addTemporary();
        JSNode saveObject = WriteLocalNode.create(expression((Expression) m.object()), objectSlot);
        if (!m.computed()) {
            return new MemberParts(saveObject, objectSlot, -1, Strings.fromJava(((Identifier) m.property()).name()), owner.function.strict);
        }
        int keySlot = owner.function.addTemporary();
        JSNode saveKey = WriteLocalNode.create(new ToPropertyKeyExpressionNode(expression((Expression) m.property())), keySlot);
        return new MemberParts(new SequenceNode(new JSNode[]{saveObject, saveKey}), objectSlot, keySlot, null, owner.function.strict);
    }

    private JSNode memberKey(MemberExpression m) {
        if (m.computed()) {
            return expression((Expression) m.property());
        }
        return new ConstantNode(Strings.fromJava(((Identifier) m.property()).name()));
    }

    private JSNode member(MemberExpression m) {
        if (m.object() instanceof Super) {
            return new SuperPropertyNode(owner.homeObject(m.start()), memberKey(m), owner.thisValue());
        }
        if (m.property() instanceof PrivateIdentifier p) {
            JSNode object = expression((Expression) m.object());
            return new PrivateGetNode(m.optional() ? new OptionalChainNode.Guard(object) : object, owner.privateName(p));
        }
        JSNode object = expression((Expression) m.object());
        return new GetMemberNode(m.optional() ? new OptionalChainNode.Guard(object) : object, memberKey(m), m.computed());
    }


    private JSNode call(CallExpression e) {
        if (e.callee() instanceof Super) {
            if (hasSpread(e.arguments())) {
                return owner.superCall(new JSNode[0], spreadArguments(e.arguments()), false, e.start()).asCall();
            }
            JSNode[] arguments = e.arguments().stream().map(a -> expression((Expression) a)).toArray(JSNode[]::new);
            return owner.superCall(arguments, null, false, e.start()).asCall();
        }
        if (!(e.callee() instanceof Expression callee) || e.arguments().stream().anyMatch(a -> !(a instanceof Expression || a instanceof SpreadElement))) {
            throw unsupported(e);
        }
        String calleeText = CalleeText.render(callee);
        JSNode calleeNode = expression(callee);
        if (hasSpread(e.arguments())) {
            return new CallNode(calleeNode, spreadArguments(e.arguments()), calleeText, e.optional()).asCall();
        }
        JSNode[] arguments = e.arguments().stream().map(a -> expression((Expression) a)).toArray(JSNode[]::new);
        return new CallNode(calleeNode, arguments, calleeText, e.optional()).asCall();
    }

    private JSNode construct(NewExpression e) {
        if (e.arguments().stream().anyMatch(a -> !(a instanceof Expression || a instanceof SpreadElement))) {
            throw unsupported(e);
        }
        JSNode calleeNode = expression(e.callee());
        if (hasSpread(e.arguments())) {
            return new NewNode(calleeNode, spreadArguments(e.arguments()), CalleeText.render(e.callee())).asCall();
        }
        JSNode[] arguments = e.arguments().stream().map(a -> expression((Expression) a)).toArray(JSNode[]::new);
        return new NewNode(calleeNode, arguments, CalleeText.render(e.callee())).asCall();
    }

    private static boolean hasSpread(List<? extends Node> elements) {
        return elements.stream().anyMatch(a -> a instanceof SpreadElement);
    }

    /** {@code f(a, ...xs)}: plain arguments and spread ones, in order. */
    private SpreadListNode spreadArguments(List<? extends Node> list) {
        JSNode[] arguments = new JSNode[list.size()];
        IterableToArrayNode[] spreads = new IterableToArrayNode[list.size()];
        for (int i = 0; i < arguments.length; i++) {
            if (list.get(i) instanceof SpreadElement spread) {
                spreads[i] = owner.at(new IterableToArrayNode(expression(spread.argument()), IterableToArrayNode.Message.SPREAD_ARGUMENT,
                                CalleeText.render(spread.argument())), spread.argument());
            } else {
                arguments[i] = expression((Expression) list.get(i));
            }
        }
        return new SpreadListNode(arguments, spreads);
    }

    /** A spread element of an array literal, with V8's message when its value is not iterable. */
    private IterableToArrayNode arraySpread(SpreadElement spread) {
        Expression argument = spread.argument();
        IterableToArrayNode node = argument instanceof CallExpression call
                        ? new IterableToArrayNode(expression(argument), IterableToArrayNode.Message.CALL_RESULT, CalleeText.render(call.callee()))
                        : new IterableToArrayNode(expression(argument), IterableToArrayNode.Message.TEXT, CalleeText.render(argument));
        return owner.at(node, spread);
    }

    private JSNode array(ArrayExpression e) {
        JSNode[] elements = new JSNode[e.elements().size()];
        IterableToArrayNode[] spreads = new IterableToArrayNode[elements.length];
        boolean spread = false;
        for (int i = 0; i < elements.length; i++) {
            Node element = e.elements().get(i);
            if (element == null) {
                continue; // a hole
            }
            if (element instanceof SpreadElement s) {
                spreads[i] = arraySpread(s);
                spread = true;
            } else {
                elements[i] = expression((Expression) element);
            }
        }
        return spread ? new ArraySpreadLiteralNode(elements, spreads) : new ArrayLiteralNode(elements);
    }

    private JSNode object(ObjectExpression e) {
        List<Node> properties = e.properties();
        int n = properties.size();
        TruffleString[] keys = new TruffleString[n];
        JSNode[] keyNodes = new JSNode[n];
        JSNode[] values = new JSNode[n];
        ObjectLiteralGenericNode.Kind[] kinds = new ObjectLiteralGenericNode.Kind[n];
        boolean simple = true;
        for (int i = 0; i < n; i++) {
            if (properties.get(i) instanceof SpreadElement s) {
                values[i] = expression(s.argument());
                kinds[i] = ObjectLiteralGenericNode.Kind.SPREAD;
                simple = false;
                continue;
            }
            Property p = (Property) properties.get(i);
            String key = null;
            if (p.computed()) {
                keyNodes[i] = expression((Expression) p.key());
                simple = false;
            } else {
                key = switch (p.key()) {
                    case Identifier id -> id.name();
                    case Literal l when l.kind() == Literal.Kind.STRING -> l.stringValue();
                    case Literal l when l.kind() == Literal.Kind.NUMBER -> org.gjs.lang.runtime.NumberFormat.toString((Double) l.value());
                    default -> throw new UnsupportedSyntax("This property key", p.key().start());
                };
                keys[i] = Strings.fromJava(key);
            }
            String name = key == null ? "" : key;
            switch (p.kind()) {
                case "get" -> {
                    kinds[i] = ObjectLiteralGenericNode.Kind.GETTER;
                    values[i] = owner.at(functionLiteral(p.value(), "get " + name, true), p.value()).asExpression();
                    simple = false;
                }
                case "set" -> {
                    kinds[i] = ObjectLiteralGenericNode.Kind.SETTER;
                    values[i] = owner.at(functionLiteral(p.value(), "set " + name, true), p.value()).asExpression();
                    simple = false;
                }
                default -> {
                    boolean proto = "__proto__".equals(key) && !p.shorthand() && !p.method();
                    kinds[i] = proto ? ObjectLiteralGenericNode.Kind.PROTO : ObjectLiteralGenericNode.Kind.DATA;
                    simple &= !proto;
                    values[i] = p.method() ? owner.at(functionLiteral(p.value(), name, true), p.value()).asExpression() : namedExpression((Expression) p.value(), name);
                }
            }
        }
        return simple ? new ObjectLiteralNode(keys, values) : new ObjectLiteralGenericNode(kinds, keys, keyNodes, values);
    }

}
