package org.gjs.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Starts the gjs launcher in its own JVM, with the same flags as bin/gjs, from the launcher module's build output. */
final class GjsProcess {
    record Result(int exitCode, String stdout, String stderr) {
    }

    private static final Path LAUNCHER = Path.of(System.getProperty("user.dir")).resolveSibling("launcher").resolve("target");

    private GjsProcess() {
    }

    static Result run(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=" + LAUNCHER.resolve("jvmci"),
                        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xss16m",
                        "-cp", LAUNCHER.resolve("classes") + ":" + LAUNCHER.resolve("lib") + "/*", "org.gjs.launcher.GjsLauncher"));
        command.addAll(List.of(args));
        if (!Files.isDirectory(LAUNCHER.resolve("lib"))) {
            throw new IllegalStateException("run the tests through 'mvn verify' so that the launcher is packaged first: " + LAUNCHER.resolve("lib"));
        }
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("gjs did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
