package org.gjs.lang.builtins;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.regex.RegexEngine;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.JSRegExpObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** RegExp objects: creation (RegExpInitialize) and RegExpBuiltinExec with lastIndex, match arrays and named groups. */
public final class RegExps {
    static final TruffleString LAST_INDEX = Strings.constant("lastIndex");

    private RegExps() {
    }

    @TruffleBoundary
    public static JSRegExpObject create(GjsContext context, String pattern, String flags, Node location) {
        for (int i = 0; i < flags.length(); i++) {
            if ("dgimsuyv".indexOf(flags.charAt(i)) < 0 || flags.indexOf(flags.charAt(i), i + 1) >= 0) {
                throw ErrorObjects.raise(context.getRealm(), ErrorType.SyntaxError, "Invalid flags supplied to RegExp constructor '" + flags + "'", location);
            }
        }
        Object compiled = context.getRegexEngine().compile(pattern, flags);
        if (compiled instanceof String message) {
            throw ErrorObjects.raise(context.getRealm(), ErrorType.SyntaxError, message, location);
        }
        JSRegExpObject regexp = new JSRegExpObject(context.getRealm().getRegExpShape(), pattern, flags, compiled);
        DynamicObjectLibrary.getUncached().putWithFlags(regexp, LAST_INDEX, 0, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_CONFIGURABLE);
        return regexp;
    }

    /** RegExpBuiltinExec: a match array (with index, input and groups) or null; global and sticky regexps move lastIndex. */
    @TruffleBoundary
    public static Object exec(JSRealm realm, JSRegExpObject regexp, TruffleString input) {
        boolean global = regexp.hasFlag('g') || regexp.hasFlag('y');
        int length = input.byteLength(Strings.ENCODING) / 2;
        int lastIndex = 0;
        if (global) {
            double li = Conversions.toNumber(regexp.getUncached(LAST_INDEX));
            lastIndex = Double.isNaN(li) || li < 0 ? 0 : (int) Math.min(li, Integer.MAX_VALUE);
            if (lastIndex > length) {
                regexp.putUncached(LAST_INDEX, 0);
                return Null.INSTANCE;
            }
        }
        int[] bounds = RegexEngine.exec(regexp.compiled(), input, lastIndex);
        if (bounds == null || (regexp.hasFlag('y') && bounds[0] != lastIndex)) {
            if (global) {
                regexp.putUncached(LAST_INDEX, 0);
            }
            return Null.INSTANCE;
        }
        if (global) {
            regexp.putUncached(LAST_INDEX, bounds[1]);
        }
        return matchArray(realm, regexp, input, bounds);
    }

    private static JSArrayObject matchArray(JSRealm realm, JSRegExpObject regexp, TruffleString input, int[] bounds) {
        JSArrayObject match = JSArrayObject.createEmpty(realm);
        for (int i = 0; i < bounds.length / 2; i++) {
            match.set(i, group(input, bounds, i));
        }
        match.putUncached(Strings.constant("index"), bounds[0]);
        match.putUncached(Strings.constant("input"), input);
        Map<String, Integer> names = RegexEngine.namedGroups(regexp.compiled());
        Object groups = Undefined.INSTANCE;
        if (!names.isEmpty()) {
            JSObject object = JSObject.create(JSRealm.withPrototype(realm.getRootShapes().ordinary(), Null.INSTANCE));
            for (Map.Entry<String, Integer> name : names.entrySet()) {
                object.putUncached(Strings.fromJava(name.getKey()), group(input, bounds, name.getValue()));
            }
            groups = object;
        }
        match.putUncached(Strings.constant("groups"), groups);
        return match;
    }

    static Object group(TruffleString input, int[] bounds, int i) {
        int start = bounds[2 * i];
        if (start < 0) {
            return Undefined.INSTANCE;
        }
        return input.substringByteIndexUncached(start * 2, (bounds[2 * i + 1] - start) * 2, Strings.ENCODING, true);
    }

    /** The match boundaries at or after {@code from}, or null: for replace, split and search. */
    @TruffleBoundary
    static int[] boundsAt(JSRegExpObject regexp, TruffleString input, int from) {
        return RegexEngine.exec(regexp.compiled(), input, from);
    }
}
