package org.bbbrooms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Docker image, as far as it can be checked without Docker: the machines this project is developed on cannot run
 * it, so {@code docker/Dockerfile} has never been built here, and this test is what makes a broken one fail the build.
 * It reads the Dockerfile as its builder would (stage by stage, the build context filtered by {@code .dockerignore})
 * and follows every file the image's {@code CMD} and {@code HEALTHCHECK} name back to a file of the repository or a
 * product of the Maven build ({@code pom.xml}); it runs the health probe, compiled as the image compiles it, against
 * servers that answer 200, 503 or nothing; and it checks that the compose files set only settings the portal reads,
 * point the portal at their own database, and that {@code docker/dev.env} gives every value they require.
 * <p>What it cannot check: the base images, that Maven's build succeeds inside the image (the normal build does the
 * same from the same files; the test only sees the paths that pom.xml names, not those a plugin reads by default), and
 * Payara's start itself ({@code DatabaseDeploymentIT} starts Payara Micro the same way).
 */
class DockerImageTest {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path DOCKERFILE = REPO.resolve("docker/Dockerfile");
    private static final Path COMPOSE = REPO.resolve("docker/compose.yaml");
    private static final Path COMPOSE_DEV = REPO.resolve("docker/compose.dev.yaml");
    private static final Path DEV_ENV = REPO.resolve("docker/dev.env");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    static Path temp;
    private static Image cached;

    @Test
    void theBuildContextHoldsWhatTheDockerfileCopiesAndLeavesTargetAndGitOut() {
        assertFalse(Files.exists(REPO.resolve("docker/Dockerfile.dockerignore")),
                "a Dockerfile.dockerignore next to the Dockerfile would replace .dockerignore");
        for (String source : build().contextSources) {
            assertTrue(Files.exists(REPO.resolve(source)), "COPY " + source + ": not in the repository");
            assertFalse(ignored(source), "COPY " + source + ": excluded by .dockerignore");
        }
        assertTrue(ignored("target/bbb-rooms.war") && ignored(".git/HEAD") && ignored("src/test/java/A.java"),
                ".dockerignore lets target/, .git or the tests into the build context");
    }

    @Test
    void mavenPackageNeedsNoFileBeyondWhatTheBuildStageCopies() throws Exception {
        Image image = build();
        String mvn = image.runs.stream().filter(r -> r.matches("(.*\\s)?mvn\\s.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no RUN mvn in the Dockerfile"));
        assertTrue(mvn.matches(".*\\spackage(\\s.*)?") && mvn.contains("-Dmaven.test.skip=true") && !mvn.contains(" -P"),
                "the build stage is expected to run mvn package without tests or profiles: " + mvn);
        assertTrue(image.beforeMaven.contains("pom.xml"), "mvn package runs before pom.xml is copied");
        Element pom = pom();
        for (Element profile : children(child(pom, "profiles"), "profile")) {
            assertNull(child(profile, "activation"),
                    "profile " + text(child(profile, "id")) + " may activate itself in the image's build");
        }
        Set<String> topLevel;
        try (Stream<Path> entries = Files.list(REPO)) {
            topLevel = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.equals("target")).collect(Collectors.toSet());
        }
        // surefire and failsafe are skipped by -Dmaven.test.skip=true: what they name (src/test, server-config) is
        // not needed; everything else in the default build must lie in what the build stage copied
        List<String> texts = new ArrayList<>();
        collectTexts(child(pom, "properties"), texts);
        collectTexts(child(pom, "build"), texts);
        for (String text : texts) {
            for (String token : text.split("[\\s,;]+")) {
                String path = token.replaceFirst("^\\$\\{(project\\.)?basedir}/", "");
                if (!topLevel.contains(path.split("/")[0])) {
                    continue;
                }
                assertTrue(image.beforeMaven.stream().anyMatch(s -> path.equals(s) || path.startsWith(s + "/")),
                        "pom.xml's build names " + token + ", which the Dockerfile's build stage does not copy");
            }
        }
    }

    @Test
    void everyFileTheImageStartsFromIsCopiedIntoIt() throws Exception {
        Image image = build();
        Map<String, String> files = image.runtime;
        List<String> cmd = execForm(image.last("CMD"));
        List<String> paths = cmd.stream().filter(a -> a.startsWith("/") && a.length() > 1).toList(); // not "/", the root
        assertTrue(paths.size() >= 4, "CMD names the driver, the command file, the logging and the WAR: " + cmd);
        for (String path : paths) {
            assertTrue(files.containsKey(path), "CMD names " + path + ", which no COPY puts in the image: " + files);
        }
        // the MariaDB alternative that the Dockerfile's comment describes
        assertTrue(Files.readString(DOCKERFILE).contains("mariadb.jar, mariadb.asadmin"), "the MariaDB comment moved");
        for (String path : paths.stream().filter(p -> p.contains("postgresql")).toList()) {
            String mariadb = path.replace("postgresql", "mariadb");
            assertTrue(files.containsKey(mariadb), "for MariaDB the image needs " + mariadb);
        }
        // the datasource that the command files create is the one BBB_DATASOURCE names
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : image.all("ENV")) {
            Matcher pair = Pattern.compile("(\\w+)=(\\S+)").matcher(line);
            while (pair.find()) {
                env.put(pair.group(1), pair.group(2));
            }
        }
        String commandFile = cmd.get(cmd.indexOf("--postbootcommandfile") + 1);
        for (String asadmin : List.of(commandFile, commandFile.replace("postgresql", "mariadb"))) {
            String origin = files.get(asadmin);
            assertTrue(origin.startsWith("context:"), asadmin + " comes from " + origin);
            String commands = Files.readString(REPO.resolve(origin.substring("context:".length())));
            assertTrue(commands.matches("(?s).*create-jdbc-resource [^\\n]*\\s" + Pattern.quote(env.get("BBB_DATASOURCE"))
                    + "\\s*(\\n.*)?"), origin + " does not create BBB_DATASOURCE=" + env.get("BBB_DATASOURCE"));
        }
        assertTrue(appSettings().containsAll(env.keySet()), "ENV sets settings the portal does not read: " + env);
        // the health check: its class is in the image, and it asks the port the image exposes, where CMD deploys
        List<String> probe = healthCheck(image);
        String classpath = probe.get(probe.indexOf("-cp") + 1);
        String mainClass = probe.get(probe.indexOf("-cp") + 2);
        assertTrue(files.containsKey(classpath + "/" + mainClass + ".class"),
                "HEALTHCHECK runs " + mainClass + " from " + classpath + ", which holds no such class: " + files);
        String exposed = image.last("EXPOSE").strip();
        assertEquals("http://localhost:" + exposed + "/health/ready", probe.get(probe.size() - 1));
        assertEquals("/", cmd.get(cmd.indexOf("--contextroot") + 1), "/health/ready is served at the root context");
    }

    @Test
    void theHealthProbeIsReadyOnlyOnA200AndGivesUpOnASilentServer() throws Exception {
        // the class that the image's HEALTHCHECK runs, compiled as its build stage compiles it
        List<String> healthCheck = healthCheck(build());
        String origin = build().runtime.get(healthCheck.get(healthCheck.indexOf("-cp") + 1) + "/"
                + healthCheck.get(healthCheck.indexOf("-cp") + 2) + ".class");
        assertTrue(origin != null && origin.startsWith("javac:"), "the probe's class comes from " + origin);
        Path classes = Path.of(origin.substring("javac:".length())).getParent();
        HttpServer ok = server(200);
        HttpServer down = server(503);
        int nothing;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nothing = free.getLocalPort();
        }
        // connects (the kernel completes the handshake from the backlog) but never answers
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Process ready = probe(healthCheck, classes, ok.getAddress().getPort());
            Process unready = probe(healthCheck, classes, down.getAddress().getPort());
            Process refused = probe(healthCheck, classes, nothing);
            Process hanging = probe(healthCheck, classes, silent.getLocalPort());
            try {
                assertEquals(0, exit(ready), "200 is ready");
                assertEquals(1, exit(unready), "503 is not ready");
                assertEquals(1, exit(refused), "nothing listening is not ready");
                assertEquals(1, exit(hanging), "a server that never answers is not ready");
            } finally {
                Stream.of(ready, unready, refused, hanging).forEach(Process::destroyForcibly);
                ok.stop(0);
                down.stop(0);
            }
        }
    }

    @Test
    void composeSetsOnlySettingsThePortalReadsAndDevEnvGivesWhatItRequires() throws Exception {
        Map<String, String> build = yamlMapping(COMPOSE, "services", "app", "build");
        assertEquals(REPO, REPO.resolve("docker").resolve(build.get("context")).normalize(), "the build context");
        assertEquals(DOCKERFILE, REPO.resolve(build.get("dockerfile")).normalize());
        Set<String> read = appSettings();
        Map<String, String> app = yamlMapping(COMPOSE, "services", "app", "environment");
        Map<String, String> dev = yamlMapping(COMPOSE_DEV, "services", "app", "environment");
        for (String name : Stream.concat(app.keySet().stream(), dev.keySet().stream()).toList()) {
            assertTrue(read.contains(name), "compose sets " + name + ", which the portal does not read");
        }
        // the portal's database is the compose file's own
        String host = app.get("BBB_DB_HOST");
        assertTrue(yamlMapping(COMPOSE, "services").containsKey(host), "BBB_DB_HOST=" + host + " is no service");
        Map<String, String> db = yamlMapping(COMPOSE, "services", host, "environment");
        assertEquals(db.get("POSTGRES_DB"), app.get("BBB_DB_NAME"));
        assertEquals(db.get("POSTGRES_USER"), app.get("BBB_DB_USER"));
        assertEquals(db.get("POSTGRES_PASSWORD"), app.get("BBB_DB_PASSWORD"));
        // docker/dev.env: what compose requires (${X:?...}), nothing it does not use, and a key the portal accepts
        Map<String, String> devEnv = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DEV_ENV)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                devEnv.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
            }
        }
        String composeText = Files.readString(COMPOSE) + Files.readString(COMPOSE_DEV);
        Matcher required = Pattern.compile("\\$\\{(\\w+):\\?").matcher(composeText);
        while (required.find()) {
            assertTrue(devEnv.containsKey(required.group(1)), "dev.env lacks " + required.group(1));
        }
        for (String name : devEnv.keySet()) {
            assertTrue(composeText.contains("${" + name), "dev.env sets " + name + ", which compose does not use");
        }
        assertTrue(SecretBox.of(Optional.of(devEnv.get("BBB_SECRET_KEY")), List.of()).hasKey());
    }

    /** What the Dockerfile's stages hold: file in the stage or image, to where it comes from. */
    private static final class Image {
        final List<String> contextSources = new ArrayList<>();
        /** What the context gave the stage that runs mvn package, before it runs it. */
        final List<String> beforeMaven = new ArrayList<>();
        final List<String> runs = new ArrayList<>();
        final Map<String, Map<String, String>> stages = new LinkedHashMap<>();
        final List<String[]> instructions = new ArrayList<>();
        Map<String, String> runtime;

        String last(String keyword) {
            List<String> all = all(keyword);
            assertFalse(all.isEmpty(), "no " + keyword + " in the Dockerfile");
            return all.get(all.size() - 1);
        }

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
        }
    }

    /** Reads the Dockerfile and follows its COPY lines, and the RUN lines that make files (mvn package, javac). */
    private static Image build() {
        if (cached != null) {
            return cached;
        }
        Image image = new Image();
        StringBuilder pending = new StringBuilder();
        for (String line : read(DOCKERFILE).lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || stripped.isEmpty()) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                pending.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            String instruction = pending.append(stripped).toString();
            pending.setLength(0);
            String[] parts = instruction.split("\\s+", 2);
            image.instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
        }
        Map<String, String> stage = null;
        String workdir = "/";
        int stageSources = 0;
        for (String[] instruction : image.instructions) {
            String args = instruction[1];
            switch (instruction[0]) {
                case "FROM" -> {
                    stage = new LinkedHashMap<>();
                    String[] from = args.split("\\s+");
                    image.stages.put(from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2]
                            : String.valueOf(image.stages.size()), stage);
                    workdir = "/";
                    stageSources = image.contextSources.size();
                }
                case "WORKDIR" -> workdir = absolute(workdir, args.strip());
                case "COPY" -> copy(image, stage, workdir, args);
                case "RUN" -> {
                    image.runs.add(args);
                    if (image.beforeMaven.isEmpty() && args.matches("(.*\\s)?mvn\\s.*")) {
                        image.beforeMaven.addAll(image.contextSources.subList(stageSources, image.contextSources.size()));
                    }
                    made(stage, workdir, args);
                }
                default -> {
                }
            }
        }
        image.runtime = stage;
        cached = image;
        return image;
    }

    private static void copy(Image image, Map<String, String> stage, String workdir, String args) {
        List<String> words = new ArrayList<>(List.of(args.strip().split("\\s+")));
        String from = null;
        while (words.get(0).startsWith("--")) {
            String flag = words.remove(0);
            if (flag.startsWith("--from=")) {
                from = flag.substring("--from=".length());
            }
        }
        String dest = words.remove(words.size() - 1);
        boolean intoDirectory = dest.endsWith("/") || dest.equals(".") || words.size() > 1;
        String target = absolute(workdir, dest);
        for (String source : words) {
            Map<String, String> found = new LinkedHashMap<>();
            if (from == null) {
                image.contextSources.add(source.replaceFirst("/$", ""));
                Path path = REPO.resolve(source);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> tree = Files.walk(path)) {
                        tree.filter(Files::isRegularFile).forEach(f -> {
                            String relative = REPO.relativize(f).toString().replace('\\', '/');
                            if (!ignored(relative)) {
                                found.put(path.relativize(f).toString().replace('\\', '/'), "context:" + relative);
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    intoDirectory = true;
                } else if (Files.isRegularFile(path) && !ignored(source)) {
                    found.put("", "context:" + source);
                }
            } else {
                Map<String, String> other = image.stages.get(from);
                assertNotNull(other, "COPY --from=" + from + ": no such stage");
                String prefix = source.replaceFirst("/$", "");
                for (Map.Entry<String, String> file : other.entrySet()) {
                    if (file.getKey().equals(prefix)) {
                        found.put("", file.getValue());
                    } else if (file.getKey().startsWith(prefix + "/")) {
                        found.put(file.getKey().substring(prefix.length() + 1), file.getValue());
                        intoDirectory = true;
                    }
                }
            }
            assertFalse(found.isEmpty(), "COPY " + args + ": " + source + " holds nothing");
            for (Map.Entry<String, String> file : found.entrySet()) {
                String name = file.getKey().isEmpty() ? source.substring(source.lastIndexOf('/') + 1) : file.getKey();
                stage.put(intoDirectory || !file.getKey().isEmpty() ? target + "/" + name : target, file.getValue());
            }
        }
    }

    /** The files a RUN line makes: mvn package the WAR and what the pom copies at package; javac its classes. */
    private static void made(Map<String, String> stage, String workdir, String run) {
        Matcher javac = Pattern.compile("javac -d (\\S+) (\\S+)\\.java").matcher(run);
        if (javac.find()) {
            String source = stage.get(absolute(workdir, javac.group(2) + ".java"));
            assertNotNull(source, run + ": no such source in the stage");
            Path classes = temp.resolve("image-classes");
            compile(REPO.resolve(source.substring("context:".length())), classes);
            try (Stream<Path> tree = Files.walk(classes)) {
                tree.filter(Files::isRegularFile).forEach(c -> stage.put(absolute(workdir, javac.group(1)) + "/"
                        + classes.relativize(c).toString().replace('\\', '/'), "javac:" + c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (run.matches("(.*\\s)?mvn\\s.*\\spackage(\\s.*)?")) {
            Element pom = pom();
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("project.build.directory", "target");
            for (Element property : children(child(pom, "properties"), null)) {
                properties.put(property.getTagName(), text(property));
            }
            String target = absolute(workdir, "target");
            stage.put(target + "/" + text(child(child(pom, "build"), "finalName")) + "." + text(child(pom, "packaging")),
                    "mvn package");
            for (Element plugin : children(child(child(pom, "build"), "plugins"), "plugin")) {
                if (!"maven-dependency-plugin".equals(text(child(plugin, "artifactId")))) {
                    continue;
                }
                for (Element execution : children(child(plugin, "executions"), "execution")) {
                    if (!"package".equals(text(child(execution, "phase")))) {
                        continue;
                    }
                    Element items = child(child(execution, "configuration"), "artifactItems");
                    for (Element item : children(items, "artifactItem")) {
                        String directory = resolve(text(child(item, "outputDirectory")), properties);
                        stage.put(absolute(workdir, directory) + "/" + text(child(item, "destFileName")),
                                "mvn package: " + text(child(item, "artifactId")));
                    }
                }
            }
        }
    }

    /** Whether .dockerignore keeps a file (a path relative to the context) out: the last pattern that matches it or
     * one of its folders wins; a {@code !} pattern lets it in. Only {@code *} and {@code ?} are understood. */
    private static boolean ignored(String path) {
        boolean ignored = false;
        for (String line : read(REPO.resolve(".dockerignore")).lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            String glob = (negated ? line.substring(1) : line).strip().replaceFirst("^/+", "").replaceFirst("/+$", "");
            assertFalse(glob.contains("**") || glob.contains("[") || glob.contains("\\"),
                    ".dockerignore: this test does not understand " + line);
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                regex.append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Pattern.quote(String.valueOf(c)));
            }
            String prefix = "";
            for (String segment : path.split("/")) {
                prefix = prefix.isEmpty() ? segment : prefix + "/" + segment;
                if (prefix.matches(regex.toString())) {
                    ignored = !negated;
                    break;
                }
            }
        }
        return ignored;
    }

    /** The setting names the portal reads: whole string literals "BBB_..." of the main sources (its ConfigProperty
     * names and settings), and the ${ENV=...} of the command files. */
    private static Set<String> appSettings() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(REPO.resolve("src/main/java")),
                Files.walk(REPO.resolve("server-config")))) {
            for (Path file : sources.filter(Files::isRegularFile).toList()) {
                Matcher name = Pattern.compile("\"(BBB_[A-Z0-9_]+)\"|\\$\\{ENV=(\\w+)}").matcher(Files.readString(file));
                while (name.find()) {
                    names.add(name.group(1) != null ? name.group(1) : name.group(2));
                }
            }
        }
        assertTrue(names.contains("BBB_PUBLIC_URL") && names.contains("BBB_DB_HOST"), "setting names not found");
        return names;
    }

    private static List<String> healthCheck(Image image) {
        String healthCheck = image.last("HEALTHCHECK");
        return execForm(healthCheck.substring(healthCheck.indexOf("CMD ") + 4));
    }

    private static List<String> execForm(String json) {
        assertTrue(json.strip().startsWith("["), "not the exec form: " + json);
        List<String> words = new ArrayList<>();
        Matcher word = QUOTED.matcher(json);
        while (word.find()) {
            words.add(word.group(1));
        }
        return words;
    }

    /** The probe as the HEALTHCHECK runs it (same flags), from the test's classes, against localhost:port. */
    private static Process probe(List<String> healthCheck, Path classes, int port) throws IOException {
        List<String> command = new ArrayList<>(healthCheck);
        assertEquals("java", command.get(0));
        command.set(0, ProcessHandle.current().info().command().orElseThrow());
        command.set(command.indexOf("-cp") + 1, classes.toString());
        String url = command.get(command.size() - 1);
        String local = url.replaceFirst("^http://localhost:\\d+/", "http://127.0.0.1:" + port + "/");
        assertFalse(local.equals(url), "the probe asks " + url);
        command.set(command.size() - 1, local);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int exit(Process process) throws InterruptedException {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            fail("the probe still runs after 90 s: " + process.info());
        }
        return process.exitValue();
    }

    private static HttpServer server(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void compile(Path source, Path classes) {
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString()), "javac " + source);
    }

    /** The entries of the mapping at keys of a block-style YAML file (the compose files' shape), values unquoted. */
    private static Map<String, String> yamlMapping(Path file, String... keys) {
        List<String> lines = read(file).lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        int from = 0;
        int to = lines.size();
        for (String key : keys) {
            int indent = indent(lines.get(from));
            int at = from;
            while (at < to && !(indent(lines.get(at)) == indent && lines.get(at).strip().startsWith(key + ":"))) {
                at++;
            }
            assertTrue(at < to && at + 1 < lines.size() && indent(lines.get(at + 1)) > indent,
                    file.getFileName() + ": no mapping " + String.join(".", keys));
            int end = at + 1;
            while (end < to && indent(lines.get(end)) > indent) {
                end++;
            }
            from = at + 1;
            to = end;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        int indent = indent(lines.get(from));
        for (String line : lines.subList(from, to)) {
            if (indent(line) == indent && line.contains(":")) {
                String entry = line.strip();
                entries.put(entry.substring(0, entry.indexOf(':')),
                        entry.substring(entry.indexOf(':') + 1).strip().replaceAll("^\"(.*)\"$", "$1"));
            }
        }
        return entries;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static String absolute(String workdir, String path) {
        String joined = path.startsWith("/") ? path : workdir + "/" + path;
        return Path.of(joined).normalize().toString().replace('\\', '/').replaceFirst("/$", "");
    }

    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int i = 0; i < 5 && resolved.contains("${"); i++) {
            for (Map.Entry<String, String> property : properties.entrySet()) {
                resolved = resolved.replace("${" + property.getKey() + "}", property.getValue());
            }
        }
        return resolved;
    }

    private static Element pom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(REPO.resolve("pom.xml").toFile())
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text of an element and its descendants, but not of the surefire and failsafe plugins. */
    private static void collectTexts(Element element, List<String> texts) {
        if (element == null || ("plugin".equals(element.getTagName()) && Set.of("maven-surefire-plugin",
                "maven-failsafe-plugin").contains(text(child(element, "artifactId"))))) {
            return;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                texts.add(node.getNodeValue().strip());
            } else if (node instanceof Element child) {
                collectTexts(child, texts);
            }
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
