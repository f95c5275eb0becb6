package org.gjs.loop;

import java.io.IOException;

/** A socket request that could not finish because its handle was closed (libuv's UV_ECANCELED). */
public final class RequestCancelledException extends IOException {
    public RequestCancelledException(String message) {
        super(message);
    }
}
