package org.gjs.lang.translate;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.control.SequenceNode;
import org.gjs.lang.nodes.function.FunctionRootNode;
import org.gjs.lang.parser.Scope;
import org.gjs.lang.parser.ast.BlockStatement;
import org.gjs.lang.parser.ast.Expression;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.runtime.FunctionData;

/**
 * One parsed source on its way to Truffle nodes. Function literals become {@link FunctionData}
 * whose call target this unit builds on the first call; the layouts of the scopes around the
 * literal were fixed when the enclosing code was translated, and are kept here for it.
 */
final class TranslationUnit {
    private final GjsLanguage language;
    private final Source source;
    private final Map<Scope, ScopeLayout> layouts = Collections.synchronizedMap(new IdentityHashMap<>());
    /**
     * Class elements whose code may use {@code super.x}: method function literals, fields and static
     * blocks, mapped to whether they are static (their home object is the class, else its prototype).
     */
    final Map<org.gjs.lang.parser.ast.Node, Boolean> homes = Collections.synchronizedMap(new IdentityHashMap<>());

    TranslationUnit(GjsLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    Source source() {
        return source;
    }

    /** The layout of a scope, made when the code of its function first enters it. */
    ScopeLayout layout(Scope scope, FunctionScope function) {
        return layouts.computeIfAbsent(scope, s -> new ScopeLayout(s, function));
    }

    ScopeLayout existingLayout(Scope scope) {
        ScopeLayout layout = layouts.get(scope);
        if (layout == null) {
            throw new IllegalStateException("scope used before its layout was made: " + scope);
        }
        return layout;
    }

    FunctionData functionData(FunctionShape shape, String name) {
        if (shape.generator() || shape.async()) {
            throw new UnsupportedSyntax(shape.async() ? "Async functions" : "Generators", shape.node().start());
        }
        return new FunctionData(name, shape.length(), shape.strict(), shape.arrow(), shape.isConstructor(), data -> translate(data, shape));
    }

    private CallTarget translate(FunctionData data, FunctionShape shape) {
        SourceSection section = source.createSection(shape.node().start(), shape.node().end() - shape.node().start());
        FunctionScope function = new FunctionScope(shape.arrow(), shape.strict(), false);
        FunctionTranslator translator = new FunctionTranslator(this, function, shape.scope());
        try {
            JSNode body;
            if (shape.expressionBody()) {
                JSNode prologue = translator.functionBody(shape.scope(), shape.params(), java.util.List.of());
                JSNode value = translator.expressions.expression((Expression) shape.body());
                body = new SequenceNode(new JSNode[]{prologue, value});
            } else {
                body = translator.functionBody(shape.scope(), shape.params(), ((BlockStatement) shape.body()).body());
            }
            body.asRootBody();
            return new FunctionRootNode(language, function.frame.build(), body, data.getName(), section, shape.expressionBody()).getCallTarget();
        } catch (UnsupportedSyntax e) {
            return new UnsupportedFunctionRootNode(language, source, e, data.getName()).getCallTarget();
        }
    }

    /** The constructor of a class: its explicit constructor method, or the default one. */
    FunctionData classConstructorData(org.gjs.lang.parser.ast.MethodDefinition constructor, FunctionScope.ClassContext context, org.gjs.lang.parser.ast.Node classNode) {
        FunctionData data;
        if (constructor == null) {
            data = new FunctionData(context.className(), 0, true, false, true, d -> translateDefaultConstructor(d, context, classNode));
        } else {
            FunctionShape shape = FunctionShape.of(constructor.value());
            data = new FunctionData(context.className(), shape.length(), true, false, true, d -> translateClassConstructor(d, shape, context, classNode));
        }
        data.markClassConstructor();
        return data;
    }

    private CallTarget translateClassConstructor(FunctionData data, FunctionShape shape, FunctionScope.ClassContext context, org.gjs.lang.parser.ast.Node classNode) {
        SourceSection section = source.createSection(classNode.start(), classNode.end() - classNode.start());
        FunctionScope function = new FunctionScope(false, true, false);
        function.classConstructor(context);
        FunctionTranslator translator = new FunctionTranslator(this, function, shape.scope());
        try {
            JSNode body = translator.functionBody(shape.scope(), shape.params(), ((BlockStatement) shape.body()).body());
            body.asRootBody();
            return new org.gjs.lang.nodes.klass.ClassConstructorRootNode(language, function.frame.build(), body, data.getName(), section, context.kind(),
                            function.newTargetSlot).getCallTarget();
        } catch (UnsupportedSyntax e) {
            return new UnsupportedFunctionRootNode(language, source, e, data.getName()).getCallTarget();
        }
    }

    /** {@code constructor() {}} in a base class, {@code constructor(...args) { super(...args); }} in a derived one. */
    private CallTarget translateDefaultConstructor(FunctionData data, FunctionScope.ClassContext context, org.gjs.lang.parser.ast.Node classNode) {
        SourceSection section = source.createSection(classNode.start(), classNode.end() - classNode.start());
        FunctionScope function = new FunctionScope(false, true, false);
        function.classConstructor(context);
        FunctionTranslator translator = new FunctionTranslator(this, function, context.classScope());
        JSNode body = translator.defaultConstructorBody();
        body.asRootBody();
        return new org.gjs.lang.nodes.klass.ClassConstructorRootNode(language, function.frame.build(), body, data.getName(), section, context.kind(),
                        function.newTargetSlot).getCallTarget();
    }

    /** The initializer of a class's instance fields and private methods ({@code isStatic} false), or of its static fields and blocks. */
    FunctionData initializerData(Scope classScope, org.gjs.lang.parser.ast.ClassBody body, boolean isStatic, String className) {
        String name = className.isEmpty() ? "<static_initializer>" : className;
        return new FunctionData(isStatic ? name : "<instance_members_initializer>", 0, true, false, false, data -> {
            SourceSection section = source.createSection(body.start(), body.end() - body.start());
            FunctionScope function = new FunctionScope(false, true, false);
            FunctionTranslator translator = new FunctionTranslator(this, function, classScope);
            try {
                JSNode code = translator.initializerBody(classScope, body, isStatic);
                code.asRootBody();
                return new FunctionRootNode(language, function.frame.build(), code, data.getName(), section, false).getCallTarget();
            } catch (UnsupportedSyntax e) {
                return new UnsupportedFunctionRootNode(language, source, e, data.getName()).getCallTarget();
            }
        });
    }

    static String nameOf(Identifier id) {
        return id == null ? "" : id.name();
    }
}
