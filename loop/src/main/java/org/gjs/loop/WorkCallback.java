package org.gjs.loop;

/**
 * Receives the outcome of a worker job on the loop thread: either its result (error == null)
 * or what it threw; a job cancelled before it started gets a
 * {@link java.util.concurrent.CancellationException} (libuv's UV_ECANCELED).
 */
@FunctionalInterface
public interface WorkCallback<T> {
    void done(T result, Throwable error);
}
