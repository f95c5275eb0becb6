package org.gjs.lang.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.oracle.truffle.api.source.Source;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.SpreadListNode;
import org.gjs.lang.nodes.access.EnvironmentScopeNode;
import org.gjs.lang.nodes.access.NewFunctionEnvironmentNode;
import org.gjs.lang.nodes.access.ReadEnvironmentNode;
import org.gjs.lang.nodes.access.ReadLocalNodeGen;
import org.gjs.lang.nodes.access.ResetLocalNode;
import org.gjs.lang.nodes.access.ThisNode;
import org.gjs.lang.nodes.access.WriteEnvironmentNode;
import org.gjs.lang.nodes.access.WriteGlobalNode;
import org.gjs.lang.nodes.access.WriteLocalNode;
import org.gjs.lang.nodes.control.BlockNode;
import org.gjs.lang.nodes.control.ConditionNode;
import org.gjs.lang.nodes.control.IfNode;
import org.gjs.lang.nodes.control.JumpNode;
import org.gjs.lang.nodes.control.JumpTarget;
import org.gjs.lang.nodes.control.LabeledNode;
import org.gjs.lang.nodes.control.ForEachNode;
import org.gjs.lang.nodes.control.LoopNodeFactory;
import org.gjs.lang.nodes.control.SwitchNode;
import org.gjs.lang.nodes.control.ThrowNode;
import org.gjs.lang.nodes.control.TryNode;
import org.gjs.lang.nodes.function.ArgumentNode;
import org.gjs.lang.nodes.function.ArgumentsObjectNode;
import org.gjs.lang.nodes.function.RestArgumentsNode;
import org.gjs.lang.nodes.function.ThisArgumentNode;
import org.gjs.lang.nodes.literal.ConstantNode;
import org.gjs.lang.parser.Scope;
import org.gjs.lang.nodes.klass.ClassKind;
import org.gjs.lang.nodes.klass.DefineFieldNode;
import org.gjs.lang.nodes.klass.DerivedThisNode;
import org.gjs.lang.nodes.klass.NewTargetNode;
import org.gjs.lang.nodes.klass.RunInitializerNode;
import org.gjs.lang.nodes.klass.SuperCallNode;
import org.gjs.lang.parser.ast.BlockStatement;
import org.gjs.lang.parser.ast.ClassDeclaration;
import org.gjs.lang.parser.ast.BreakStatement;
import org.gjs.lang.parser.ast.ContinueStatement;
import org.gjs.lang.parser.ast.DebuggerStatement;
import org.gjs.lang.parser.ast.DoWhileStatement;
import org.gjs.lang.parser.ast.EmptyStatement;
import org.gjs.lang.parser.ast.Expression;
import org.gjs.lang.parser.ast.ExpressionStatement;
import org.gjs.lang.parser.ast.ForInStatement;
import org.gjs.lang.parser.ast.ForOfStatement;
import org.gjs.lang.parser.ast.ForStatement;
import org.gjs.lang.parser.ast.FunctionDeclaration;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.IfStatement;
import org.gjs.lang.parser.ast.LabeledStatement;
import org.gjs.lang.parser.ast.ModuleItem;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.Pattern;
import org.gjs.lang.parser.ast.RestElement;
import org.gjs.lang.parser.ast.ReturnStatement;
import org.gjs.lang.parser.ast.Statement;
import org.gjs.lang.parser.ast.SwitchCase;
import org.gjs.lang.parser.ast.SwitchStatement;
import org.gjs.lang.parser.ast.ThrowStatement;
import org.gjs.lang.parser.ast.TryStatement;
import org.gjs.lang.parser.ast.UpdateExpression;
import org.gjs.lang.parser.ast.VariableDeclaration;
import org.gjs.lang.parser.ast.VariableDeclarator;
import org.gjs.lang.parser.ast.WhileStatement;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * Translates the statements of one function body (or a script's top level) to Truffle nodes.
 * Names resolve through the parser's scope analysis: uncaptured bindings become frame slots,
 * captured ones environment entries (see {@link ScopeLayout}). Expressions go to
 * {@link ExpressionTranslator}; nested functions are translated on their first call.
 */
final class FunctionTranslator {
    final TranslationUnit unit;
    final FunctionScope function;
    /** The innermost scope of the code being translated. */
    Scope scope;
    final ExpressionTranslator expressions;
    final PatternTranslator patterns;
    final ClassTranslator classes;
    /**
     * While a parameter list with expressions is translated: its function scope, and where the
     * parameters end. Names the body declares are then invisible (the spec gives the body its own
     * var environment), so defaults see the parameters and the enclosing scopes.
     */
    private Scope parameterScope;
    private int parametersEnd;
    private final List<JumpScope> jumps = new ArrayList<>();
    /** Lexical bindings whose initializer is being translated: a read there is in the dead zone. */
    final Set<Scope.Binding> initializing = new HashSet<>();
    /** A label directly on a loop names that loop for continue. */
    private String pendingLabel;

    /** A statement that break/continue may name. */
    private record JumpScope(String label, JumpTarget breakTarget, JumpTarget continueTarget, boolean loop, boolean switchBody) {
    }

    FunctionTranslator(TranslationUnit unit, FunctionScope function, Scope scope) {
        this.unit = unit;
        this.function = function;
        this.scope = scope;
        this.expressions = new ExpressionTranslator(this);
        this.patterns = new PatternTranslator(this);
        this.classes = new ClassTranslator(this);
    }

    Source source() {
        return unit.source();
    }

    <T extends JSNode> T at(T node, Node ast) {
        node.at(ast.start(), ast.end() - ast.start());
        return node;
    }

    // ---- function and program bodies ----

    /**
     * The prologue (this, environment, the arguments object, self name and hoisted vars, then the
     * parameters left to right) followed by the body.
     */
    JSNode functionBody(Scope functionScope, List<Pattern> params, List<? extends ModuleItem> body) {
        ScopeLayout layout = unit.layout(functionScope, function);
        List<JSNode> nodes = new ArrayList<>();
        if (!function.arrow && function.classContext == null) {
            nodes.add(WriteLocalNode.create(new ThisArgumentNode(function.strict), FunctionScope.THIS_SLOT));
        }
        if (layout.hasEnvironment()) {
            nodes.add(new NewFunctionEnvironmentNode(layout.environmentSize()));
            if (layout.thisIndex >= 0) {
                nodes.add(new WriteEnvironmentNode(0, layout.thisIndex, new ThisNode()));
            }
        }
        if (function.classContext != null && function.classContext.kind() == ClassKind.BASE && function.classContext.hasInstanceInitializer()) {
            nodes.add(instanceInitializer()); // before the parameters, as [[Construct]] does
        }
        Scope.Binding argumentsVar = null;
        if (!function.arrow && functionScope.usesArguments()) {
            Scope.Binding binding = functionScope.binding("arguments");
            if (binding == null) {
                nodes.add(write(layout.argumentsAt(0), new ArgumentsObjectNode(function.strict)));
            } else if (binding.kind() == Scope.BindingKind.VAR) {
                argumentsVar = binding; // 'var arguments' starts out holding the arguments object
                nodes.add(initialize(binding, new ArgumentsObjectNode(function.strict)));
            }
        }
        // Vars first: a default that names a body var (when the var environment is not modelled apart) reads undefined.
        for (Scope.Binding binding : functionScope.bindings().values()) {
            switch (binding.kind()) {
                case VAR -> {
                    if (binding != argumentsVar) {
                        nodes.add(initialize(binding, new ConstantNode(Undefined.INSTANCE)));
                    }
                }
                case FUNCTION_SELF_NAME -> nodes.add(initialize(binding, new CalleeNode()));
                default -> {
                }
            }
        }
        if (functionScope.hasParameterExpressions() && !params.isEmpty()) {
            parameterScope = functionScope;
            parametersEnd = params.get(params.size() - 1).end();
        }
        try {
            PatternTranslator.Binder binder = (id, value) -> initialize(functionScope.binding(id.name()), value);
            for (int i = 0; i < params.size(); i++) {
                Pattern param = params.get(i);
                JSNode node = switch (param) {
                    case Identifier id -> initialize(functionScope.binding(id.name()), new ArgumentNode(i));
                    case RestElement rest -> patterns.bind(rest.argument(), at(new RestArgumentsNode(i), rest), PatternTranslator.Origin.PARAMETER, binder);
                    default -> patterns.bind(param, new ArgumentNode(i), PatternTranslator.Origin.PARAMETER, binder);
                };
                nodes.add(node);
            }
        } finally {
            parameterScope = null;
        }
        nodes.addAll(statementList(body));
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    /** A script's top level: var and function declarations become global object properties, let/const the global record. */
    JSNode programBody(Scope programScope, List<? extends ModuleItem> body) {
        unit.layout(programScope, function);
        List<JSNode> nodes = new ArrayList<>();
        nodes.add(WriteLocalNode.create(new GlobalObjectNode(), FunctionScope.THIS_SLOT));
        for (Scope.Binding binding : programScope.bindings().values()) {
            if (binding.kind() == Scope.BindingKind.VAR) {
                nodes.add(new VarDeclarationNode(Strings.fromJava(binding.name())));
            }
        }
        nodes.addAll(statementList(body));
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    /** Hoisted function declarations first, then the statements, in the current scope. */
    List<JSNode> statementList(List<? extends ModuleItem> body) {
        List<JSNode> nodes = new ArrayList<>();
        for (ModuleItem item : body) {
            if (item instanceof FunctionDeclaration f) {
                Scope.Binding binding = scope.binding(f.id().name());
                nodes.add(at(initialize(binding, expressions.functionLiteral(f)), f));
            }
        }
        for (ModuleItem item : body) {
            if (!(item instanceof Statement statement)) {
                throw new UnsupportedSyntax("import and export declarations", item.start());
            }
            nodes.add(statement(statement));
        }
        return nodes;
    }

    /** Runs {@code body} in a nested scope: with an environment if closures capture its bindings, resets for early-readable frame bindings. */
    JSNode inScope(Scope nested, Supplier<JSNode> body) {
        if (nested == null || nested == scope) {
            return body.get();
        }
        Scope saved = scope;
        scope = nested;
        try {
            ScopeLayout layout = unit.layout(nested, function);
            JSNode result = body.get();
            if (!layout.needsReset.isEmpty()) {
                List<JSNode> nodes = new ArrayList<>();
                for (Scope.Binding binding : layout.needsReset) {
                    nodes.add(new ResetLocalNode(layout.storage(binding).index()));
                }
                nodes.add(result);
                result = new BlockNode(nodes.toArray(JSNode[]::new));
            }
            if (layout.hasEnvironment()) {
                result = new EnvironmentScopeNode(layout.environmentSize(), result);
            }
            return result;
        } finally {
            scope = saved;
        }
    }

    // ---- names ----

    Resolution resolve(String name) {
        int hops = 0;
        Resolution hidden = null;
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.SCRIPT) {
                return new Resolution.Global();
            }
            ScopeLayout layout = unit.existingLayout(s);
            Scope.Binding binding = s.binding(name);
            if (binding != null) {
                ScopeLayout.Storage storage = layout.storage(binding);
                Resolution found;
                if (storage.inEnvironment()) {
                    found = new Resolution.Environment(binding, hops, storage.index());
                } else if (layout.function != function) {
                    if (hidden != null) {
                        return hidden; // the analysis resolved the name to the body's binding: keep to it
                    }
                    throw new IllegalStateException("scope analysis did not mark '" + name + "' as captured");
                } else {
                    found = new Resolution.Frame(binding, storage.index(), layout);
                }
                if (s == parameterScope && hidden == null && binding.declaration().start() >= parametersEnd) {
                    hidden = found; // declared in the body: not visible from the parameter list
                } else {
                    return found;
                }
            } else if (s.kind() == Scope.Kind.FUNCTION && name.equals("arguments") && layout.argumentsStorage != null) {
                if (!layout.argumentsStorage.inEnvironment() && layout.function != function) {
                    throw new IllegalStateException("the arguments object of an enclosing function is not in its environment");
                }
                return layout.argumentsAt(hops);
            }
            if (layout.hasEnvironment()) {
                hops++;
            }
        }
        return new Resolution.Global();
    }

    /** Writes the initial value of a binding of the current scope; at a script's top level that is a global var. */
    JSNode initialize(Scope.Binding binding, JSNode value) {
        Resolution resolution = resolve(binding.name());
        if (resolution instanceof Resolution.Global) {
            return new WriteGlobalNode(Strings.fromJava(binding.name()), WriteGlobalNode.Mode.DECLARE_VAR, function.strict, value);
        }
        return write(resolution, value);
    }

    JSNode write(Resolution resolution, JSNode value) {
        return switch (resolution) {
            case Resolution.Frame f -> WriteLocalNode.create(value, f.slot());
            case Resolution.Environment e -> new WriteEnvironmentNode(e.hops(), e.index(), value);
            case Resolution.Global g -> throw new IllegalStateException("globals are written by WriteGlobalNode");
        };
    }

    JSNode read(Resolution resolution, Identifier use) {
        return switch (resolution) {
            case Resolution.Frame f -> {
                Scope.Binding binding = f.binding();
                if (binding == null) {
                    yield ReadLocalNodeGen.create(f.slot(), "arguments");
                }
                if (binding.lexical() && (use.start() < binding.declaration().start() || initializing.contains(binding))) {
                    f.layout().needsReset.add(binding);
                }
                yield ReadLocalNodeGen.create(f.slot(), binding.name());
            }
            case Resolution.Environment e -> new ReadEnvironmentNode(e.hops(), e.index(), e.binding() == null ? "arguments" : e.binding().name());
            case Resolution.Global g -> throw new IllegalStateException("globals are read by ReadGlobalNode");
        };
    }

    /** {@code this}: the frame slot of a non-arrow function; in an arrow, the enclosing function's copy in its environment. */
    JSNode thisValue() {
        if (!function.arrow) {
            return function.derivedConstructor() ? new DerivedThisNode() : new ThisNode();
        }
        int hops = 0;
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.SCRIPT) {
                return new GlobalObjectNode();
            }
            ScopeLayout layout = unit.existingLayout(s);
            if (s.kind() == Scope.Kind.FUNCTION || s.kind() == Scope.Kind.STATIC_BLOCK || s.kind() == Scope.Kind.FIELD) {
                if (layout.thisIndex < 0) {
                    throw new IllegalStateException("scope analysis did not mark 'this' as used by an arrow");
                }
                return new ReadEnvironmentNode(hops, layout.thisIndex, "this");
            }
            if (layout.hasEnvironment()) {
                hops++;
            }
        }
        return new GlobalObjectNode();
    }

    // ---- classes ----

    /** The number of environments between the current scope and {@code target}'s (which must enclose it). */
    int hopsTo(Scope target) {
        int hops = 0;
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s == target) {
                return hops;
            }
            if (unit.existingLayout(s).hasEnvironment()) {
                hops++;
            }
        }
        throw new IllegalStateException("scope not enclosing: " + target);
    }

    /** Reads one of the extra slots of an enclosing class scope's environment. */
    JSNode classSlot(Scope classScope, int index, String what) {
        return new ReadEnvironmentNode(hopsTo(classScope), index, what);
    }

    /** The {@link org.gjs.lang.nodes.klass.PrivateName} that {@code #name} means here: the innermost class that declares it. */
    JSNode privateName(org.gjs.lang.parser.ast.PrivateIdentifier id) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.CLASS) {
                ScopeLayout.ClassSlots slots = unit.existingLayout(s).classSlots;
                Integer index = slots.privateNames.get(id.name());
                if (index != null) {
                    return classSlot(s, index, "#" + id.name());
                }
            }
        }
        throw new UnsupportedSyntax("This private name", id.start());
    }

    /** The nearest non-arrow function-like scope: the one whose this, super and new.target the code here sees. */
    private Scope thisScope() {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.FUNCTION || s.kind() == Scope.Kind.FIELD || s.kind() == Scope.Kind.STATIC_BLOCK || s.kind() == Scope.Kind.SCRIPT
                            || s.kind() == Scope.Kind.MODULE) {
                return s;
            }
        }
        throw new IllegalStateException("no function scope");
    }

    /** The home object of the method (or field, static block) around the code here: its class's prototype, or the class if static. */
    JSNode homeObject(int offset) {
        Scope methodScope = thisScope();
        Boolean isStatic = unit.homes.get(methodScope.node());
        if (isStatic == null || methodScope.parent() == null || methodScope.parent().kind() != Scope.Kind.CLASS) {
            throw new UnsupportedSyntax("super outside class methods", offset);
        }
        Scope classScope = methodScope.parent();
        ScopeLayout.ClassSlots slots = unit.existingLayout(classScope).classSlots;
        return classSlot(classScope, isStatic ? slots.constructor : slots.prototype, isStatic ? "<class>" : "<prototype>");
    }

    JSNode newTarget(int offset) {
        if (function.classContext != null && !function.arrow) {
            return new NewTargetNode(function.newTargetSlot);
        }
        Scope s = thisScope();
        if (!function.arrow && (s.kind() == Scope.Kind.FIELD || s.kind() == Scope.Kind.STATIC_BLOCK || unit.homes.containsKey(s.node()))) {
            return new ConstantNode(Undefined.INSTANCE);
        }
        throw new UnsupportedSyntax("new.target outside class constructors", offset);
    }

    /** Calls the class's instance initializer with {@code this}. */
    JSNode instanceInitializer() {
        FunctionScope.ClassContext context = function.classContext;
        ScopeLayout.ClassSlots slots = unit.existingLayout(context.classScope()).classSlots;
        return new RunInitializerNode(classSlot(context.classScope(), slots.initializer, "<initializer>"), new ThisNode());
    }

    /** {@code super(args)} in the derived constructor being translated. */
    JSNode superCall(JSNode[] arguments, SpreadListNode spread, boolean forwardAll, int offset) {
        if (function.arrow || !function.derivedConstructor()) {
            throw new UnsupportedSyntax("super() in arrow functions", offset);
        }
        Scope constructorScope = thisScope();
        ScopeLayout layout = unit.existingLayout(constructorScope);
        int thisHops = layout.thisIndex >= 0 ? hopsTo(constructorScope) : -1;
        JSNode initialize = function.classContext.hasInstanceInitializer() ? instanceInitializer() : null;
        return new SuperCallNode(arguments, spread, forwardAll, function.newTargetSlot, thisHops, layout.thisIndex, initialize, function.classContext.className());
    }

    /** The body of a default constructor (translated with the class scope as the current scope). */
    JSNode defaultConstructorBody() {
        FunctionScope.ClassContext context = function.classContext;
        if (context.kind() == ClassKind.DERIVED) {
            return new SuperCallNode(new JSNode[0], null, true, function.newTargetSlot, -1, -1,
                            context.hasInstanceInitializer() ? instanceInitializer() : null, context.className());
        }
        return context.hasInstanceInitializer() ? instanceInitializer() : new ConstantNode(Undefined.INSTANCE);
    }

    /**
     * A class's instance initializer (private methods, then fields, in order) or static one (static
     * fields and blocks, in order), as straight-line nodes with {@code this} the instance or the class.
     */
    JSNode initializerBody(Scope classScope, org.gjs.lang.parser.ast.ClassBody body, boolean isStatic) {
        ScopeLayout.ClassSlots slots = unit.existingLayout(classScope).classSlots;
        List<JSNode> nodes = new ArrayList<>();
        nodes.add(WriteLocalNode.create(new ThisArgumentNode(true), FunctionScope.THIS_SLOT));
        if (!isStatic) {
            for (Node element : body.body()) {
                if (element instanceof org.gjs.lang.parser.ast.MethodDefinition m && !m.isStatic() && m.key() instanceof org.gjs.lang.parser.ast.PrivateIdentifier p) {
                    nodes.add(new DefineFieldNode(new ThisNode(), privateName(p), classSlot(classScope, slots.privateMethods.get(p.name()), "#" + p.name())));
                }
            }
        }
        for (Node element : body.body()) {
            if (element instanceof org.gjs.lang.parser.ast.PropertyDefinition p && p.isStatic() == isStatic) {
                nodes.add(inScope(p.scope(), () -> {
                    List<JSNode> field = new ArrayList<>();
                    copyThisToEnvironment(p.scope(), field);
                    JSNode key;
                    String name;
                    if (p.key() instanceof org.gjs.lang.parser.ast.PrivateIdentifier id) {
                        key = privateName(id);
                        name = "#" + id.name();
                    } else if (p.computed()) {
                        key = classSlot(classScope, slots.computedFieldKeys.get(p), "<key>");
                        name = "";
                    } else {
                        name = ClassTranslator.staticKey(p.key());
                        key = new ConstantNode(Strings.fromJava(name));
                    }
                    JSNode value = p.value() == null ? new ConstantNode(Undefined.INSTANCE) : expressions.namedExpression(p.value(), name);
                    field.add(at(new DefineFieldNode(new ThisNode(), key, value), p));
                    return new BlockNode(field.toArray(JSNode[]::new));
                }));
            } else if (isStatic && element instanceof org.gjs.lang.parser.ast.StaticBlock b) {
                nodes.add(inScope(b.scope(), () -> {
                    List<JSNode> block = new ArrayList<>();
                    copyThisToEnvironment(b.scope(), block);
                    for (Scope.Binding binding : b.scope().bindings().values()) {
                        if (binding.kind() == Scope.BindingKind.VAR) {
                            block.add(initialize(binding, new ConstantNode(Undefined.INSTANCE)));
                        }
                    }
                    block.addAll(statementList(b.body()));
                    return new BlockNode(block.toArray(JSNode[]::new));
                }));
            }
        }
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    /** A field or static block whose arrows read {@code this}: its environment keeps a copy, as a function's does. */
    private void copyThisToEnvironment(Scope elementScope, List<JSNode> nodes) {
        ScopeLayout layout = unit.existingLayout(elementScope);
        if (layout.thisIndex >= 0) {
            nodes.add(new WriteEnvironmentNode(0, layout.thisIndex, new ThisNode()));
        }
    }

    ConditionNode condition(Expression test) {
        return ConditionNode.of(expressions.expression(test));
    }

    // ---- statements ----

    JSNode statement(Statement statement) {
        JSNode node = switch (statement) {
            case ExpressionStatement s -> expressionStatement(s);
            case VariableDeclaration s -> variableDeclaration(s);
            case BlockStatement s -> inScope(s.scope(), () -> new BlockNode(statementList(s.body()).toArray(JSNode[]::new)));
            case IfStatement s -> new IfNode(condition(s.test()), statement(s.consequent()), s.alternate() == null ? null : statement(s.alternate()));
            case WhileStatement s -> loop(null, s.test(), null, s.body(), true, false);
            case DoWhileStatement s -> loop(null, s.test(), null, s.body(), false, false);
            case ForStatement s -> forStatement(s);
            case ReturnStatement s -> new JumpNode(JumpNode.Kind.RETURN, null, s.argument() == null ? null : expressions.expression(s.argument()));
            case BreakStatement s -> new JumpNode(JumpNode.Kind.BREAK, breakTarget(s.label(), s.start()), null);
            case ContinueStatement s -> new JumpNode(JumpNode.Kind.CONTINUE, continueTarget(s.label(), s.start()), null);
            case LabeledStatement s -> labeled(s);
            case ThrowStatement s -> new ThrowNode(expressions.expression(s.argument()));
            case TryStatement s -> tryStatement(s);
            case SwitchStatement s -> switchStatement(s);
            case ForInStatement s -> forEach(s.left(), s.right(), s.body(), s.scope(), true);
            case ForOfStatement s -> {
                if (s.await()) {
                    throw new UnsupportedSyntax("for await", s.start());
                }
                yield forEach(s.left(), s.right(), s.body(), s.scope(), false);
            }
            case EmptyStatement s -> new ConstantNode(Undefined.INSTANCE);
            case DebuggerStatement s -> new ConstantNode(Undefined.INSTANCE);
            case FunctionDeclaration s -> annexBFunction(s);
            case ClassDeclaration s -> declare(s.id(), classes.definition(s, s.id(), s.superClass(), s.body(), s.scope(), s.id().name()), true, false);
            default -> throw new UnsupportedSyntax(describe(statement), statement.start());
        };
        at(node, statement).asStatement();
        return node;
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").replace(" Statement", " statements").replace(" Declaration", " declarations");
    }

    /**
     * A function declaration was hoisted by its scope. In sloppy code, one in a block also sets the
     * function-level var of the same name when its statement runs (Annex B.3.3).
     */
    private JSNode annexBFunction(FunctionDeclaration f) {
        if (scope.isFunctionScope() || function.strict) {
            return new ConstantNode(Undefined.INSTANCE);
        }
        Scope varScope = scope.functionScope();
        Scope.Binding var = varScope.binding(f.id().name());
        if (var == null || var.kind() != Scope.BindingKind.VAR || var.declaration() != f) {
            return new ConstantNode(Undefined.INSTANCE);
        }
        JSNode value = read(resolve(f.id().name()), f.id());
        if (varScope.kind() == Scope.Kind.SCRIPT) {
            return new WriteGlobalNode(Strings.fromJava(f.id().name()), WriteGlobalNode.Mode.DECLARE_VAR, false, value);
        }
        return writeFunctionScopeVar(var, value);
    }

    private JSNode writeFunctionScopeVar(Scope.Binding var, JSNode value) {
        int hops = 0;
        for (Scope s = scope; s != null; s = s.parent()) {
            ScopeLayout layout = unit.existingLayout(s);
            if (s.binding(var.name()) == var) {
                ScopeLayout.Storage storage = layout.storage(var);
                return storage.inEnvironment() ? new WriteEnvironmentNode(hops, storage.index(), value) : WriteLocalNode.create(value, storage.index());
            }
            if (layout.hasEnvironment()) {
                hops++;
            }
        }
        throw new IllegalStateException("Annex B var binding not found: " + var.name());
    }

    private JSNode expressionStatement(ExpressionStatement s) {
        if (s.expression() instanceof UpdateExpression update) {
            return expressions.update(update, false);
        }
        return expressions.expression(s.expression());
    }

    private JSNode variableDeclaration(VariableDeclaration declaration) {
        boolean lexical = !declaration.kind().equals("var");
        boolean constant = declaration.kind().equals("const");
        List<JSNode> nodes = new ArrayList<>();
        for (VariableDeclarator declarator : declaration.declarations()) {
            if (declarator.id() instanceof Identifier id) {
                if (declarator.init() == null && !lexical) {
                    continue; // 'var x;' leaves x as it is
                }
                nodes.add(at(declare(id, declarator.init(), lexical, constant), declarator));
                continue;
            }
            if (declarator.init() == null) {
                throw new UnsupportedSyntax("A destructuring declaration without an initializer", declarator.start());
            }
            List<Identifier> names = new ArrayList<>();
            PatternTranslator.boundNames(declarator.id(), names);
            JSNode init = initializer(names, lexical, () -> expressions.expression(declarator.init()));
            JSNode bind = patterns.bind(declarator.id(), init, PatternTranslator.Origin.declaration(declarator.init()),
                            (name, value) -> declare(name, value, lexical, constant));
            nodes.add(at(bind, declarator));
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        nodes.add(new ConstantNode(Undefined.INSTANCE));
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    private Scope.Binding bindingOf(Resolution resolution) {
        return switch (resolution) {
            case Resolution.Frame f -> f.binding();
            case Resolution.Environment e -> e.binding();
            case Resolution.Global g -> null;
        };
    }

    /** Translates an initializer while the lexical bindings it initializes are in their dead zone. */
    private JSNode initializer(List<Identifier> names, boolean lexical, Supplier<JSNode> init) {
        List<Scope.Binding> marked = new ArrayList<>();
        if (lexical) {
            for (Identifier name : names) {
                Scope.Binding binding = bindingOf(resolve(name.name()));
                if (binding != null && initializing.add(binding)) {
                    marked.add(binding);
                }
            }
        }
        try {
            return init.get();
        } finally {
            initializing.removeAll(marked);
        }
    }

    private JSNode declare(Identifier id, Expression init, boolean lexical, boolean constant) {
        JSNode value = initializer(List.of(id), lexical,
                        () -> init == null ? new ConstantNode(Undefined.INSTANCE) : expressions.namedExpression(init, id.name()));
        return declare(id, value, lexical, constant);
    }

    /** Writes the initial value of a declared name (a var's assignment at a script's top level). */
    private JSNode declare(Identifier id, JSNode value, boolean lexical, boolean constant) {
        Resolution resolution = resolve(id.name());
        if (resolution instanceof Resolution.Global) {
            WriteGlobalNode.Mode mode = lexical ? (constant ? WriteGlobalNode.Mode.DECLARE_CONST : WriteGlobalNode.Mode.DECLARE_LEXICAL) : WriteGlobalNode.Mode.ASSIGN;
            return new WriteGlobalNode(Strings.fromJava(id.name()), mode, function.strict, value);
        }
        return write(resolution, value);
    }

    private JSNode forStatement(ForStatement s) {
        return inScope(s.scope(), () -> {
            JSNode init = null;
            boolean perIteration = false;
            if (s.init() instanceof VariableDeclaration declaration) {
                init = variableDeclaration(declaration);
                if (declaration.kind().equals("let") && s.scope() != null) {
                    perIteration = s.scope().bindings().values().stream().anyMatch(Scope.Binding::captured);
                }
            } else if (s.init() instanceof Expression e) {
                init = expressions.expression(e);
            }
            return loop(init, s.test(), s.update(), s.body(), true, perIteration);
        });
    }

    private JSNode loop(JSNode init, Expression test, Expression update, Statement body, boolean testFirst, boolean perIteration) {
        JumpTarget breakTarget = new JumpTarget(null);
        JumpTarget continueTarget = new JumpTarget(null);
        String label = pendingLabel;
        pendingLabel = null;
        jumps.add(new JumpScope(label, breakTarget, continueTarget, true, false));
        try {
            ConditionNode testNode = test == null ? null : condition(test);
            JSNode updateNode = update == null ? null : (update instanceof UpdateExpression u ? expressions.update(u, false) : expressions.expression(update));
            JSNode bodyNode = statement(body);
            return LoopNodeFactory.create(init, testNode, updateNode, bodyNode, testFirst, breakTarget, continueTarget, perIteration);
        } finally {
            jumps.remove(jumps.size() - 1);
        }
    }

    private JSNode labeled(LabeledStatement s) {
        JumpTarget target = new JumpTarget(s.label().name());
        jumps.add(new JumpScope(s.label().name(), target, null, false, false));
        try {
            boolean loopBody = s.body() instanceof WhileStatement || s.body() instanceof DoWhileStatement || s.body() instanceof ForStatement
                            || s.body() instanceof ForInStatement || s.body() instanceof ForOfStatement;
            if (loopBody) {
                pendingLabel = s.label().name();
            }
            return new LabeledNode(target, statement(s.body()));
        } finally {
            jumps.remove(jumps.size() - 1);
        }
    }

    private JumpTarget breakTarget(Identifier label, int offset) {
        for (int i = jumps.size() - 1; i >= 0; i--) {
            JumpScope jump = jumps.get(i);
            if (label == null ? jump.loop() || jump.switchBody() : label.name().equals(jump.label()) && !jump.loop() && !jump.switchBody()) {
                return jump.breakTarget();
            }
        }
        throw new UnsupportedSyntax("break outside a loop", offset);
    }

    private JumpTarget continueTarget(Identifier label, int offset) {
        for (int i = jumps.size() - 1; i >= 0; i--) {
            JumpScope jump = jumps.get(i);
            if (jump.loop() && (label == null || label.name().equals(jump.label()))) {
                return jump.continueTarget();
            }
        }
        throw new UnsupportedSyntax("continue outside a loop", offset);
    }

    /** for-in and for-of: each iteration assigns the next key or element, in a fresh scope for let/const. */
    private JSNode forEach(Node left, Expression right, Statement body, Scope loopScope, boolean keys) {
        // The head's expression sees the loop's bindings in their dead zone: it gets its own instance of the loop scope.
        JSNode iterable = inScope(loopScope, () -> expressions.expression(right));
        int listSlot = function.addObjectTemporary();
        int indexSlot = function.addTemporary();
        int valueSlot = function.addObjectTemporary();
        JumpTarget breakTarget = new JumpTarget(null);
        JumpTarget continueTarget = new JumpTarget(null);
        String label = pendingLabel;
        pendingLabel = null;
        jumps.add(new JumpScope(label, breakTarget, continueTarget, true, false));
        try {
            JSNode iteration = inScope(loopScope, () -> {
                JSNode value = ReadLocalNodeGen.create(valueSlot, "<element>");
                JSNode assign;
                if (left instanceof VariableDeclaration declaration) {
                    boolean var = declaration.kind().equals("var");
                    PatternTranslator.Binder binder = var ? expressions::assign : (id, v) -> initialize(scope.binding(id.name()), v);
                    assign = patterns.bind(declaration.declarations().get(0).id(), value, PatternTranslator.Origin.NESTED, binder);
                } else if (left instanceof Pattern target) {
                    assign = patterns.bind(target, value, PatternTranslator.Origin.NESTED, expressions::assign);
                } else {
                    throw new UnsupportedSyntax("This for-in/of target", left.start());
                }
                return new BlockNode(new JSNode[]{assign, statement(body)});
            });
            return new ForEachNode(keys, iterable, listSlot, indexSlot, valueSlot, iteration, breakTarget, continueTarget, CalleeText.render(right));
        } finally {
            jumps.remove(jumps.size() - 1);
        }
    }

    /**
     * {@code switch}: the discriminant goes to a temporary, each case compares with ===, and the
     * bodies run from the matching case on. Any case may run without the declarations of earlier
     * cases, so every lexical binding of the switch block is checked for its dead zone.
     */
    private JSNode switchStatement(SwitchStatement s) {
        int discriminantSlot = function.addTemporary();
        JSNode storeDiscriminant = WriteLocalNode.create(expressions.expression(s.discriminant()), discriminantSlot);
        JumpTarget breakTarget = new JumpTarget(null);
        JSNode body = inScope(s.scope(), () -> {
            if (s.scope() != null) {
                ScopeLayout layout = unit.layout(s.scope(), function);
                for (Scope.Binding binding : s.scope().bindings().values()) {
                    if (binding.lexical() && !layout.storage(binding).inEnvironment()) {
                        layout.needsReset.add(binding);
                    }
                }
            }
            jumps.add(new JumpScope(null, breakTarget, null, false, true));
            try {
                List<JSNode> hoisted = new ArrayList<>();
                List<ConditionNode> tests = new ArrayList<>();
                List<JSNode> bodies = new ArrayList<>();
                int defaultIndex = -1;
                for (SwitchCase c : s.cases()) {
                    List<JSNode> statements = new ArrayList<>();
                    for (Statement statement : c.consequent()) {
                        if (statement instanceof FunctionDeclaration f) {
                            hoisted.add(at(initialize(scope.binding(f.id().name()), expressions.functionLiteral(f)), f));
                        }
                        statements.add(statement(statement));
                    }
                    if (c.test() == null) {
                        defaultIndex = tests.size();
                        tests.add(null);
                    } else {
                        JSNode discriminant = ReadLocalNodeGen.create(discriminantSlot, "<switch>");
                        tests.add(ConditionNode.of(ExpressionTranslator.binary("===", discriminant, expressions.expression(c.test()), c)));
                    }
                    bodies.add(new BlockNode(statements.toArray(JSNode[]::new)));
                }
                JSNode cases = new SwitchNode(tests.toArray(ConditionNode[]::new), bodies.toArray(JSNode[]::new), defaultIndex, breakTarget);
                hoisted.add(cases);
                return new BlockNode(hoisted.toArray(JSNode[]::new));
            } finally {
                jumps.remove(jumps.size() - 1);
            }
        });
        return new BlockNode(new JSNode[]{storeDiscriminant, body});
    }

    private JSNode tryStatement(TryStatement s) {
        JSNode tryBlock = statement(s.block());
        int caughtSlot = function.addObjectTemporary();
        JSNode handler = null;
        if (s.handler() != null) {
            var clause = s.handler();
            handler = inScope(clause.scope(), () -> {
                if (clause.param() == null) {
                    return statement(clause.body());
                }
                JSNode caught = ReadLocalNodeGen.create(caughtSlot, "<caught>");
                JSNode bind = patterns.bind(clause.param(), caught, PatternTranslator.Origin.CATCH,
                                (id, value) -> initialize(clause.scope().binding(id.name()), value));
                return new BlockNode(new JSNode[]{bind, statement(clause.body())});
            });
        }
        JSNode finalizer = s.finalizer() == null ? null : statement(s.finalizer());
        return new TryNode(tryBlock, caughtSlot, handler, finalizer);
    }
}
