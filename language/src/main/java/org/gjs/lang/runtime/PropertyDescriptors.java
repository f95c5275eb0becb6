package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Property descriptors: FromPropertyDescriptor, ToPropertyDescriptor and
 * ValidateAndApplyPropertyDescriptor for string-keyed properties of ordinary objects.
 */
public final class PropertyDescriptors {
    private static final TruffleString VALUE = Strings.constant("value");
    private static final TruffleString WRITABLE = Strings.constant("writable");
    private static final TruffleString ENUMERABLE = Strings.constant("enumerable");
    private static final TruffleString CONFIGURABLE = Strings.constant("configurable");
    private static final TruffleString GET = Strings.constant("get");
    private static final TruffleString SET = Strings.constant("set");

    private PropertyDescriptors() {
    }

    /** Object.getOwnPropertyDescriptor: undefined, or a new descriptor object. */
    @TruffleBoundary
    public static Object describe(JSRealm realm, JSObject object, TruffleString key) {
        if (object instanceof JSArrayObject array) {
            int index = ArrayIndex.of(key);
            if (index != ArrayIndex.NOT_AN_INDEX || key.equalsUncached(Strings.LENGTH, Strings.ENCODING)) {
                Object value = index != ArrayIndex.NOT_AN_INDEX ? array.get(index) : (Object) array.length();
                if (value == null) {
                    return Undefined.INSTANCE;
                }
                JSObject descriptor = realm.newObject();
                descriptor.putUncached(VALUE, value);
                descriptor.putUncached(WRITABLE, true);
                descriptor.putUncached(ENUMERABLE, index != ArrayIndex.NOT_AN_INDEX);
                descriptor.putUncached(CONFIGURABLE, index != ArrayIndex.NOT_AN_INDEX);
                return descriptor;
            }
        }
        Property property = DynamicObjectLibrary.getUncached().getProperty(object, key);
        if (property == null) {
            return Undefined.INSTANCE;
        }
        int flags = property.getFlags();
        Object value = DynamicObjectLibrary.getUncached().getOrDefault(object, key, Undefined.INSTANCE);
        JSObject descriptor = realm.newObject();
        if (value instanceof Accessor accessor) {
            descriptor.putUncached(GET, accessor.getter());
            descriptor.putUncached(SET, accessor.setter());
        } else {
            descriptor.putUncached(VALUE, value);
            descriptor.putUncached(WRITABLE, (flags & PropertyFlags.NOT_WRITABLE) == 0);
        }
        descriptor.putUncached(ENUMERABLE, (flags & PropertyFlags.NOT_ENUMERABLE) == 0);
        descriptor.putUncached(CONFIGURABLE, (flags & PropertyFlags.NOT_CONFIGURABLE) == 0);
        return descriptor;
    }

    /** Object.defineProperty's work: ToPropertyDescriptor of {@code descriptor}, then define or change the property. */
    @TruffleBoundary
    public static void define(JSObject object, TruffleString key, Object descriptor, Node location) {
        if (!(descriptor instanceof JSObject d)) {
            throw typeError(location, "Property description must be an object: " + Conversions.toDisplayStringUncached(descriptor));
        }
        if (object instanceof JSArrayObject && (ArrayIndex.of(key) != ArrayIndex.NOT_AN_INDEX || key.equalsUncached(Strings.LENGTH, Strings.ENCODING))) {
            throw typeError(location, "Object.defineProperty on array elements and length is not supported by gjs yet");
        }
        boolean hasGet = d.hasPropertyUncached(GET);
        boolean hasSet = d.hasPropertyUncached(SET);
        boolean hasValue = d.hasPropertyUncached(VALUE);
        boolean hasWritable = d.hasPropertyUncached(WRITABLE);
        Object getter = hasGet ? d.getUncached(GET) : Undefined.INSTANCE;
        Object setter = hasSet ? d.getUncached(SET) : Undefined.INSTANCE;
        if ((hasGet || hasSet) && (hasValue || hasWritable)) {
            throw typeError(location, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
        }
        if (hasGet && getter != Undefined.INSTANCE && !(getter instanceof JSFunctionObject)) {
            throw typeError(location, "Getter must be a function: " + Conversions.toDisplayStringUncached(getter));
        }
        if (hasSet && setter != Undefined.INSTANCE && !(setter instanceof JSFunctionObject)) {
            throw typeError(location, "Setter must be a function: " + Conversions.toDisplayStringUncached(setter));
        }
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        Property existing = objects.getProperty(object, key);
        int oldFlags = existing == null ? PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE | PropertyFlags.NOT_CONFIGURABLE : existing.getFlags();
        Object oldValue = existing == null ? null : objects.getOrDefault(object, key, null);
        if (existing == null && (objects.getShapeFlags(object) & PropertyFlags.SHAPE_NOT_EXTENSIBLE) != 0) {
            throw typeError(location, "Cannot define property " + key + ", object is not extensible");
        }
        boolean enumerable = d.hasPropertyUncached(ENUMERABLE) ? Conversions.toBoolean(d.getUncached(ENUMERABLE)) : (oldFlags & PropertyFlags.NOT_ENUMERABLE) == 0;
        boolean configurable = d.hasPropertyUncached(CONFIGURABLE) ? Conversions.toBoolean(d.getUncached(CONFIGURABLE)) : (oldFlags & PropertyFlags.NOT_CONFIGURABLE) == 0;
        boolean accessor = hasGet || hasSet || (!hasValue && !hasWritable && oldValue instanceof Accessor);
        if (existing != null && (oldFlags & PropertyFlags.NOT_CONFIGURABLE) != 0) {
            boolean wasAccessor = oldValue instanceof Accessor;
            boolean changesValue = hasValue && !SameValue.of(d.getUncached(VALUE), oldValue);
            boolean makesWritable = hasWritable && Conversions.toBoolean(d.getUncached(WRITABLE)) && (oldFlags & PropertyFlags.NOT_WRITABLE) != 0;
            boolean changesAccessors = wasAccessor && ((hasGet && getter != ((Accessor) oldValue).getter()) || (hasSet && setter != ((Accessor) oldValue).setter()));
            if (configurable || enumerable != ((oldFlags & PropertyFlags.NOT_ENUMERABLE) == 0) || accessor != wasAccessor || changesAccessors
                            || (!wasAccessor && (oldFlags & PropertyFlags.NOT_WRITABLE) != 0 && (changesValue || makesWritable))) {
                throw typeError(location, "Cannot redefine property: " + key);
            }
        }
        int flags = (enumerable ? 0 : PropertyFlags.NOT_ENUMERABLE) | (configurable ? 0 : PropertyFlags.NOT_CONFIGURABLE);
        Object value;
        if (accessor) {
            Accessor old = oldValue instanceof Accessor a ? a : null;
            value = new Accessor(hasGet ? getter : (old != null ? old.getter() : Undefined.INSTANCE), hasSet ? setter : (old != null ? old.setter() : Undefined.INSTANCE));
            flags |= PropertyFlags.ACCESSOR;
        } else {
            boolean writable = hasWritable ? Conversions.toBoolean(d.getUncached(WRITABLE)) : (oldValue instanceof Accessor ? false : (oldFlags & PropertyFlags.NOT_WRITABLE) == 0);
            value = hasValue ? d.getUncached(VALUE) : (oldValue == null || oldValue instanceof Accessor ? Undefined.INSTANCE : oldValue);
            flags |= writable ? 0 : PropertyFlags.NOT_WRITABLE;
        }
        if ((flags & (PropertyFlags.ACCESSOR | PropertyFlags.NOT_WRITABLE)) != 0) {
            PropertyWrites.noteSpecialProperty(object);
        }
        objects.putWithFlags(object, key, value, flags);
    }

    /** Defines an accessor directly (object literal and class getters/setters): enumerable in literals, not in classes. */
    @TruffleBoundary
    public static void defineAccessor(JSObject object, Object key, Object getter, Object setter, boolean enumerable) {
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        Object old = objects.getOrDefault(object, key, null);
        Accessor previous = old instanceof Accessor a ? a : null;
        Accessor accessor = new Accessor(getter != null ? getter : (previous != null ? previous.getter() : Undefined.INSTANCE),
                        setter != null ? setter : (previous != null ? previous.setter() : Undefined.INSTANCE));
        PropertyWrites.noteSpecialProperty(object);
        objects.putWithFlags(object, key, accessor, PropertyFlags.ACCESSOR | (enumerable ? 0 : PropertyFlags.NOT_ENUMERABLE));
    }

    /** Object.freeze (all properties read-only) and Object.seal (none configurable), and preventExtensions for both. */
    @TruffleBoundary
    public static void restrict(JSObject object, boolean freeze, boolean seal, Node location) {
        if (object instanceof JSArrayObject array && array.length() > 0 && (freeze || seal)) {
            throw typeError(location, "Object." + (freeze ? "freeze" : "seal") + " of a non-empty array is not supported by gjs yet");
        }
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        PropertyWrites.noteSpecialProperty(object);
        if (freeze || seal) {
            for (Property property : objects.getPropertyArray(object)) {
                if (property.getKey() instanceof TruffleString) {
                    int flags = property.getFlags() | PropertyFlags.NOT_CONFIGURABLE;
                    if (freeze && (flags & PropertyFlags.ACCESSOR) == 0) {
                        flags |= PropertyFlags.NOT_WRITABLE;
                    }
                    objects.setPropertyFlags(object, property.getKey(), flags);
                }
            }
        }
        objects.setShapeFlags(object, objects.getShapeFlags(object) | PropertyFlags.SHAPE_NOT_EXTENSIBLE);
    }

    @TruffleBoundary
    public static boolean isExtensible(JSObject object) {
        return (DynamicObjectLibrary.getUncached().getShapeFlags(object) & PropertyFlags.SHAPE_NOT_EXTENSIBLE) == 0;
    }

    /** isFrozen (every property read-only and not configurable) or isSealed (every property not configurable), and not extensible. */
    @TruffleBoundary
    public static boolean isRestricted(JSObject object, boolean frozen) {
        if (isExtensible(object) || (object instanceof JSArrayObject array && array.length() > 0)) {
            return false;
        }
        for (Property property : DynamicObjectLibrary.getUncached().getPropertyArray(object)) {
            if (property.getKey() instanceof TruffleString) {
                int flags = property.getFlags();
                if ((flags & PropertyFlags.NOT_CONFIGURABLE) == 0 || (frozen && (flags & (PropertyFlags.NOT_WRITABLE | PropertyFlags.ACCESSOR)) == 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static JSException typeError(Node location, String message) {
        throw ErrorObjects.raise(org.gjs.lang.GjsContext.get(location).getRealm(), ErrorType.TypeError, message, location);
    }
}
