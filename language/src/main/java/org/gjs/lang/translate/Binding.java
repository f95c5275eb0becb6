package org.gjs.lang.translate;

/** A name declared in a function's frame: where it lives and what kind of declaration made it. */
final class Binding {
    enum Kind {
        VAR,
        PARAMETER,
        FUNCTION,
        LET,
        CONST,
        CLASS;

        boolean isLexical() {
            return this == LET || this == CONST || this == CLASS;
        }
    }

    final String name;
    final Kind kind;
    final int slot;
    final FunctionScope owner;
    /** Source offset after which the declaration has run on every path through its block. */
    final int initializedAfter;
    /** Set when some read may run before the declaration: its block then resets the slot on entry. */
    boolean needsTdzReset;

    Binding(String name, Kind kind, int slot, FunctionScope owner, int initializedAfter) {
        this.name = name;
        this.kind = kind;
        this.slot = slot;
        this.owner = owner;
        this.initializedAfter = initializedAfter;
    }
}
