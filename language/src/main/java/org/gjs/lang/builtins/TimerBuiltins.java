package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.TimerObject;
import org.gjs.lang.runtime.Undefined;
import org.gjs.lang.runtime.Inspect;
import org.gjs.loop.EventLoop;

/** setTimeout, setInterval, setImmediate and their clear functions, on the context's event loop. */
public final class TimerBuiltins {
    static final Builtin[] ALL = {
                    new Builtin("setTimeout", 1, () -> new ScheduleNode(Kind.TIMEOUT)),
                    new Builtin("setInterval", 1, () -> new ScheduleNode(Kind.INTERVAL)),
                    new Builtin("setImmediate", 1, () -> new ScheduleNode(Kind.IMMEDIATE)),
                    new Builtin("clearTimeout", 1, ClearNode::new),
                    new Builtin("clearInterval", 1, ClearNode::new),
                    new Builtin("clearImmediate", 1, ClearNode::new),
    };

    private TimerBuiltins() {
    }

    enum Kind {
        TIMEOUT,
        INTERVAL,
        IMMEDIATE
    }

    static final class ScheduleNode extends BuiltinNode {
        private final Kind kind;

        ScheduleNode(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object callback = argument(frame, 0);
            if (!(callback instanceof JSFunctionObject function)) {
                throw invalidCallback(callback);
            }
            Object[] frameArguments = frame.getArguments();
            return schedule(GjsContext.get(this), function, kind == Kind.IMMEDIATE ? Undefined.INSTANCE : argument(frame, 1), frameArguments);
        }

        @TruffleBoundary
        private JSException invalidCallback(Object callback) {
            GjsContext context = GjsContext.get(this);
            String received = callback == Undefined.INSTANCE ? "undefined" : "type " + Conversions.typeof(callback) + " (" + Inspect.inspect(callback, 0) + ")";
            return new JSException(ErrorObjects.createWithCode(context.getRealm(), ErrorType.TypeError, "ERR_INVALID_ARG_TYPE",
                            "The \"callback\" argument must be of type function. Received " + received, this), this);
        }

        @TruffleBoundary
        private Object schedule(GjsContext context, JSFunctionObject function, Object delay, Object[] frameArguments) {
            int extra = kind == Kind.IMMEDIATE ? 1 : 2;
            int count = Math.max(0, frameArguments.length - JSFunctionObject.ARGUMENTS_OFFSET - extra);
            Object[] callArguments = new Object[JSFunctionObject.ARGUMENTS_OFFSET + count];
            callArguments[JSFunctionObject.CALLEE_INDEX] = function;
            if (count > 0) { // with no extra arguments the source position may lie past the end
                System.arraycopy(frameArguments, JSFunctionObject.ARGUMENTS_OFFSET + extra, callArguments, JSFunctionObject.ARGUMENTS_OFFSET, count);
            }
            TimerObject timer = context.getRealm().newTimerObject();
            callArguments[JSFunctionObject.THIS_INDEX] = timer;
            Runnable run = () -> function.getData().getCallTarget().call(callArguments);
            EventLoop loop = context.getLoop();
            double delayMs = Conversions.toNumber(delay);
            switch (kind) {
                case TIMEOUT -> timer.setHandle(loop.setTimeout(run, delayMs));
                case INTERVAL -> timer.setHandle(loop.setInterval(run, delayMs));
                case IMMEDIATE -> timer.setHandle(loop.setImmediate(run));
            }
            return timer;
        }
    }

    static final class ClearNode extends BuiltinNode {
        @Override
        public Object execute(VirtualFrame frame) {
            if (argument(frame, 0) instanceof TimerObject timer) {
                timer.close();
            }
            return Undefined.INSTANCE;
        }
    }
}
