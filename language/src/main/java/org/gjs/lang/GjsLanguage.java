package org.gjs.lang;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.source.Source;
import org.gjs.lang.builtins.BuiltinFunctions;
import org.gjs.lang.runtime.RootShapes;
import org.gjs.lang.translate.ProgramLoader;

/**
 * The Truffle language gjs. Shapes and parsed programs are engine-shared; the realm (global
 * object, intrinsics) and the event loop belong to each {@link GjsContext}.
 */
@TruffleLanguage.Registration(id = GjsLanguage.ID, name = "JavaScript (gjs)", implementationName = "gjs", version = GjsLanguage.VERSION,
                defaultMimeType = GjsLanguage.MIME_TYPE, characterMimeTypes = {GjsLanguage.MIME_TYPE, GjsLanguage.MODULE_MIME_TYPE},
                fileTypeDetectors = GjsFileTypeDetector.class, dependentLanguages = "regex", contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
                StandardTags.ExpressionTag.class})
public final class GjsLanguage extends TruffleLanguage<GjsContext> {
    public static final String ID = "gjs";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "application/javascript";
    public static final String MODULE_MIME_TYPE = "application/javascript+module";

    private static final LanguageReference<GjsLanguage> REFERENCE = LanguageReference.create(GjsLanguage.class);

    private final RootShapes rootShapes = new RootShapes();
    private final BuiltinFunctions builtins = new BuiltinFunctions();

    public static GjsLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    public BuiltinFunctions getBuiltins() {
        return builtins;
    }

    public RootShapes getRootShapes() {
        return rootShapes;
    }

    @Override
    protected GjsContext createContext(Env env) {
        return new GjsContext(this, env);
    }

    @Override
    protected void initializeContext(GjsContext context) {
        context.initialize();
    }

    @Override
    protected void finalizeContext(GjsContext context) {
        context.dispose();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        return ProgramLoader.load(this, source).getCallTarget();
    }
}
