package org.gjs.lang.runtime;

import com.oracle.truffle.api.object.Shape;

/** A RegExp object: its source and flags, and the TRegex matcher compiled from them. */
public final class JSRegExpObject extends JSObject {
    private final String source;
    private final String flags;
    private final Object compiled;

    public JSRegExpObject(Shape shape, String source, String flags, Object compiled) {
        super(shape);
        this.source = source;
        this.flags = flags;
        this.compiled = compiled;
    }

    public String source() {
        return source;
    }

    public String flags() {
        return flags;
    }

    public Object compiled() {
        return compiled;
    }

    public boolean hasFlag(char flag) {
        return flags.indexOf(flag) >= 0;
    }
}
