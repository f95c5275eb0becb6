package org.gjs.lang.nodes.klass;

/**
 * A private name ({@code #x}) of one evaluation of a class: the key of the private field or
 * method on its objects. Not a string, so enumeration, {@code Object.keys} and the inspector
 * never see it; identity is per evaluation, as the spec wants.
 */
public final class PrivateName {
    private final String description;
    /** A private method (not a field): it cannot be written. */
    private final boolean method;

    public PrivateName(String description, boolean method) {
        this.description = description;
        this.method = method;
    }

    public String description() {
        return description;
    }

    public boolean isMethod() {
        return method;
    }

    @Override
    public String toString() {
        return description;
    }
}
