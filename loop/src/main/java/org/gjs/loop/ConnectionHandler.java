package org.gjs.loop;

import java.io.IOException;

/** Told about each connection a {@link TcpServer} accepts, or about a failed accept. */
@FunctionalInterface
public interface ConnectionHandler {
    /** Exactly one of the two is non-null. The socket is not reading yet. */
    void onConnection(TcpSocket socket, IOException error);
}
