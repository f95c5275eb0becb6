package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

/** Raises real signals at this JVM: only ever while a handle for that signal is started. */
@org.junit.jupiter.api.Timeout(10)
class SignalTest {

    @Test
    void sigintAndSigtermArriveAsLoopCallbacks() {
        try (EventLoop loop = new EventLoop()) {
            List<String> log = new ArrayList<>();
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            SignalHandle term = loop.newSignal();
            SignalHandle interrupt = loop.newSignal().start("SIGINT", () -> {
                ranOn.set(Thread.currentThread());
                log.add("INT");
                Signal.raise(new Signal("TERM"));
            });
            term.start("TERM", () -> {
                log.add("TERM");
                interrupt.close();
                term.close();
            });
            assertEquals("INT", interrupt.signal());
            Signal.raise(new Signal("INT"));
            loop.run(); // alive while the two handles are started
            assertEquals(List.of("INT", "TERM"), log);
            assertSame(Thread.currentThread(), ranOn.get());
        }
    }

    @Test
    void anUnrefdSignalHandleDoesNotKeepTheLoopAlive() {
        try (EventLoop loop = new EventLoop()) {
            SignalHandle h = loop.newSignal().start("INT", () -> { });
            h.unref();
            assertFalse(loop.isAlive());
            loop.run();
            h.stop();
            assertFalse(h.isActive());
        }
    }

    @Test
    void twoLoopsWatchingTheSameSignalEachHearItOnce() {
        try (EventLoop a = new EventLoop(); EventLoop b = new EventLoop()) {
            List<String> log = new ArrayList<>();
            AtomicReference<SignalHandle> ha = new AtomicReference<>();
            AtomicReference<SignalHandle> hb = new AtomicReference<>();
            ha.set(a.newSignal().start("HUP", () -> {
                log.add("a");
                ha.get().close();
            }));
            hb.set(b.newSignal().start("HUP", () -> {
                log.add("b");
                hb.get().close();
            }));
            Signal.raise(new Signal("HUP"));
            a.run(); // each loop stays alive until its own delivery arrives
            b.run();
            assertEquals(List.of("a", "b"), log);
        }
    }

    @Test
    void signalsTheJvmReservesAreRefused() {
        try (EventLoop loop = new EventLoop()) {
            assertThrows(IllegalArgumentException.class, () -> loop.newSignal().start("KILL", () -> { }));
            assertFalse(loop.isAlive());
        }
    }
}
