package org.gjs.lang.runtime;

import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A JS function: the shared {@link FunctionData} plus the scope it closed over. Arguments of a
 * call are laid out as {@code [callee, this, arg0, arg1, ...]}.
 */
@ExportLibrary(InteropLibrary.class)
public final class JSFunctionObject extends JSObject {
    public static final int CALLEE_INDEX = 0;
    public static final int THIS_INDEX = 1;
    public static final int ARGUMENTS_OFFSET = 2;

    private final FunctionData data;
    private final Environment scope;

    public JSFunctionObject(Shape shape, FunctionData data, Environment scope) {
        super(shape);
        this.data = data;
        this.scope = scope;
    }

    public FunctionData getData() {
        return data;
    }

    /** The environment the function closed over, or null for top-level functions and built-ins. */
    public Environment getScope() {
        return scope;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments, @Cached IndirectCallNode callNode) throws UnsupportedTypeException, ArityException {
        Object[] frameArguments = hostArguments(this, arguments);
        return callNode.call(data.getCallTarget(), frameArguments);
    }

    @TruffleBoundary
    private static Object[] hostArguments(JSFunctionObject callee, Object[] arguments) {
        Object[] frameArguments = new Object[arguments.length + ARGUMENTS_OFFSET];
        frameArguments[CALLEE_INDEX] = callee;
        frameArguments[THIS_INDEX] = Undefined.INSTANCE;
        for (int i = 0; i < arguments.length; i++) {
            frameArguments[i + ARGUMENTS_OFFSET] = HostValues.toJS(arguments[i]);
        }
        return frameArguments;
    }
}
