package org.gjs.loop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * A TCP connection on a non-blocking channel (libuv's uv_tcp_t as a stream). Active while
 * reading; connects, writes and shutdowns are requests, so they keep the loop alive on their
 * own. Writes go out at once when nothing is queued; what the kernel does not take waits in a
 * queue whose size in bytes, {@link #writeQueueSize()}, is the back-pressure signal.
 */
public final class TcpSocket extends Handle implements IoHandler {
    /** libuv reads at most this many times per readiness event, to be fair to other sockets. */
    private static final int MAX_READS_PER_EVENT = 32;

    private SocketChannel channel;
    private SelectionKey key;
    private int interest;

    private ReadHandler reader;
    private boolean connecting;
    private StatusCallback connectCallback;

    private final ArrayDeque<WriteRequest> writeQueue = new ArrayDeque<>();
    private long writeQueueBytes;
    /** Finished writes whose callbacks wait for the pending phase (libuv's write_completed_queue). */
    private final ArrayDeque<WriteRequest> completedWrites = new ArrayDeque<>();
    private boolean fedToPending;
    private final Runnable runCompletedWrites = this::runCompletedWrites;

    private boolean shutdownRequested;
    private boolean outputShut;
    private StatusCallback shutdownCallback;

    TcpSocket(EventLoop loop) {
        super(loop);
    }

    /** An accepted connection; registered at once (with no interest) so that loop.close() finds it. */
    TcpSocket(EventLoop loop, SocketChannel accepted) throws IOException {
        super(loop);
        this.channel = accepted;
        this.key = accepted.register(loop.selector(), 0, this);
    }

    // ------------------------------------------------------------- connect

    /**
     * Connects to {@code address}; {@code callback} runs on the loop with null or the error
     * (e.g. connection refused). Writes may be queued before the connection completes.
     */
    public void connect(InetSocketAddress address, StatusCallback callback) {
        checkUsable();
        if (channel != null) {
            throw new IllegalStateException("already connected");
        }
        loop.requestStarted();
        connectCallback = callback;
        connecting = true;
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            key = channel.register(loop.selector(), 0, this);
            if (channel.connect(address)) {
                loop.queuePending(() -> finishConnect(null));
            } else {
                updateInterest();
            }
        } catch (IOException e) {
            // libuv reports even immediate failures asynchronously.
            loop.queuePending(() -> finishConnect(e));
        }
    }

    private void finishConnect(IOException error) {
        if (!connecting) {
            return; // closed meanwhile: the close phase already failed the request
        }
        connecting = false;
        StatusCallback cb = connectCallback;
        connectCallback = null;
        loop.requestFinished();
        if (error == null && !writeQueue.isEmpty()) {
            flushWrites();
        }
        updateInterest();
        if (cb != null) {
            cb.done(error);
            loop.afterCallback();
        }
    }

    // ------------------------------------------------------------- reading

    public void startReading(ReadHandler handler) {
        checkUsable();
        if (handler == null) {
            throw new NullPointerException("handler");
        }
        reader = handler;
        activate();
        updateInterest();
    }

    public void stopReading() {
        if (reader != null) {
            reader = null;
            deactivate();
            updateInterest();
        }
    }

    public boolean isReading() {
        return reader != null;
    }

    private void readReady() {
        ByteBuffer buf = loop.readBuffer();
        for (int i = 0; i < MAX_READS_PER_EVENT && reader != null; i++) {
            buf.clear();
            int n;
            try {
                n = channel.read(buf);
            } catch (IOException e) {
                ReadHandler r = reader;
                stopReading();
                r.onError(e);
                loop.afterCallback();
                return;
            }
            if (n == 0) {
                return;
            }
            if (n < 0) {
                ReadHandler r = reader;
                stopReading();
                r.onEnd();
                loop.afterCallback();
                return;
            }
            buf.flip();
            reader.onData(buf);
            loop.afterCallback();
            if (n < buf.capacity()) {
                return; // the socket is drained
            }
        }
    }

    // ------------------------------------------------------------- writing

    /**
     * Queues {@code data} (from position to limit; do not touch it until the callback) and
     * writes as much as the kernel takes right away. The callback (may be null) runs in a
     * pending phase once every byte is written, or with the error.
     */
    public void write(ByteBuffer data, StatusCallback callback) {
        checkUsable();
        if (shutdownRequested) {
            throw new IllegalStateException("write after shutdown");
        }
        if (channel == null) {
            throw new IllegalStateException("not connected"); // libuv: ENOTCONN
        }
        loop.requestStarted();
        boolean wasEmpty = writeQueue.isEmpty();
        writeQueue.add(new WriteRequest(data, callback));
        writeQueueBytes += data.remaining();
        if (wasEmpty && !connecting) {
            flushWrites();
        }
        updateInterest();
    }

    /**
     * Writes what the kernel takes now without queueing (uv_try_write); returns the number of
     * bytes written, 0 when writes are queued, the socket is not connected, or the kernel is full.
     */
    public int tryWrite(ByteBuffer data) throws IOException {
        checkUsable();
        if (!writeQueue.isEmpty() || channel == null || connecting || shutdownRequested) {
            return 0;
        }
        return channel.write(data);
    }

    /** Bytes accepted by {@link #write} and not yet handed to the kernel. */
    public long writeQueueSize() {
        return writeQueueBytes;
    }

    /** Writes whose callback has not run yet, queued or completed. */
    public int pendingWriteCount() {
        return writeQueue.size() + completedWrites.size();
    }

    private void flushWrites() {
        WriteRequest req;
        while ((req = writeQueue.peek()) != null) {
            int before = req.data.remaining();
            try {
                channel.write(req.data);
            } catch (IOException e) {
                failQueuedWrites(e);
                return;
            }
            writeQueueBytes -= before - req.data.remaining();
            if (req.data.hasRemaining()) {
                return; // the kernel buffer is full: wait for OP_WRITE
            }
            writeQueue.poll();
            completedWrites.add(req);
        }
        feedPending();
    }

    private void failQueuedWrites(IOException error) {
        WriteRequest req;
        while ((req = writeQueue.poll()) != null) {
            writeQueueBytes -= req.data.remaining();
            req.error = error;
            completedWrites.add(req);
        }
        feedPending();
    }

    private void feedPending() {
        if (!fedToPending && !completedWrites.isEmpty()) {
            fedToPending = true;
            loop.queuePending(runCompletedWrites);
        }
    }

    private void runCompletedWrites() {
        fedToPending = false;
        WriteRequest req;
        while ((req = completedWrites.poll()) != null) {
            try {
                req.finish(loop);
            } catch (RuntimeException | Error e) {
                feedPending(); // the rest run in a later pending pass
                throw e;
            }
        }
    }

    // ------------------------------------------------------------- shutdown

    /** Half-closes: once queued writes are out, sends FIN; the callback gets null or the error. */
    public void shutdown(StatusCallback callback) {
        checkUsable();
        if (shutdownRequested) {
            throw new IllegalStateException("already shut down");
        }
        loop.requestStarted();
        shutdownRequested = true;
        shutdownCallback = callback;
        updateInterest(); // completes on the next writable event, as libuv's uv__drain does
    }

    private void maybeFinishShutdown() {
        if (!shutdownRequested || outputShut || connecting || !writeQueue.isEmpty() || channel == null) {
            return;
        }
        outputShut = true;
        IOException error = null;
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            error = e;
        }
        StatusCallback cb = shutdownCallback;
        shutdownCallback = null;
        loop.requestFinished();
        updateInterest();
        if (cb != null) {
            cb.done(error);
            loop.afterCallback();
        }
    }

    // ------------------------------------------------------------- readiness

    @Override
    public void onReady(int readyOps) {
        if (connecting) {
            if ((readyOps & SelectionKey.OP_CONNECT) != 0) {
                IOException error = null;
                try {
                    channel.finishConnect();
                } catch (IOException e) {
                    error = e;
                }
                finishConnect(error);
            }
            return;
        }
        if ((readyOps & SelectionKey.OP_READ) != 0 && reader != null) {
            readReady();
        }
        if (isClosing()) {
            return;
        }
        if ((readyOps & SelectionKey.OP_WRITE) != 0) {
            if (!writeQueue.isEmpty()) {
                flushWrites();
            }
            maybeFinishShutdown();
        }
        updateInterest();
    }

    private void updateInterest() {
        if (channel == null || isClosing()) {
            return;
        }
        int ops = 0;
        if (connecting) {
            ops = SelectionKey.OP_CONNECT;
        } else {
            if (reader != null) {
                ops |= SelectionKey.OP_READ;
            }
            if (!writeQueue.isEmpty() || (shutdownRequested && !outputShut)) {
                ops |= SelectionKey.OP_WRITE;
            }
        }
        if (ops == interest) {
            return;
        }
        interest = ops;
        if (key == null) {
            try {
                key = channel.register(loop.selector(), ops, this);
            } catch (ClosedChannelException e) {
                // closed under us; close() will report pending requests
            }
        } else if (key.isValid()) { // a failed connect closes the channel, cancelling its key
            key.interestOps(ops);
        }
    }

    // ------------------------------------------------------------- options, close

    public void setNoDelay(boolean on) throws IOException {
        if (channel != null) {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, on);
        }
    }

    public void setKeepAlive(boolean on) throws IOException {
        if (channel != null) {
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, on);
        }
    }

    public InetSocketAddress localAddress() {
        try {
            return channel == null ? null : (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    public InetSocketAddress remoteAddress() {
        try {
            return channel == null ? null : (InetSocketAddress) channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    private void checkUsable() {
        if (isClosing()) {
            throw new IllegalStateException("socket is closed");
        }
    }

    @Override
    void stopForClose() {
        reader = null;
        if (key != null) {
            key.cancel();
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the descriptor is gone either way
            }
        }
    }

    /** In the close phase, before the close callback: every unfinished request gets its callback. */
    @Override
    void releaseAfterClose() {
        if (connecting) {
            finishConnect(new RequestCancelledException("socket closed before connecting"));
        }
        if (!writeQueue.isEmpty()) {
            failQueuedWrites(new RequestCancelledException("socket closed before the write completed"));
        }
        if (!completedWrites.isEmpty()) {
            runCompletedWrites();
        }
        if (shutdownRequested && !outputShut) {
            outputShut = true;
            StatusCallback cb = shutdownCallback;
            shutdownCallback = null;
            loop.requestFinished();
            if (cb != null) {
                cb.done(new RequestCancelledException("socket closed before shutdown"));
                loop.afterCallback();
            }
        }
    }
}
