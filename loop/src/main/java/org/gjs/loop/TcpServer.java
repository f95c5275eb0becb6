package org.gjs.loop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A listening TCP socket (libuv's uv_tcp_t in listen mode). Accepts in the poll phase, one
 * {@link ConnectionHandler} call per connection. Active, and so keeping the loop alive when
 * ref'd, while listening.
 */
public final class TcpServer extends Handle implements IoHandler {
    private ServerSocketChannel channel;
    private SelectionKey key;
    private ConnectionHandler onConnection;

    TcpServer(EventLoop loop) {
        super(loop);
    }

    /**
     * Binds and listens. Port 0 picks a free port; see {@link #localAddress()}. Errors such as
     * an address in use are thrown here, synchronously, as libuv returns them.
     */
    public TcpServer listen(InetSocketAddress address, int backlog, ConnectionHandler handler) throws IOException {
        if (isClosing()) {
            throw new IllegalStateException("closed");
        }
        if (channel != null) {
            throw new IllegalStateException("already listening");
        }
        ServerSocketChannel ch = ServerSocketChannel.open();
        try {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true); // as libuv does on Unix
            ch.bind(address, backlog);
            ch.configureBlocking(false);
            key = ch.register(loop.selector(), SelectionKey.OP_ACCEPT, this);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        channel = ch;
        onConnection = handler;
        activate();
        return this;
    }

    public InetSocketAddress localAddress() {
        try {
            return channel == null ? null : (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void onReady(int readyOps) {
        // Accept everything queued, like libuv; stop if a callback closed the server.
        while (!isClosing()) {
            TcpSocket socket;
            try {
                SocketChannel accepted = channel.accept();
                if (accepted == null) {
                    return;
                }
                accepted.configureBlocking(false);
                socket = new TcpSocket(loop, accepted);
            } catch (IOException e) {
                onConnection.onConnection(null, e);
                loop.afterCallback();
                return;
            }
            onConnection.onConnection(socket, null);
            loop.afterCallback();
        }
    }

    @Override
    void stopForClose() {
        if (channel != null) {
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // the descriptor is gone either way
            }
        }
    }
}
