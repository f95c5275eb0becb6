package org.gjs.loop;

/**
 * A callback queued by {@link EventLoop#setImmediate}, run in the check phase. While at least
 * one ref'd immediate is pending the loop is alive and its poll phase does not block (Node's
 * immediate idle handle); unref'd ones only run if something else gets the loop there.
 */
public final class Immediate {
    final Immediates owner;
    Runnable callback;
    boolean refed = true;
    /** Ran or was cleared. */
    boolean destroyed;
    Immediate prev;
    Immediate next;
    /** The list that holds this immediate, null once it left it. */
    ImmediateList list;

    Immediate(Immediates owner, Runnable callback) {
        this.owner = owner;
        this.callback = callback;
    }

    public Immediate ref() {
        owner.setRef(this, true);
        return this;
    }

    public Immediate unref() {
        owner.setRef(this, false);
        return this;
    }

    public boolean hasRef() {
        return refed;
    }

    /** clearImmediate: the callback will not run. Idempotent. */
    public void close() {
        owner.clear(this);
    }

    public boolean isPending() {
        return !destroyed;
    }
}
