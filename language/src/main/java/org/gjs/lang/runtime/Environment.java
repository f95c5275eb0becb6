package org.gjs.lang.runtime;

/**
 * The captured bindings of one scope: the variables that inner closures can see. Bindings that no
 * closure captures stay in frame slots and never get here, so most frames stay virtual. A slot
 * holding Java null is a lexical binding still in its temporal dead zone.
 */
public final class Environment {
    private final Environment parent;
    private final Object[] slots;

    public Environment(Environment parent, int size) {
        this.parent = parent;
        this.slots = new Object[size];
    }

    private Environment(Environment parent, Object[] slots) {
        this.parent = parent;
        this.slots = slots;
    }

    public Environment parent() {
        return parent;
    }

    public Object get(int index) {
        return slots[index];
    }

    public void set(int index, Object value) {
        slots[index] = value;
    }

    /** A fresh environment with the same values: each iteration of {@code for (let ...)} gets its own bindings. */
    public Environment copy() {
        return new Environment(parent, slots.clone());
    }
}
