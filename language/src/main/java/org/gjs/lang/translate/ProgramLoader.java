package org.gjs.lang.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.function.ProgramRootNode;
import org.gjs.lang.parser.JsSyntaxError;
import org.gjs.lang.parser.ParseOptions;
import org.gjs.lang.parser.Parser;
import org.gjs.lang.parser.ast.Program;
import org.gjs.lang.regex.TRegexValidator;

/** Source text to a runnable program: parse, then translate the top level (function bodies wait for their first call). */
public final class ProgramLoader {
    private ProgramLoader() {
    }

    @TruffleBoundary
    public static RootNode load(GjsLanguage language, Source source) {
        boolean module = GjsLanguage.MODULE_MIME_TYPE.equals(source.getMimeType());
        Program program;
        try {
            ParseOptions options = (module ? ParseOptions.module(source.getName()) : ParseOptions.script(source.getName()))
                            .withRegexValidator(new TRegexValidator(GjsContext.get(null).getEnv()));
            program = Parser.parse(source.getCharacters().toString(), options);
        } catch (JsSyntaxError e) {
            throw SyntaxErrors.fromParser(GjsContext.get(null).getRealm(), source, e);
        }
        if (module) {
            return new UnsupportedFunctionRootNode(language, source, new UnsupportedSyntax("ES modules", 0), "");
        }
        TranslationUnit unit = new TranslationUnit(language, source);
        FunctionScope scope = new FunctionScope(false, program.strict(), true);
        FunctionTranslator translator = new FunctionTranslator(unit, scope, program.scope());
        JSNode body;
        try {
            body = translator.programBody(program.scope(), program.body());
        } catch (UnsupportedSyntax e) {
            // Valid syntax that gjs cannot run yet: parsing (gjs --check) succeeds, running throws the SyntaxError.
            return new UnsupportedFunctionRootNode(language, source, e, "");
        }
        body.asRootBody();
        return new ProgramRootNode(language, scope.frame.build(), body, source.createSection(0, source.getLength()));
    }
}
