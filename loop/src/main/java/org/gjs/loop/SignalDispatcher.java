package org.gjs.loop;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The process-wide side of signals. The JVM allows one handler per signal, so one
 * {@code sun.misc.Signal} handler per signal fans out to every started {@link SignalHandle}
 * of every loop; when the last one stops, the JVM's previous handler is put back (so SIGTERM
 * again runs shutdown hooks and SIGINT again ends the process).
 *
 * <p>{@code sun.misc.Signal} lives in the jdk.unsupported module, which is exported, so it
 * needs no flag on JDK 25. HotSpot refuses KILL, STOP and QUIT (its thread dump), and
 * nothing can be installed when the JVM runs with -Xrs.
 */
final class SignalDispatcher {
    private static final Map<String, Registration> REGISTRATIONS = new HashMap<>();

    private SignalDispatcher() {
    }

    private static final class Registration {
        final SignalHandler previous;
        final List<SignalHandle> handles = new CopyOnWriteArrayList<>();

        Registration(SignalHandler previous) {
            this.previous = previous;
        }
    }

    static String normalize(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("SIG") ? n.substring(3) : n;
    }

    static synchronized void subscribe(String name, SignalHandle handle) {
        Registration r = REGISTRATIONS.get(name);
        if (r == null) {
            Signal signal;
            SignalHandler previous;
            try {
                signal = new Signal(name);
                previous = Signal.handle(signal, SignalDispatcher::dispatch);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot handle SIG" + name + " in this JVM: " + e.getMessage(), e);
            }
            r = new Registration(previous);
            REGISTRATIONS.put(name, r);
        }
        r.handles.add(handle);
    }

    static synchronized void unsubscribe(String name, SignalHandle handle) {
        Registration r = REGISTRATIONS.get(name);
        if (r != null && r.handles.remove(handle) && r.handles.isEmpty()) {
            REGISTRATIONS.remove(name);
            Signal.handle(new Signal(name), r.previous);
        }
    }

    /** Runs on a thread the JVM starts for the signal: hand over to each loop and return. */
    private static void dispatch(Signal signal) {
        Registration r;
        synchronized (SignalDispatcher.class) {
            r = REGISTRATIONS.get(signal.getName());
        }
        if (r != null) {
            for (SignalHandle h : r.handles) {
                h.deliver();
            }
        }
    }
}
