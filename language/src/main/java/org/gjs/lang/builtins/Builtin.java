package org.gjs.lang.builtins;

import java.util.function.Function;
import java.util.function.Supplier;

/** A built-in function's name, its {@code length}, how to make its body node, and whether {@code new} may call it. */
public record Builtin(String name, int length, Supplier<BuiltinNode> body, boolean constructor) {
    public Builtin(String name, int length, Supplier<BuiltinNode> body) {
        this(name, length, body, false);
    }

    /** An enum constant that stands for one built-in method: its JS name and {@code length}. */
    public interface Named {
        String jsName();

        int length();
    }

    /** The built-ins of a group of methods whose bodies one node class makes from the constant. */
    @SafeVarargs
    public static <T extends Named> Builtin[] of(Function<T, BuiltinNode> body, T... methods) {
        Builtin[] builtins = new Builtin[methods.length];
        for (int i = 0; i < methods.length; i++) {
            T method = methods[i];
            builtins[i] = new Builtin(method.jsName(), method.length(), () -> body.apply(method));
        }
        return builtins;
    }
}
