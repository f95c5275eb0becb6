package org.gjs.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a node-style command line: gjs's own flags (-e, -p, --check, --) and the script with its
 * arguments are taken; polyglot options (--engine.*, --cpusampler, ...) are left for the base launcher.
 */
final class NodeOptions {
    private NodeOptions() {
    }

    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    static LaunchRequest parse(List<String> arguments, List<String> unrecognized, boolean stdinIsTerminal) throws UsageError {
        LaunchRequest.Mode mode = null;
        String code = null;
        boolean check = false;
        int i = 0;
        while (i < arguments.size()) {
            String arg = arguments.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (arg.equals("-") || !arg.startsWith("-")) {
                break;
            }
            switch (arg) {
                case "-e", "--eval", "-p", "--print", "-pe" -> {
                    boolean print = arg.startsWith("-p") || arg.equals("--print");
                    if (i + 1 >= arguments.size()) {
                        throw new UsageError(arg + " requires an argument");
                    }
                    code = arguments.get(++i);
                    mode = print ? LaunchRequest.Mode.PRINT : LaunchRequest.Mode.EVAL;
                }
                case "-c", "--check" -> check = true;
                default -> {
                    if (arg.startsWith("--eval=") || arg.startsWith("--print=")) {
                        code = arg.substring(arg.indexOf('=') + 1);
                        mode = arg.startsWith("--print=") ? LaunchRequest.Mode.PRINT : LaunchRequest.Mode.EVAL;
                    } else {
                        unrecognized.add(arg);
                    }
                }
            }
            i++;
        }
        List<String> rest = new ArrayList<>(arguments.subList(i, arguments.size()));
        if (mode != null) {
            return new LaunchRequest(mode, code, null, rest);
        }
        String file = rest.isEmpty() ? null : rest.remove(0);
        if (check) {
            if (file == null) {
                throw new UsageError("--check requires a file");
            }
            return new LaunchRequest(LaunchRequest.Mode.CHECK, null, file, rest);
        }
        if (file == null && stdinIsTerminal) {
            return new LaunchRequest(LaunchRequest.Mode.REPL, null, null, rest);
        }
        return new LaunchRequest(LaunchRequest.Mode.RUN_FILE, null, file == null ? "-" : file, rest);
    }
}
