package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Environment;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.PropertyDescriptors;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Strings;

/** One element of a class body as the class definition evaluates it, in source order. */
public abstract class ClassElementNode extends Node {
    /** @param prototype the class's prototype object; @param constructor the class */
    public abstract void execute(VirtualFrame frame, JSObject prototype, JSFunctionObject constructor);

    @TruffleBoundary
    static Object propertyKey(Object value) {
        return Conversions.toStringUncached(Conversions.toPrimitive(value, Conversions.Hint.STRING));
    }

    /** A method with a string key: a non-enumerable property of the prototype (or of the class, static). */
    public static final class Method extends ClassElementNode {
        /** A plain method, or one half of a non-enumerable accessor property (joined with the other half of the same key). */
        public enum Kind {
            METHOD,
            GETTER,
            SETTER
        }

        @Child private JSNode key;
        @Child private JSNode function;
        private final boolean isStatic;
        private final boolean computed;
        private final Kind kind;

        public Method(JSNode key, JSNode function, boolean isStatic, boolean computed, Kind kind) {
            this.key = key;
            this.function = function;
            this.isStatic = isStatic;
            this.computed = computed;
            this.kind = kind;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject prototype, JSFunctionObject constructor) {
            Object k = propertyKey(key.execute(frame));
            Object method = function.execute(frame);
            define(isStatic ? constructor : prototype, k, (JSFunctionObject) method, computed, kind);
        }

        @TruffleBoundary
        private static void define(JSObject target, Object key, JSFunctionObject method, boolean computed, Kind kind) {
            if (computed) {
                String prefix = kind == Kind.GETTER ? "get " : kind == Kind.SETTER ? "set " : "";
                DynamicObjectLibrary.getUncached().putWithFlags(method, Strings.NAME, Strings.fromJava(prefix + key), PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE);
            }
            switch (kind) {
                case GETTER -> PropertyDescriptors.defineAccessor(target, key, method, null, false);
                case SETTER -> PropertyDescriptors.defineAccessor(target, key, null, method, false);
                default -> DynamicObjectLibrary.getUncached().putWithFlags(target, key, method, PropertyFlags.NOT_ENUMERABLE);
            }
        }
    }

    /** A private method: the function goes to its class-environment slot; a static one is also put on the class under its private name. */
    public static final class PrivateMethod extends ClassElementNode {
        @Child private JSNode function;
        private final int nameIndex;
        private final int functionIndex;
        private final boolean isStatic;

        public PrivateMethod(JSNode function, int nameIndex, int functionIndex, boolean isStatic) {
            this.function = function;
            this.nameIndex = nameIndex;
            this.functionIndex = functionIndex;
            this.isStatic = isStatic;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject prototype, JSFunctionObject constructor) {
            Environment env = EnvironmentSlot.current(frame);
            Object method = function.execute(frame);
            env.set(functionIndex, method);
            if (isStatic) {
                define(constructor, env.get(nameIndex), method);
            }
        }

        @TruffleBoundary
        private static void define(JSObject target, Object key, Object method) {
            DynamicObjectLibrary.getUncached().putWithFlags(target, key, method, PropertyFlags.NOT_WRITABLE);
        }
    }

    /** A field with a computed key: the key is evaluated (ToPropertyKey) once, when the class is, and kept in the class environment. */
    public static final class ComputedFieldKey extends ClassElementNode {
        @Child private JSNode key;
        private final int keyIndex;

        public ComputedFieldKey(JSNode key, int keyIndex) {
            this.key = key;
            this.keyIndex = keyIndex;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject prototype, JSFunctionObject constructor) {
            EnvironmentSlot.current(frame).set(keyIndex, propertyKey(key.execute(frame)));
        }
    }
}
