package org.gjs.loop;

import java.util.Map;
import java.util.concurrent.ExecutorService;

/** Settings for a new {@link EventLoop}; the defaults suit a Node-style runtime. */
public final class LoopOptions {
    /** libuv's upper bound for UV_THREADPOOL_SIZE. */
    public static final int MAX_THREADPOOL_SIZE = 1024;

    ExecutorService workerExecutor;
    int workerConcurrency;

    public static LoopOptions defaults() {
        return new LoopOptions();
    }

    /**
     * Reads {@code UV_THREADPOOL_SIZE} from the given environment: when set to a positive
     * number it caps concurrent worker jobs (clamped to 1024, as libuv does); when absent or
     * invalid, jobs are not capped, which is where virtual threads beat libuv's four threads.
     */
    public static LoopOptions fromEnvironment(Map<String, String> env) {
        LoopOptions o = new LoopOptions();
        String size = env.get("UV_THREADPOOL_SIZE");
        if (size != null) {
            try {
                int n = Integer.parseInt(size.trim());
                if (n > 0) {
                    o.workerConcurrency = Math.min(n, MAX_THREADPOOL_SIZE);
                }
            } catch (NumberFormatException ignored) {
                // libuv ignores a value it cannot parse, so do we
            }
        }
        return o;
    }

    /**
     * Runs worker jobs on this executor instead of one virtual thread per job. The loop does
     * not shut it down: its owner does. Meant for comparisons such as the benchmark's fixed pool.
     */
    public LoopOptions workerExecutor(ExecutorService executor) {
        this.workerExecutor = executor;
        return this;
    }

    /** At most this many jobs run at once (0 = no cap); later ones wait in FIFO order. */
    public LoopOptions workerConcurrency(int maxConcurrentJobs) {
        if (maxConcurrentJobs < 0) {
            throw new IllegalArgumentException("maxConcurrentJobs < 0");
        }
        this.workerConcurrency = maxConcurrentJobs;
        return this;
    }
}
