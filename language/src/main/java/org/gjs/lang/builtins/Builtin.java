package org.gjs.lang.builtins;

import java.util.function.Supplier;

/** A built-in function's name, its {@code length}, how to make its body node, and whether {@code new} may call it. */
public record Builtin(String name, int length, Supplier<BuiltinNode> body, boolean constructor) {
    public Builtin(String name, int length, Supplier<BuiltinNode> body) {
        this(name, length, body, false);
    }
}
