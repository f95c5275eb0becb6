package org.gjs.lang.builtins;

import java.util.function.Supplier;

/** A built-in function's name, its {@code length} and how to make its body node. */
public record Builtin(String name, int length, Supplier<BuiltinNode> body) {
}
