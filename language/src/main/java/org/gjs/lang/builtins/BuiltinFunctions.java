package org.gjs.lang.builtins;

import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;

/**
 * Makes function objects for built-ins. The {@link FunctionData} (and so the call target) of each
 * built-in is made once per engine, on first use, and shared by every realm.
 */
public final class BuiltinFunctions {
    private final ConcurrentHashMap<String, FunctionData> shared = new ConcurrentHashMap<>();

    @TruffleBoundary
    public FunctionData data(GjsLanguage language, String qualifiedName, Builtin builtin) {
        return shared.computeIfAbsent(qualifiedName,
                        key -> new FunctionData(builtin.name(), builtin.length(), builtin.constructor(), new BuiltinRootNode(language, builtin.body().get(), builtin.name()).getCallTarget()));
    }

    /** Defines each built-in as a non-enumerable method of {@code holder}. */
    @TruffleBoundary
    public void install(GjsLanguage language, JSRealm realm, JSObject holder, String holderName, Builtin... builtins) {
        for (Builtin builtin : builtins) {
            holder.defineHiddenUncached(Strings.fromJava(builtin.name()), create(language, realm, holderName, builtin));
        }
    }

    /** A built-in function object with its own {@code name} and {@code length}. */
    @TruffleBoundary
    public JSFunctionObject create(GjsLanguage language, JSRealm realm, String holderName, Builtin builtin) {
        JSFunctionObject function = realm.newFunction(data(language, holderName + "." + builtin.name(), builtin), null);
        function.defineHiddenUncached(Strings.LENGTH, builtin.length());
        function.defineHiddenUncached(Strings.NAME, Strings.fromJava(builtin.name()));
        return function;
    }
}
