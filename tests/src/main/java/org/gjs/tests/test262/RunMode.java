package org.gjs.tests.test262;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.gjs.tests.test262.Outcome.Status;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs tests as INTERPRETING.md says: in a fresh context, the host prelude ({@code print}, {@code $262}), then
 * {@code harness/assert.js}, {@code harness/sta.js}, {@code harness/doneprintHandle.js} for async tests and the
 * {@code includes}, each as its own script, then the test. A test passes when it completes without an uncaught
 * exception; a negative test when it throws the expected type in the expected phase; an async test when it prints
 * {@code Test262:AsyncTestComplete}. gjs runs its event loop to the end after each evaluation, so an async test's
 * output is complete when its evaluation returns.
 */
final class RunMode implements Mode {
    /** gjs's main thread may block, as node's does: CanBlockIsFalse tests are skipped. */
    static final boolean CAN_BLOCK = true;

    static final String ASYNC_COMPLETE = "Test262:AsyncTestComplete";
    static final String ASYNC_FAILURE = "Test262:AsyncTestFailure:";

    /**
     * The host-defined bindings of INTERPRETING.md, written in JS: {@code print} writes its argument as a line on the
     * output (which the runner reads for async tests), {@code $262} has what can be written in JS today.
     * createRealm, detachArrayBuffer, gc, agent and IsHTMLDDA need host support gjs does not have yet; evalScript is
     * approximated with indirect eval.
     */
    static final String PRELUDE = """
                    (function (global) {
                      function define(name, value) {
                        if (typeof Object === "function" && typeof Object.defineProperty === "function") {
                          Object.defineProperty(global, name, { value: value, writable: true, enumerable: false, configurable: true });
                        } else {
                          global[name] = value;
                        }
                      }
                      function unsupported(what) {
                        return function () {
                          throw new Error("$262." + what + " is not supported by the gjs test262 runner yet");
                        };
                      }
                      define("print", function print(message) {
                        console.log(typeof String === "function" ? String(message) : "" + message);
                      });
                      define("$262", {
                        global: global,
                        evalScript: function evalScript(source) {
                          return (0, eval)(source);
                        },
                        createRealm: unsupported("createRealm"),
                        detachArrayBuffer: unsupported("detachArrayBuffer"),
                        gc: unsupported("gc"),
                        agent: {}
                      });
                    })(this);
                    """;

    private final Engine engine;
    private final Path harnessDir;
    private final Source prelude;
    private final Map<String, Source> harness = new ConcurrentHashMap<>();

    RunMode(Engine engine, Path test262Root) {
        this.engine = engine;
        this.harnessDir = test262Root.resolve("harness");
        this.prelude = Source.newBuilder(ParseMode.LANGUAGE, PRELUDE, "[test262 prelude]").buildLiteral();
    }

    @Override
    public String name() {
        return "run";
    }

    /** The harness files a test needs, in evaluation order. */
    static List<String> harnessFiles(Frontmatter meta) {
        List<String> files = new ArrayList<>();
        files.add("assert.js");
        files.add("sta.js");
        if (meta.isAsync()) {
            files.add("doneprintHandle.js");
        }
        for (String include : meta.includes()) {
            if (!files.contains(include)) {
                files.add(include);
            }
        }
        return files;
    }

    /** Harness sources are built once and cached, so the shared engine parses each once. */
    private Source harnessSource(String name) throws IOException {
        Source cached = harness.get(name);
        if (cached != null) {
            return cached;
        }
        Path file = harnessDir.resolve(name).normalize();
        if (!file.startsWith(harnessDir)) {
            throw new IOException("include outside harness/: " + name);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Source source = Source.newBuilder(ParseMode.LANGUAGE, text, "harness/" + name).buildLiteral();
        harness.putIfAbsent(name, source);
        return harness.get(name);
    }

    @Override
    public Outcome check(TestCase test, Variant variant, Consumer<Context> onContext) {
        Frontmatter meta = test.meta();
        if (meta.hasFlag(CAN_BLOCK ? "CanBlockIsFalse" : "CanBlockIsTrue")) {
            return Outcome.of(test, variant, Status.SKIP, CAN_BLOCK ? "CanBlockIsFalse" : "CanBlockIsTrue");
        }
        List<Source> harnessSources = new ArrayList<>();
        for (String name : harnessFiles(meta)) {
            try {
                harnessSources.add(harnessSource(name));
            } catch (IOException e) {
                return Outcome.of(test, variant, Status.ERROR, "cannot read harness/" + name + ": " + e);
            }
        }
        Source source = ParseMode.source(test, variant, false);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder(ParseMode.LANGUAGE).engine(engine).out(output).err(output).build()) {
            onContext.accept(context);
            // The parse phase: decided before anything runs.
            try {
                context.parse(source);
            } catch (PolyglotException e) {
                if (e.isCancelled()) {
                    return Outcome.of(test, variant, Status.TIMEOUT, "cancelled");
                }
                if (!e.isSyntaxError() || e.isInternalError()) {
                    return Outcome.of(test, variant, Status.CRASH, Failures.describe(e));
                }
                return ParseMode.judge(test, variant, String.valueOf(e.getMessage()));
            }
            if (meta.isNegativeAtParse()) {
                return ParseMode.judge(test, variant, null);
            }
            // The realm: prelude and harness.
            List<Source> setup = new ArrayList<>();
            setup.add(prelude);
            setup.addAll(harnessSources);
            for (Source s : setup) {
                try {
                    context.eval(s);
                } catch (PolyglotException e) {
                    if (e.isCancelled()) {
                        return Outcome.of(test, variant, Status.TIMEOUT, "cancelled in " + s.getName());
                    }
                    Status status = e.isInternalError() || e.isHostException() ? Status.CRASH : Status.FAIL;
                    return Outcome.of(test, variant, status, "harness " + s.getName() + ": " + Failures.describe(e));
                }
            }
            // The test.
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isCancelled()) {
                    return Outcome.of(test, variant, Status.TIMEOUT, "cancelled");
                }
                if (e.isInternalError() || e.isHostException()) {
                    return Outcome.of(test, variant, Status.CRASH, Failures.describe(e));
                }
                String thrown = errorName(e);
                if (meta.isNegative()) {
                    if (meta.negativeType().equals(thrown)) {
                        return Outcome.pass(test, variant);
                    }
                    return Outcome.of(test, variant, Status.FAIL, "threw " + thrown + ", expected " + meta.negativeType() + ": " + Failures.describe(e));
                }
                String message = Failures.describe(e);
                return Outcome.of(test, variant, Status.FAIL, "uncaught " + (message.startsWith("Uncaught ") ? message.substring(9) : message));
            }
            if (meta.isNegative()) {
                return Outcome.of(test, variant, Status.FAIL, "completed, expected " + meta.negativeType() + " at " + meta.negativePhase());
            }
            if (meta.isAsync()) {
                return asyncVerdict(test, variant, output.toString(StandardCharsets.UTF_8));
            }
            return Outcome.pass(test, variant);
        } catch (PolyglotException e) {
            return Outcome.of(test, variant, e.isCancelled() ? Status.TIMEOUT : Status.CRASH, Failures.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.of(test, variant, Status.CRASH, Failures.describe(e));
        }
    }

    /** An async test's verdict from what it printed. */
    static Outcome asyncVerdict(TestCase test, Variant variant, String output) {
        for (String line : output.split("\r?\n")) {
            if (line.startsWith(ASYNC_FAILURE)) {
                return Outcome.of(test, variant, Status.FAIL, "async failure: " + line.substring(ASYNC_FAILURE.length()).strip());
            }
            if (line.equals(ASYNC_COMPLETE)) {
                return Outcome.pass(test, variant);
            }
        }
        return Outcome.of(test, variant, Status.FAIL, "async test finished without printing " + ASYNC_COMPLETE);
    }

    /** The name of the thrown value's constructor, or failing that, what precedes the first colon of the message. */
    static String errorName(PolyglotException e) {
        try {
            Value error = e.getGuestObject();
            if (error != null && error.hasMember("constructor")) {
                Value constructor = error.getMember("constructor");
                if (constructor != null && constructor.hasMember("name")) {
                    Value name = constructor.getMember("name");
                    if (name.isString()) {
                        return name.asString();
                    }
                }
            }
        } catch (RuntimeException ignored) {
            // fall back to the message
        }
        return nameFromMessage(e.getMessage());
    }

    static String nameFromMessage(String message) {
        if (message == null) {
            return "";
        }
        String m = message.startsWith("Uncaught ") ? message.substring("Uncaught ".length()) : message;
        int colon = m.indexOf(':');
        String head = colon >= 0 ? m.substring(0, colon) : m;
        return head.strip();
    }
}
