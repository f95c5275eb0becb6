package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(20)
class WorkerPoolTest {

    @Test
    void resultComesBackOnTheLoopThreadFromAVirtualThread() {
        try (EventLoop loop = new EventLoop()) {
            AtomicReference<Thread> worker = new AtomicReference<>();
            AtomicReference<Thread> callbackThread = new AtomicReference<>();
            AtomicReference<Object> result = new AtomicReference<>();
            loop.submitWork(() -> {
                worker.set(Thread.currentThread());
                return "done";
            }, (r, e) -> {
                callbackThread.set(Thread.currentThread());
                result.set(r);
                assertNull(e);
            });
            assertEquals(1, loop.activeRequestCount());
            loop.run();
            assertEquals("done", result.get());
            assertSame(Thread.currentThread(), callbackThread.get());
            assertTrue(worker.get().isVirtual());
            assertEquals(0, loop.activeRequestCount());
        }
    }

    @Test
    void aThrowingJobDeliversItsErrorAsTheResult() {
        try (EventLoop loop = new EventLoop()) {
            IOException failure = new IOException("disk on fire");
            AtomicReference<Throwable> error = new AtomicReference<>();
            AtomicBoolean called = new AtomicBoolean();
            loop.<String>submitWork(() -> {
                throw failure;
            }, (r, e) -> {
                called.set(true);
                assertNull(r);
                error.set(e);
            });
            loop.run();
            assertTrue(called.get());
            assertSame(failure, error.get());
        }
    }

    @Test
    void aCompletionWakesAPollBlockedOnALongTimer() {
        try (EventLoop loop = new EventLoop()) {
            Timeout longTimer = loop.setTimeout(() -> { }, 60_000);
            long start = System.nanoTime();
            long[] doneAfterNanos = {-1};
            loop.submitWork(() -> {
                Thread.sleep(50);
                return null;
            }, (r, e) -> {
                doneAfterNanos[0] = System.nanoTime() - start;
                longTimer.close();
            });
            loop.run();
            assertTrue(doneAfterNanos[0] >= 50_000_000L);
            assertTrue(doneAfterNanos[0] < 10_000_000_000L, "woken, not timed out");
        }
    }

    @Test
    void queuedJobsCanBeCancelledButRunningOnesCannot() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (EventLoop loop = new EventLoop(LoopOptions.defaults().workerConcurrency(1))) {
            AtomicBoolean secondRan = new AtomicBoolean();
            List<String> log = new ArrayList<>();
            CountDownLatch firstStarted = new CountDownLatch(1);
            WorkRequest<String> first = loop.submitWork(() -> {
                firstStarted.countDown();
                release.await();
                return "first";
            }, (r, e) -> log.add("first:" + r));
            WorkRequest<String> second = loop.submitWork(() -> {
                secondRan.set(true);
                return "second";
            }, (r, e) -> {
                log.add("second:" + (e instanceof CancellationException ? "cancelled" : r));
                release.countDown();
            });
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
            assertFalse(first.cancel(), "already running");
            assertTrue(second.cancel());
            assertTrue(second.isCancelled());
            loop.run();
            assertEquals(List.of("second:cancelled", "first:first"), log);
            assertFalse(secondRan.get());
        } finally {
            release.countDown();
        }
    }

    @Test
    void theCapBoundsConcurrentJobs() {
        try (EventLoop loop = new EventLoop(LoopOptions.defaults().workerConcurrency(3))) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger maxRunning = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            for (int i = 0; i < 24; i++) {
                loop.submitWork(() -> {
                    int now = running.incrementAndGet();
                    maxRunning.accumulateAndGet(now, Math::max);
                    Thread.sleep(10);
                    running.decrementAndGet();
                    return null;
                }, (r, e) -> done.incrementAndGet());
            }
            loop.run();
            assertEquals(24, done.get());
            assertTrue(maxRunning.get() <= 3, "max " + maxRunning.get());
            assertEquals(3, loop.workers().maxConcurrent());
            assertEquals(0, loop.workers().runningWithCap());
        }
    }

    @Test
    void uncappedJobsAllRunAtOnce() {
        // 500 jobs that can only finish once all 500 have started: needs true concurrency.
        int n = 500;
        CountDownLatch allStarted = new CountDownLatch(n);
        try (EventLoop loop = new EventLoop()) {
            AtomicInteger ok = new AtomicInteger();
            for (int i = 0; i < n; i++) {
                loop.submitWork(() -> {
                    allStarted.countDown();
                    return allStarted.await(10, TimeUnit.SECONDS);
                }, (r, e) -> {
                    if (Boolean.TRUE.equals(r)) {
                        ok.incrementAndGet();
                    }
                });
            }
            loop.run();
            assertEquals(n, ok.get());
        }
    }

    @Test
    void aThrowingCompletionCallbackLeavesTheOtherCompletionsForTheNextRun() {
        try (EventLoop loop = new EventLoop(LoopOptions.defaults().workerConcurrency(1))) {
            List<String> log = new ArrayList<>();
            loop.submitWork(() -> 1, (r, e) -> {
                log.add("one");
                throw new IllegalStateException("callback failed");
            });
            loop.submitWork(() -> 2, (r, e) -> log.add("two"));
            try {
                loop.run();
            } catch (IllegalStateException expected) {
                log.add("thrown");
            }
            loop.run();
            assertEquals(List.of("one", "thrown", "two"), log);
            assertEquals(0, loop.activeRequestCount());
        }
    }

    @Test
    void threadpoolSizeComesFromTheEnvironmentLikeLibuv() {
        assertEquals(8, LoopOptions.fromEnvironment(Map.of("UV_THREADPOOL_SIZE", "8")).workerConcurrency);
        assertEquals(1024, LoopOptions.fromEnvironment(Map.of("UV_THREADPOOL_SIZE", "5000")).workerConcurrency);
        assertEquals(0, LoopOptions.fromEnvironment(Map.of("UV_THREADPOOL_SIZE", "zero")).workerConcurrency);
        assertEquals(0, LoopOptions.fromEnvironment(Map.of()).workerConcurrency);
    }

    @Test
    void cancellationErrorType() {
        try (EventLoop loop = new EventLoop(LoopOptions.defaults().workerConcurrency(1))) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Throwable> error = new AtomicReference<>();
            loop.submitWork(() -> release.await(10, TimeUnit.SECONDS), (r, e) -> { });
            WorkRequest<Object> queued = loop.submitWork(() -> "x", (r, e) -> {
                error.set(e);
                release.countDown();
            });
            assertTrue(queued.cancel());
            assertFalse(queued.cancel());
            loop.run();
            assertInstanceOf(CancellationException.class, error.get());
        }
    }
}
