package org.gjs.lang.translate;

import org.gjs.lang.parser.Scope;

/** What a name refers to at one place in the program. */
sealed interface Resolution {
    /** A global: the global lexical record or a property of the global object. */
    record Global() implements Resolution {
    }

    /** A binding in the current function's frame; binding is null for the implicit arguments object. */
    record Frame(Scope.Binding binding, int slot, ScopeLayout layout) implements Resolution {
    }

    /** A captured binding, {@code hops} environments up from the current one; binding is null for the implicit arguments object. */
    record Environment(Scope.Binding binding, int hops, int index) implements Resolution {
    }
}
