package org.gjs.lang;

import java.io.PrintStream;
import java.util.ArrayDeque;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.builtins.GlobalBuiltins;
import org.gjs.lang.regex.RegexEngine;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.loop.EventLoop;

/**
 * The state of one gjs context: its realm and its event loop. Only the loop thread enters the
 * context; the loop's worker threads never see JS values.
 */
public final class GjsContext {
    private static final ContextReference<GjsContext> REFERENCE = ContextReference.create(GjsLanguage.class);
    private static final TruffleString PROCESS = Strings.constant("process");
    private static final TruffleString EXIT_CODE = Strings.constant("exitCode");

    private final GjsLanguage language;
    private final TruffleLanguage.Env env;
    private final JSRealm realm;
    private final PrintStream out;
    private final PrintStream err;
    private EventLoop loop;
    private RegexEngine regexEngine;
    /** process.nextTick callbacks, as frame arguments: drained after the main script and after every loop callback. */
    private final ArrayDeque<Object[]> ticks = new ArrayDeque<>();

    GjsContext(GjsLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.realm = new JSRealm(language.getRootShapes());
        this.out = new PrintStream(env.out(), true);
        this.err = new PrintStream(env.err(), true);
    }

    public static GjsContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        GlobalBuiltins.install(language, realm, this);
    }

    void dispose() {
        if (loop != null) {
            loop.close();
        }
    }

    public GjsLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    public JSRealm getRealm() {
        return realm;
    }

    public PrintStream getOut() {
        return out;
    }

    public PrintStream getErr() {
        return err;
    }

    @TruffleBoundary
    public RegexEngine getRegexEngine() {
        if (regexEngine == null) {
            regexEngine = new RegexEngine(env);
        }
        return regexEngine;
    }

    @TruffleBoundary
    public EventLoop getLoop() {
        if (loop == null) {
            loop = new EventLoop();
            loop.setAfterCallbackHook(this::drainTicks);
        }
        return loop;
    }

    /** How many programs are running on the stack: only the outermost runs ticks, the loop and exit codes. */
    private int programDepth;

    public boolean enterProgram() {
        return programDepth++ == 0;
    }

    public void exitProgram() {
        programDepth--;
    }

    @TruffleBoundary
    public void enqueueTick(Object[] callArguments) {
        ticks.add(callArguments);
    }

    /** Runs queued process.nextTick callbacks, including those they queue, until none is left. */
    @TruffleBoundary
    public void drainTicks() {
        Object[] tick;
        while ((tick = ticks.poll()) != null) {
            ((JSFunctionObject) tick[0]).getData().getCallTarget().call(tick);
        }
    }

    /** process.exitCode as a number, 0 when unset. */
    @TruffleBoundary
    public int exitCode() {
        Object process = realm.getGlobalObject().getUncached(PROCESS);
        if (process instanceof JSObject p) {
            Object code = p.getUncached(EXIT_CODE);
            if (code instanceof Integer || code instanceof Double) {
                return ((Number) code).intValue();
            }
        }
        return 0;
    }

    /**
     * Runs the event loop until nothing keeps it alive, as node does after the main script. Only the
     * outermost program calls it (see {@link #enterProgram()}).
     */
    @TruffleBoundary
    public void runEventLoop() {
        if (loop != null) {
            loop.run();
        }
    }
}
