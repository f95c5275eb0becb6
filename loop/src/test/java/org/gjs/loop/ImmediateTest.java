package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(10)
class ImmediateTest {
    private final EventLoop loop = new EventLoop();
    private final List<String> log = new ArrayList<>();

    private Runnable record(String s) {
        return () -> log.add(s);
    }

    @Test
    void immediatesRunInFifoOrder() {
        for (int i = 0; i < 5; i++) {
            loop.setImmediate(record("i" + i));
        }
        loop.run();
        assertEquals(List.of("i0", "i1", "i2", "i3", "i4"), log);
    }

    @Test
    void immediatesAddedDuringTheCheckPhaseRunNextTurn() {
        // The close phase separates two turns: a handle closed by the first immediate has its
        // close callback run before the immediate it queued.
        AsyncHandle h = loop.newAsync(() -> { });
        loop.setImmediate(() -> {
            log.add("first");
            loop.setImmediate(record("queued by first"));
            h.close(record("close callback"));
        });
        loop.setImmediate(record("second"));
        loop.run();
        assertEquals(List.of("first", "second", "close callback", "queued by first"), log);
    }

    @Test
    void aWholeBatchRunsBeforeAnyImmediateItQueued() {
        // test-timers-immediate-queue: each of N immediates queues another; all N first.
        int n = 1000;
        int[] firstBatch = {0};
        int[] seenWhenSecondBatchStarted = {-1};
        for (int i = 0; i < n; i++) {
            loop.setImmediate(() -> {
                firstBatch[0]++;
                loop.setImmediate(() -> {
                    if (seenWhenSecondBatchStarted[0] < 0) {
                        seenWhenSecondBatchStarted[0] = firstBatch[0];
                    }
                });
            });
        }
        loop.run();
        assertEquals(n, seenWhenSecondBatchStarted[0]);
    }

    @Test
    void clearImmediateFromAnEarlierImmediateOfTheSameBatch() {
        AtomicReference<Immediate> victim = new AtomicReference<>();
        loop.setImmediate(() -> {
            log.add("a");
            victim.get().close();
        });
        victim.set(loop.setImmediate(record("b")));
        loop.setImmediate(record("c"));
        loop.run();
        assertEquals(List.of("a", "c"), log);
        assertFalse(victim.get().isPending());
        assertEquals(0, loop.immediates.count);
    }

    @Test
    void unrefdImmediateAloneDoesNotKeepTheLoopAlive() {
        Immediate i = loop.setImmediate(record("never"));
        assertSame(i, i.unref());
        assertFalse(i.hasRef());
        loop.run();
        assertEquals(List.of(), log);
        i.close();
    }

    @Test
    void unrefdImmediateWaitsForThePollLikeNode() {
        // node: setImmediate(f).unref(); setTimeout(g, 300) runs f at ~300 ms, then g: with no
        // ref'd immediate, Node's idle handle is stopped and the poll blocks until the timer.
        long[] ranAt = {-1};
        loop.setImmediate(() -> {
            ranAt[0] = loop.now();
            log.add("imm");
        }).unref();
        long start = loop.now();
        loop.setTimeout(record("timer"), 300);
        loop.run();
        assertEquals(List.of("imm", "timer"), log);
        assertTrue(ranAt[0] - start >= 290, "ran after " + (ranAt[0] - start) + " ms");
    }

    @Test
    void refStateAfterRunning() {
        Immediate i = loop.setImmediate(() -> { });
        assertTrue(i.hasRef());
        loop.run();
        assertFalse(i.hasRef(), "Node forgets the ref state once an immediate ran");
        i.ref();
        assertFalse(loop.isAlive());
    }

    @Test
    void aThrowingImmediateLetsTheRestOfItsBatchRunFirstOnTheNextRun() {
        AtomicReference<Error> boom = new AtomicReference<>(new AssertionError("boom"));
        loop.setImmediate(() -> {
            log.add("a");
            loop.setImmediate(record("queued by a"));
            throw boom.get();
        });
        loop.setImmediate(record("b"));
        Error thrown = assertThrows(AssertionError.class, loop::run);
        assertSame(boom.get(), thrown);
        loop.run();
        assertEquals(List.of("a", "b", "queued by a"), log);
    }
}
