package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;

/** Puts the globals a node program expects on a realm's global object. */
public final class GlobalBuiltins {
    private GlobalBuiltins() {
    }

    private static void installObject(GjsLanguage language, JSRealm realm, BuiltinFunctions builtins) {
        JSFunctionObject constructor = builtins.create(language, realm, "global", ObjectBuiltins.Method.CONSTRUCT.builtin());
        JSObject prototype = realm.getObjectPrototype();
        constructor.defineHiddenUncached(Strings.PROTOTYPE, prototype);
        prototype.defineHiddenUncached(Strings.CONSTRUCTOR, constructor);
        builtins.install(language, realm, constructor, "Object", ObjectBuiltins.builtins(ObjectBuiltins.STATICS));
        builtins.install(language, realm, prototype, "Object.prototype", ObjectBuiltins.builtins(ObjectBuiltins.PROTOTYPE));
        realm.getGlobalObject().defineHiddenUncached(Strings.constant("Object"), constructor);
    }

    private static void installArray(GjsLanguage language, JSRealm realm, BuiltinFunctions builtins) {
        JSFunctionObject constructor = builtins.create(language, realm, "global", new Builtin("Array", 1, () -> new ArrayConstructorNode(false), true));
        JSObject prototype = realm.getArrayPrototype();
        constructor.defineHiddenUncached(Strings.PROTOTYPE, prototype);
        prototype.defineHiddenUncached(Strings.CONSTRUCTOR, constructor);
        builtins.install(language, realm, constructor, "Array", new Builtin("isArray", 1, () -> new ArrayConstructorNode(true)));
        builtins.install(language, realm, prototype, "Array.prototype", ArrayMethodNode.all());
        builtins.install(language, realm, prototype, "Array.prototype", ArrayIterationNode.all());
        realm.getGlobalObject().defineHiddenUncached(Strings.constant("Array"), constructor);
    }

    /** Error and the native errors: constructors linked both ways with the realm's error prototypes. */
    private static void installErrors(GjsLanguage language, JSRealm realm, BuiltinFunctions builtins) {
        for (ErrorType type : ErrorType.values()) {
            JSFunctionObject constructor = builtins.create(language, realm, "global", new Builtin(type.name(), 1, () -> new ErrorConstructorNode(type), true));
            JSObject prototype = realm.getErrorPrototype(type);
            constructor.defineHiddenUncached(Strings.PROTOTYPE, prototype);
            prototype.defineHiddenUncached(Strings.CONSTRUCTOR, constructor);
            realm.getGlobalObject().defineHiddenUncached(Strings.fromJava(type.name()), constructor);
        }
        builtins.install(language, realm, realm.getErrorPrototype(ErrorType.Error), "Error.prototype", new Builtin("toString", 0, ErrorToStringNode::new));
    }

    @TruffleBoundary
    public static void install(GjsLanguage language, JSRealm realm) {
        BuiltinFunctions builtins = language.getBuiltins();
        JSObject global = realm.getGlobalObject();

        JSObject console = realm.newObject();
        builtins.install(language, realm, console, "console",
                        new Builtin("log", 0, () -> new ConsolePrintNode(false)),
                        new Builtin("info", 0, () -> new ConsolePrintNode(false)),
                        new Builtin("debug", 0, () -> new ConsolePrintNode(false)),
                        new Builtin("error", 0, () -> new ConsolePrintNode(true)),
                        new Builtin("warn", 0, () -> new ConsolePrintNode(true)));
        global.defineHiddenUncached(Strings.constant("console"), console);

        installObject(language, realm, builtins);
        builtins.install(language, realm, realm.getFunctionPrototype(), "Function.prototype", FunctionPrototypeNode.all());
        installErrors(language, realm, builtins);
        installArray(language, realm, builtins);
        builtins.install(language, realm, global, "global", TimerBuiltins.ALL);
        builtins.install(language, realm, global, "global", GlobalFunctionNode.all());
        JSObject performance = realm.newObject();
        builtins.install(language, realm, performance, "performance", new Builtin("now", 0, PerformanceNowNode::new));
        global.defineHiddenUncached(Strings.constant("performance"), performance);
        builtins.install(language, realm, realm.getTimerPrototype(), "Timeout", TimerMethodNode.ALL);
    }
}
