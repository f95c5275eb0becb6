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

    /** String.prototype, Number.prototype and Boolean.prototype, linked to the String, Number and Boolean functions. */
    private static void installPrimitivePrototypes(GjsLanguage language, JSRealm realm, BuiltinFunctions builtins) {
        JSObject global = realm.getGlobalObject();
        builtins.install(language, realm, realm.getStringPrototype(), "String.prototype", StringMethodNode.all());
        builtins.install(language, realm, realm.getNumberPrototype(), "Number.prototype", NumberMethodNode.prototypeMethods());
        JSObject string = (JSObject) global.getUncached(Strings.constant("String"));
        link(string, realm.getStringPrototype());
        builtins.install(language, realm, string, "String", new Builtin("raw", 1, StringRawNode::new));
        link((JSObject) global.getUncached(Strings.constant("Boolean")), realm.getBooleanPrototype());
        JSObject number = (JSObject) global.getUncached(Strings.constant("Number"));
        link(number, realm.getNumberPrototype());
        builtins.install(language, realm, number, "Number", NumberMethodNode.statics());
        number.defineHiddenUncached(Strings.constant("parseFloat"), global.getUncached(Strings.constant("parseFloat")));
        number.defineHiddenUncached(Strings.constant("parseInt"), global.getUncached(Strings.constant("parseInt")));
        defineConstants(number, "MAX_SAFE_INTEGER", 9007199254740991.0, "MIN_SAFE_INTEGER", -9007199254740991.0, "EPSILON", Math.ulp(1.0),
                        "MAX_VALUE", Double.MAX_VALUE, "MIN_VALUE", Double.MIN_VALUE, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY,
                        "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY, "NaN", Double.NaN);
    }

    private static void installRegExp(GjsLanguage language, JSRealm realm, BuiltinFunctions builtins) {
        JSFunctionObject constructor = builtins.create(language, realm, "global", new Builtin("RegExp", 2, () -> new RegExpNode(RegExpNode.Method.CONSTRUCT), true));
        JSObject prototype = realm.getRegExpPrototype();
        link(constructor, prototype);
        builtins.install(language, realm, prototype, "RegExp.prototype", Builtin.of(RegExpNode::new, RegExpNode.METHODS));
        for (Builtin getter : Builtin.of(RegExpNode::new, RegExpNode.GETTERS)) {
            JSFunctionObject function = builtins.create(language, realm, "RegExp.prototype.get", getter);
            org.gjs.lang.runtime.PropertyDescriptors.defineAccessor(prototype, Strings.fromJava(getter.name()), function, null, false);
        }
        realm.getGlobalObject().defineHiddenUncached(Strings.constant("RegExp"), constructor);
    }

    private static void link(JSObject constructor, JSObject prototype) {
        constructor.defineHiddenUncached(Strings.PROTOTYPE, prototype);
        prototype.defineHiddenUncached(Strings.CONSTRUCTOR, constructor);
    }

    private static void defineConstants(JSObject holder, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            holder.defineHiddenUncached(Strings.fromJava((String) namesAndValues[i]), namesAndValues[i + 1]);
        }
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
    public static void install(GjsLanguage language, JSRealm realm, org.gjs.lang.GjsContext context) {
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
        JSFunctionObject function = builtins.create(language, realm, "global", new Builtin("Function", 1, FunctionConstructorNode::new, true));
        link(function, realm.getFunctionPrototype());
        global.defineHiddenUncached(Strings.constant("Function"), function);
        installErrors(language, realm, builtins);
        installArray(language, realm, builtins);
        builtins.install(language, realm, global, "global", TimerBuiltins.ALL);
        builtins.install(language, realm, global, "global", GlobalFunctionNode.all());
        installPrimitivePrototypes(language, realm, builtins);
        JSObject math = realm.newObject();
        builtins.install(language, realm, math, "Math", MathNode.all());
        defineConstants(math, "PI", Math.PI, "E", Math.E, "LN2", Math.log(2), "LN10", Math.log(10), "LOG2E", 1 / Math.log(2), "LOG10E", 1 / Math.log(10),
                        "SQRT2", Math.sqrt(2), "SQRT1_2", Math.sqrt(0.5));
        global.defineHiddenUncached(Strings.constant("Math"), math);
        global.defineHiddenUncached(Strings.constant("process"), ProcessBuiltins.create(language, realm, context));
        installRegExp(language, realm, builtins);
        JSObject json = realm.newObject();
        builtins.install(language, realm, json, "JSON", JSONNode.ALL);
        global.defineHiddenUncached(Strings.constant("JSON"), json);
        JSObject performance = realm.newObject();
        builtins.install(language, realm, performance, "performance", new Builtin("now", 0, PerformanceNowNode::new));
        global.defineHiddenUncached(Strings.constant("performance"), performance);
        builtins.install(language, realm, realm.getTimerPrototype(), "Timeout", TimerMethodNode.ALL);
    }
}
