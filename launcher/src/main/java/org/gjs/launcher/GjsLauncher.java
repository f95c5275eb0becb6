package org.gjs.launcher;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** The {@code gjs} command: node's command line on top of the polyglot launcher (which adds --engine.*, --cpusampler, --inspect ...). */
public final class GjsLauncher extends AbstractLanguageLauncher {
    static final String VERSION = "0.1.0";
    private static final String LANGUAGE = "gjs";
    /** node's exit code for a bad command line (an invalid option or a missing argument). */
    private static final int EXIT_USAGE = 9;

    private LaunchRequest request;

    public static void main(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-v") || arg.equals("--version")) {
                // The base launcher knows only --version:graalvm; node's flag prints the bare version.
                System.out.println("v" + VERSION);
                return;
            }
        }
        new GjsLauncher().launch(args);
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE;
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        try {
            request = NodeOptions.parse(arguments, unrecognized, System.console() != null);
        } catch (NodeOptions.UsageError e) {
            System.err.println("gjs: " + e.getMessage());
            System.exit(EXIT_USAGE);
        }
        return unrecognized;
    }

    @Override
    protected void launch(Context.Builder builder) {
        builder.allowAllAccess(true).arguments(LANGUAGE, scriptArgv());
        int status;
        try (Context context = builder.build()) {
            status = run(context);
        } catch (PolyglotException e) {
            status = report(e);
        }
        System.exit(status);
    }

    private String[] scriptArgv() {
        List<String> argv = new ArrayList<>();
        if (request.file() != null && !request.file().equals("-")) {
            argv.add(Path.of(request.file()).toAbsolutePath().normalize().toString());
        }
        argv.addAll(request.scriptArguments());
        return argv.toArray(String[]::new);
    }

    private int run(Context context) {
        try {
            switch (request.mode()) {
                case EVAL -> context.eval(Source.newBuilder(LANGUAGE, request.code(), "[eval]").buildLiteral());
                case PRINT -> {
                    Value result = context.eval(Source.newBuilder(LANGUAGE, request.code(), "[eval]").buildLiteral());
                    context.eval(Source.create(LANGUAGE, "console.log")).execute(result);
                }
                case CHECK -> context.parse(fileSource(request.file()));
                case REPL -> {
                    System.err.println("gjs: the interactive REPL is not available yet; pass a file, -e CODE, or pipe a program on standard input");
                    return 1;
                }
                default -> context.eval(fileSource(request.file()));
            }
            return 0;
        } catch (PolyglotException e) {
            return report(e);
        } catch (NoSuchFileException e) {
            System.err.println("gjs: cannot find module '" + e.getFile() + "' (ENOENT: no such file or directory)");
            return 1;
        } catch (IOException e) {
            System.err.println("gjs: cannot read '" + request.file() + "': " + e.getMessage());
            return 1;
        }
    }

    private static Source fileSource(String file) throws IOException {
        if (file.equals("-")) {
            var reader = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            return Source.newBuilder(LANGUAGE, reader, "[stdin]").build();
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return Source.newBuilder(LANGUAGE, path.toFile()).mimeType(mimeTypeOf(path)).build();
    }

    private static String mimeTypeOf(Path path) {
        return path.toString().endsWith(".mjs") ? "application/javascript+module" : "application/javascript";
    }

    private static int report(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInternalError() || e.isHostException()) {
            System.err.println("gjs: internal error: " + e.getMessage());
            if (System.getenv("GJS_DEBUG") != null) {
                e.printStackTrace();
            } else {
                System.err.println("(set GJS_DEBUG=1 to print the Java stack trace)");
            }
            return 70;
        }
        if (e.isResourceExhausted()) {
            System.err.println("RangeError: " + e.getMessage());
            return 1;
        }
        ErrorReport.print(e, System.err);
        return 1;
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        System.out.println("""
                        Usage: gjs [options] [ script.js ] [arguments]
                               gjs -e|-p "script" [arguments]
                               gjs --check script.js

                        Options:
                          -e, --eval script       evaluate script
                          -p, --print script      evaluate script and print the result
                          -c, --check             syntax check script without executing
                          -v, --version           print gjs's version
                          -                       script read from stdin (default if no file name is given and stdin is not a terminal)
                          --                      indicate the end of gjs options

                        Polyglot options such as --engine.TraceCompilation, --cpusampler and --inspect are accepted too.""");
    }
}
