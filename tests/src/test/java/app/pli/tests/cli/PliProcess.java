package app.pli.tests.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code ./pli} launcher as a separate process, as a user would, against the
 * jar this build produced; tests use it for end-to-end checks.
 */
public final class PliProcess {
    /** What a finished {@code pli} run printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {}

    private PliProcess() {}

    /** The launcher script at the repository root. */
    public static Path launcher() {
        return Path.of(System.getProperty("pli.launcher", "../pli")).toAbsolutePath().normalize();
    }

    /**
     * Points the launcher at the jar under test and at this JVM ({@code JAVA_HOME}), so that
     * the processes run on the JDK the tests run on (17 in CI) rather than on the newest JDK
     * the launcher would otherwise pick.
     */
    public static void pinJvm(Map<String, String> environment) {
        environment.put("PLI_JAR", jar().toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /** The shaded jar the cli module built. */
    public static Path jar() {
        return Path.of(System.getProperty("pli.jar", "../cli/target/pli.jar")).toAbsolutePath().normalize();
    }

    /** Runs {@code pli args...} with extra environment variables and waits up to two minutes. */
    public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runWithInput(env, "", args);
    }

    /**
     * Runs {@code pli args...} with extra environment variables and {@code stdin} as its
     * standard input (UTF-8), and waits up to two minutes.
     */
    public static Result runWithInput(Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = builder(env, args);
        Path out = Files.createTempFile("pli-out", ".txt");
        Path err = Files.createTempFile("pli-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("pli " + String.join(" ", args) + " did not finish in 2 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Starts {@code pli args...} in the background with extra environment variables; its
     * standard input, output and error are pipes for the caller, who must end the process.
     */
    public static Process start(Map<String, String> env, String... args) throws IOException {
        return builder(env, args).start();
    }

    private static ProcessBuilder builder(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pinJvm(pb.environment());
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs {@code pli args...} with the inherited environment. */
    public static Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }
}
