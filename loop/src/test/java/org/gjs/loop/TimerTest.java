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
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(10)
class TimerTest {
    private final EventLoop loop = new EventLoop();
    private final List<String> log = new ArrayList<>();

    private Runnable record(String s) {
        return () -> log.add(s);
    }

    /**
     * Scheduling reads the clock, so two 1 ms timers created back to back may start in
     * different milliseconds and become due in different passes (in Node too). Letting a few
     * ms pass before run() makes them all due in the first pass.
     */
    private static void letTimersBecomeDue() {
        long until = System.nanoTime() + 5_000_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void delaysAreCoercedLikeNode() {
        assertEquals(1, Timers.coerceDelay(Double.NaN));
        assertEquals(1, Timers.coerceDelay(0));
        assertEquals(1, Timers.coerceDelay(-5));
        assertEquals(1, Timers.coerceDelay(0.5));
        assertEquals(1, Timers.coerceDelay(1.8));
        assertEquals(2, Timers.coerceDelay(2.9));
        assertEquals(1, Timers.coerceDelay(Double.POSITIVE_INFINITY));
        assertEquals(2147483647, Timers.coerceDelay(2147483647.0));
        assertEquals(1, Timers.coerceDelay(2147483648.0), "beyond TIMEOUT_MAX becomes 1, as in Node");
        assertEquals(1, loop.setTimeout(() -> { }, -1).delayMs());
        loop.close();
    }

    @Test
    void sameDelayFiresInInsertionOrderEvenWithFractions() {
        // Node's test-timers-non-integer-delay: 1, 1.8, 1.1 and 1 all truncate to 1 ms.
        loop.setTimeout(record("a"), 1);
        loop.setTimeout(record("b"), 1.8);
        loop.setTimeout(record("c"), 1.1);
        loop.setTimeout(record("d"), 1);
        loop.run();
        assertEquals(List.of("a", "b", "c", "d"), log);
    }

    @Test
    void shorterDelayFiresFirstWhateverTheSchedulingOrder() {
        loop.setTimeout(record("30"), 30);
        loop.setTimeout(record("10"), 10);
        loop.setTimeout(record("20"), 20);
        loop.run();
        assertEquals(List.of("10", "20", "30"), log);
    }

    @Test
    void timerAddedByATimerForTheSameInstantWaitsATurn() {
        // node: setTimeout(a,1) adding setTimeout(nested,1) and setImmediate(imm); setTimeout(b,1)
        // prints a b imm nested.
        loop.setTimeout(() -> {
            log.add("a");
            loop.setTimeout(record("nested"), 1);
            loop.setImmediate(record("imm"));
        }, 1);
        loop.setTimeout(record("b"), 1);
        letTimersBecomeDue();
        loop.run();
        assertEquals(List.of("a", "b", "imm", "nested"), log);
    }

    @Test
    void clearingASiblingFromACallbackCancelsIt() {
        AtomicReference<Timeout> second = new AtomicReference<>();
        loop.setTimeout(() -> {
            log.add("first");
            second.get().close();
        }, 5);
        second.set(loop.setTimeout(record("second"), 5));
        loop.setTimeout(record("third"), 5);
        loop.run();
        assertEquals(List.of("first", "third"), log);
        assertFalse(second.get().isPending());
    }

    @Test
    void intervalRepeatsUntilClearedFromItsOwnCallback() {
        AtomicInteger fired = new AtomicInteger();
        AtomicReference<Timeout> interval = new AtomicReference<>();
        interval.set(loop.setInterval(() -> {
            if (fired.incrementAndGet() == 3) {
                interval.get().close();
            }
        }, 2));
        loop.run();
        assertEquals(3, fired.get());
        assertFalse(loop.isAlive());
    }

    @Test
    void intervalIsRescheduledFromTheTimeItsCallbackStarted() {
        // Node reads the clock before calling the interval and re-inserts from that start, so
        // time spent inside the callback does not push the next firing back.
        AtomicReference<Timeout> interval = new AtomicReference<>();
        List<Long> startedAt = new ArrayList<>();
        List<Long> scheduledFrom = new ArrayList<>();
        interval.set(loop.setInterval(() -> {
            startedAt.add(loop.now());
            long spinUntil = System.nanoTime() + 15_000_000L;
            while (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            loop.setImmediate(() -> {
                scheduledFrom.add(interval.get().idleStart);
                if (scheduledFrom.size() == 3) {
                    interval.get().close();
                }
            });
        }, 20));
        loop.run();
        assertEquals(startedAt, scheduledFrom);
    }

    @Test
    void refreshRestartsTheCountdownAndReturnsThis() {
        long[] refreshedAt = new long[1];
        long[] firedAt = new long[1];
        Timeout t = loop.setTimeout(() -> firedAt[0] = loop.now(), 100);
        loop.setTimeout(() -> {
            refreshedAt[0] = loop.now();
            assertSame(t, t.refresh());
        }, 50);
        loop.run();
        assertTrue(firedAt[0] >= refreshedAt[0] + 100, "fired at " + firedAt[0] + ", refreshed at " + refreshedAt[0]);
    }

    @Test
    void refreshKeepsRefStateAndRevivesAFiredTimerButNotAClearedOne() {
        AtomicInteger fired = new AtomicInteger();
        Timeout t = loop.setTimeout(fired::incrementAndGet, 1);
        loop.run();
        assertEquals(1, fired.get());
        assertFalse(t.isPending());
        t.refresh();
        assertTrue(t.isPending());
        loop.run();
        assertEquals(2, fired.get(), "refresh() after firing re-arms, as in Node");

        Timeout unrefd = loop.setTimeout(fired::incrementAndGet, 1).unref();
        unrefd.refresh();
        assertFalse(unrefd.hasRef());
        assertFalse(loop.isAlive(), "a refreshed unref'd timer still does not hold the loop");
        unrefd.close();

        Timeout cleared = loop.setTimeout(fired::incrementAndGet, 1);
        cleared.close();
        cleared.refresh();
        assertFalse(cleared.isPending());
        loop.run();
        assertEquals(2, fired.get());
    }

    @Test
    void unrefdTimerDoesNotKeepTheLoopAlive() {
        Timeout t = loop.setTimeout(record("never"), 3_600_000);
        assertSame(t, t.unref());
        assertFalse(t.hasRef());
        long start = System.nanoTime();
        loop.run();
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertEquals(List.of(), log);
        assertTrue(t.ref().hasRef(), "ref/unref chain");
        assertTrue(loop.isAlive());
        t.close();
        assertFalse(loop.isAlive());
    }

    @Test
    void unrefdTimersStillFireWhileSomethingElseKeepsTheLoopAlive() {
        loop.setTimeout(record("unref'd short"), 5).unref();
        AtomicInteger ticks = new AtomicInteger();
        AtomicReference<Timeout> interval = new AtomicReference<>();
        interval.set(loop.setInterval(() -> {
            if (ticks.incrementAndGet() == 3) {
                interval.get().close();
            }
        }, 5));
        interval.get().unref();
        loop.setTimeout(record("ref'd long"), 60);
        loop.run();
        assertEquals(List.of("unref'd short", "ref'd long"), log);
        assertEquals(3, ticks.get(), "test-timers-unrefd-interval-still-fires");
    }

    @Test
    void aThrowingTimerPropagatesAndTheNextRunContinuesTheSamePass() {
        // node: t1 throws; uncaughtException; then t2, then the immediate t1 scheduled.
        RuntimeException boom = new RuntimeException("boom");
        AtomicInteger hooks = new AtomicInteger();
        loop.setAfterCallbackHook(() -> {
            hooks.incrementAndGet();
            log.add("hook");
        });
        loop.setBeforeExitHook(record("beforeExit"));
        loop.setTimeout(() -> {
            log.add("t1");
            loop.setImmediate(record("imm"));
            throw boom;
        }, 1);
        loop.setTimeout(record("t2"), 1);
        letTimersBecomeDue();
        RuntimeException thrown = assertThrows(RuntimeException.class, loop::run);
        assertSame(boom, thrown);
        assertEquals(List.of("t1"), log, "no hook after the callback that threw");
        loop.run();
        assertEquals(List.of("t1", "t2", "hook", "imm", "hook", "beforeExit", "hook"), log);
        assertEquals(0, loop.timers.refCount);
    }

    @Test
    void aThrowingIntervalIsStillRescheduled() {
        AtomicInteger fired = new AtomicInteger();
        AtomicReference<Timeout> interval = new AtomicReference<>();
        interval.set(loop.setInterval(() -> {
            if (fired.incrementAndGet() == 2) {
                interval.get().close();
                return;
            }
            throw new IllegalStateException("first");
        }, 1));
        assertThrows(IllegalStateException.class, loop::run);
        assertTrue(interval.get().isPending());
        loop.run();
        assertEquals(2, fired.get());
    }
}
