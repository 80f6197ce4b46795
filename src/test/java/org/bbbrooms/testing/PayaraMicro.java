package org.bbbrooms.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One Payara Micro that a test boots itself, as a deployer does ({@code java -jar payara-micro.jar --deploy …}), for
 * the tests that need servers of their own side by side: the deployments on each database, the cluster's nodes.
 * Its environment is the test JVM's (which failsafe sets) plus the settings given.
 * <p>Use: {@code PayaraMicro server = PayaraMicro.launch(work, "node-a", PayaraMicro.freePort(), war, jvm, options,
 * env); server.awaitReady(Duration.ofMinutes(4)); … server.kill();}
 */
public record PayaraMicro(String name, Process process, URI base, Path log, Path root) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Starts the WAR at the root context on {@code port}, with Payara's runtime and its log under {@code work}
     * ({@code name}/, {@code name}.log.0), without waiting for it.
     */
    public static PayaraMicro launch(Path work, String name, int port, File war, List<String> jvmOptions,
            List<String> microOptions, Map<String, String> env) throws IOException {
        Path log = work.resolve(name + ".log");
        Path root = work.resolve(name);
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--rootdir", root.toString(), "--deploy", war.getAbsolutePath(), "--contextroot", "/",
                "--port", String.valueOf(port), "--disablephonehome", "--logtofile", log.toString()));
        command.addAll(microOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".out").toFile());
        builder.environment().putAll(env);
        return new PayaraMicro(name, builder.start(), URI.create("http://127.0.0.1:" + port + "/"), log, root);
    }

    public String url(String path) {
        return base + path;
    }

    /**
     * Waits until {@code /health/ready} answers 200, looking every 100 ms; fails at once if the server stops while
     * booting or its log says that the WAR failed to deploy. Answers the other statuses it saw on the way, each once, in order (the server's start-up as a load
     * balancer sees it).
     */
    public Set<Integer> awaitReady(Duration max) {
        Set<Integer> seen = new LinkedHashSet<>();
        Instant deadline = Instant.now().plus(max);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while booting; see " + log);
            }
            if (logText().contains("Exception while loading the app")) {
                throw new IllegalStateException(name + " could not deploy the WAR; see " + log);
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url("health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return seen;
                }
                seen.add(ready.statusCode());
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(name + " was not ready within " + max + "; see " + log);
    }

    /**
     * Kills the JVM at once, as {@code kill -9} does: nothing runs on its way out. Then removes the runtime that
     * Payara unpacked into {@link #root} (over 100 MB); the log stays.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not remove " + root + ": " + e.getMessage());
            }
        }
    }

    /** The server's log: Payara writes it to files named after {@link #log} (node-a.log.0, …). */
    public String logText() {
        try (Stream<Path> files = Files.list(log.getParent())) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(log.getFileName() + "."))
                    .filter(f -> !f.toString().endsWith(".lck")).sorted().toList()) {
                text.append(Files.readString(file));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The boot poll's pace: a server's start is not an event a test can wait on otherwise. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
