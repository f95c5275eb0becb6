package org.gjs.lang.runtime;

/**
 * What kind of exotic or ordinary object a shape describes. Stored as the shape's dynamic type,
 * so a shape check also answers "is this an error / function / array".
 */
public enum ObjectKind {
    ORDINARY("Object"),
    FUNCTION("Function"),
    ERROR("Error"),
    ARRAY("Array");

    private final String className;

    ObjectKind(String className) {
        this.className = className;
    }

    public String className() {
        return className;
    }
}
