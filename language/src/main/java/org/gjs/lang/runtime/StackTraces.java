package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** V8's stack format ("    at fn (file.js:3:7)"), because tools parse it. */
public final class StackTraces {
    /** V8's default Error.stackTraceLimit. */
    public static final int LIMIT = 10;

    private StackTraces() {
    }

    @TruffleBoundary
    public static String capture(Node location) {
        StringBuilder sb = new StringBuilder();
        int[] count = {0};
        if (location != null) {
            appendFrame(sb, location.getRootNode(), location.getEncapsulatingSourceSection());
            count[0]++;
        }
        boolean[] first = {true};
        Truffle.getRuntime().iterateFrames((FrameInstance frame) -> {
            if (first[0]) {
                first[0] = false;
                if (location != null) {
                    return null; // the innermost frame is the one 'location' is in
                }
            }
            if (count[0] >= LIMIT) {
                return frame;
            }
            Node callNode = frame.getCallNode();
            if (callNode != null) {
                RootNode root = callNode.getRootNode();
                if (appendFrame(sb, root, callNode.getEncapsulatingSourceSection())) {
                    count[0]++;
                }
            }
            return null;
        });
        return sb.toString();
    }

    private static boolean appendFrame(StringBuilder sb, RootNode root, SourceSection section) {
        if (root == null || root.isInternal() || section == null || !section.isAvailable()) {
            return false;
        }
        String where = location(section);
        String name = root.getName();
        sb.append("\n    at ");
        if (name == null || name.isEmpty()) {
            sb.append(where);
        } else {
            sb.append(name).append(" (").append(where).append(')');
        }
        return true;
    }

    public static String location(SourceSection section) {
        var source = section.getSource();
        String file = source.getPath() != null ? source.getPath() : source.getName();
        return file + ":" + section.getStartLine() + ":" + section.getStartColumn();
    }
}
