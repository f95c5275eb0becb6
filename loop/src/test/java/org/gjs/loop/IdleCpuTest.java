package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The loop must sleep in the poll phase, not spin, while it waits for a distant timer. */
@org.junit.jupiter.api.Timeout(10)
class IdleCpuTest {

    @Test
    void waitingOnALongTimerCostsAlmostNoCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (EventLoop loop = new EventLoop()) {
            boolean[] fired = {false};
            long cpuBefore = mx.getCurrentThreadCpuTime();
            long wallBefore = System.nanoTime();
            loop.setTimeout(() -> fired[0] = true, 1500);
            loop.run();
            long cpuMs = (mx.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
            long wallMs = (System.nanoTime() - wallBefore) / 1_000_000;
            System.out.println("[IdleCpuTest] waited " + wallMs + " ms on a 1500 ms timer using " + cpuMs + " ms of loop-thread CPU");
            assertTrue(fired[0]);
            assertTrue(wallMs >= 1490, "fired early: " + wallMs);
            // A spinning loop would burn ~1500 ms; a sleeping one a few ms.
            assertTrue(cpuMs < 150, "loop thread used " + cpuMs + " ms of CPU while idle");
        }
    }
}
