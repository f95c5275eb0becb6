package org.gjs.loop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.gjs.loop.EventLoop;
import org.gjs.loop.LoopOptions;
import org.gjs.loop.ReadHandler;
import org.gjs.loop.TcpServer;
import org.gjs.loop.TcpSocket;

/**
 * Not a test: throughput figures for loop/README.md. Run after test-compile with
 * {@code java -cp loop/target/classes:loop/target/test-classes org.gjs.loop.bench.LoopBenchmark [a|b|c]...}.
 */
public final class LoopBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LoopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "abc" : String.join("", args);
        System.out.println("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cpus");
        if (which.contains("a")) {
            timersAndImmediates();
        }
        if (which.contains("b")) {
            blockingJobs();
        }
        if (which.contains("c")) {
            tcpEcho();
        }
    }

    // (a) ---------------------------------------------------------------------------

    private static void timersAndImmediates() {
        int total = 1_000_000;
        for (int round = 1; round <= 5; round++) {
            try (EventLoop loop = new EventLoop()) {
                int[] ran = {0};
                Runnable cb = () -> ran[0]++;
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < total / 2; i++) {
                    loop.setTimeout(cb, 1 + (i & 7)); // eight durations: eight timer lists
                    loop.setImmediate(cb);
                }
                long scheduled = System.nanoTime();
                loop.run();
                long end = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
                check(ran[0] == total, "ran " + ran[0]);
                System.out.printf("(a) round %d: %,d timers+immediates scheduled in %.0f ms, all run in %.0f ms: %,.0f ops/s (loop-thread CPU %.0f ms: %,.0f ops per CPU-second)%n",
                        round, total, (scheduled - start) / 1e6, (end - start) / 1e6, total / ((end - start) / 1e9), cpu / 1e6, total / (cpu / 1e9));
            }
        }
        // Timers alone, one duration (Node's best case: one list) and all distinct (worst case: a list each).
        for (int distinct : new int[] {1, 1000}) {
            try (EventLoop loop = new EventLoop()) {
                int[] ran = {0};
                Runnable cb = () -> ran[0]++;
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < total; i++) {
                    loop.setTimeout(cb, 1 + (i % distinct));
                }
                loop.run();
                long end = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
                check(ran[0] == total, "ran " + ran[0]);
                // With long delays the wall time is mostly waiting, so CPU time is the figure.
                System.out.printf("(a) %,d timers over %d distinct durations (1..%d ms): wall %.0f ms, loop-thread CPU %.0f ms: %,.0f ops per CPU-second%n",
                        total, distinct, distinct, (end - start) / 1e6, cpu / 1e6, total / (cpu / 1e9));
            }
        }
    }

    // (b) ---------------------------------------------------------------------------

    private static void blockingJobs() throws InterruptedException {
        int jobs = 10_000;
        long virtualMs = runSleepJobs(LoopOptions.defaults(), jobs);
        System.out.printf("(b) %,d blocking jobs of 10 ms on virtual threads: %d ms%n", jobs, virtualMs);
        ExecutorService fixed = Executors.newFixedThreadPool(4);
        try {
            long fixedMs = runSleepJobs(LoopOptions.defaults().workerExecutor(fixed), jobs);
            System.out.printf("(b) %,d blocking jobs of 10 ms on a fixed pool of 4 platform threads: %d ms (%.0fx slower)%n",
                    jobs, fixedMs, (double) fixedMs / virtualMs);
        } finally {
            fixed.shutdownNow();
        }
    }

    private static long runSleepJobs(LoopOptions options, int jobs) {
        try (EventLoop loop = new EventLoop(options)) {
            int[] done = {0};
            long start = System.nanoTime();
            for (int i = 0; i < jobs; i++) {
                loop.submitWork(() -> {
                    Thread.sleep(10);
                    return null;
                }, (r, e) -> {
                    check(e == null, String.valueOf(e));
                    done[0]++;
                });
            }
            loop.run();
            check(done[0] == jobs, "done " + done[0]);
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    // (c) ---------------------------------------------------------------------------

    private static final int MESSAGE = 64;

    /**
     * Echo server on one loop (its own thread), 1,000 clients on a second loop (this thread),
     * each doing a bounded number of 64-byte ping-pongs over 127.0.0.1.
     */
    private static void tcpEcho() throws Exception {
        int connections = 1000;
        int roundTrips = 200;
        AtomicReference<InetSocketAddress> address = new AtomicReference<>();
        CountDownLatch listening = new CountDownLatch(1);
        AtomicReference<Throwable> serverFailure = new AtomicReference<>();
        EventLoop serverLoop = new EventLoop();
        Thread serverThread = Thread.ofPlatform().name("bench-echo-server").start(() -> {
            try {
                TcpServer server = serverLoop.newTcpServer();
                int[] closed = {0};
                server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024, (socket, error) -> {
                    if (error != null) {
                        throw new IllegalStateException(error);
                    }
                    socket.startReading(new ReadHandler() {
                        @Override
                        public void onData(ByteBuffer data) {
                            socket.write(ByteBuffer.allocate(data.remaining()).put(data).flip(), null);
                        }

                        @Override
                        public void onEnd() {
                            socket.close();
                            if (++closed[0] == connections) {
                                server.close();
                            }
                        }

                        @Override
                        public void onError(IOException e) {
                            socket.close();
                        }
                    });
                });
                address.set(server.localAddress());
                listening.countDown();
                serverLoop.run();
            } catch (Throwable t) {
                serverFailure.set(t);
                listening.countDown();
            }
        });
        listening.await();
        check(serverFailure.get() == null, String.valueOf(serverFailure.get()));

        long start;
        long[] completed = {0};
        try (EventLoop clientLoop = new EventLoop()) {
            ByteBuffer message = ByteBuffer.allocateDirect(MESSAGE);
            int[] finished = {0};
            start = System.nanoTime();
            for (int c = 0; c < connections; c++) {
                TcpSocket socket = clientLoop.newTcpSocket();
                int[] received = {0};
                int[] trips = {0};
                socket.connect(address.get(), error -> {
                    if (error != null) {
                        throw new IllegalStateException(error);
                    }
                    socket.startReading(new ReadHandler() {
                        @Override
                        public void onData(ByteBuffer data) {
                            received[0] += data.remaining();
                            while (received[0] >= MESSAGE) {
                                received[0] -= MESSAGE;
                                completed[0]++;
                                if (++trips[0] < roundTrips) {
                                    socket.write(message.duplicate(), null);
                                } else {
                                    socket.stopReading();
                                    socket.shutdown(e -> socket.close());
                                    finished[0]++;
                                }
                            }
                        }

                        @Override
                        public void onEnd() {
                            socket.close();
                        }

                        @Override
                        public void onError(IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    socket.write(message.duplicate(), null);
                });
            }
            clientLoop.run();
            check(finished[0] == connections, "finished " + finished[0]);
        }
        long elapsed = System.nanoTime() - start;
        serverThread.join(30_000);
        serverLoop.close();
        check(completed[0] == (long) connections * roundTrips, "completed " + completed[0]);
        System.out.printf("(c) TCP echo, %,d connections x %d round trips of %d bytes: %,d round trips in %.0f ms: %,.0f messages/s echoed (%,.0f one-way messages/s)%n",
                connections, roundTrips, MESSAGE, completed[0], elapsed / 1e6, completed[0] / (elapsed / 1e9), 2 * completed[0] / (elapsed / 1e9));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }
}
