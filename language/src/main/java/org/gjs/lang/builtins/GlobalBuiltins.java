package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;

/** Puts the globals a node program expects on a realm's global object. */
public final class GlobalBuiltins {
    private GlobalBuiltins() {
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

        builtins.install(language, realm, global, "global", TimerBuiltins.ALL);
        builtins.install(language, realm, realm.getTimerPrototype(), "Timeout", TimerMethodNode.ALL);
    }
}
