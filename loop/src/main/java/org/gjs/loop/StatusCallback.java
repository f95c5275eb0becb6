package org.gjs.loop;

import java.io.IOException;

/** Completion of a socket request (connect, write, shutdown): error is null on success. */
@FunctionalInterface
public interface StatusCallback {
    void done(IOException error);
}
