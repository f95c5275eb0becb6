package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ArrayIndex;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.EnumerableKeys;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.ObjectKind;
import org.gjs.lang.runtime.PropertyDescriptors;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.PropertyWrites;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * The Object constructor, its static functions and Object.prototype's methods that need no
 * property attributes (defineProperty, freeze and getters/setters come with them).
 */
final class ObjectBuiltins {
    enum Method {
        CONSTRUCT("Object", 1),
        KEYS("keys", 1),
        VALUES("values", 1),
        ENTRIES("entries", 1),
        ASSIGN("assign", 2),
        CREATE("create", 2),
        GET_PROTOTYPE_OF("getPrototypeOf", 1),
        SET_PROTOTYPE_OF("setPrototypeOf", 2),
        GET_OWN_PROPERTY_NAMES("getOwnPropertyNames", 1),
        HAS_OWN("hasOwn", 2),
        DEFINE_PROPERTY("defineProperty", 3),
        DEFINE_PROPERTIES("defineProperties", 2),
        GET_OWN_PROPERTY_DESCRIPTOR("getOwnPropertyDescriptor", 2),
        GET_OWN_PROPERTY_DESCRIPTORS("getOwnPropertyDescriptors", 1),
        FREEZE("freeze", 1),
        SEAL("seal", 1),
        PREVENT_EXTENSIONS("preventExtensions", 1),
        IS_FROZEN("isFrozen", 1),
        IS_SEALED("isSealed", 1),
        IS_EXTENSIBLE("isExtensible", 1),
        FROM_ENTRIES("fromEntries", 1),
        HAS_OWN_PROPERTY("hasOwnProperty", 1),
        IS_PROTOTYPE_OF("isPrototypeOf", 1),
        PROPERTY_IS_ENUMERABLE("propertyIsEnumerable", 1),
        TO_STRING("toString", 0),
        TO_LOCALE_STRING("toLocaleString", 0),
        VALUE_OF("valueOf", 0);

        final String jsName;
        final int length;

        Method(String jsName, int length) {
            this.jsName = jsName;
            this.length = length;
        }

        Builtin builtin() {
            return new Builtin(jsName, length, () -> new ObjectMethodNode(this), this == CONSTRUCT);
        }
    }

    static final Method[] STATICS = {Method.KEYS, Method.VALUES, Method.ENTRIES, Method.ASSIGN, Method.CREATE, Method.GET_PROTOTYPE_OF, Method.SET_PROTOTYPE_OF,
                    Method.GET_OWN_PROPERTY_NAMES, Method.HAS_OWN, Method.DEFINE_PROPERTY, Method.DEFINE_PROPERTIES, Method.GET_OWN_PROPERTY_DESCRIPTOR,
                    Method.GET_OWN_PROPERTY_DESCRIPTORS, Method.FREEZE, Method.SEAL, Method.PREVENT_EXTENSIONS, Method.IS_FROZEN, Method.IS_SEALED, Method.IS_EXTENSIBLE,
                    Method.FROM_ENTRIES};
    static final Method[] PROTOTYPE = {Method.HAS_OWN_PROPERTY, Method.IS_PROTOTYPE_OF, Method.PROPERTY_IS_ENUMERABLE, Method.TO_STRING, Method.TO_LOCALE_STRING,
                    Method.VALUE_OF};

    private ObjectBuiltins() {
    }

    static Builtin[] builtins(Method[] methods) {
        Builtin[] builtins = new Builtin[methods.length];
        for (int i = 0; i < methods.length; i++) {
            builtins[i] = methods[i].builtin();
        }
        return builtins;
    }

    static final class ObjectMethodNode extends BuiltinNode {
        private final Method method;

        ObjectMethodNode(Method method) {
            this.method = method;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return run(GjsContext.get(this).getRealm(), thisValue(frame), argument(frame, 0), argument(frame, 1), frame.getArguments());
        }

        @TruffleBoundary
        private Object run(JSRealm realm, Object self, Object first, Object second, Object[] frameArguments) {
            return switch (method) {
                case CONSTRUCT -> first instanceof JSObject ? first : realm.newObject(); // wrappers of primitives come with their constructors
                case KEYS -> keyArray(realm, toObject(first));
                case VALUES, ENTRIES -> valueArray(realm, toObject(first), method == Method.ENTRIES);
                case ASSIGN -> assign(realm, toObject(first), frameArguments);
                case CREATE -> create(realm, first, second);
                case GET_PROTOTYPE_OF -> toObject(first).getPrototypeUncached();
                case SET_PROTOTYPE_OF -> setPrototypeOf(first, second);
                case GET_OWN_PROPERTY_NAMES -> ownNames(realm, toObject(first));
                case HAS_OWN -> hasOwn(toObject(first), first, second);
                case DEFINE_PROPERTY -> {
                    if (!(first instanceof JSObject target)) {
                        throw typeError("Object.defineProperty called on non-object");
                    }
                    PropertyDescriptors.define(target, Conversions.toStringUncached(second), frameArguments.length > JSFunctionObject.ARGUMENTS_OFFSET + 2
                                    ? frameArguments[JSFunctionObject.ARGUMENTS_OFFSET + 2] : Undefined.INSTANCE, this);
                    yield target;
                }
                case DEFINE_PROPERTIES -> {
                    if (!(first instanceof JSObject target)) {
                        throw typeError("Object.defineProperties called on non-object");
                    }
                    JSObject descriptors = toObject(second);
                    for (TruffleString key : EnumerableKeys.ownEnumerableStringKeys(descriptors)) {
                        PropertyDescriptors.define(target, key, descriptors.getUncached(key), this);
                    }
                    yield target;
                }
                case GET_OWN_PROPERTY_DESCRIPTOR -> PropertyDescriptors.describe(realm, toObject(first), Conversions.toStringUncached(second));
                case GET_OWN_PROPERTY_DESCRIPTORS -> {
                    JSObject object = toObject(first);
                    JSObject result = realm.newObject();
                    JSArrayObject names = ownNames(realm, object);
                    for (int i = 0; i < names.length(); i++) {
                        TruffleString key = (TruffleString) names.get(i);
                        result.putUncached(key, PropertyDescriptors.describe(realm, object, key));
                    }
                    yield result;
                }
                case FREEZE, SEAL, PREVENT_EXTENSIONS -> {
                    if (first instanceof JSObject object) {
                        PropertyDescriptors.restrict(object, method == Method.FREEZE, method == Method.SEAL, this);
                    }
                    yield first;
                }
                case IS_FROZEN, IS_SEALED -> !(first instanceof JSObject object) || PropertyDescriptors.isRestricted(object, method == Method.IS_FROZEN);
                case IS_EXTENSIBLE -> first instanceof JSObject object && PropertyDescriptors.isExtensible(object);
                case FROM_ENTRIES -> {
                    if (!(first instanceof JSArrayObject entries)) {
                        throw typeError("Object.fromEntries of a non-array is not supported by gjs yet (no iterator protocol)");
                    }
                    JSObject result = realm.newObject();
                    for (int i = 0; i < entries.length(); i++) {
                        if (!(entries.get(i) instanceof JSArrayObject pair)) {
                            throw typeError("Iterator value " + Conversions.toDisplayStringUncached(entries.get(i)) + " is not an entry object");
                        }
                        Object value = pair.get(1);
                        result.putUncached(Conversions.toStringUncached(pair.get(0) == null ? Undefined.INSTANCE : pair.get(0)), value == null ? Undefined.INSTANCE : value);
                    }
                    yield result;
                }
                case HAS_OWN_PROPERTY -> hasOwn(toObject(self), self, first);
                case IS_PROTOTYPE_OF -> isPrototypeOf(self, first);
                case PROPERTY_IS_ENUMERABLE -> isEnumerable(toObject(self), first);
                case TO_STRING, TO_LOCALE_STRING -> Strings.fromJava("[object " + tag(self) + "]");
                case VALUE_OF -> toObject(self);
            };
        }

        private JSObject toObject(Object value) {
            if (value instanceof JSObject object) {
                return object;
            }
            if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
                throw typeError("Cannot convert undefined or null to object");
            }
            throw typeError(method.jsName + " of a primitive value is not supported by gjs yet (no wrapper objects)");
        }

        private static JSArrayObject keyArray(JSRealm realm, JSObject object) {
            JSArrayObject result = JSArrayObject.createEmpty(realm);
            if (object instanceof JSArrayObject array) {
                for (int i = 0; i < array.length(); i++) {
                    if (array.get(i) != null) {
                        result.set(result.length(), Strings.fromJava(Integer.toString(i)));
                    }
                }
            }
            for (TruffleString key : EnumerableKeys.ownEnumerableStringKeys(object)) {
                result.set(result.length(), key);
            }
            return result;
        }

        private static JSArrayObject valueArray(JSRealm realm, JSObject object, boolean entries) {
            JSArrayObject keys = keyArray(realm, object);
            JSArrayObject result = JSArrayObject.createEmpty(realm);
            for (int i = 0; i < keys.length(); i++) {
                TruffleString key = (TruffleString) keys.get(i);
                Object value = get(object, key);
                if (entries) {
                    JSArrayObject pair = JSArrayObject.createEmpty(realm);
                    pair.set(0, key);
                    pair.set(1, value);
                    value = pair;
                }
                result.set(i, value);
            }
            return result;
        }

        private static Object get(JSObject object, TruffleString key) {
            if (object instanceof JSArrayObject array) {
                int index = ArrayIndex.of(key);
                if (index != ArrayIndex.NOT_AN_INDEX) {
                    Object value = array.get(index);
                    return value == null ? Undefined.INSTANCE : value;
                }
            }
            return object.getUncached(key);
        }

        private static Object assign(JSRealm realm, JSObject target, Object[] frameArguments) {
            for (int i = JSFunctionObject.ARGUMENTS_OFFSET + 1; i < frameArguments.length; i++) {
                if (frameArguments[i] instanceof JSObject source) {
                    JSArrayObject keys = keyArray(realm, source);
                    for (int k = 0; k < keys.length(); k++) {
                        TruffleString key = (TruffleString) keys.get(k);
                        Object value = get(source, key);
                        int index = ArrayIndex.of(key);
                        if (target instanceof JSArrayObject array && index != ArrayIndex.NOT_AN_INDEX) {
                            array.set(index, value);
                        } else {
                            target.putUncached(key, value);
                        }
                    }
                }
            }
            return target;
        }

        private Object create(JSRealm realm, Object prototype, Object properties) {
            if (!(prototype instanceof JSObject) && prototype != Null.INSTANCE) {
                throw typeError("Object prototype may only be an Object or null: " + Conversions.toDisplayStringUncached(prototype));
            }
            if (properties != Undefined.INSTANCE) {
                throw typeError("Object.create with property descriptors is not supported by gjs yet");
            }
            JSObject object = JSObject.create(realm.getObjectShape());
            DynamicObjectLibrary.getUncached().putConstant(object, JSObject.PROTOTYPE_KEY, prototype, 0);
            return object;
        }

        private Object setPrototypeOf(Object target, Object prototype) {
            if (!(prototype instanceof JSObject) && prototype != Null.INSTANCE) {
                throw typeError("Object prototype may only be an Object or null: " + Conversions.toDisplayStringUncached(prototype));
            }
            if (target instanceof JSObject object) {
                for (Object p = prototype; p instanceof JSObject o; p = o.getPrototypeUncached()) {
                    if (o == object) {
                        throw typeError("Cyclic __proto__ value");
                    }
                }
                DynamicObjectLibrary.getUncached().putConstant(object, JSObject.PROTOTYPE_KEY, prototype, 0);
                PropertyWrites.notePrototypeChange();
            }
            return target;
        }

        private static JSArrayObject ownNames(JSRealm realm, JSObject object) {
            JSArrayObject result = JSArrayObject.createEmpty(realm);
            if (object instanceof JSArrayObject array) {
                for (int i = 0; i < array.length(); i++) {
                    if (array.get(i) != null) {
                        result.set(result.length(), Strings.fromJava(Integer.toString(i)));
                    }
                }
                result.set(result.length(), Strings.LENGTH);
            }
            for (Property property : DynamicObjectLibrary.getUncached().getPropertyArray(object)) {
                if (property.getKey() instanceof TruffleString key) {
                    result.set(result.length(), key);
                }
            }
            return result;
        }

        private static boolean hasOwn(JSObject object, Object original, Object key) {
            TruffleString name = Conversions.toStringUncached(key);
            if (object instanceof JSArrayObject array) {
                int index = ArrayIndex.of(name);
                if (index != ArrayIndex.NOT_AN_INDEX) {
                    return array.get(index) != null;
                }
                if (name.equalsUncached(Strings.LENGTH, Strings.ENCODING)) {
                    return true;
                }
            }
            return DynamicObjectLibrary.getUncached().containsKey(object, name);
        }

        private static boolean isPrototypeOf(Object self, Object value) {
            if (!(value instanceof JSObject object)) {
                return false;
            }
            for (Object p = object.getPrototypeUncached(); p instanceof JSObject o; p = o.getPrototypeUncached()) {
                if (o == self) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isEnumerable(JSObject object, Object key) {
            TruffleString name = Conversions.toStringUncached(key);
            if (object instanceof JSArrayObject array && ArrayIndex.of(name) != ArrayIndex.NOT_AN_INDEX) {
                return array.get(ArrayIndex.of(name)) != null;
            }
            Property property = DynamicObjectLibrary.getUncached().getProperty(object, name);
            return property != null && (property.getFlags() & PropertyFlags.NOT_ENUMERABLE) == 0;
        }

        /** Object.prototype.toString's builtin tag (Symbol.toStringTag comes with symbols). */
        private static String tag(Object value) {
            if (value == Undefined.INSTANCE) {
                return "Undefined";
            }
            if (value == Null.INSTANCE) {
                return "Null";
            }
            if (value instanceof JSArrayObject) {
                return "Array";
            }
            if (value instanceof JSFunctionObject) {
                return "Function";
            }
            if (value instanceof JSObject object) {
                return object.kind() == ObjectKind.ERROR ? "Error" : "Object";
            }
            if (value instanceof TruffleString) {
                return "String";
            }
            if (value instanceof Boolean) {
                return "Boolean";
            }
            return value instanceof Integer || value instanceof Double ? "Number" : "Object";
        }

        private JSException typeError(String message) {
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, message, this);
        }
    }

}
