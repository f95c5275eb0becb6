package org.gjs.lang.runtime;

/** Attribute bits stored in a shape property's flags (the inverse of ES's defaults, so 0 = data property writable/enumerable/configurable). */
public final class PropertyFlags {
    public static final int NOT_ENUMERABLE = 1;
    public static final int NOT_WRITABLE = 2;
    public static final int NOT_CONFIGURABLE = 4;

    private PropertyFlags() {
    }
}
