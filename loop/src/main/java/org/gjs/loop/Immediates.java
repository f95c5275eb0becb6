package org.gjs.loop;

/**
 * Node's immediate queue (processImmediate in lib/internal/timers.js) for one loop. The check
 * phase detaches the queue before running it, so immediates added meanwhile wait for the next
 * turn; the detached batch is kept as {@link #outstanding} so that, after a callback throws,
 * the next check pass resumes with the rest of it.
 */
final class Immediates {
    private final EventLoop loop;
    /** Added since the current check phase began. */
    private ImmediateList queue = new ImmediateList();
    /** The batch the current check phase is running. */
    private ImmediateList outstanding = new ImmediateList();
    /** Pending immediates, ref'd or not (Node's immediateInfo[kCount]). */
    int count;
    /** Pending ref'd immediates (kRefCount): while > 0 the loop is alive and poll must not block. */
    int refCount;

    Immediates(EventLoop loop) {
        this.loop = loop;
    }

    Immediate schedule(Runnable callback) {
        if (callback == null) {
            throw new NullPointerException("callback");
        }
        Immediate i = new Immediate(this, callback);
        queue.append(i);
        count++;
        refCount++;
        return i;
    }

    void setRef(Immediate i, boolean ref) {
        // A run or cleared immediate has no ref state any more (Node sets kRefed to null).
        if (!i.destroyed && i.refed != ref) {
            i.refed = ref;
            refCount += ref ? 1 : -1;
        }
    }

    void clear(Immediate i) {
        if (i.destroyed) {
            return;
        }
        retire(i);
        if (i.list != null) {
            i.list.remove(i);
        }
    }

    private void retire(Immediate i) {
        i.destroyed = true;
        count--;
        if (i.refed) {
            refCount--;
            i.refed = false;
        }
        i.callback = null;
    }

    /** The check phase. */
    void runCheckPhase() {
        if (outstanding.isEmpty()) {
            if (queue.isEmpty()) {
                return;
            }
            ImmediateList batch = queue;
            queue = outstanding;
            outstanding = batch;
        }
        Immediate i;
        while ((i = outstanding.poll()) != null) {
            Runnable callback = i.callback;
            retire(i);
            callback.run();
            loop.afterCallback();
        }
    }
}
