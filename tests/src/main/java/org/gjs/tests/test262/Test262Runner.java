package org.gjs.tests.test262;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.gjs.tests.test262.Outcome.Status;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * gjs's test262 runner. One JVM, one shared {@link Engine}, a fresh {@link Context} per test variant, a few worker
 * threads. Usage:
 *
 * <pre>
 * Test262Runner --test262 DIR [--mode parse|run] [--expectations FILE] [--update-expectations]
 *               [--threads N] [--timeout SECONDS] [--report-dir DIR] [--verbose] [selection ...]
 * </pre>
 *
 * Exits 0 when every failing variant is listed in the expectations, 1 when some is not (a regression), 2 on a usage
 * error.
 */
public final class Test262Runner {
    static final String USAGE = """
                    usage: Test262Runner --test262 DIR [options] [selection ...]
                      --test262 DIR            the test262 checkout (with test/ and harness/)
                      --mode parse|run         parse: only whether the parser accepts each test (default);
                                               run: run each test with the harness
                      --expectations FILE      the tests known to fail; a failing test not listed is a regression
                      --update-expectations    rewrite FILE: ids run are listed if they failed, others are kept
                      --threads N              worker threads, each with its own contexts (default 2)
                      --timeout SECONDS        per test variant; past it the variant is a timeout (default 10)
                      --report-dir DIR         write results.txt (every failing variant and why) and summary.md there
                      --verbose                print every failing variant
                      selection                files, directories or globs under test/ (default: test/language test/built-ins)
                    """;

    record Options(Path test262, String mode, Path expectations, boolean update, int threads, long timeoutMillis, Path reportDir,
                    boolean verbose, List<String> selections) {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parseArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("test262: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new Test262Runner(options).run();
        } catch (IOException e) {
            System.err.println("test262: " + (e.getClass() == IOException.class ? e.getMessage() : e.toString()));
            status = 2;
        }
        System.exit(status);
    }

    static Options parseArgs(String[] args) {
        Path test262 = null;
        String mode = "parse";
        Path expectations = null;
        boolean update = false;
        int threads = 2;
        long timeoutMillis = 10_000;
        Path reportDir = null;
        boolean verbose = false;
        List<String> selections = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--test262" -> test262 = Path.of(value(args, ++i, a));
                case "--mode" -> mode = value(args, ++i, a);
                case "--expectations" -> expectations = Path.of(value(args, ++i, a));
                case "--update-expectations" -> update = true;
                case "--threads" -> threads = intValue(args, ++i, a);
                case "--timeout" -> timeoutMillis = Math.round(Double.parseDouble(value(args, ++i, a)) * 1000);
                case "--report-dir" -> reportDir = Path.of(value(args, ++i, a));
                case "--verbose" -> verbose = true;
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    selections.add(a);
                }
            }
        }
        if (test262 == null) {
            throw new IllegalArgumentException("--test262 DIR is required");
        }
        if (!mode.equals("parse") && !mode.equals("run")) {
            throw new IllegalArgumentException("--mode must be parse or run, not " + mode);
        }
        if (update && expectations == null) {
            throw new IllegalArgumentException("--update-expectations needs --expectations FILE");
        }
        if (threads < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException("--threads and --timeout must be positive");
        }
        return new Options(test262, mode, expectations, update, threads, timeoutMillis, reportDir, verbose, selections);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int intValue(String[] args, int i, String option) {
        try {
            return Integer.parseInt(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }

    private final Options options;
    private final PrintStream out = System.out;

    Test262Runner(Options options) {
        this.options = options;
    }

    int run() throws IOException {
        Path root = options.test262().toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("test")) || !Files.isDirectory(root.resolve("harness"))) {
            throw new IOException(root + " is not a test262 checkout (no test/ and harness/)");
        }
        TestSelector selector = new TestSelector(root);
        List<Path> files = selector.select(options.selections());
        Expectations expectations = options.expectations() != null ? Expectations.read(options.expectations()) : Expectations.empty();

        long start = System.nanoTime();
        List<FileResult> results = new ArrayList<>(Collections.nCopies(files.size(), null));
        try (Engine engine = newEngine(options.mode())) {
            Mode mode = options.mode().equals("parse") ? new ParseMode(engine) : new RunMode(engine, root);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<Thread> drivers = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                Thread driver = new Thread(() -> {
                    Worker worker = new Worker(options.timeoutMillis());
                    try {
                        int i;
                        while ((i = next.getAndIncrement()) < files.size()) {
                            Path file = files.get(i);
                            results.set(i, runFile(mode, worker, selector.idPath(file), file));
                            int n = done.incrementAndGet();
                            if (n % 2000 == 0) {
                                System.err.printf("test262: %d / %d files, %d s%n", n, files.size(), (System.nanoTime() - start) / 1_000_000_000L);
                            }
                        }
                    } finally {
                        worker.close();
                    }
                }, "test262-driver-" + t);
                drivers.add(driver);
                driver.start();
            }
            for (Thread d : drivers) {
                try {
                    d.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        return report(files.size(), results, expectations, seconds);
    }

    private static Engine newEngine(String mode) {
        Engine.Builder builder = Engine.newBuilder(ParseMode.LANGUAGE).allowExperimentalOptions(true).option("engine.WarnInterpreterOnly", "false");
        if (mode.equals("parse")) {
            // Nothing runs in parse mode: no guest code to compile.
            builder.option("engine.Compilation", "false");
        }
        return builder.build();
    }

    /** The outcomes of a test file's variants, and its features. */
    record FileResult(List<Outcome> outcomes, List<String> features) {
    }

    private FileResult runFile(Mode mode, Worker worker, String idPath, Path file) {
        TestCase test;
        try {
            test = TestCase.load(idPath, file);
        } catch (IOException | Frontmatter.FrontmatterException e) {
            // Without metadata the variants are unknown: the error is recorded against the sloppy one.
            TestCase unread = new TestCase(idPath, file, "", Frontmatter.NONE);
            return new FileResult(List.of(Outcome.of(unread, Variant.SLOPPY, Status.ERROR, "cannot read test: " + e.getMessage())), List.of());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Variant variant : test.meta().variants()) {
            outcomes.add(worker.run(mode, test, variant));
        }
        return new FileResult(outcomes, test.meta().features());
    }

    /**
     * Runs checks on a thread of its own so that a check past the time limit can be abandoned: its context is
     * cancelled, and if the thread still does not return (a loop in Java code that never polls), a new thread takes over.
     */
    static final class Worker {
        private static final long GRACE_MILLIS = 2_000;
        private static final long STACK_SIZE = 16L << 20;
        private static final AtomicInteger THREADS = new AtomicInteger();

        private final long timeoutMillis;
        private final AtomicReference<Context> current = new AtomicReference<>();
        private ExecutorService executor = newExecutor();

        Worker(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        private static ExecutorService newExecutor() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "test262-worker-" + THREADS.incrementAndGet(), STACK_SIZE);
                t.setDaemon(true);
                return t;
            });
        }

        Outcome run(Mode mode, TestCase test, Variant variant) {
            Future<Outcome> future = executor.submit(() -> {
                try {
                    return mode.check(test, variant, current::set);
                } finally {
                    current.set(null);
                }
            });
            try {
                return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                Context context = current.get();
                if (context != null) {
                    try {
                        context.close(true);
                    } catch (RuntimeException ignored) {
                        // already closed, or closing from this thread is refused: the grace period decides
                    }
                }
                try {
                    future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
                } catch (ExecutionException finished) {
                    // it stopped, by throwing
                } catch (TimeoutException | InterruptedException stuck) {
                    System.err.println("test262: " + variant.id(test.path()) + " did not stop when cancelled; its thread is abandoned");
                    future.cancel(true);
                    executor.shutdownNow();
                    executor = newExecutor();
                }
                return Outcome.of(test, variant, Status.TIMEOUT, "no result within " + timeoutMillis + " ms");
            } catch (ExecutionException e) {
                return Outcome.of(test, variant, Status.CRASH, Failures.describe(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.of(test, variant, Status.ERROR, "interrupted");
            }
        }

        void close() {
            executor.shutdownNow();
        }
    }

    private int report(int fileCount, List<FileResult> results, Expectations expectations, long seconds) throws IOException {
        Summary summary = new Summary();
        Set<String> ran = new TreeSet<>();
        Set<String> failed = new TreeSet<>();
        List<Outcome> failures = new ArrayList<>();
        int variants = 0;
        for (FileResult file : results) {
            summary.addFile(file.outcomes(), file.features());
            for (Outcome o : file.outcomes()) {
                variants++;
                if (o.status() == Status.SKIP) {
                    continue;
                }
                ran.add(o.id());
                if (o.status().isFailure()) {
                    failed.add(o.id());
                    failures.add(o);
                }
            }
        }
        Expectations.Diff diff = expectations.diff(ran, failed);

        out.printf("gjs test262, %s mode: %d files, %d variants, %d thread(s), %d s%n", options.mode(), fileCount, variants, options.threads(), seconds);
        out.print(summary.text(options.mode()));
        if (options.verbose()) {
            out.println("failures:");
            for (Outcome o : failures) {
                out.println("  " + o.id() + "  " + o.status() + "  " + o.reason());
            }
        }
        for (Status s : List.of(Status.CRASH, Status.TIMEOUT, Status.ERROR)) {
            List<Outcome> of = failures.stream().filter(o -> o.status() == s).toList();
            if (!of.isEmpty()) {
                out.println(switch (s) { case CRASH -> "crashes"; case TIMEOUT -> "timeouts"; default -> "runner errors"; } + " (" + of.size() + "):");
                of.stream().limit(50).forEach(o -> out.println("  " + o.id() + "  " + o.reason()));
                if (of.size() > 50) {
                    out.println("  ... and " + (of.size() - 50) + " more");
                }
            }
        }
        out.println("most common failure reasons:");
        for (Map.Entry<String, Integer> e : Summary.topReasons(failures, 15)) {
            out.printf("  %6d  %s%n", e.getValue(), e.getKey());
        }
        if (options.expectations() != null) {
            out.println("newly passing (listed in " + options.expectations() + ", now pass): " + diff.newlyPassing().size());
            diff.newlyPassing().stream().limit(200).forEach(id -> out.println("  " + id));
            if (diff.newlyPassing().size() > 200) {
                out.println("  ... and " + (diff.newlyPassing().size() - 200) + " more");
            }
        }
        out.println("regressions (failing, not listed in the expectations): " + diff.regressions().size());
        Map<String, Outcome> byId = new java.util.HashMap<>();
        failures.forEach(o -> byId.put(o.id(), o));
        diff.regressions().stream().limit(200).forEach(id -> out.println("  " + id + "  " + byId.get(id).status() + "  " + byId.get(id).reason()));
        if (diff.regressions().size() > 200) {
            out.println("  ... and " + (diff.regressions().size() - 200) + " more");
        }

        if (options.reportDir() != null) {
            Files.createDirectories(options.reportDir());
            Path resultsFile = options.reportDir().resolve(options.mode() + "-results.txt");
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(resultsFile, StandardCharsets.UTF_8))) {
                for (FileResult file : results) {
                    for (Outcome o : file.outcomes()) {
                        if (o.status() != Status.PASS) {
                            w.println(o.id() + "\t" + o.status() + "\t" + o.reason());
                        }
                    }
                }
            }
            Path summaryFile = options.reportDir().resolve(options.mode() + "-summary.md");
            Files.writeString(summaryFile, summary.markdown(options.mode()), StandardCharsets.UTF_8);
            out.println("wrote " + resultsFile + " and " + summaryFile);
        }
        if (options.update()) {
            Expectations next = expectations.updated(ran, failed);
            next.write(options.expectations(), header(options.mode()));
            out.println("updated " + options.expectations() + ": " + next.failing().size() + " ids (was " + expectations.failing().size() + ")");
            return 0;
        }
        return diff.hasRegressions() ? 1 : 0;
    }

    static String header(String mode) {
        return "gjs test262 " + mode + "-mode expectations: the test variants known to fail, one id a line.\n"
                        + "A failing variant not listed here fails the run. Rewrite with: bin/test262 --mode " + mode + " --update-expectations";
    }

}
