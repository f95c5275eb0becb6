package org.gjs.lang.runtime;

/** The native error constructors of ECMAScript. */
public enum ErrorType {
    Error, TypeError, ReferenceError, SyntaxError, RangeError, EvalError, URIError
}
