package org.gjs.tests.test262;

import org.graalvm.polyglot.PolyglotException;

/** One-line descriptions of what went wrong, for result files and reports. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        if (t instanceof PolyglotException e) {
            if (e.isInternalError()) {
                sb.append("internal error: ");
            } else if (e.isHostException()) {
                sb.append("host exception: ");
                Throwable host = e.asHostException();
                sb.append(host.getClass().getName()).append(": ");
            }
            sb.append(oneLine(e.getMessage()));
            if (e.isInternalError() || e.isHostException()) {
                for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                    if (frame.isHostFrame()) {
                        sb.append(" at ").append(frame.toHostFrame());
                        break;
                    }
                }
            } else if (e.getSourceLocation() != null && !e.isSyntaxError()) {
                sb.append(" (at ").append(e.getSourceLocation().getSource().getName()).append(':').append(e.getSourceLocation().getStartLine()).append(')');
            }
        } else {
            sb.append(t.getClass().getName()).append(": ").append(oneLine(t.getMessage()));
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                sb.append(" at ").append(trace[0]);
            }
        }
        return sb.toString();
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
