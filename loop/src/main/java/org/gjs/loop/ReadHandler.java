package org.gjs.loop;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Receives what a {@link TcpSocket} reads, on the loop thread. */
public interface ReadHandler {
    /**
     * Bytes read, from position to limit. The buffer is the loop's and is reused for the next
     * read: copy what must outlive the call.
     */
    void onData(ByteBuffer data);

    /** The peer shut down its side; reading has stopped. */
    void onEnd();

    /** Reading failed (e.g. connection reset); reading has stopped. */
    void onError(IOException error);
}
