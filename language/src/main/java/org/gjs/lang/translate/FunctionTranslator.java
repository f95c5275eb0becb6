package org.gjs.lang.translate;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.ReadLocalNodeGen;
import org.gjs.lang.nodes.access.ReadScopedNode;
import org.gjs.lang.nodes.access.ResetLocalNode;
import org.gjs.lang.nodes.access.ThisNode;
import org.gjs.lang.nodes.access.WriteGlobalNode;
import org.gjs.lang.nodes.access.WriteLocalNode;
import org.gjs.lang.nodes.access.WriteScopedNode;
import org.gjs.lang.nodes.control.BlockNode;
import org.gjs.lang.nodes.control.ConditionNode;
import org.gjs.lang.nodes.control.IfNode;
import org.gjs.lang.nodes.control.JumpNode;
import org.gjs.lang.nodes.control.JumpTarget;
import org.gjs.lang.nodes.control.LabeledNode;
import org.gjs.lang.nodes.control.LoopNodeFactory;
import org.gjs.lang.nodes.control.ThrowNode;
import org.gjs.lang.nodes.control.TryNode;
import org.gjs.lang.nodes.function.ArgumentNode;
import org.gjs.lang.nodes.function.ThisArgumentNode;
import org.gjs.lang.nodes.literal.ConstantNode;
import org.gjs.lang.parser.ast.BlockStatement;
import org.gjs.lang.parser.ast.BreakStatement;
import org.gjs.lang.parser.ast.ContinueStatement;
import org.gjs.lang.parser.ast.DebuggerStatement;
import org.gjs.lang.parser.ast.DoWhileStatement;
import org.gjs.lang.parser.ast.EmptyStatement;
import org.gjs.lang.parser.ast.ExpressionStatement;
import org.gjs.lang.parser.ast.ForStatement;
import org.gjs.lang.parser.ast.FunctionDeclaration;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.IfStatement;
import org.gjs.lang.parser.ast.LabeledStatement;
import org.gjs.lang.parser.ast.ModuleItem;
import org.gjs.lang.parser.ast.Node;
import org.gjs.lang.parser.ast.Pattern;
import org.gjs.lang.parser.ast.ReturnStatement;
import org.gjs.lang.parser.ast.Statement;
import org.gjs.lang.parser.ast.ThrowStatement;
import org.gjs.lang.parser.ast.TryStatement;
import org.gjs.lang.parser.ast.UpdateExpression;
import org.gjs.lang.parser.ast.VariableDeclaration;
import org.gjs.lang.parser.ast.VariableDeclarator;
import org.gjs.lang.parser.ast.WhileStatement;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * Translates the statements of one function body (or a program) to Truffle nodes. Expressions go
 * to {@link ExpressionTranslator}; nested functions get their own translator when first called.
 */
final class FunctionTranslator {
    final TranslationUnit unit;
    final FunctionScope function;
    BlockScope block;
    final ExpressionTranslator expressions;
    private final List<JumpScope> jumps = new ArrayList<>();

    /** A statement that break/continue may name. */
    private record JumpScope(String label, JumpTarget breakTarget, JumpTarget continueTarget, boolean loop) {
    }

    FunctionTranslator(TranslationUnit unit, FunctionScope function, BlockScope outerBlock) {
        this.unit = unit;
        this.function = function;
        this.block = new BlockScope(outerBlock, function, false);
        this.expressions = new ExpressionTranslator(this);
    }

    Source source() {
        return unit.source();
    }

    <T extends JSNode> T at(T node, Node ast) {
        node.at(ast.start(), ast.end() - ast.start());
        return node;
    }

    // ---- function and program bodies ----

    /** The prologue (this, parameters, hoisted vars and functions) followed by the body. */
    JSNode functionBody(List<Pattern> params, List<? extends ModuleItem> body) {
        List<JSNode> nodes = new ArrayList<>();
        if (!function.arrow) {
            nodes.add(WriteLocalNode.create(new ThisArgumentNode(function.strict), FunctionScope.THIS_SLOT));
        }
        for (int i = 0; i < params.size(); i++) {
            Pattern param = params.get(i);
            if (!(param instanceof Identifier id)) {
                throw new UnsupportedSyntax("Default, rest and destructuring parameters", param.start());
            }
            Binding binding = declare(id.name(), Binding.Kind.PARAMETER, -1);
            nodes.add(WriteLocalNode.create(new ArgumentNode(i), binding.slot));
        }
        for (Identifier id : DeclarationCollector.varNames(body)) {
            if (block.bindings.get(id.name()) == null) {
                Binding binding = declare(id.name(), Binding.Kind.VAR, -1);
                nodes.add(WriteLocalNode.create(new ConstantNode(Undefined.INSTANCE), binding.slot));
            }
        }
        nodes.addAll(blockBody(body, true));
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    /** A script's top level: var and function declarations become global object properties, let/const the global record. */
    JSNode programBody(List<? extends ModuleItem> body) {
        List<JSNode> nodes = new ArrayList<>();
        nodes.add(WriteLocalNode.create(new GlobalObjectNode(), FunctionScope.THIS_SLOT));
        for (Identifier id : DeclarationCollector.varNames(body)) {
            nodes.add(new VarDeclarationNode(Strings.fromJava(id.name())));
        }
        for (FunctionDeclaration f : DeclarationCollector.functionDeclarations(body)) {
            nodes.add(new WriteGlobalNode(Strings.fromJava(f.id().name()), WriteGlobalNode.Mode.DECLARE_VAR, function.strict, expressions.functionLiteral(f)));
        }
        for (ModuleItem item : body) {
            if (!(item instanceof Statement statement)) {
                throw new UnsupportedSyntax("import and export declarations", item.start());
            }
            if (statement instanceof FunctionDeclaration) {
                continue;
            }
            nodes.add(statement(statement));
        }
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    /** Declares a block's lexical bindings and hoisted functions, then translates its statements. */
    private List<JSNode> blockBody(List<? extends ModuleItem> body, boolean functionTop) {
        List<JSNode> prologue = new ArrayList<>();
        List<Binding> lexicals = new ArrayList<>();
        for (VariableDeclaration declaration : DeclarationCollector.lexicalDeclarations(body)) {
            Binding.Kind kind = declaration.kind().equals("const") ? Binding.Kind.CONST : Binding.Kind.LET;
            for (VariableDeclarator declarator : declaration.declarations()) {
                List<Identifier> names = new ArrayList<>();
                DeclarationCollector.addPatternNames(declarator.id(), names);
                for (Identifier id : names) {
                    lexicals.add(declare(id.name(), kind, declarator.end()));
                }
            }
        }
        for (FunctionDeclaration f : DeclarationCollector.functionDeclarations(body)) {
            Binding existing = block.bindings.get(f.id().name());
            Binding binding = existing != null && functionTop ? existing : declare(f.id().name(), Binding.Kind.FUNCTION, -1);
            prologue.add(WriteLocalNode.create(expressions.functionLiteral(f), binding.slot));
        }
        List<JSNode> statements = new ArrayList<>();
        for (ModuleItem item : body) {
            if (item instanceof FunctionDeclaration) {
                continue;
            }
            if (!(item instanceof Statement statement)) {
                throw new UnsupportedSyntax("import and export declarations", item.start());
            }
            statements.add(statement(statement));
        }
        List<JSNode> nodes = new ArrayList<>();
        for (Binding binding : lexicals) {
            if (binding.needsTdzReset) {
                nodes.add(new ResetLocalNode(binding.slot));
            }
        }
        nodes.addAll(prologue);
        nodes.addAll(statements);
        return nodes;
    }

    Binding declare(String name, Binding.Kind kind, int initializedAfter) {
        Binding binding = new Binding(name, kind, function.addSlot(name), function, initializedAfter);
        block.bindings.put(name, binding);
        return binding;
    }

    // ---- statements ----

    JSNode statement(Statement statement) {
        JSNode node = switch (statement) {
            case ExpressionStatement s -> expressionStatement(s);
            case VariableDeclaration s -> variableDeclaration(s);
            case BlockStatement s -> inBlock(() -> new BlockNode(blockBody(s.body(), false).toArray(JSNode[]::new)));
            case IfStatement s -> new IfNode(condition(s.test()), statement(s.consequent()), s.alternate() == null ? null : statement(s.alternate()));
            case WhileStatement s -> loop(null, s.test(), null, s.body(), true);
            case DoWhileStatement s -> loop(null, s.test(), null, s.body(), false);
            case ForStatement s -> forStatement(s);
            case ReturnStatement s -> {
                if (function.program) {
                    throw new UnsupportedSyntax("return outside a function", s.start());
                }
                yield new JumpNode(JumpNode.Kind.RETURN, null, s.argument() == null ? null : expressions.expression(s.argument()));
            }
            case BreakStatement s -> new JumpNode(JumpNode.Kind.BREAK, breakTarget(s.label(), s.start()), null);
            case ContinueStatement s -> new JumpNode(JumpNode.Kind.CONTINUE, continueTarget(s.label(), s.start()), null);
            case LabeledStatement s -> labeled(s);
            case ThrowStatement s -> new ThrowNode(expressions.expression(s.argument()));
            case TryStatement s -> tryStatement(s);
            case EmptyStatement s -> new ConstantNode(Undefined.INSTANCE);
            case DebuggerStatement s -> new ConstantNode(Undefined.INSTANCE);
            case FunctionDeclaration s -> new ConstantNode(Undefined.INSTANCE); // hoisted by its block
            default -> throw new UnsupportedSyntax(describe(statement), statement.start());
        };
        at(node, statement).asStatement();
        return node;
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName();
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").replace(" Statement", " statements").replace(" Declaration", " declarations");
    }

    private JSNode expressionStatement(ExpressionStatement s) {
        if (s.expression() instanceof UpdateExpression update) {
            return expressions.update(update, false);
        }
        return expressions.expression(s.expression());
    }

    private JSNode variableDeclaration(VariableDeclaration declaration) {
        List<JSNode> nodes = new ArrayList<>();
        for (VariableDeclarator declarator : declaration.declarations()) {
            Identifier id = (Identifier) declarator.id(); // patterns were rejected while collecting
            boolean lexical = !declaration.kind().equals("var");
            if (declarator.init() == null && !lexical) {
                continue; // 'var x;' leaves x as it is
            }
            JSNode value = declarator.init() == null ? new ConstantNode(Undefined.INSTANCE) : expressions.namedExpression(declarator.init(), id.name());
            nodes.add(at(initialize(id, value, lexical, declaration.kind().equals("const")), declarator));
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        nodes.add(new ConstantNode(Undefined.INSTANCE));
        return new BlockNode(nodes.toArray(JSNode[]::new));
    }

    /** Runs a declaration's initializer: in a frame slot, or at the top of a script, on the global object or record. */
    private JSNode initialize(Identifier id, JSNode value, boolean lexical, boolean constant) {
        BlockScope.Resolved resolved = block.resolve(id.name());
        if (resolved == null) {
            WriteGlobalNode.Mode mode = lexical ? (constant ? WriteGlobalNode.Mode.DECLARE_CONST : WriteGlobalNode.Mode.DECLARE_LEXICAL) : WriteGlobalNode.Mode.ASSIGN;
            return new WriteGlobalNode(Strings.fromJava(id.name()), mode, function.strict, value);
        }
        return writeBinding(resolved, value);
    }

    JSNode writeBinding(BlockScope.Resolved resolved, JSNode value) {
        if (resolved.depth() == 0) {
            return WriteLocalNode.create(value, resolved.binding().slot);
        }
        return new WriteScopedNode(resolved.depth(), resolved.binding().slot, value);
    }

    JSNode readBinding(BlockScope.Resolved resolved, Identifier use) {
        Binding binding = resolved.binding();
        if (binding.kind.isLexical()) {
            boolean mayBeEarly = resolved.depth() > 0 || use.start() < binding.initializedAfter || resolved.scope().switchBody;
            if (mayBeEarly) {
                binding.needsTdzReset = true;
            }
        }
        if (resolved.depth() == 0) {
            return ReadLocalNodeGen.create(binding.slot, binding.name);
        }
        return new ReadScopedNode(resolved.depth(), binding.slot, binding.name);
    }

    JSNode thisValue() {
        int depth = 0;
        FunctionScope f = function;
        while (f.arrow) {
            f = f.outer;
            depth++;
        }
        return new ThisNode(depth);
    }

    ConditionNode condition(org.gjs.lang.parser.ast.Expression test) {
        return ConditionNode.of(expressions.expression(test));
    }

    private JSNode inBlock(java.util.function.Supplier<JSNode> body) {
        BlockScope saved = block;
        block = new BlockScope(saved, function, false);
        try {
            return body.get();
        } finally {
            block = saved;
        }
    }

    private JSNode forStatement(ForStatement s) {
        return inBlock(() -> {
            JSNode init = null;
            if (s.init() instanceof VariableDeclaration declaration) {
                if (!declaration.kind().equals("var")) {
                    Binding.Kind kind = declaration.kind().equals("const") ? Binding.Kind.CONST : Binding.Kind.LET;
                    for (VariableDeclarator d : declaration.declarations()) {
                        List<Identifier> names = new ArrayList<>();
                        DeclarationCollector.addPatternNames(d.id(), names);
                        for (Identifier id : names) {
                            declare(id.name(), kind, d.end());
                        }
                    }
                }
                init = variableDeclaration(declaration);
            } else if (s.init() instanceof org.gjs.lang.parser.ast.Expression e) {
                init = expressions.expression(e);
            }
            return loop(init, s.test(), s.update(), s.body(), true);
        });
    }

    private JSNode loop(JSNode init, org.gjs.lang.parser.ast.Expression test, org.gjs.lang.parser.ast.Expression update, Statement body, boolean testFirst) {
        JumpTarget breakTarget = new JumpTarget(null);
        JumpTarget continueTarget = new JumpTarget(null);
        String label = pendingLabel;
        pendingLabel = null;
        jumps.add(new JumpScope(label, breakTarget, continueTarget, true));
        try {
            ConditionNode testNode = test == null ? null : condition(test);
            JSNode updateNode = update == null ? null : (update instanceof UpdateExpression u ? expressions.update(u, false) : expressions.expression(update));
            JSNode bodyNode = statement(body);
            return LoopNodeFactory.create(init, testNode, updateNode, bodyNode, testFirst, breakTarget, continueTarget);
        } finally {
            jumps.remove(jumps.size() - 1);
        }
    }

    /** A label directly on a loop names that loop for continue; on anything else it only serves break. */
    private String pendingLabel;

    private JSNode labeled(LabeledStatement s) {
        JumpTarget target = new JumpTarget(s.label().name());
        jumps.add(new JumpScope(s.label().name(), target, null, false));
        try {
            boolean loopBody = s.body() instanceof WhileStatement || s.body() instanceof DoWhileStatement || s.body() instanceof ForStatement;
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
            JumpScope scope = jumps.get(i);
            if (label == null ? scope.loop() : label.name().equals(scope.label()) && !scope.loop()) {
                return scope.breakTarget();
            }
        }
        throw new UnsupportedSyntax("break outside a loop or switch", offset);
    }

    private JumpTarget continueTarget(Identifier label, int offset) {
        for (int i = jumps.size() - 1; i >= 0; i--) {
            JumpScope scope = jumps.get(i);
            if (scope.loop() && (label == null || label.name().equals(scope.label()))) {
                return scope.continueTarget();
            }
        }
        throw new UnsupportedSyntax("continue outside a loop", offset);
    }

    private JSNode tryStatement(TryStatement s) {
        JSNode tryBlock = statement(s.block());
        WriteLocalNode bind = null;
        JSNode handler = null;
        if (s.handler() != null) {
            BlockScope saved = block;
            block = new BlockScope(saved, function, false);
            try {
                if (s.handler().param() != null) {
                    if (!(s.handler().param() instanceof Identifier id)) {
                        throw new UnsupportedSyntax("Destructuring", s.handler().param().start());
                    }
                    Binding binding = declare(id.name(), Binding.Kind.LET, -1);
                    bind = WriteLocalNode.create(null, binding.slot);
                }
                handler = statement(s.handler().body());
            } finally {
                block = saved;
            }
        }
        JSNode finalizer = s.finalizer() == null ? null : statement(s.finalizer());
        return new TryNode(tryBlock, bind, handler, finalizer);
    }
}
