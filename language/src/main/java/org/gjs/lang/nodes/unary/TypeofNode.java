package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** {@code typeof x}. */
public abstract class TypeofNode extends UnaryNode {
    private static final TruffleString NUMBER = Strings.constant("number");
    private static final TruffleString STRING = Strings.constant("string");
    private static final TruffleString BOOLEAN = Strings.constant("boolean");
    private static final TruffleString UNDEFINED = Strings.constant("undefined");
    private static final TruffleString FUNCTION = Strings.constant("function");
    private static final TruffleString OBJECT = Strings.constant("object");

    @Specialization
    protected static TruffleString typeofInt(@SuppressWarnings("unused") int value) {
        return NUMBER;
    }

    @Specialization
    protected static TruffleString typeofDouble(@SuppressWarnings("unused") double value) {
        return NUMBER;
    }

    @Specialization
    protected static TruffleString typeofBoolean(@SuppressWarnings("unused") boolean value) {
        return BOOLEAN;
    }

    @Specialization
    protected static TruffleString typeofString(@SuppressWarnings("unused") TruffleString value) {
        return STRING;
    }

    @Specialization(replaces = {"typeofInt", "typeofDouble", "typeofBoolean", "typeofString"})
    protected static TruffleString typeofGeneric(Object value) {
        if (value instanceof Integer || value instanceof Double) {
            return NUMBER;
        } else if (value instanceof TruffleString) {
            return STRING;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value == Undefined.INSTANCE) {
            return UNDEFINED;
        } else if (value instanceof JSFunctionObject) {
            return FUNCTION;
        }
        return OBJECT;
    }
}
