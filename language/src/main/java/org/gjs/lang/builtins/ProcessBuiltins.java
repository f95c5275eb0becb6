package org.gjs.lang.builtins;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.Inspect;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * The first part of node's {@code process} object: argv, execPath, env, platform, pid, version(s),
 * cwd(), exit(), exitCode, nextTick(), stdout/stderr.write(). The rest comes with the Node host issue.
 */
final class ProcessBuiltins {
    private ProcessBuiltins() {
    }

    @TruffleBoundary
    static JSObject create(GjsLanguage language, JSRealm realm, GjsContext context) {
        BuiltinFunctions builtins = language.getBuiltins();
        JSObject process = realm.newObject();
        String execPath = context.getEnv().getEnvironment().getOrDefault("GJS_EXEC_PATH", "gjs");
        JSArrayObject argv = JSArrayObject.createEmpty(realm);
        argv.set(0, Strings.fromJava(execPath));
        for (String argument : context.getEnv().getApplicationArguments()) {
            argv.set(argv.length(), Strings.fromJava(argument));
        }
        process.putUncached(Strings.constant("argv"), argv);
        process.putUncached(Strings.constant("execPath"), Strings.fromJava(execPath));
        JSObject env = realm.newObject();
        for (Map.Entry<String, String> entry : context.getEnv().getEnvironment().entrySet()) {
            env.putUncached(Strings.fromJava(entry.getKey()), Strings.fromJava(entry.getValue()));
        }
        process.putUncached(Strings.constant("env"), env);
        process.putUncached(Strings.constant("platform"), Strings.fromJava(platform()));
        process.putUncached(Strings.constant("pid"), (int) ProcessHandle.current().pid());
        process.putUncached(Strings.constant("version"), Strings.fromJava("v" + GjsLanguage.VERSION));
        JSObject versions = realm.newObject();
        versions.putUncached(Strings.constant("gjs"), Strings.fromJava(GjsLanguage.VERSION));
        process.putUncached(Strings.constant("versions"), versions);
        process.putUncached(Strings.constant("exitCode"), Undefined.INSTANCE);
        builtins.install(language, realm, process, "process",
                        new Builtin("exit", 1, () -> new ProcessNode(ProcessNode.Kind.EXIT)),
                        new Builtin("cwd", 0, () -> new ProcessNode(ProcessNode.Kind.CWD)),
                        new Builtin("nextTick", 1, () -> new ProcessNode(ProcessNode.Kind.NEXT_TICK)),
                        new Builtin("uptime", 0, () -> new ProcessNode(ProcessNode.Kind.UPTIME)));
        process.putUncached(Strings.constant("stdout"), stream(language, realm, "stdout", false));
        process.putUncached(Strings.constant("stderr"), stream(language, realm, "stderr", true));
        return process;
    }

    private static JSObject stream(GjsLanguage language, JSRealm realm, String name, boolean stderr) {
        JSObject stream = realm.newObject();
        language.getBuiltins().install(language, realm, stream, "process." + name,
                        new Builtin("write", 1, () -> new ProcessNode(stderr ? ProcessNode.Kind.WRITE_ERR : ProcessNode.Kind.WRITE_OUT)));
        return stream;
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            return "win32";
        }
        if (os.contains("mac")) {
            return "darwin";
        }
        return os.contains("linux") ? "linux" : os;
    }

    static final class ProcessNode extends BuiltinNode {
        enum Kind {
            EXIT,
            CWD,
            NEXT_TICK,
            UPTIME,
            WRITE_OUT,
            WRITE_ERR
        }

        private static final long START = System.nanoTime();
        private final Kind kind;

        ProcessNode(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            GjsContext context = GjsContext.get(this);
            return switch (kind) {
                case EXIT -> exit(context, argument(frame, 0));
                case CWD -> cwd(context);
                case NEXT_TICK -> nextTick(context, frame.getArguments());
                case UPTIME -> (System.nanoTime() - START) / 1e9;
                case WRITE_OUT, WRITE_ERR -> write(context, argument(frame, 0));
            };
        }

        @TruffleBoundary
        private Object exit(GjsContext context, Object code) {
            int status = code == Undefined.INSTANCE ? context.exitCode() : (int) Conversions.toNumber(code);
            context.getEnv().getContext().closeExited(this, status);
            return Undefined.INSTANCE;
        }

        @TruffleBoundary
        private Object cwd(GjsContext context) {
            try {
                return Strings.fromJava(context.getEnv().getCurrentWorkingDirectory().getPath());
            } catch (SecurityException e) {
                // The embedder denied file system access: a JS error, not a back door.
                throw ErrorObjects.raise(context.getRealm(), ErrorType.Error, "process.cwd() is not allowed: the embedder denied file system access", this);
            }
        }

        @TruffleBoundary
        private Object nextTick(GjsContext context, Object[] frameArguments) {
            Object callback = frameArguments.length > JSFunctionObject.ARGUMENTS_OFFSET ? frameArguments[JSFunctionObject.ARGUMENTS_OFFSET] : Undefined.INSTANCE;
            if (!(callback instanceof JSFunctionObject function)) {
                throw ErrorObjects.raise(context.getRealm(), ErrorType.TypeError,
                                "The \"callback\" argument must be of type function. Received " + Inspect.inspect(callback, 0), this);
            }
            int extra = frameArguments.length - JSFunctionObject.ARGUMENTS_OFFSET - 1;
            Object[] callArguments = new Object[JSFunctionObject.ARGUMENTS_OFFSET + extra];
            callArguments[JSFunctionObject.CALLEE_INDEX] = function;
            callArguments[JSFunctionObject.THIS_INDEX] = Undefined.INSTANCE;
            if (extra > 0) {
                System.arraycopy(frameArguments, JSFunctionObject.ARGUMENTS_OFFSET + 1, callArguments, JSFunctionObject.ARGUMENTS_OFFSET, extra);
            }
            context.enqueueTick(callArguments);
            return Undefined.INSTANCE;
        }

        @TruffleBoundary
        private Object write(GjsContext context, Object chunk) {
            var stream = kind == Kind.WRITE_ERR ? context.getErr() : context.getOut();
            stream.print(Strings.toJava(Conversions.toStringUncached(chunk)));
            stream.flush();
            return true;
        }
    }
}
