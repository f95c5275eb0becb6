package org.gjs.lang.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test-scope tool: parse a file on a thread with a given stack size (KB). */
public final class StackCheck {
    public static void main(String[] args) throws Exception {
        String src = Files.readString(Path.of(args[0]));
        long kb = Long.parseLong(args[1]);
        Thread t = new Thread(null, () -> {
            try {
                Parser.parse(src, ParseOptions.script(args[0]));
                System.out.println("ok");
            } catch (JsSyntaxError e) {
                System.out.println(e.errorType() + ": " + e.getMessage());
            }
        }, "p", kb * 1024);
        t.start();
        t.join();
    }
}
