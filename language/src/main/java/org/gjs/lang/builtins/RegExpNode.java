package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSRegExpObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** The RegExp constructor, RegExp.prototype.exec/test/toString and the flag and source getters. */
final class RegExpNode extends BuiltinNode {
    enum Method implements Builtin.Named {
        CONSTRUCT("RegExp", 2), EXEC("exec", 1), TEST("test", 1), TO_STRING("toString", 0),
        SOURCE("source", 0), FLAGS("flags", 0), GLOBAL("global", 0), IGNORE_CASE("ignoreCase", 0), MULTILINE("multiline", 0),
        STICKY("sticky", 0), UNICODE("unicode", 0), UNICODE_SETS("unicodeSets", 0), DOT_ALL("dotAll", 0), HAS_INDICES("hasIndices", 0);

        final String jsName;
        final int length;

        Method(String jsName, int length) {
            this.jsName = jsName;
            this.length = length;
        }

        @Override
        public String jsName() {
            return jsName;
        }

        @Override
        public int length() {
            return length;
        }

        char flag() {
            return switch (this) {
                case GLOBAL -> 'g';
                case IGNORE_CASE -> 'i';
                case MULTILINE -> 'm';
                case STICKY -> 'y';
                case UNICODE -> 'u';
                case UNICODE_SETS -> 'v';
                case DOT_ALL -> 's';
                case HAS_INDICES -> 'd';
                default -> 0;
            };
        }
    }

    static final Method[] METHODS = {Method.EXEC, Method.TEST, Method.TO_STRING};
    static final Method[] GETTERS = {Method.SOURCE, Method.FLAGS, Method.GLOBAL, Method.IGNORE_CASE, Method.MULTILINE, Method.STICKY, Method.UNICODE,
                    Method.UNICODE_SETS, Method.DOT_ALL, Method.HAS_INDICES};

    private final Method method;

    RegExpNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(GjsContext.get(this), thisValue(frame), argument(frame, 0), argument(frame, 1));
    }

    @TruffleBoundary
    private Object run(GjsContext context, Object self, Object first, Object second) {
        if (method == Method.CONSTRUCT) {
            if (first instanceof JSRegExpObject other) {
                return RegExps.create(context, other.source(), second == Undefined.INSTANCE ? other.flags() : text(second), this);
            }
            String pattern = first == Undefined.INSTANCE ? "(?:)" : text(first);
            return RegExps.create(context, pattern, second == Undefined.INSTANCE ? "" : text(second), this);
        }
        if (!(self instanceof JSRegExpObject regexp)) {
            if (self == context.getRealm().getRegExpPrototype() && method != Method.EXEC && method != Method.TEST) {
                return method == Method.SOURCE ? Strings.fromJava("(?:)") : method == Method.FLAGS || method == Method.TO_STRING ? Strings.EMPTY : Undefined.INSTANCE;
            }
            throw ErrorObjects.raise(context.getRealm(), ErrorType.TypeError, "RegExp.prototype." + method.jsName + " requires that 'this' be a RegExp object", this);
        }
        return switch (method) {
            case EXEC -> RegExps.exec(context.getRealm(), regexp, Conversions.toStringUncached(first));
            case TEST -> RegExps.exec(context.getRealm(), regexp, Conversions.toStringUncached(first)) != Null.INSTANCE;
            case TO_STRING -> Strings.fromJava("/" + regexp.source() + "/" + regexp.flags());
            case SOURCE -> Strings.fromJava(regexp.source().isEmpty() ? "(?:)" : regexp.source());
            case FLAGS -> Strings.fromJava(canonicalFlags(regexp.flags()));
            default -> regexp.hasFlag(method.flag());
        };
    }

    /** The flags getter lists them in the order hasIndices, global, ignoreCase, multiline, dotAll, unicode, unicodeSets, sticky. */
    private static String canonicalFlags(String flags) {
        StringBuilder sb = new StringBuilder();
        for (char c : "dgimsuvy".toCharArray()) {
            if (flags.indexOf(c) >= 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String text(Object value) {
        return Strings.toJava(Conversions.toStringUncached(value));
    }
}
