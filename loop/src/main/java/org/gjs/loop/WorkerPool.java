package org.gjs.loop;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loop's blocking-work pool (libuv's threadpool): by default one virtual thread per job,
 * so thousands of blocking jobs wait at once; optionally capped like UV_THREADPOOL_SIZE, in
 * which case extra jobs queue in FIFO order and can be cancelled until they start.
 * Results come back to the loop thread through its completion inbox, which wakes the poll phase.
 */
public final class WorkerPool {
    /** How long close() waits for interrupted jobs to finish. */
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    final EventLoop loop;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final int maxConcurrent;
    /** Jobs waiting for a slot; only used with a cap. */
    private final ConcurrentLinkedQueue<WorkRequest<?>> waiting = new ConcurrentLinkedQueue<>();
    /** Jobs holding a slot (started or handed to the executor); only used with a cap. */
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean shutdown;
    /**
     * Threads the owned executor started and that may still be alive: a thread is still alive
     * for a moment after its job ended, so close() joins them to leave no thread behind.
     * Dead ones are pruned whenever the set doubles, which keeps the cost per job constant.
     */
    private final Set<Thread> startedThreads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pruneAbove = new AtomicInteger(PRUNE_MIN);
    private static final int PRUNE_MIN = 1024;

    WorkerPool(EventLoop loop, ExecutorService executor, int maxConcurrent) {
        this.loop = loop;
        this.maxConcurrent = maxConcurrent;
        if (executor == null) {
            // Thread-per-task executors start nothing until a job arrives.
            ThreadFactory virtualThreads = Thread.ofVirtual().name("gjs-worker-", 0).factory();
            this.executor = Executors.newThreadPerTaskExecutor(job -> {
                Thread t = virtualThreads.newThread(job);
                startedThreads.add(t);
                pruneFinishedThreads();
                return t;
            });
            this.ownsExecutor = true;
        } else {
            this.executor = executor;
            this.ownsExecutor = false;
        }
    }

    /**
     * Runs {@code job} off the loop thread and then {@code callback} on it with the job's
     * result or error. Call on the loop thread. The request keeps the loop alive until then.
     */
    public <T> WorkRequest<T> submit(Callable<? extends T> job, WorkCallback<? super T> callback) {
        if (job == null || callback == null) {
            throw new NullPointerException();
        }
        if (shutdown) {
            throw new IllegalStateException("the worker pool is shut down");
        }
        WorkRequest<T> req = new WorkRequest<>(this, job, callback);
        loop.requestStarted();
        if (maxConcurrent == 0) {
            start(req);
        } else {
            waiting.add(req);
            startWaitingJobs();
        }
        return req;
    }

    /** The cap on concurrent jobs, 0 when uncapped. */
    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** Jobs that hold a slot right now (only tracked with a cap; 0 otherwise). */
    public int runningWithCap() {
        return running.get();
    }

    private void start(WorkRequest<?> req) {
        try {
            executor.execute(req);
        } catch (RejectedExecutionException e) {
            // Only after shutdown; the loop is going away and nobody waits for the callback.
        }
    }

    /** Fills free slots from the waiting queue; called on submit and whenever a job ends. */
    private void startWaitingJobs() {
        while (!waiting.isEmpty()) {
            int r = running.get();
            if (r >= maxConcurrent) {
                return;
            }
            if (!running.compareAndSet(r, r + 1)) {
                continue;
            }
            WorkRequest<?> next;
            do {
                next = waiting.poll();
            } while (next != null && next.isCancelled());
            if (next == null) {
                running.decrementAndGet(); // raced with another starter; re-check the queue
            } else {
                start(next);
            }
        }
    }

    /** A job ended or was skipped; called on the worker thread. */
    void jobEnded() {
        if (maxConcurrent != 0) {
            running.decrementAndGet();
            if (!shutdown) {
                startWaitingJobs();
            }
        }
    }

    private void pruneFinishedThreads() {
        int limit = pruneAbove.get();
        if (startedThreads.size() > limit && pruneAbove.compareAndSet(limit, Integer.MAX_VALUE)) {
            startedThreads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
            pruneAbove.set(Math.max(PRUNE_MIN, startedThreads.size() * 2));
        }
    }

    /** Drops queued jobs, interrupts running ones and waits (bounded) for their threads to end. */
    void shutdown() {
        shutdown = true;
        waiting.clear();
        if (ownsExecutor) {
            executor.shutdownNow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHUTDOWN_WAIT_SECONDS);
            try {
                executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
                for (Thread t : startedThreads) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                        break; // a job ignores interrupts: give up waiting rather than hang close()
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            startedThreads.clear();
        }
    }
}
