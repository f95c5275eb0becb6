package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Making and reading JS error objects. */
public final class ErrorObjects {
    private ErrorObjects() {
    }

    /** A new error of the given type whose {@code stack} is captured from the current JS stack, starting at {@code location}. */
    @TruffleBoundary
    public static JSObject create(JSRealm realm, ErrorType type, String message, Node location) {
        JSObject error = JSObject.create(realm.getErrorShape(type));
        TruffleString messageString = Strings.fromJava(message);
        error.defineHiddenUncached(Strings.MESSAGE, messageString);
        String summary = message.isEmpty() ? type.name() : type.name() + ": " + message;
        error.defineHiddenUncached(Strings.STACK, Strings.fromJava(summary + StackTraces.capture(location)));
        return error;
    }

    /**
     * What {@code new Error(message)} makes: {@code message} is an own property only when given; the
     * stack starts at the JS code that called the constructor.
     */
    @TruffleBoundary
    public static JSObject createFromConstructor(JSRealm realm, ErrorType type, String message, Node constructor) {
        JSObject error = JSObject.create(realm.getErrorShape(type));
        if (message != null) {
            error.defineHiddenUncached(Strings.MESSAGE, Strings.fromJava(message));
        }
        String summary = message == null || message.isEmpty() ? type.name() : type.name() + ": " + message;
        error.defineHiddenUncached(Strings.STACK, Strings.fromJava(summary + StackTraces.capture(null)));
        return error;
    }

    /** A node-style error with a {@code code} property ("ERR_INVALID_ARG_TYPE"), shown in the stack's first line as node does. */
    @TruffleBoundary
    public static JSObject createWithCode(JSRealm realm, ErrorType type, String code, String message, Node location) {
        JSObject error = JSObject.create(realm.getErrorShape(type));
        error.defineHiddenUncached(Strings.MESSAGE, Strings.fromJava(message));
        error.putUncached(Strings.constant("code"), Strings.fromJava(code));
        error.defineHiddenUncached(Strings.STACK, Strings.fromJava(type.name() + " [" + code + "]: " + message + StackTraces.capture(location)));
        return error;
    }

    /** Throws a new error of the given type from {@code location}. */
    @TruffleBoundary
    public static JSException raise(JSRealm realm, ErrorType type, String message, Node location) {
        throw new JSException(create(realm, type, message, location), location);
    }

    @TruffleBoundary
    public static JSException notDefined(JSRealm realm, Object name, Node location) {
        throw raise(realm, ErrorType.ReferenceError, name + " is not defined", location);
    }

    @TruffleBoundary
    public static JSException beforeInitialization(JSRealm realm, String name, Node location) {
        throw raise(realm, ErrorType.ReferenceError, "Cannot access '" + name + "' before initialization", location);
    }

    /** "Name: message" as Error.prototype.toString gives it. */
    @TruffleBoundary
    public static TruffleString summary(JSObject error) {
        String name = Strings.toJava(Conversions.toStringUncached(error.getUncached(Strings.NAME)));
        String message = Strings.toJava(Conversions.toStringUncached(error.getUncached(Strings.MESSAGE)));
        if (message.isEmpty()) {
            return Strings.fromJava(name);
        }
        if (name.isEmpty()) {
            return Strings.fromJava(message);
        }
        return Strings.fromJava(name + ": " + message);
    }
}
