package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Phases, liveness, stop, hooks. */
@org.junit.jupiter.api.Timeout(10)
class LoopTest {
    private final EventLoop loop = new EventLoop();
    private final List<String> log = new ArrayList<>();

    private Runnable record(String s) {
        return () -> log.add(s);
    }

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    @Test
    void anEmptyLoopReturnsAtOnceAfterBeforeExit() {
        AtomicInteger beforeExit = new AtomicInteger();
        loop.setBeforeExitHook(beforeExit::incrementAndGet);
        loop.run();
        assertEquals(1, beforeExit.get());
        assertFalse(loop.isAlive());
    }

    @Test
    void beforeExitMayReArmTheLoop() {
        // test-process-beforeexit: each re-arm is followed by another beforeExit.
        AtomicInteger beforeExit = new AtomicInteger();
        loop.setBeforeExitHook(() -> {
            int n = beforeExit.incrementAndGet();
            log.add("beforeExit" + n);
            if (n == 1) {
                loop.setImmediate(record("immediate"));
            } else if (n == 2) {
                loop.setTimeout(record("timeout"), 2);
            }
        });
        loop.run();
        assertEquals(List.of("beforeExit1", "immediate", "beforeExit2", "timeout", "beforeExit3"), log);
    }

    @Test
    void phaseOrderFromAnIoCallbackIsCheckThenCloseThenTimers() {
        // Inside a poll-phase callback: setImmediate beats setTimeout(0), and a handle closed
        // there has its close callback between the two.
        AsyncHandle h = loop.newAsync(() -> { });
        loop.submitWork(() -> 42, (r, e) -> {
            loop.setTimeout(record("timeout"), 0);
            loop.setImmediate(record("immediate"));
            h.close(record("close"));
            log.add("io");
        });
        loop.run();
        assertEquals(List.of("io", "immediate", "close", "timeout"), log);
    }

    @Test
    void closeCallbacksRunInLibuvsLifoOrder() {
        // libuv pushes closing handles on a stack (node: closing a then b prints "b closed" first).
        AsyncHandle a = loop.newAsync(() -> { });
        AsyncHandle b = loop.newAsync(() -> { });
        loop.setImmediate(() -> {
            a.close(record("a"));
            b.close(record("b"));
        });
        loop.run();
        assertEquals(List.of("b", "a"), log);
        assertTrue(a.isClosed() && b.isClosed());
    }

    @Test
    void aClosingHandleKeepsTheLoopAliveUntilItsCloseCallback() {
        AsyncHandle h = loop.newAsync(() -> { });
        h.unref();
        h.close(record("closed"));
        assertTrue(loop.isAlive());
        loop.run();
        assertEquals(List.of("closed"), log);
        assertThrows(IllegalStateException.class, () -> h.close(null));
    }

    @Test
    void refAndUnrefOfAHandleDecideLiveness() {
        AsyncHandle h = loop.newAsync(() -> { });
        assertTrue(loop.isAlive());
        assertSame(h, h.unref());
        assertFalse(loop.isAlive());
        loop.run(); // returns: only an unref'd handle
        h.ref();
        assertTrue(loop.isAlive());
        assertEquals(1, loop.activeHandleCount());
        loop.setTimeout(() -> h.close(), 5);
        loop.run();
        assertFalse(loop.isAlive());
        assertEquals(0, loop.activeHandleCount());
    }

    @Test
    void pollTimeoutFollowsLibuv() {
        assertEquals(0, loop.pollTimeout(), "nothing active: do not block");
        Timeout t = loop.setTimeout(() -> { }, 1000);
        long timeout = loop.pollTimeout();
        assertTrue(timeout > 900 && timeout <= 1000, "until the nearest timer: " + timeout);
        Immediate refd = loop.setImmediate(() -> { });
        assertEquals(0, loop.pollTimeout(), "ref'd immediate pending");
        refd.unref();
        assertTrue(loop.pollTimeout() > 900, "an unref'd immediate does not stop the poll from blocking");
        refd.close();
        t.close();
        AsyncHandle h = loop.newAsync(() -> { });
        assertEquals(-1, loop.pollTimeout(), "no timer: block until woken");
        Timeout unrefd = loop.setTimeout(() -> { }, 500).unref();
        long withUnrefdTimer = loop.pollTimeout();
        assertTrue(withUnrefdTimer > 400 && withUnrefdTimer <= 500, "unref'd timers still bound the poll");
        unrefd.close();
        loop.stop();
        assertEquals(0, loop.pollTimeout(), "stopping");
        loop.run(); // consumes the stop
        AsyncHandle other = loop.newAsync(() -> { });
        other.close();
        assertEquals(0, loop.pollTimeout(), "closing handles");
        h.close();
        loop.run();
    }

    @Test
    void stopEndsRunAfterTheCurrentIterationAndRunResumes() {
        AtomicInteger ticks = new AtomicInteger();
        AtomicReference<Timeout> interval = new AtomicReference<>();
        interval.set(loop.setInterval(() -> {
            int n = ticks.incrementAndGet();
            if (n == 3) {
                loop.stop();
                loop.setImmediate(record("immediate after stop"));
            }
            if (n == 5) {
                interval.get().close();
            }
        }, 1));
        AtomicInteger beforeExit = new AtomicInteger();
        loop.setBeforeExitHook(beforeExit::incrementAndGet);
        loop.run();
        assertEquals(3, ticks.get());
        assertEquals(0, beforeExit.get(), "stop() is not the loop draining");
        assertTrue(loop.isAlive());
        loop.run();
        assertEquals(5, ticks.get());
        assertEquals(List.of("immediate after stop"), log);
        assertEquals(1, beforeExit.get());
    }

    @Test
    void stopFromAnotherThreadWakesABlockedPoll() throws Exception {
        loop.setTimeout(record("late"), 60_000);
        Thread stopper = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            loop.stop();
        });
        long start = System.nanoTime();
        loop.run();
        stopper.join();
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        assertEquals(List.of(), log);
    }

    @Test
    void interruptingTheLoopThreadEndsABlockedPollWithAnException() throws Exception {
        Timeout distant = loop.setTimeout(record("late"), 60_000);
        Thread loopThread = Thread.currentThread();
        Thread interrupter = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            loopThread.interrupt();
        });
        assertThrows(LoopInterruptedException.class, loop::run);
        interrupter.join();
        assertFalse(Thread.currentThread().isInterrupted(), "the status is consumed");
        distant.close();
        loop.run(); // consistent: resumes and drains
        assertEquals(List.of(), log);
    }

    @Test
    void theAfterCallbackHookRunsAfterEveryKindOfCallback() {
        loop.setAfterCallbackHook(() -> log.add("hook"));
        loop.setBeforeExitHook(record("beforeExit"));
        AtomicReference<AsyncHandle> h = new AtomicReference<>();
        h.set(loop.newAsync(() -> {
            log.add("async");
            h.get().close(record("close"));
        }));
        loop.setTimeout(record("timer"), 1);
        loop.setImmediate(record("immediate"));
        loop.submitWork(() -> 1, (r, e) -> {
            log.add("work");
            h.get().send();
        });
        loop.run();
        // Every callback is directly followed by the hook (ordering among the kinds varies).
        assertEquals(12, log.size(), log.toString());
        for (int i = 0; i < log.size(); i += 2) {
            assertFalse(log.get(i).equals("hook"), log.toString());
            assertEquals("hook", log.get(i + 1), log.toString());
        }
        assertTrue(log.containsAll(List.of("async", "timer", "immediate", "work", "close", "beforeExit")));
    }

    @Test
    void aThrowingCloseCallbackResumesWithTheNextClosingHandle() {
        AsyncHandle a = loop.newAsync(() -> { });
        AsyncHandle b = loop.newAsync(() -> { });
        a.close(record("a"));
        b.close(() -> {
            log.add("b");
            throw new IllegalArgumentException("b");
        });
        assertThrows(IllegalArgumentException.class, loop::run);
        assertTrue(loop.isAlive(), "a is still closing");
        loop.run();
        assertEquals(List.of("b", "a"), log);
        assertFalse(loop.isAlive());
    }

    @Test
    void runIsNotReentrant() {
        AtomicReference<Throwable> inner = new AtomicReference<>();
        loop.setImmediate(() -> inner.set(assertThrows(IllegalStateException.class, loop::run)));
        loop.run();
        assertTrue(inner.get() instanceof IllegalStateException);
    }

    @Test
    void nowIsCachedDuringACallback() {
        long[] seen = new long[2];
        loop.setTimeout(() -> {
            seen[0] = loop.now();
            long until = System.nanoTime() + 5_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            seen[1] = loop.now();
        }, 1);
        loop.run();
        assertEquals(seen[0], seen[1]);
    }
}
