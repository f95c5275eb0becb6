package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** close() leaves nothing behind: no worker thread, no socket, no signal handler. */
@org.junit.jupiter.api.Timeout(20)
class CleanShutdownTest {

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    @Test
    void closeEndsWorkerThreadsSocketsAndSignalsEvenWithWorkInFlight() throws Exception {
        Set<Thread> before = liveThreads();
        ConcurrentLinkedQueue<Thread> workerThreads = new ConcurrentLinkedQueue<>();
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch blockedStarted = new CountDownLatch(5);
        int port;
        Socket peer = new Socket();
        EventLoop loop = new EventLoop();
        try {
            int[] done = {0};
            for (int i = 0; i < 50; i++) {
                loop.submitWork(() -> {
                    workerThreads.add(Thread.currentThread());
                    return null;
                }, (r, e) -> done[0]++);
            }
            for (int i = 0; i < 5; i++) {
                loop.submitWork(() -> {
                    workerThreads.add(Thread.currentThread());
                    blockedStarted.countDown();
                    never.await(); // interruptible: close() interrupts it
                    return null;
                }, (r, e) -> { });
            }
            int[] accepted = {0};
            TcpServer server = loop.newTcpServer().listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, (s, e) -> accepted[0]++);
            port = server.localAddress().getPort();
            // A connection the loop accepts and then ignores: close() must still release it.
            peer.connect(server.localAddress(), 5000);
            peer.setSoTimeout(5000);
            loop.newSignal().start("INT", () -> { });
            loop.newAsync(() -> { });
            // Stop once the quick jobs are back and the blocked ones are surely running.
            loop.setInterval(() -> {
                if (done[0] == 50 && blockedStarted.getCount() == 0 && accepted[0] == 1) {
                    loop.stop();
                }
            }, 5);
            loop.run();
            assertEquals(50, done[0]);
            assertTrue(loop.isAlive(), "blocked jobs, server, signal, async and interval still hold it");
        } finally {
            loop.close();
        }
        assertTrue(loop.isClosed());
        assertEquals(55, workerThreads.size());
        for (Thread t : workerThreads) {
            assertTrue(t.isVirtual());
            assertFalse(t.isAlive(), "worker thread still alive after close: " + t);
        }
        assertEquals(-1, peer.getInputStream().read(), "the accepted connection was closed");
        peer.close();
        // The listening socket is released: the port can be bound again at once.
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        // No platform thread of ours survives (the JDK's own carrier/common threads are not ours).
        List<String> stray = liveThreads().stream()
                .filter(t -> !before.contains(t))
                .filter(t -> !t.getName().startsWith("ForkJoinPool") && !t.getName().startsWith("VirtualThread-") && !t.getName().startsWith("InnocuousThread")
                        && !t.getName().startsWith("process reaper") && !t.getName().startsWith("Attach Listener")
                        && !t.getName().startsWith("Common-Cleaner") && !t.getName().contains("SIG"))
                .map(Thread::getName)
                .toList();
        assertEquals(List.of(), stray);
        assertThrows(IllegalStateException.class, loop::run);
        loop.close(); // idempotent
    }

    @Test
    void aFreshLoopStartsNoThread() {
        Set<Thread> before = liveThreads();
        try (EventLoop loop = new EventLoop()) {
            loop.setTimeout(() -> { }, 1);
            loop.setImmediate(() -> { });
            loop.run();
            Set<Thread> after = liveThreads();
            after.removeAll(before);
            assertEquals(Set.of(), after);
        }
    }

    @Test
    void closeWhileRunningIsRefused() throws IOException {
        try (EventLoop loop = new EventLoop()) {
            loop.setImmediate(() -> assertThrows(IllegalStateException.class, loop::close));
            loop.run();
            assertFalse(loop.isClosed());
        }
    }
}
