package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.gjs.lang.nodes.klass.ConstructCall;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.ObjectKind;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * [[Construct]](arguments, newTarget) of a constructor, for {@code new F()} ({@code newTarget} is F)
 * and {@code super()} (newTarget is the class that {@code new} named). By the kind of the callee:
 * <ul>
 * <li>a class constructor gets a {@link ConstructCall} in its {@code this} slot and makes its own result;</li>
 * <li>a built-in (Error, Array) makes its own result with undefined {@code this}; when newTarget is
 * another function (a subclass) the result's prototype becomes {@code newTarget.prototype};</li>
 * <li>any other gjs function gets a new object from {@code newTarget.prototype} as {@code this}; its
 * result is the value returned if that is an object, else the new object.</li>
 * </ul>
 * The kind is read from the call target's root node once per {@link FunctionData} and cached.
 */
public final class ConstructNode extends Node {
    private static final int ORDINARY = 0;
    private static final int CLASS = 1;
    private static final int BUILTIN = 2;

    @Child private DispatchNode dispatch;
    @Child private AllocateThisNode allocate;
    @CompilationFinal private FunctionData cachedData;
    @CompilationFinal private int cachedKind;
    @CompilationFinal private boolean generic;
    private final ConditionProfile objectResult = ConditionProfile.create();

    public ConstructNode(String calleeText) {
        this.dispatch = DispatchNodeGen.create(calleeText);
    }

    /** @param frameArguments the arguments from {@link JSFunctionObject#ARGUMENTS_OFFSET} on; the callee and this slots are filled here */
    public Object execute(JSFunctionObject constructor, JSFunctionObject newTarget, Object[] frameArguments) {
        frameArguments[JSFunctionObject.CALLEE_INDEX] = constructor;
        int kind = kindOf(constructor.getData());
        if (kind == CLASS) {
            frameArguments[JSFunctionObject.THIS_INDEX] = new ConstructCall(newTarget);
            return dispatch.execute(constructor, frameArguments);
        }
        if (kind == BUILTIN) {
            frameArguments[JSFunctionObject.THIS_INDEX] = Undefined.INSTANCE;
            Object result = dispatch.execute(constructor, frameArguments);
            if (newTarget != constructor && result instanceof JSObject object) {
                adoptPrototype(object, newTarget);
            }
            return result;
        }
        if (allocate == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            allocate = insert(new AllocateThisNode());
        }
        JSObject instance = allocate.execute(newTarget);
        frameArguments[JSFunctionObject.THIS_INDEX] = instance;
        Object result = dispatch.execute(constructor, frameArguments);
        return objectResult.profile(result instanceof JSObject) ? result : instance;
    }

    private int kindOf(FunctionData data) {
        if (!generic) {
            if (data == cachedData) {
                return cachedKind;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (cachedData == null) {
                cachedKind = kindOfUncached(data);
                cachedData = data;
                return cachedKind;
            }
            generic = true;
        }
        return kindOfUncached(data);
    }

    @TruffleBoundary
    private static int kindOfUncached(FunctionData data) {
        if (data.isBuiltin()) {
            return BUILTIN;
        }
        return data.isClassConstructor() ? CLASS : ORDINARY; // known without translating the function
    }

    /** A built-in's result made for a subclass: GetPrototypeFromConstructor(newTarget) (kept if that is not an object). */
    @TruffleBoundary
    private static void adoptPrototype(JSObject object, JSFunctionObject newTarget) {
        if (newTarget.getUncached(Strings.PROTOTYPE) instanceof JSObject prototype) {
            boolean error = object.kind() == ObjectKind.ERROR;
            String before = error ? Strings.toJava(ErrorObjects.summary(object)) : null;
            DynamicObjectLibrary.getUncached().putConstant(object, JSObject.PROTOTYPE_KEY, prototype, 0);
            if (error && DynamicObjectLibrary.getUncached().getOrDefault(object, Strings.STACK, null) instanceof TruffleString stack) {
                // V8 writes the stack's first line with the name the subclass's prototype chain gives.
                String text = Strings.toJava(stack);
                if (text.startsWith(before)) {
                    String after = Strings.toJava(ErrorObjects.summary(object));
                    String frames = dropConstructorFrames(text.substring(before.length()), newTarget);
                    object.defineHiddenUncached(Strings.STACK, Strings.fromJava(after + frames));
                }
            }
        }
    }

    /**
     * V8 starts the stack of {@code new MyError()} at its caller: it skips frames until (and
     * including) new.target's. The captured text names each frame by its function, so the lines up to
     * the first one of new.target's name go.
     */
    private static String dropConstructorFrames(String frames, JSFunctionObject newTarget) {
        String marker = "\n    at " + newTarget.getData().getName() + " (";
        int at = frames.indexOf(marker);
        if (newTarget.getData().getName().isEmpty() || at < 0) {
            return frames;
        }
        int next = frames.indexOf("\n    at ", at + 1);
        return next < 0 ? "" : frames.substring(next);
    }
}
