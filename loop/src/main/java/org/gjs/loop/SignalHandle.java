package org.gjs.loop;

/**
 * Watches a process signal (libuv's uv_signal_t): while started, each delivery of the signal
 * runs the callback once on the loop thread, in the poll phase, instead of the JVM's default
 * action. Active while started, so a ref'd one keeps the loop alive (Node unrefs its own).
 * Tested with INT, TERM and HUP on HotSpot (see {@link SignalDispatcher}).
 */
public final class SignalHandle extends Handle {
    private String signal;
    private Runnable callback;

    SignalHandle(EventLoop loop) {
        super(loop);
    }

    /**
     * Starts watching {@code signalName} ("INT", "TERM", "HUP"; an optional "SIG" prefix is
     * accepted). Throws IllegalArgumentException if the JVM does not let us handle it.
     */
    public SignalHandle start(String signalName, Runnable onSignal) {
        if (isClosing()) {
            throw new IllegalStateException("closed");
        }
        if (onSignal == null) {
            throw new NullPointerException("onSignal");
        }
        String name = SignalDispatcher.normalize(signalName);
        if (signal != null) {
            stop();
        }
        SignalDispatcher.subscribe(name, this);
        signal = name;
        callback = onSignal;
        loop.signalStarted(this);
        activate();
        return this;
    }

    public void stop() {
        if (signal != null) {
            SignalDispatcher.unsubscribe(signal, this);
            loop.signalStopped(this);
            signal = null;
            deactivate();
        }
    }

    /** The watched signal without "SIG", or null when stopped. */
    public String signal() {
        return signal;
    }

    /** Called on the JVM's signal thread. */
    void deliver() {
        loop.inbox.post(this::runCallback);
    }

    private void runCallback() {
        Runnable cb = callback;
        if (signal == null || isClosing() || cb == null) {
            return; // stopped after the signal arrived
        }
        cb.run();
        loop.afterCallback();
    }

    @Override
    void stopForClose() {
        stop();
    }
}
