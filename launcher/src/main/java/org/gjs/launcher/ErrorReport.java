package org.gjs.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Prints an uncaught error as node does: the place (file:line), the source line with a caret
 * under the column, a blank line, then the error's stack.
 */
final class ErrorReport {
    private ErrorReport() {
    }

    static void print(PolyglotException e, PrintStream err) {
        SourceSection location = e.getSourceLocation();
        if (location != null && location.isAvailable() && location.getSource().hasCharacters()) {
            var source = location.getSource();
            String path = source.getPath() != null ? source.getPath() : source.getName();
            int line = location.getStartLine();
            err.println(path + ":" + line);
            String text = source.getCharacters(line).toString();
            err.println(text);
            err.println(" ".repeat(Math.max(0, location.getStartColumn() - 1)) + "^");
            err.println();
        }
        err.println(describe(e));
        err.println();
        err.println("gjs v" + GjsLauncher.VERSION);
    }

    private static String describe(PolyglotException e) {
        Value guest = e.getGuestObject();
        if (guest != null && !e.isSyntaxError() && guest.hasMember("stack")) {
            Value stack = guest.getMember("stack");
            if (stack.isString()) {
                return stack.asString();
            }
        }
        return e.getMessage();
    }
}
