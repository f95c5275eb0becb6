package org.gjs.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A libuv-style event loop run by the thread that calls {@link #run()}, with Node 20's timers
 * and immediates on top. One iteration runs, in libuv's order: pending callbacks, idle/prepare
 * (nothing of ours lives there yet), poll (I/O readiness and completions posted by other
 * threads), check (immediates), close callbacks, then timers; before the first iteration the
 * due timers run once, as {@code uv_run(UV_RUN_DEFAULT)} does.
 *
 * <p>Everything here is confined to the loop thread except {@link #stop()},
 * {@link AsyncHandle#send()} and what the worker pool does on its own threads.
 *
 * <p>A callback that throws makes {@link #run()} throw the same exception; the loop is left
 * consistent and remembers where it was, so calling {@link #run()} again carries on with the
 * next callback of the same phase (what Node does after an {@code uncaughtException} handler).
 */
public final class EventLoop implements AutoCloseable {
    // Where run() is (or will resume). Each phase sets up its state on the transition into it,
    // so that re-entering a phase after an exception continues rather than restarts it.
    private static final int OUTSIDE = 0;
    private static final int FIRST_TIMERS = 1;
    private static final int LOOP_TOP = 2;
    private static final int PENDING = 3;
    private static final int POLL = 4;
    private static final int POLL_DISPATCH = 5;
    private static final int PENDING_AFTER_POLL = 6;
    private static final int CHECK = 7;
    private static final int CLOSING = 8;
    private static final int TIMERS = 9;
    /** libuv runs the pending queue at most this many times after a poll, to avoid starvation. */
    private static final int MAX_PENDING_PASSES_AFTER_POLL = 8;
    private static final Runnable NO_HOOK = () -> { };
    /** libuv hands 64 KiB to each read. */
    static final int READ_BUFFER_SIZE = 64 * 1024;

    private final long originNanos = System.nanoTime();
    private long now;
    private long timersNow;
    private int phase = OUTSIDE;
    private volatile boolean stopFlag;
    private boolean running;
    private boolean closed;

    final Timers timers = new Timers(this);
    final Immediates immediates = new Immediates(this);
    /** Active and ref'd handles (libuv's active_handles). */
    int activeHandles;
    /** In-flight requests: worker jobs, connects, writes, shutdowns (libuv's active_reqs). */
    int activeRequests;
    private Handle closingHandles;
    private Handle closingBatch;
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private int pendingLeftInPass;
    private int pendingPasses;

    private final Selector selector;
    final CompletionInbox inbox;
    private final ArrayDeque<SelectionKey> readyKeys = new ArrayDeque<>();
    private final Consumer<SelectionKey> collectReadyKey = readyKeys::add;
    private final ArrayDeque<LoopCompletion> completions = new ArrayDeque<>();

    private Runnable afterCallbackHook = NO_HOOK;
    private Runnable beforeExitHook = NO_HOOK;
    private final LoopOptions options;
    private WorkerPool workers;
    private final List<SignalHandle> startedSignals = new ArrayList<>();
    private ByteBuffer readBuffer;

    /** Creates a loop; it starts no thread until work is submitted to its worker pool. */
    public EventLoop() {
        this(LoopOptions.defaults());
    }

    public EventLoop(LoopOptions options) {
        this.options = options;
        try {
            // A selector is an epoll descriptor and a wake-up pipe, no thread.
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        this.inbox = new CompletionInbox(selector);
        updateTime();
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs the loop on the calling thread until it is no longer alive (then calls the
     * before-exit hook, and goes on if that re-armed the loop) or until {@link #stop()}.
     */
    public void run() {
        if (running) {
            throw new IllegalStateException("run() is already running");
        }
        if (closed) {
            throw new IllegalStateException("the loop is closed");
        }
        running = true;
        try {
            for (;;) {
                if (runUntilDrainedOrStopped()) {
                    return;
                }
                // Node emits 'beforeExit' when the loop drains and keeps going if it re-armed.
                beforeExitHook.run();
                afterCallback();
                if (!isAlive() || consumeStop()) {
                    return;
                }
            }
        } finally {
            running = false;
        }
    }

    /** uv_stop: run() returns once the current iteration is over. Callable from any thread. */
    public void stop() {
        stopFlag = true;
        inbox.wake();
    }

    private boolean consumeStop() {
        boolean stopped = stopFlag;
        stopFlag = false;
        return stopped;
    }

    /** One uv_run(UV_RUN_DEFAULT); true if it ended because of stop(). */
    private boolean runUntilDrainedOrStopped() {
        for (;;) {
            switch (phase) {
                case OUTSIDE -> {
                    boolean alive = isAlive();
                    updateTime();
                    if (alive && !stopFlag) {
                        timersNow = now;
                        phase = FIRST_TIMERS;
                    } else {
                        phase = LOOP_TOP;
                    }
                }
                case FIRST_TIMERS, TIMERS -> {
                    timers.runDue(timersNow);
                    phase = LOOP_TOP;
                }
                case LOOP_TOP -> {
                    if (!isAlive() || stopFlag) {
                        phase = OUTSIDE;
                        return consumeStop();
                    }
                    pendingLeftInPass = pending.size();
                    phase = PENDING;
                }
                case PENDING -> {
                    runPendingPass();
                    phase = POLL; // idle and prepare: no handles of ours live there
                }
                case POLL -> {
                    long timeout = pollTimeout();
                    if (timeout != 0 && Thread.interrupted()) {
                        throw new LoopInterruptedException(); // before blocking: nothing collected yet
                    }
                    poll(timeout);
                    phase = POLL_DISPATCH;
                    if (Thread.interrupted()) {
                        throw new LoopInterruptedException(); // what was polled is dispatched on the next run()
                    }
                }
                case POLL_DISPATCH -> {
                    dispatchPolled();
                    pendingPasses = 0;
                    pendingLeftInPass = 0;
                    phase = PENDING_AFTER_POLL;
                }
                case PENDING_AFTER_POLL -> {
                    for (;;) {
                        runPendingPass();
                        if (pendingPasses >= MAX_PENDING_PASSES_AFTER_POLL || pending.isEmpty()) {
                            break;
                        }
                        pendingPasses++;
                        pendingLeftInPass = pending.size();
                    }
                    phase = CHECK;
                }
                case CHECK -> {
                    immediates.runCheckPhase();
                    // Handles closed from now on are closed next iteration.
                    closingBatch = closingHandles;
                    closingHandles = null;
                    phase = CLOSING;
                }
                case CLOSING -> {
                    runClosePhase();
                    updateTime();
                    timersNow = now;
                    phase = TIMERS;
                }
                default -> throw new AssertionError(phase);
            }
        }
    }

    private void runPendingPass() {
        while (pendingLeftInPass > 0) {
            pendingLeftInPass--;
            // Each pending item calls the after-callback hook after each user callback it runs.
            pending.poll().run();
        }
    }

    private void runClosePhase() {
        Handle h;
        while ((h = closingBatch) != null) {
            h.finishClose();
            // Advance only once the handle is fully closed: a throwing callback resumes here.
            closingBatch = h.nextClosing;
            h.nextClosing = null;
        }
    }

    /**
     * libuv's uv_backend_timeout: 0 when stopping, when nothing ref'd is active, when callbacks
     * are pending, when ref'd immediates wait (Node's idle handle) or handles are closing; else
     * until the nearest timer (ref'd or not); else -1, block until woken.
     */
    long pollTimeout() {
        if (stopFlag
                || (!hasActiveHandles() && activeRequests == 0)
                || !pending.isEmpty()
                || immediates.refCount > 0
                || closingHandles != null) {
            return 0;
        }
        return timers.nextTimeout(now);
    }

    private void poll(long timeout) {
        try {
            if (timeout != 0 && !inbox.armAndCheckEmpty()) {
                timeout = 0;
            }
            if (timeout == 0) {
                if (!selector.keys().isEmpty()) {
                    selector.selectNow(collectReadyKey);
                }
            } else {
                // Selector.select takes 0 to mean "forever"; -1 is ours for the same thing.
                selector.select(collectReadyKey, timeout < 0 ? 0 : timeout);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inbox.drainTo(completions);
        updateTime();
    }

    private void dispatchPolled() {
        SelectionKey key;
        while ((key = readyKeys.poll()) != null) {
            if (key.isValid()) {
                ((IoHandler) key.attachment()).onReady(key.readyOps());
            }
        }
        LoopCompletion c;
        while ((c = completions.poll()) != null) {
            c.complete();
        }
    }

    // ---------------------------------------------------------------- liveness

    /** libuv's uv_loop_alive: ref'd active handles, active requests or closing handles. */
    public boolean isAlive() {
        return hasActiveHandles() || activeRequests > 0 || closingHandles != null || closingBatch != null;
    }

    private boolean hasActiveHandles() {
        return activeHandles > 0 || timers.keepsLoopAlive() || immediates.refCount > 0;
    }

    /** Ref'd, active handles, counting Node's timer and immediate handles as one each when ref'd. */
    public int activeHandleCount() {
        return activeHandles + (timers.keepsLoopAlive() ? 1 : 0) + (immediates.refCount > 0 ? 1 : 0);
    }

    public int activeRequestCount() {
        return activeRequests;
    }

    void requestStarted() {
        activeRequests++;
    }

    void requestFinished() {
        activeRequests--;
    }

    void makeClosePending(Handle h) {
        h.nextClosing = closingHandles;
        closingHandles = h;
    }

    /** Defers a callback to the pending phase (libuv's uv__io_feed), e.g. a write that completed at once. */
    void queuePending(Runnable callback) {
        pending.add(callback);
    }

    // ---------------------------------------------------------------- time and hooks

    /** The loop's cached time in ms, refreshed once per iteration (and when a timer is scheduled). */
    public long now() {
        return now;
    }

    long updateTime() {
        now = (System.nanoTime() - originNanos) / 1_000_000L;
        return now;
    }

    /** Runs after every callback that returned normally: the language drains nextTicks and microtasks here. */
    public void setAfterCallbackHook(Runnable hook) {
        afterCallbackHook = hook == null ? NO_HOOK : hook;
    }

    /** Runs when the loop has drained; if it schedules work, the loop goes on. */
    public void setBeforeExitHook(Runnable hook) {
        beforeExitHook = hook == null ? NO_HOOK : hook;
    }

    void afterCallback() {
        afterCallbackHook.run();
    }

    // ---------------------------------------------------------------- timers and immediates

    public Timeout setTimeout(Runnable callback, double delayMs) {
        return timers.schedule(callback, delayMs, false);
    }

    public Timeout setInterval(Runnable callback, double delayMs) {
        return timers.schedule(callback, delayMs, true);
    }

    public Immediate setImmediate(Runnable callback) {
        return immediates.schedule(callback);
    }

    // ---------------------------------------------------------------- handles and workers

    /** The blocking-work pool, created on first use. */
    public WorkerPool workers() {
        if (workers == null) {
            checkOpen();
            workers = new WorkerPool(this, options.workerExecutor, options.workerConcurrency);
        }
        return workers;
    }

    /** Shorthand for {@code workers().submit(job, callback)}. */
    public <T> WorkRequest<T> submitWork(Callable<? extends T> job, WorkCallback<? super T> callback) {
        return workers().submit(job, callback);
    }

    /** A handle any thread can {@link AsyncHandle#send() send} to, to run {@code callback} on the loop. */
    public AsyncHandle newAsync(Runnable callback) {
        checkOpen();
        return new AsyncHandle(this, callback);
    }

    public TcpServer newTcpServer() {
        checkOpen();
        return new TcpServer(this);
    }

    public TcpSocket newTcpSocket() {
        checkOpen();
        return new TcpSocket(this);
    }

    public SignalHandle newSignal() {
        checkOpen();
        return new SignalHandle(this);
    }

    Selector selector() {
        return selector;
    }

    /**
     * The loop's one read buffer, lent to each read callback in turn: reads happen one at a
     * time on this thread, so one buffer serves every socket and reading allocates nothing.
     */
    ByteBuffer readBuffer() {
        if (readBuffer == null) {
            readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_SIZE);
        }
        return readBuffer;
    }

    void signalStarted(SignalHandle h) {
        startedSignals.add(h);
    }

    void signalStopped(SignalHandle h) {
        startedSignals.remove(h);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the loop is closed");
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases everything: cancels queued jobs and interrupts and waits for running ones
     * (bounded), stops signal watching, closes every socket and the selector. Afterwards the
     * loop has no thread left. Call it from the loop thread when run() has returned.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (running) {
            throw new IllegalStateException("close() while run() is running");
        }
        closed = true;
        if (workers != null) {
            workers.shutdown();
        }
        for (SignalHandle s : new ArrayList<>(startedSignals)) {
            s.stop();
        }
        for (SelectionKey key : selector.keys()) {
            try {
                key.channel().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
