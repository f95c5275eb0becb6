package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The value slot of an accessor property: its getter and setter (each a function or undefined).
 * Stored in the object like a data value, with {@link PropertyFlags#ACCESSOR} set.
 */
public final class Accessor {
    private final Object getter;
    private final Object setter;

    public Accessor(Object getter, Object setter) {
        this.getter = getter;
        this.setter = setter;
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    /** [[Get]] through this accessor: the getter called with the original receiver as {@code this}. */
    public Object get(Object receiver) {
        if (getter instanceof JSFunctionObject function) {
            return callUncached(function, receiver, null);
        }
        return Undefined.INSTANCE;
    }

    /** [[Set]] through this accessor; false when there is no setter. */
    public boolean set(Object receiver, Object value) {
        if (setter instanceof JSFunctionObject function) {
            callUncached(function, receiver, value);
            return true;
        }
        return false;
    }

    @TruffleBoundary
    private static Object callUncached(JSFunctionObject function, Object receiver, Object argument) {
        return argument == null ? function.getData().getCallTarget().call(function, receiver)
                        : function.getData().getCallTarget().call(function, receiver, argument);
    }
}
