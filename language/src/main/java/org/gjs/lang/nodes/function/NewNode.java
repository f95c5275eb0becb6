package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.ReadPropertyNode;
import org.gjs.lang.nodes.access.ReadPropertyNodeGen;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * {@code new F(args)}: a JS function gets a new object whose prototype is {@code F.prototype}
 * (Object.prototype if that is not an object) as {@code this}, and the call's result if it is an
 * object, else that new object. Built-in constructors make their own result.
 */
public final class NewNode extends JSNode {
    @Child private JSNode callee;
    @Children private final JSNode[] arguments;
    /** The argument list when it has spreads (then {@link #arguments} is empty). */
    @Child private SpreadArgumentsNode spreadArguments;
    @Child private DispatchNode dispatch;
    @Child private ReadPropertyNode readPrototype = ReadPropertyNodeGen.create();
    private final String calleeText;
    private final ConditionProfile objectResult = ConditionProfile.create();

    public NewNode(JSNode callee, JSNode[] arguments, String calleeText) {
        this.callee = callee;
        this.arguments = arguments;
        this.calleeText = calleeText;
        this.dispatch = DispatchNodeGen.create(calleeText);
    }

    /** {@code new F(a, ...xs)}. */
    public NewNode(JSNode callee, SpreadArgumentsNode spreadArguments, String calleeText) {
        this(callee, new JSNode[0], calleeText);
        this.spreadArguments = spreadArguments;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] frameArguments;
        if (spreadArguments != null) {
            frameArguments = spreadArguments.execute(frame);
        } else {
            frameArguments = new Object[arguments.length + JSFunctionObject.ARGUMENTS_OFFSET];
            for (int i = 0; i < arguments.length; i++) {
                frameArguments[i + JSFunctionObject.ARGUMENTS_OFFSET] = arguments[i].execute(frame);
            }
        }
        if (!(function instanceof JSFunctionObject constructor) || !constructor.getData().isConstructor()) {
            throw notAConstructor();
        }
        frameArguments[JSFunctionObject.CALLEE_INDEX] = constructor;
        if (constructor.getData().isBuiltin()) {
            frameArguments[JSFunctionObject.THIS_INDEX] = Undefined.INSTANCE;
            return dispatch.execute(constructor, frameArguments);
        }
        JSRealm realm = GjsContext.get(this).getRealm();
        Object prototype = readPrototype.execute(constructor, Strings.PROTOTYPE);
        JSObject proto = prototype instanceof JSObject p ? p : realm.getObjectPrototype();
        JSObject instance = JSObject.create(proto.instanceShape(GjsLanguage.get(this).getRootShapes()));
        frameArguments[JSFunctionObject.THIS_INDEX] = instance;
        Object result = dispatch.execute(constructor, frameArguments);
        return objectResult.profile(result instanceof JSObject) ? result : instance;
    }

    @TruffleBoundary
    private JSException notAConstructor() {
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, calleeText + " is not a constructor", this);
    }
}
