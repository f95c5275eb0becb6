package org.gjs.lang.runtime;

import com.oracle.truffle.api.object.Shape;

/** The root shape of each object kind. Engine-shared: every realm derives its shapes from these. */
public final class RootShapes {
    private final Shape ordinary = root(ObjectKind.ORDINARY);
    private final Shape function = root(ObjectKind.FUNCTION);
    private final Shape error = root(ObjectKind.ERROR);
    private final Shape array = root(ObjectKind.ARRAY);

    private static Shape root(ObjectKind kind) {
        return Shape.newBuilder().layout(JSObject.class, JSObject.LOOKUP).dynamicType(kind).build();
    }

    public Shape ordinary() {
        return ordinary;
    }

    public Shape function() {
        return function;
    }

    public Shape array() {
        return array;
    }

    public Shape error() {
        return error;
    }
}
