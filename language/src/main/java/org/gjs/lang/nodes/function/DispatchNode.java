package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.HostValues;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;

/**
 * Calls a function value. A call site sees few function literals, so it caches on the literal's
 * shared {@link FunctionData} (every closure of one literal hits the same entry) with a
 * {@link DirectCallNode} Graal can inline; past the limit it goes indirect.
 */
@GenerateInline(false)
public abstract class DispatchNode extends Node {
    /** What a failed call says the callee was: V8 names the callee's source text ("obj.foo is not a function"). */
    private final String calleeText;

    protected DispatchNode(String calleeText) {
        this.calleeText = calleeText;
    }

    public abstract Object execute(Object function, Object[] arguments);

    @Specialization(guards = "function.getData() == cachedData", limit = "3")
    protected static Object callDirect(@SuppressWarnings("unused") JSFunctionObject function, Object[] arguments,
                    @Cached("function.getData()") @SuppressWarnings("unused") FunctionData cachedData,
                    @Cached("create(cachedData.getCallTarget())") DirectCallNode call) {
        return call.call(arguments);
    }

    @Specialization(replaces = "callDirect")
    protected static Object callIndirect(JSFunctionObject function, Object[] arguments, @Cached IndirectCallNode call) {
        return call.call(function.getData().getCallTarget(), arguments);
    }

    /** A function of another language or of the host: called through interop with the JS arguments (not the callee or this). */
    @Specialization(guards = {"!isJSFunction(function)", "interop.isExecutable(function)"}, limit = "3")
    protected Object callForeign(Object function, Object[] arguments, @CachedLibrary("function") InteropLibrary interop, @Bind Node node) {
        Object[] foreignArguments = new Object[arguments.length - JSFunctionObject.ARGUMENTS_OFFSET];
        System.arraycopy(arguments, JSFunctionObject.ARGUMENTS_OFFSET, foreignArguments, 0, foreignArguments.length);
        try {
            return HostValues.toJS(interop.execute(function, foreignArguments));
        } catch (UnsupportedTypeException | ArityException | UnsupportedMessageException e) {
            throw foreignCallFailed(node, e);
        }
    }

    protected static boolean isJSFunction(Object value) {
        return value instanceof JSFunctionObject;
    }

    @TruffleBoundary
    private JSException foreignCallFailed(Node node, Exception e) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, calleeText + " could not be called: " + e.getMessage(), node);
    }

    @Fallback
    protected Object notCallable(@SuppressWarnings("unused") Object function, @SuppressWarnings("unused") Object[] arguments, @Bind Node node) {
        throw notAFunction(node);
    }

    @TruffleBoundary
    private JSException notAFunction(Node node) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, calleeText + " is not a function", node);
    }
}
