package org.gjs.lang.nodes.klass;

/** Which kind of function a call target belongs to, as far as construction cares. */
public enum ClassKind {
    /** A class without {@code extends}: its constructor allocates {@code this} from new.target's prototype. */
    BASE,
    /** A class with {@code extends}: {@code this} is unbound until {@code super(...)} returns. */
    DERIVED
}
