package org.gjs.lang.runtime;

/** Attribute bits stored in a shape property's flags (the inverse of ES's defaults, so 0 = data property writable/enumerable/configurable). */
public final class PropertyFlags {
    public static final int NOT_ENUMERABLE = 1;
    public static final int NOT_WRITABLE = 2;
    public static final int NOT_CONFIGURABLE = 4;
    /** The value is an {@link Accessor}: reads call its getter, writes its setter. */
    public static final int ACCESSOR = 8;

    /** Shape flag of objects to which no property may be added (preventExtensions, seal, freeze). */
    public static final int SHAPE_NOT_EXTENSIBLE = 1;

    private PropertyFlags() {
    }
}
