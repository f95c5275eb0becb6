package org.gjs.loop;

import java.io.IOException;
import java.nio.ByteBuffer;

/** One queued write of a {@link TcpSocket} (libuv's uv_write_t); an active request until its callback. */
final class WriteRequest {
    final ByteBuffer data;
    final StatusCallback callback;
    IOException error;

    WriteRequest(ByteBuffer data, StatusCallback callback) {
        this.data = data;
        this.callback = callback;
    }

    /** Ends the request and runs its callback, then the after-callback hook. */
    void finish(EventLoop loop) {
        loop.requestFinished();
        if (callback != null) {
            callback.done(error);
            loop.afterCallback();
        }
    }
}
