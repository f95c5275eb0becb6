package org.gjs.lang.runtime;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * A JS object. Its {@link Shape} carries the object's {@link ObjectKind} as dynamic type and its
 * prototype as a constant property under {@link #PROTOTYPE_KEY}, so one shape check answers both
 * "which properties live where" and "which prototype", as GraalJS does.
 */
@ExportLibrary(InteropLibrary.class)
public class JSObject extends DynamicObject implements TruffleObject {
    /** The key of the constant shape property that holds [[Prototype]] (a JSObject or Null). */
    public static final Object PROTOTYPE_KEY = new Object() {
        @Override
        public String toString() {
            return "[[Prototype]]";
        }
    };

    public static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Set once this object has an accessor or read-only property or is not extensible: property adds below it take the slow path. */
    private boolean specialProperties;

    public final boolean hasSpecialProperties() {
        return specialProperties;
    }

    final void markSpecialProperties() {
        specialProperties = true;
    }

    /** The shape of ordinary objects that have this object as prototype ({@code new F} with F.prototype === this), made on first use. */
    private Shape instanceShape;

    protected JSObject(Shape shape) {
        super(shape);
    }

    public final Shape instanceShape(RootShapes rootShapes) {
        Shape shape = instanceShape;
        if (shape == null) {
            shape = makeInstanceShape(rootShapes);
        }
        return shape;
    }

    @TruffleBoundary
    private Shape makeInstanceShape(RootShapes rootShapes) {
        instanceShape = JSRealm.withPrototype(rootShapes.ordinary(), this);
        return instanceShape;
    }

    public static JSObject create(Shape shapeWithPrototype) {
        return new JSObject(shapeWithPrototype);
    }

    public final ObjectKind kind() {
        return (ObjectKind) getShape().getDynamicType();
    }

    /** The prototype, or {@link Null#INSTANCE}. */
    @TruffleBoundary
    public final Object getPrototypeUncached() {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, PROTOTYPE_KEY, Null.INSTANCE);
    }

    /** [[Get]] without caching (for built-ins and slow paths): own or inherited, getters called on this object. */
    @TruffleBoundary
    public final Object getUncached(Object key) {
        return getUncached(key, this);
    }

    /** [[Get]] with an explicit receiver: a getter found on the chain runs with {@code receiver} as this. */
    @TruffleBoundary
    public final Object getUncached(Object key, Object receiver) {
        Object current = this;
        while (current instanceof JSObject object) {
            Object value = DynamicObjectLibrary.getUncached().getOrDefault(object, key, null);
            if (value != null) {
                return value instanceof Accessor accessor ? accessor.get(receiver) : value;
            }
            current = object.getPrototypeUncached();
        }
        return Undefined.INSTANCE;
    }

    /** The raw value slot of an own property (an {@link Accessor} for accessors), or null. */
    @TruffleBoundary
    public final Object getOwnRawUncached(Object key) {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, key, null);
    }

    /** [[HasProperty]]: own or inherited. */
    @TruffleBoundary
    public final boolean hasPropertyUncached(Object key) {
        Object current = this;
        while (current instanceof JSObject object) {
            if (DynamicObjectLibrary.getUncached().containsKey(object, key)) {
                return true;
            }
            current = object.getPrototypeUncached();
        }
        return false;
    }

    @TruffleBoundary
    public final void putUncached(Object key, Object value) {
        DynamicObjectLibrary.getUncached().put(this, key, value);
    }

    @TruffleBoundary
    public final void defineHiddenUncached(Object key, Object value) {
        DynamicObjectLibrary.getUncached().putWithFlags(this, key, value, PropertyFlags.NOT_ENUMERABLE);
    }

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new KeyList(EnumerableKeys.ownEnumerableStringKeys(this));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return getUncached(Strings.fromJava(member)) != Undefined.INSTANCE
                        || DynamicObjectLibrary.getUncached().containsKey(this, Strings.fromJava(member));
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        TruffleString key = Strings.fromJava(member);
        if (!isMemberReadable(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return getUncached(key);
    }

    @ExportMessage
    final boolean isMemberModifiable(String member, @CachedLibrary("this") InteropLibrary self) {
        return self.isMemberReadable(this, member);
    }

    @ExportMessage
    final boolean isMemberInsertable(String member, @CachedLibrary("this") InteropLibrary self) {
        return !self.isMemberReadable(this, member);
    }

    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) {
        putUncached(Strings.fromJava(member), HostValues.toJS(value));
    }

    @ExportMessage
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Inspect.inspect(this, 0);
    }
}
