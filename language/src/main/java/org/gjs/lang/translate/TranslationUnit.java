package org.gjs.lang.translate;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.function.FunctionRootNode;
import org.gjs.lang.parser.ast.BlockStatement;
import org.gjs.lang.parser.ast.Expression;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.runtime.FunctionData;

/**
 * One parsed source on its way to Truffle nodes. Function literals become {@link FunctionData}
 * whose call target this unit builds on the first call, from the scopes that were current where
 * the literal stands.
 */
final class TranslationUnit {
    private final GjsLanguage language;
    private final Source source;

    TranslationUnit(GjsLanguage language, Source source) {
        this.language = language;
        this.source = source;
    }

    Source source() {
        return source;
    }

    GjsLanguage language() {
        return language;
    }

    FunctionData functionData(FunctionShape shape, String name, FunctionScope outer, BlockScope outerBlock) {
        if (shape.generator() || shape.async()) {
            throw new UnsupportedSyntax(shape.async() ? "Async functions" : "Generators", shape.node().start());
        }
        boolean constructor = !shape.arrow();
        return new FunctionData(name, shape.length(), shape.strict(), shape.arrow(), constructor, data -> translate(data, shape, outer, outerBlock));
    }

    private CallTarget translate(FunctionData data, FunctionShape shape, FunctionScope outer, BlockScope outerBlock) {
        SourceSection section = source.createSection(shape.node().start(), shape.node().end() - shape.node().start());
        FunctionScope scope = new FunctionScope(outer, shape.arrow(), shape.strict(), false);
        FunctionTranslator translator = new FunctionTranslator(this, scope, outerBlock);
        try {
            JSNode body;
            if (shape.ownName() != null && !shape.arrow() && shape.node() instanceof org.gjs.lang.parser.ast.FunctionExpression) {
                // A named function expression sees its own name, bound to itself, outside its parameters.
                translator.block = new BlockScope(translator.block, scope, false);
                Binding self = translator.declare(shape.ownName(), Binding.Kind.CONST, -1);
                translator.block = new BlockScope(translator.block, scope, false);
                body = selfBinding(self, translator, shape);
            } else {
                body = bodyOf(translator, shape);
            }
            body.asRootBody();
            return new FunctionRootNode(language, scope.frame.build(), body, data.getName(), section, shape.expressionBody()).getCallTarget();
        } catch (UnsupportedSyntax e) {
            return new UnsupportedFunctionRootNode(language, source, e, data.getName()).getCallTarget();
        }
    }

    private static JSNode selfBinding(Binding self, FunctionTranslator translator, FunctionShape shape) {
        JSNode body = bodyOf(translator, shape);
        JSNode bindSelf = org.gjs.lang.nodes.access.WriteLocalNode.create(new CalleeNode(), self.slot);
        if (shape.expressionBody()) {
            return new org.gjs.lang.nodes.control.SequenceNode(new JSNode[]{bindSelf, body});
        }
        return new org.gjs.lang.nodes.control.BlockNode(new JSNode[]{bindSelf, body});
    }

    private static JSNode bodyOf(FunctionTranslator translator, FunctionShape shape) {
        if (shape.expressionBody()) {
            JSNode prologue = translator.functionBody(shape.params(), java.util.List.of());
            JSNode value = translator.expressions.expression((Expression) shape.body());
            return new org.gjs.lang.nodes.control.SequenceNode(new JSNode[]{prologue, value});
        }
        return translator.functionBody(shape.params(), ((BlockStatement) shape.body()).body());
    }

    static String nameOf(Identifier id) {
        return id == null ? "" : id.name();
    }
}
