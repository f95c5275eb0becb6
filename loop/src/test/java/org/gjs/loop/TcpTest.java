package org.gjs.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Timeout(15)
class TcpTest {
    private static final InetSocketAddress ANY_LOCAL_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private final EventLoop loop = new EventLoop();
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    private static ByteBuffer ascii(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String ascii(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** Reads into a string; runs {@code onEnd} at EOF. */
    private static ReadHandler collect(StringBuilder into, Runnable onEnd) {
        return new ReadHandler() {
            @Override
            public void onData(ByteBuffer data) {
                into.append(ascii(data));
            }

            @Override
            public void onEnd() {
                onEnd.run();
            }

            @Override
            public void onError(IOException error) {
                throw new AssertionError(error);
            }
        };
    }

    @Test
    void echoRoundTripThenBothSidesClose() throws IOException {
        TcpServer server = loop.newTcpServer();
        server.listen(ANY_LOCAL_PORT, 16, (socket, error) -> {
            assertNull(error);
            socket.startReading(new ReadHandler() {
                @Override
                public void onData(ByteBuffer data) {
                    ByteBuffer copy = ByteBuffer.allocate(data.remaining()).put(data).flip();
                    socket.write(copy, null);
                }

                @Override
                public void onEnd() {
                    socket.close(() -> log.add("server side closed"));
                    server.close(() -> log.add("server closed"));
                }

                @Override
                public void onError(IOException e) {
                    throw new AssertionError(e);
                }
            });
        });
        TcpSocket client = loop.newTcpSocket();
        StringBuilder echoed = new StringBuilder();
        client.connect(server.localAddress(), error -> {
            assertNull(error);
            log.add("connected");
            client.startReading(collect(echoed, () -> { }));
            client.write(ascii("hello "), e -> log.add("write 1 done"));
            client.write(ascii("world"), e -> log.add("write 2 done"));
        });
        AtomicReference<Timeout> poller = new AtomicReference<>();
        poller.set(loop.setInterval(() -> {
            if (echoed.length() == "hello world".length()) {
                poller.get().close();
                client.shutdown(e -> log.add("shutdown done"));
            }
        }, 2));
        loop.run();
        assertEquals("hello world", echoed.toString());
        assertEquals(List.of("connected", "write 1 done", "write 2 done", "shutdown done", "server closed", "server side closed"), log.subList(0, 6));
        client.close();
        loop.run();
        assertEquals(0, loop.activeRequestCount());
    }

    @Test
    void writeCallbacksAreDeferredToThePendingPhaseEvenWhenTheWriteCompletesAtOnce() throws IOException {
        TcpServer server = loop.newTcpServer().listen(ANY_LOCAL_PORT, 4, (s, e) -> s.close());
        TcpSocket client = loop.newTcpSocket();
        client.connect(server.localAddress(), error -> {
            // From a poll-phase callback: the write goes out immediately, but its callback waits
            // for the pending queue, which runs after the poll and before check.
            client.write(ascii("x"), e -> log.add("write callback"));
            loop.setImmediate(() -> log.add("immediate"));
            log.add("after write()");
            assertEquals(0, client.writeQueueSize());
            server.close();
        });
        loop.setTimeout(() -> client.close(), 50);
        loop.run();
        assertEquals(List.of("after write()", "write callback", "immediate"), log);
    }

    @Test
    void backPressureShowsInTheWriteQueueUntilThePeerReads() throws IOException {
        int chunk = 1 << 20;
        int chunks = 32;
        ByteBuffer payload = ByteBuffer.allocateDirect(chunk);
        AtomicReference<TcpSocket> serverSide = new AtomicReference<>();
        AtomicLong received = new AtomicLong();
        TcpServer server = loop.newTcpServer().listen(ANY_LOCAL_PORT, 4, (s, e) -> serverSide.set(s));
        TcpSocket client = loop.newTcpSocket();
        AtomicInteger writesDone = new AtomicInteger();
        long[] maxQueued = {0};
        client.connect(server.localAddress(), error -> {
            for (int i = 0; i < chunks; i++) {
                client.write(payload.duplicate(), e -> {
                    assertNull(e);
                    writesDone.incrementAndGet();
                });
            }
            maxQueued[0] = client.writeQueueSize();
        });
        // Once the client is stuck on a full kernel buffer, let the server read everything.
        AtomicReference<Timeout> waitForStall = new AtomicReference<>();
        waitForStall.set(loop.setInterval(() -> {
            if (maxQueued[0] > 0 && serverSide.get() != null) {
                waitForStall.get().close();
                serverSide.get().startReading(new ReadHandler() {
                    @Override
                    public void onData(ByteBuffer data) {
                        if (received.addAndGet(data.remaining()) == (long) chunk * chunks) {
                            serverSide.get().close();
                            client.close();
                            server.close();
                        }
                    }

                    @Override
                    public void onEnd() {
                    }

                    @Override
                    public void onError(IOException e) {
                        throw new AssertionError(e);
                    }
                });
            }
        }, 5));
        loop.run();
        assertTrue(maxQueued[0] > 0, "32 MiB cannot all fit in loopback socket buffers");
        assertTrue(maxQueued[0] <= (long) chunk * chunks);
        assertEquals((long) chunk * chunks, received.get());
        assertEquals(chunks, writesDone.get());
        assertEquals(0, client.writeQueueSize());
    }

    @Test
    void shutdownSendsEndOfStreamAfterQueuedWrites() throws IOException {
        StringBuilder got = new StringBuilder();
        TcpServer server = loop.newTcpServer();
        server.listen(ANY_LOCAL_PORT, 4, (s, e) -> s.startReading(collect(got, () -> {
            log.add("server saw end");
            s.close();
            server.close();
        })));
        TcpSocket client = loop.newTcpSocket();
        client.connect(server.localAddress(), e -> { });
        client.write(ascii("queued before the connection completes"), e -> log.add("write done"));
        client.shutdown(e -> {
            assertNull(e);
            log.add("shutdown done");
            client.close();
        });
        assertThrows(IllegalStateException.class, () -> client.write(ascii("late"), null));
        loop.run();
        assertEquals("queued before the connection completes", got.toString());
        assertEquals(List.of("write done", "shutdown done", "server saw end"), log);
    }

    @Test
    void connectionRefusedIsReportedToTheCallback() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        TcpSocket client = loop.newTcpSocket();
        AtomicReference<IOException> error = new AtomicReference<>();
        client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort), e -> {
            error.set(e);
            client.close();
        });
        loop.run();
        assertInstanceOf(ConnectException.class, error.get());
    }

    @Test
    void closingCancelsPendingWritesBeforeTheCloseCallback() throws IOException {
        TcpServer server = loop.newTcpServer().listen(ANY_LOCAL_PORT, 4, (s, e) -> log.add("accepted"));
        TcpSocket client = loop.newTcpSocket();
        ByteBuffer big = ByteBuffer.allocateDirect(1 << 20);
        client.connect(server.localAddress(), error -> {
            for (int i = 0; i < 32; i++) {
                client.write(big.duplicate(), e -> log.add(e == null ? "written" : e.getClass().getSimpleName()));
            }
            assertTrue(client.writeQueueSize() > 0);
            client.close(() -> log.add("closed"));
            server.close();
        });
        loop.run();
        assertEquals("closed", log.get(log.size() - 1));
        assertTrue(log.contains("RequestCancelledException"), log.toString());
        assertEquals(32, log.stream().filter(s -> s.equals("written") || s.equals("RequestCancelledException")).count());
        assertEquals(0, loop.activeRequestCount());
    }

    @Test
    void listeningOnAPortInUseFailsSynchronously() throws IOException {
        TcpServer first = loop.newTcpServer().listen(ANY_LOCAL_PORT, 4, (s, e) -> { });
        TcpServer second = loop.newTcpServer();
        assertThrows(IOException.class, () -> second.listen(first.localAddress(), 4, (s, e) -> { }));
        assertFalse(second.isActive());
        first.close();
        second.close();
        loop.run();
    }

    @Test
    void anUnrefdServerDoesNotKeepTheLoopAlive() throws IOException {
        TcpServer server = loop.newTcpServer().listen(ANY_LOCAL_PORT, 4, (s, e) -> { });
        assertTrue(loop.isAlive());
        server.unref();
        assertFalse(loop.isAlive());
        loop.run();
        assertNotNull(server.localAddress());
    }

    @Test
    void peerResetOrEndIsDeliveredToTheReader() throws IOException {
        AtomicReference<String> outcome = new AtomicReference<>();
        TcpServer server = loop.newTcpServer();
        server.listen(ANY_LOCAL_PORT, 4, (s, e) -> {
            s.close();
            server.close();
        });
        TcpSocket client = loop.newTcpSocket();
        client.connect(server.localAddress(), e -> client.startReading(new ReadHandler() {
            @Override
            public void onData(ByteBuffer data) {
            }

            @Override
            public void onEnd() {
                outcome.set("end");
                client.close();
            }

            @Override
            public void onError(IOException error) {
                outcome.set("error");
                client.close();
            }
        }));
        loop.run();
        assertNotNull(outcome.get());
        assertFalse(client.isReading());
    }

    @Test
    void readBytesAreExactAcrossManyReads() throws IOException {
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        TcpServer server = loop.newTcpServer();
        server.listen(ANY_LOCAL_PORT, 4, (s, e) -> s.startReading(new ReadHandler() {
            @Override
            public void onData(ByteBuffer b) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                got.write(chunk, 0, chunk.length);
            }

            @Override
            public void onEnd() {
                s.close();
                server.close();
            }

            @Override
            public void onError(IOException error) {
                throw new AssertionError(error);
            }
        }));
        TcpSocket client = loop.newTcpSocket();
        client.connect(server.localAddress(), e -> {
            client.write(ByteBuffer.wrap(data), null);
            client.shutdown(x -> client.close());
        });
        loop.run();
        assertEquals(data.length, got.size());
        assertTrue(java.util.Arrays.equals(data, got.toByteArray()));
    }
}
