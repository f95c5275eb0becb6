package org.gjs.loop;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * One blocking job (libuv's uv_work_t): counted as an active request of the loop from
 * submission until its callback has run on the loop thread.
 */
public final class WorkRequest<T> implements Runnable, LoopCompletion {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CANCELLED = 3;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(WorkRequest.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final WorkerPool pool;
    private Callable<? extends T> job;
    private final WorkCallback<? super T> callback;
    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state = QUEUED;
    // Written by the worker (or by cancel on the loop thread) before the request goes through
    // the completion queue, which publishes them to the loop thread.
    private T result;
    private Throwable error;

    WorkRequest(WorkerPool pool, Callable<? extends T> job, WorkCallback<? super T> callback) {
        this.pool = pool;
        this.job = job;
        this.callback = callback;
    }

    /**
     * Cancels the job if no thread has started it yet (libuv's uv_cancel); the callback then
     * runs in a later poll phase with a CancellationException. Returns false once the job runs.
     */
    public boolean cancel() {
        if (STATE.compareAndSet(this, QUEUED, CANCELLED)) {
            error = new CancellationException("work request cancelled");
            job = null;
            pool.loop.inbox.post(this);
            return true;
        }
        return false;
    }

    public boolean isCancelled() {
        return (int) STATE.getVolatile(this) == CANCELLED;
    }

    /** Whether a worker has started it (it may have finished). */
    public boolean hasStarted() {
        int s = (int) STATE.getVolatile(this);
        return s == RUNNING || s == DONE;
    }

    /** Runs on a worker thread. */
    @Override
    public void run() {
        if (!STATE.compareAndSet(this, QUEUED, RUNNING)) {
            pool.jobEnded(); // cancelled while waiting for a thread: give its slot back
            return;
        }
        try {
            result = job.call();
        } catch (Throwable t) {
            error = t;
        }
        job = null;
        STATE.setVolatile(this, DONE);
        pool.jobEnded();
        pool.loop.inbox.post(this);
    }

    /** Runs on the loop thread, in the poll phase. */
    @Override
    public void complete() {
        pool.loop.requestFinished();
        T r = result;
        Throwable e = error;
        result = null;
        error = null;
        callback.done(r, e);
        pool.loop.afterCallback();
    }
}
