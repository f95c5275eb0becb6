package org.gjs.lang.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The JS value {@code null}: a singleton, seen by other languages as a null value. */
@ExportLibrary(InteropLibrary.class)
public final class Null implements TruffleObject {
    public static final Null INSTANCE = new Null();

    private Null() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "null";
    }

    @Override
    public String toString() {
        return "null";
    }
}
