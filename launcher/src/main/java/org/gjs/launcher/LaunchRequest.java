package org.gjs.launcher;

import java.util.List;

/** What the command line asked for, once node's flags are taken out of it. */
record LaunchRequest(Mode mode, String code, String file, List<String> scriptArguments) {
    enum Mode {
        /** Run a file, or standard input when the file is "-" or absent and stdin is not a terminal. */
        RUN_FILE,
        /** -e: run code given on the command line. */
        EVAL,
        /** -p: run code and print its completion value. */
        PRINT,
        /** --check: parse a file only. */
        CHECK,
        /** Nothing to run and a terminal on stdin: node would start its REPL. */
        REPL
    }
}
