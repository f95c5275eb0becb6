package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Accessor;
import org.gjs.lang.runtime.ArrayIndex;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * [[Get]] on any value with any key. Array elements by int index and string-keyed properties of
 * objects (shape-cached own lookup, then one shape-cached prototype level, then a walk) are the
 * fast paths; other keys go through ToPropertyKey.
 */
@GenerateInline(false)
public abstract class ReadPropertyNode extends Node {
    public abstract Object execute(Object receiver, Object key);

    @Specialization(guards = "index >= 0")
    protected static Object readElement(JSArrayObject array, int index) {
        Object value = array.get(index);
        // A hole or an index past the end would consult the prototype chain, which has no indexed properties yet.
        return value != null ? value : Undefined.INSTANCE;
    }

    @Specialization(guards = "isLength(key, equals)")
    protected static int readArrayLength(JSArrayObject array, @SuppressWarnings("unused") TruffleString key,
                    @Cached @SuppressWarnings("unused") TruffleString.EqualNode equals) {
        return array.length();
    }

    @Specialization(limit = "4")
    protected static Object readObject(JSObject object, TruffleString key,
                    @CachedLibrary("object") DynamicObjectLibrary own,
                    @CachedLibrary(limit = "2") DynamicObjectLibrary prototypeLibrary) {
        Object value = own.getOrDefault(object, key, null);
        if (value != null) {
            return value instanceof Accessor accessor ? accessor.get(object) : value;
        }
        Object prototype = own.getOrDefault(object, JSObject.PROTOTYPE_KEY, Null.INSTANCE);
        if (prototype instanceof JSObject proto) {
            value = prototypeLibrary.getOrDefault(proto, key, null);
            if (value != null) {
                return value instanceof Accessor accessor ? accessor.get(object) : value;
            }
            return proto.getUncached(key, object);
        }
        return Undefined.INSTANCE;
    }

    @Specialization(guards = "index >= 0")
    protected static Object readChar(TruffleString string, int index,
                    @Cached TruffleString.SubstringByteIndexNode substring) {
        if (index >= string.byteLength(Strings.ENCODING) / 2) {
            return Undefined.INSTANCE;
        }
        return substring.execute(string, index * 2, 2, Strings.ENCODING, true);
    }

    /** A method or property of a string: String.prototype's, with a shape-cached lookup. */
    @Specialization
    protected static Object readStringProperty(TruffleString string, TruffleString key,
                    @Cached TruffleString.EqualNode equals,
                    @CachedLibrary(limit = "1") DynamicObjectLibrary prototypeLibrary, @Bind Node node) {
        if (isLength(key, equals)) {
            return string.byteLength(Strings.ENCODING) / 2;
        }
        JSObject prototype = GjsContext.get(node).getRealm().getStringPrototype();
        Object value = prototypeLibrary.getOrDefault(prototype, key, null);
        if (value != null) {
            return value instanceof Accessor accessor ? accessor.get(string) : value;
        }
        return prototype.getUncached(key, string);
    }

    @Specialization(guards = "isNullish(receiver)")
    protected static Object readNullish(Object receiver, Object key, @Bind Node node) {
        throw cannotRead(node, receiver, key);
    }

    /** Everything the cases above do not cover (any key type, primitives, holes in the fast paths' guards). */
    @Specialization(guards = "!isNullish(receiver)")
    @TruffleBoundary
    protected static Object readGeneric(Object receiver, Object key, @Bind Node node) {
        TruffleString name = Conversions.toStringUncached(key);
        int index = ArrayIndex.of(name);
        if (receiver instanceof JSArrayObject array) {
            if (index != ArrayIndex.NOT_AN_INDEX) {
                return readElement(array, index);
            }
            if (name.equalsUncached(Strings.LENGTH, Strings.ENCODING)) {
                return array.length();
            }
        }
        if (receiver instanceof JSObject object) {
            return object.getUncached(name);
        }
        if (receiver instanceof TruffleString string) {
            if (name.equalsUncached(Strings.LENGTH, Strings.ENCODING)) {
                return string.byteLength(Strings.ENCODING) / 2;
            }
            if (index != ArrayIndex.NOT_AN_INDEX && index < string.byteLength(Strings.ENCODING) / 2) {
                return string.substringByteIndexUncached(index * 2, 2, Strings.ENCODING, true);
            }
        }
        JSObject prototype = GjsContext.get(node).getRealm().prototypeOfPrimitive(receiver);
        if (prototype != null) {
            return prototype.getUncached(name, receiver);
        }
        return Undefined.INSTANCE; // foreign values are read through interop later
    }

    protected static boolean isLength(TruffleString key, TruffleString.EqualNode equals) {
        return equals.execute(key, Strings.LENGTH, Strings.ENCODING);
    }

    protected static boolean isNullish(Object value) {
        return value == Undefined.INSTANCE || value == Null.INSTANCE;
    }

    @TruffleBoundary
    private static JSException cannotRead(Node node, Object receiver, Object key) {
        String message = "Cannot read properties of " + Conversions.toStringUncached(receiver) + " (reading '" + Conversions.toStringUncached(key) + "')";
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, message, node);
    }
}
