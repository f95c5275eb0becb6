package org.gjs.lang.translate;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.ReadLocalNodeGen;
import org.gjs.lang.nodes.access.WriteLocalNode;
import org.gjs.lang.nodes.control.SequenceNode;
import org.gjs.lang.nodes.klass.ClassDefinitionNode;
import org.gjs.lang.nodes.klass.ClassElementNode;
import org.gjs.lang.nodes.klass.ClassKind;
import org.gjs.lang.nodes.klass.ClosureNode;
import org.gjs.lang.nodes.klass.RunInitializerNode;
import org.gjs.lang.nodes.literal.ConstantNode;
import org.gjs.lang.parser.Scope;
import org.gjs.lang.parser.ast.ClassBody;
import org.gjs.lang.parser.ast.Expression;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.Literal;
import org.gjs.lang.parser.ast.MethodDefinition;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.PrivateIdentifier;
import org.gjs.lang.parser.ast.PropertyDefinition;
import org.gjs.lang.parser.ast.StaticBlock;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.NumberFormat;
import org.gjs.lang.runtime.Strings;

/**
 * Translates a class declaration or expression. The class scope always has an environment (see
 * {@link ScopeLayout.ClassSlots}); the definition runs in it as {@link ClassDefinitionNode}, then the
 * inner name binding is initialized, then the static initializer runs with {@code this} = the class.
 * Instance fields (and private methods) become one initializer function of straight-line
 * {@link org.gjs.lang.nodes.klass.DefineFieldNode}s that the constructor calls, at its start in a
 * base class and when {@code super(...)} returns in a derived one; static fields and static blocks
 * become another, called once. Both are translated lazily like any function
 * ({@link TranslationUnit#initializerData}).
 */
final class ClassTranslator {
    private final FunctionTranslator owner;

    ClassTranslator(FunctionTranslator owner) {
        this.owner = owner;
    }

    /** @param name the class's name: its id, or the name an anonymous class expression takes from what it is assigned to */
    JSNode definition(Node classNode, Identifier id, Expression superClass, ClassBody body, Scope classScope, String name) {
        MethodDefinition constructor = null;
        boolean instanceElements = false;
        boolean staticElements = false;
        for (Node element : body.body()) {
            switch (element) {
                case MethodDefinition m -> {
                    if ((m.kind().equals("get") || m.kind().equals("set")) && m.key() instanceof PrivateIdentifier) {
                        throw new UnsupportedSyntax("Private getters and setters", m.start());
                    }
                    if (m.kind().equals("constructor")) {
                        constructor = m;
                    } else if (m.key() instanceof PrivateIdentifier && !m.isStatic()) {
                        instanceElements = true;
                    }
                    owner.unit.homes.put(m.value(), m.isStatic());
                }
                case PropertyDefinition p -> {
                    owner.unit.homes.put(p, p.isStatic());
                    if (p.isStatic()) {
                        staticElements = true;
                    } else {
                        instanceElements = true;
                    }
                }
                case StaticBlock b -> {
                    owner.unit.homes.put(b, true);
                    staticElements = true;
                }
                default -> throw new UnsupportedSyntax("This class element", element.start());
            }
        }
        MethodDefinition explicitConstructor = constructor;
        boolean hasInstanceInitializer = instanceElements;
        boolean hasStaticInitializer = staticElements;
        return owner.inScope(classScope, () -> {
            ScopeLayout layout = owner.unit.existingLayout(classScope);
            ScopeLayout.ClassSlots slots = layout.classSlots;
            Scope.Binding inner = id == null ? null : classScope.binding(id.name());
            if (inner != null) {
                owner.initializing.add(inner);
            }
            try {
                JSNode heritage = superClass == null ? null : owner.expressions.expression(superClass);
                ClassKind kind = superClass == null ? ClassKind.BASE : ClassKind.DERIVED;
                FunctionScope.ClassContext context = new FunctionScope.ClassContext(kind, classScope, name, hasInstanceInitializer);
                FunctionData constructorData = owner.unit.classConstructorData(explicitConstructor, context, classNode);
                List<ClassElementNode> elements = new ArrayList<>();
                for (Node element : body.body()) {
                    ClassElementNode node = element(element, slots);
                    if (node != null) {
                        elements.add(node);
                    }
                }
                FunctionData instanceInitializer = hasInstanceInitializer ? owner.unit.initializerData(classScope, body, false, name) : null;
                String[] privateNames = slots.privateNames.keySet().stream().map(n -> "#" + n).toArray(String[]::new);
                int[] privateIndices = slots.privateNames.values().stream().mapToInt(Integer::intValue).toArray();
                boolean[] privateMethods = new boolean[privateNames.length];
                int i = 0;
                for (String n : slots.privateNames.keySet()) {
                    privateMethods[i++] = slots.privateMethodNames.contains(n);
                }
                JSNode definition = owner.at(new ClassDefinitionNode(heritage, elements.toArray(ClassElementNode[]::new), constructorData, instanceInitializer,
                                slots.prototype, slots.constructor, slots.initializer, privateIndices, privateNames, privateMethods), classNode);
                int temp = owner.function.addObjectTemporary();
                List<JSNode> nodes = new ArrayList<>();
                nodes.add(WriteLocalNode.create(definition, temp));
                if (inner != null) {
                    owner.initializing.remove(inner);
                    nodes.add(owner.initialize(inner, ReadLocalNodeGen.create(temp, "<class>")));
                }
                if (hasStaticInitializer) {
                    FunctionData staticInitializer = owner.unit.initializerData(classScope, body, true, name);
                    nodes.add(new RunInitializerNode(new ClosureNode(staticInitializer), ReadLocalNodeGen.create(temp, "<class>")));
                }
                nodes.add(ReadLocalNodeGen.create(temp, "<class>"));
                return new SequenceNode(nodes.toArray(JSNode[]::new));
            } finally {
                if (inner != null) {
                    owner.initializing.remove(inner);
                }
            }
        });
    }

    private ClassElementNode element(Node element, ScopeLayout.ClassSlots slots) {
        switch (element) {
            case MethodDefinition m when m.kind().equals("constructor") -> {
                return null;
            }
            case MethodDefinition m when m.key() instanceof PrivateIdentifier p -> {
                JSNode function = owner.expressions.methodLiteral(m.value(), "#" + p.name());
                return new ClassElementNode.PrivateMethod(function, slots.privateNames.get(p.name()), slots.privateMethods.get(p.name()), m.isStatic());
            }
            case MethodDefinition m -> {
                String keyName = m.computed() ? "" : staticKey(m.key());
                JSNode key = m.computed() ? owner.expressions.expression((Expression) m.key()) : new ConstantNode(Strings.fromJava(keyName));
                ClassElementNode.Method.Kind kind = switch (m.kind()) {
                    case "get" -> ClassElementNode.Method.Kind.GETTER;
                    case "set" -> ClassElementNode.Method.Kind.SETTER;
                    default -> ClassElementNode.Method.Kind.METHOD;
                };
                String functionName = kind == ClassElementNode.Method.Kind.METHOD ? keyName : m.kind() + " " + keyName;
                JSNode function = owner.expressions.methodLiteral(m.value(), functionName);
                return new ClassElementNode.Method(key, function, m.isStatic(), m.computed(), kind);
            }
            case PropertyDefinition p when p.computed() && !(p.key() instanceof PrivateIdentifier) -> {
                return new ClassElementNode.ComputedFieldKey(owner.expressions.expression((Expression) p.key()), slots.computedFieldKeys.get(p));
            }
            default -> {
                return null;
            }
        }
    }

    /** The name of a non-computed key: an identifier, a string or a number. */
    static String staticKey(Node key) {
        return switch (key) {
            case Identifier id -> id.name();
            case Literal l when l.kind() == Literal.Kind.STRING -> l.stringValue();
            case Literal l when l.kind() == Literal.Kind.NUMBER -> NumberFormat.toString((Double) l.value());
            default -> throw new UnsupportedSyntax("This class element key", key.start());
        };
    }

    static TruffleString staticKeyString(Node key) {
        return Strings.fromJava(staticKey(key));
    }
}
