package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;
import org.gjs.loop.Immediate;
import org.gjs.loop.Timeout;

/** What setTimeout, setInterval and setImmediate return: node's Timeout and Immediate objects, backed by a loop handle. */
public final class TimerObject extends JSObject {
    private Object handle;

    TimerObject(Shape shape) {
        super(shape);
    }

    public void setHandle(Object handle) {
        this.handle = handle;
    }

    @TruffleBoundary
    public void close() {
        if (handle instanceof Timeout timeout) {
            timeout.close();
        } else if (handle instanceof Immediate immediate) {
            immediate.close();
        }
    }

    @TruffleBoundary
    public void ref(boolean ref) {
        if (handle instanceof Timeout timeout) {
            if (ref) {
                timeout.ref();
            } else {
                timeout.unref();
            }
        } else if (handle instanceof Immediate immediate) {
            if (ref) {
                immediate.ref();
            } else {
                immediate.unref();
            }
        }
    }

    @TruffleBoundary
    public boolean hasRef() {
        if (handle instanceof Timeout timeout) {
            return timeout.hasRef();
        }
        return handle instanceof Immediate immediate && immediate.hasRef();
    }

    @TruffleBoundary
    public void refresh() {
        if (handle instanceof Timeout timeout) {
            timeout.refresh();
        }
    }
}
