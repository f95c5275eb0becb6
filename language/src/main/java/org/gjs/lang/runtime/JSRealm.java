package org.gjs.lang.runtime;

import java.util.EnumMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * One JS realm: the global object and the intrinsics. Per context; the shapes it derives for its
 * prototypes come from the engine-shared root shapes in {@link RootShapes}.
 */
public final class JSRealm {
    private final RootShapes rootShapes;
    private final JSObject objectPrototype;
    private final JSObject functionPrototype;
    private final Shape objectShape;
    private final Shape functionShape;
    private final Map<ErrorType, JSObject> errorPrototypes = new EnumMap<>(ErrorType.class);
    private final Map<ErrorType, Shape> errorShapes = new EnumMap<>(ErrorType.class);
    private final JSObject globalObject;
    private final JSObject timerPrototype;
    private final JSObject arrayPrototype;
    private final JSObject stringPrototype;
    private final JSObject regExpPrototype;
    private final Shape regExpShape;
    private final JSObject numberPrototype;
    private final JSObject booleanPrototype;
    private final Shape arrayShape;
    private final Shape timerShape;
    /** The global declarative record: top-level let/const/class of scripts, not properties of the global object. */
    private final JSObject globalLexicals;

    public JSRealm(RootShapes rootShapes) {
        this.rootShapes = rootShapes;
        this.objectPrototype = JSObject.create(withPrototype(rootShapes.ordinary(), Null.INSTANCE));
        this.objectShape = withPrototype(rootShapes.ordinary(), objectPrototype);
        this.functionPrototype = JSObject.create(objectShape);
        this.functionShape = withPrototype(rootShapes.function(), functionPrototype);
        JSObject errorPrototype = JSObject.create(objectShape);
        for (ErrorType type : ErrorType.values()) {
            JSObject prototype = type == ErrorType.Error ? errorPrototype : JSObject.create(withPrototype(rootShapes.ordinary(), errorPrototype));
            prototype.defineHiddenUncached(Strings.NAME, Strings.fromJava(type.name()));
            prototype.defineHiddenUncached(Strings.MESSAGE, Strings.EMPTY);
            errorPrototypes.put(type, prototype);
            errorShapes.put(type, withPrototype(rootShapes.error(), prototype));
        }
        this.arrayPrototype = JSObject.create(objectShape);
        this.stringPrototype = JSObject.create(objectShape);
        this.regExpPrototype = JSObject.create(objectShape);
        this.regExpShape = withPrototype(rootShapes.ordinary(), regExpPrototype);
        this.numberPrototype = JSObject.create(objectShape);
        this.booleanPrototype = JSObject.create(objectShape);
        this.arrayShape = withPrototype(rootShapes.array(), arrayPrototype);
        this.timerPrototype = JSObject.create(objectShape);
        this.timerShape = withPrototype(rootShapes.ordinary(), timerPrototype);
        this.globalObject = JSObject.create(objectShape);
        this.globalLexicals = JSObject.create(withPrototype(rootShapes.ordinary(), Null.INSTANCE));
        globalObject.defineHiddenUncached(Strings.constant("globalThis"), globalObject);
        globalObject.defineHiddenUncached(Strings.UNDEFINED, Undefined.INSTANCE);
        globalObject.defineHiddenUncached(Strings.constant("NaN"), Double.NaN);
        globalObject.defineHiddenUncached(Strings.constant("Infinity"), Double.POSITIVE_INFINITY);
    }

    @TruffleBoundary
    public static Shape withPrototype(Shape root, Object prototype) {
        JSObject probe = JSObject.create(root);
        DynamicObjectLibrary.getUncached().putConstant(probe, JSObject.PROTOTYPE_KEY, prototype, 0);
        return probe.getShape();
    }

    public RootShapes getRootShapes() {
        return rootShapes;
    }

    public JSObject getObjectPrototype() {
        return objectPrototype;
    }

    public JSObject getFunctionPrototype() {
        return functionPrototype;
    }

    public Shape getObjectShape() {
        return objectShape;
    }

    public Shape getFunctionShape() {
        return functionShape;
    }

    public Shape getErrorShape(ErrorType type) {
        return errorShapes.get(type);
    }

    public JSObject getErrorPrototype(ErrorType type) {
        return errorPrototypes.get(type);
    }

    public JSObject getGlobalObject() {
        return globalObject;
    }

    public JSObject getGlobalLexicals() {
        return globalLexicals;
    }

    public Shape getArrayShape() {
        return arrayShape;
    }

    /** Where property reads on a primitive look: String.prototype, Number.prototype, Boolean.prototype; null for others. */
    public JSObject prototypeOfPrimitive(Object value) {
        if (value instanceof com.oracle.truffle.api.strings.TruffleString) {
            return stringPrototype;
        }
        if (value instanceof Integer || value instanceof Double) {
            return numberPrototype;
        }
        if (value instanceof Boolean) {
            return booleanPrototype;
        }
        return null;
    }

    public JSObject getRegExpPrototype() {
        return regExpPrototype;
    }

    public Shape getRegExpShape() {
        return regExpShape;
    }

    public JSObject getStringPrototype() {
        return stringPrototype;
    }

    public JSObject getNumberPrototype() {
        return numberPrototype;
    }

    public JSObject getBooleanPrototype() {
        return booleanPrototype;
    }

    public JSObject getArrayPrototype() {
        return arrayPrototype;
    }

    public TimerObject newTimerObject() {
        return new TimerObject(timerShape);
    }

    public JSObject getTimerPrototype() {
        return timerPrototype;
    }

    public JSObject newObject() {
        return JSObject.create(objectShape);
    }

    public JSFunctionObject newFunction(FunctionData data, Environment scope) {
        return new JSFunctionObject(functionShape, data, scope);
    }
}
