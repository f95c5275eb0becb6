package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;

/** The errors of class semantics, with V8's messages. */
final class ClassErrors {
    private ClassErrors() {
    }

    @TruffleBoundary
    static JSException typeError(Node node, String message) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, message, node);
    }

    @TruffleBoundary
    static JSException referenceError(Node node, String message) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.ReferenceError, message, node);
    }

    @TruffleBoundary
    static JSException thisBeforeSuper(Node node) {
        throw referenceError(node, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
    }
}
