package org.gjs.lang.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.runtime.TimerObject;
import org.gjs.lang.runtime.Undefined;

/** Timeout.prototype / Immediate.prototype methods: ref, unref, hasRef, refresh, close. */
final class TimerMethodNode extends BuiltinNode {
    enum Method {
        REF,
        UNREF,
        HAS_REF,
        REFRESH,
        CLOSE
    }

    static final Builtin[] ALL = {
                    new Builtin("ref", 0, () -> new TimerMethodNode(Method.REF)),
                    new Builtin("unref", 0, () -> new TimerMethodNode(Method.UNREF)),
                    new Builtin("hasRef", 0, () -> new TimerMethodNode(Method.HAS_REF)),
                    new Builtin("refresh", 0, () -> new TimerMethodNode(Method.REFRESH)),
                    new Builtin("close", 0, () -> new TimerMethodNode(Method.CLOSE)),
    };

    private final Method method;

    private TimerMethodNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object self = thisValue(frame);
        if (!(self instanceof TimerObject timer)) {
            return Undefined.INSTANCE;
        }
        switch (method) {
            case REF -> timer.ref(true);
            case UNREF -> timer.ref(false);
            case HAS_REF -> {
                return timer.hasRef();
            }
            case REFRESH -> timer.refresh();
            case CLOSE -> timer.close();
        }
        return timer;
    }
}
