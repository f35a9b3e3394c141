package app.pli.tests.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units in {@code packaging/systemd}: each passes {@code systemd-analyze verify}
 * (system manager for the relay, user manager for the daemon) without a single complaint
 * about the unit, and the relay unit carries the hardening its README promises.
 *
 * <p>{@code verify} refuses a unit whose ExecStart binary does not exist, and the units call
 * the installed launcher ({@value #INSTALLED_LAUNCHER}); so each unit is verified as a copy,
 * in a temporary directory, whose ExecStart names this checkout's launcher instead. The
 * verify tests are skipped, saying why, where {@code systemd-analyze} is not installed
 * (Debian package {@code systemd}).
 */
class SystemdUnitsTest {
    /** Where the units expect the launcher (packaging/systemd/README.md installs it there). */
    static final String INSTALLED_LAUNCHER = "/usr/local/bin/pli";

    private static final Path UNITS = Path.of(System.getProperty("pli.root", "..")).toAbsolutePath().normalize()
            .resolve("packaging/systemd");
    private static final Path RELAY_UNIT = UNITS.resolve("pli-relay.service");
    private static final Path DAEMON_UNIT = UNITS.resolve("pli-daemon.service");
    private static final Path RELAY_ENV = UNITS.resolve("relay.env");

    @TempDir
    Path temp;

    @Test
    void relayUnitPassesSystemdAnalyzeVerify() throws Exception {
        List<String> problems = verify(RELAY_UNIT, false);
        assertTrue(problems.isEmpty(), "systemd-analyze verify " + RELAY_UNIT + ":\n" + String.join("\n", problems));
    }

    @Test
    void daemonUserUnitPassesSystemdAnalyzeVerify() throws Exception {
        List<String> problems = verify(DAEMON_UNIT, true);
        assertTrue(problems.isEmpty(),
                "systemd-analyze --user verify " + DAEMON_UNIT + ":\n" + String.join("\n", problems));
    }

    /**
     * The check itself bites: a copy of the relay unit with an unknown directive, a directive
     * in the wrong section and a missing binary is reported (systemd-analyze exits 0 on mere
     * "Unknown key ... ignoring" warnings, so its output is what counts).
     */
    @Test
    void verifyReportsABrokenUnit() throws Exception {
        String unit = Files.readString(RELAY_UNIT);
        Path broken = temp.resolve("broken").resolve("pli-relay.service");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, unit.replace("[Service]\n", "[Service]\nProtectEverything=yes\n"));
        List<String> unknown = verify(broken, false); // verified with ExecStart rewritten, like the real units
        assertFalse(unknown.isEmpty(), "an unknown directive must be reported");
        assertTrue(String.join("\n", unknown).contains("ProtectEverything"), String.join("\n", unknown));

        Files.writeString(broken, unit.replace("[Service]\n", "[Service]\nStartLimitIntervalSec=300\n"));
        List<String> misplaced = verify(broken, false);
        assertTrue(String.join("\n", misplaced).contains("StartLimitIntervalSec"), "a [Unit] directive in [Service] must be reported: " + misplaced);

        Path missing = temp.resolve("missing");
        Files.createDirectories(missing);
        Path copy = missing.resolve("pli-relay.service");
        Files.writeString(copy, unit.replace("ExecStart=" + INSTALLED_LAUNCHER + " ", "ExecStart=/nonexistent/pli "));
        assertFalse(run(copy, false).isEmpty(), "a missing ExecStart binary must be reported");
    }

    @Test
    void relayUnitIsHardened() throws IOException {
        Map<String, List<String>> service = section(Files.readString(RELAY_UNIT), "Service");
        Map<String, String> required = new LinkedHashMap<>();
        required.put("DynamicUser", "yes");
        required.put("StateDirectory", "pli-relay");
        required.put("ProtectSystem", "strict");
        required.put("ProtectHome", "yes");
        required.put("NoNewPrivileges", "yes");
        required.put("PrivateTmp", "yes");
        required.put("PrivateDevices", "yes");
        required.put("ProtectKernelTunables", "yes");
        required.put("ProtectKernelModules", "yes");
        required.put("ProtectControlGroups", "yes");
        required.put("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX");
        required.put("RestrictNamespaces", "yes");
        required.put("LockPersonality", "yes");
        required.put("SystemCallFilter", "@system-service");
        required.put("CapabilityBoundingSet", "");
        required.put("Restart", "on-failure");
        for (Map.Entry<String, String> e : required.entrySet()) {
            assertEquals(List.of(e.getValue()), service.get(e.getKey()),
                    RELAY_UNIT + ": [Service] must say exactly " + e.getKey() + "=" + e.getValue());
        }
        // MemoryDenyWriteExecute breaks the JIT: absent, and the unit says why.
        assertFalse(service.containsKey("MemoryDenyWriteExecute"), "MemoryDenyWriteExecute= is incompatible with the JVM's JIT");
        assertTrue(Files.readAllLines(RELAY_UNIT).stream()
                .anyMatch(line -> line.startsWith("#") && line.contains("MemoryDenyWriteExecute") && line.contains("JIT")),
                "a comment in the relay unit explains why MemoryDenyWriteExecute is left out (the JIT)");

        String execStart = single(service, "ExecStart");
        assertTrue(execStart.startsWith(INSTALLED_LAUNCHER + " relay serve "), execStart);
        assertTrue(execStart.contains("--data=${STATE_DIRECTORY}"), "data in the state directory: " + execStart);
        assertTrue(execStart.contains("--listen=${PLI_RELAY_LISTEN}"), "listen address from the environment: " + execStart);
        assertTrue(service.getOrDefault("Environment", List.of()).contains("PLI_RELAY_LISTEN=0.0.0.0:7337"),
                "a default listen address");
        assertEquals(List.of("-/etc/pli/relay.env"), service.get("EnvironmentFile"), "optional /etc/pli/relay.env");
    }

    @Test
    void relayEnvironmentFileSetsTheListenAddress() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RELAY_ENV)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = Pattern.compile("([A-Z_][A-Z0-9_]*)=(.*)").matcher(line);
            assertTrue(m.matches(), RELAY_ENV + ": not KEY=value: " + line);
            values.put(m.group(1), m.group(2));
        }
        assertEquals("0.0.0.0:7337", values.get("PLI_RELAY_LISTEN"), RELAY_ENV.toString());
        assertTrue(values.containsKey("PLI_RELAY_OPTIONS"), RELAY_ENV.toString());
    }

    @Test
    void daemonUnitRestartsOnFailureStopsOnSigtermAndReadsThePassphraseFromAFile() throws IOException {
        String text = Files.readString(DAEMON_UNIT);
        Map<String, List<String>> service = section(text, "Service");
        assertEquals(List.of("on-failure"), service.get("Restart"));
        assertEquals(List.of("SIGTERM"), service.get("KillSignal"));
        String execStart = single(service, "ExecStart");
        assertTrue(execStart.startsWith(INSTALLED_LAUNCHER + " daemon "), execStart);
        assertTrue(execStart.contains("--passphrase-file=%E/pli/passphrase"), execStart);
        assertEquals(List.of("null"), service.get("StandardOutput"), "message texts stay out of the journal");
        assertFalse(text.contains("PLI_PASSPHRASE="), "no passphrase in the unit or its environment");
        assertEquals(List.of("default.target"), section(text, "Install").get("WantedBy"));
    }

    // --- systemd-analyze -------------------------------------------------------------------

    /**
     * The problems {@code systemd-analyze verify} reports for {@code unit}, verified as a copy
     * whose ExecStart calls this checkout's launcher: the lines of its output about the unit,
     * plus its exit status when not 0.
     */
    private List<String> verify(Path unit, boolean user) throws IOException, InterruptedException {
        String text = Files.readString(unit);
        assertTrue(text.contains("ExecStart=" + INSTALLED_LAUNCHER + " "),
                unit + ": ExecStart should call the installed launcher " + INSTALLED_LAUNCHER);
        Path launcher = PliProcess.launcher();
        assertTrue(Files.isExecutable(launcher), "the launcher " + launcher);
        Path dir = Files.createTempDirectory(temp, "units");
        Path copy = dir.resolve(unit.getFileName());
        Files.writeString(copy, text.replace("ExecStart=" + INSTALLED_LAUNCHER + " ", "ExecStart=" + launcher + " "));
        return run(copy, user);
    }

    private List<String> run(Path unit, boolean user) throws IOException, InterruptedException {
        Optional<Path> analyze = systemdAnalyze();
        Assumptions.assumeTrue(analyze.isPresent(),
                "systemd-analyze is not installed (Debian: apt-get install systemd): the unit files are not verified");
        List<String> command = new ArrayList<>(List.of(analyze.get().toString()));
        if (user) {
            command.add("--user");
        }
        command.addAll(List.of("verify", "--no-pager", unit.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SYSTEMD_LOG_COLOR", "0");
        pb.environment().put("SYSTEMD_PAGER", "");
        if (user) {
            // The user manager needs a runtime directory even to verify; none exists in CI.
            Path runtime = Files.createTempDirectory(temp, "xdg-runtime");
            pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "systemd-analyze verify did not finish");
        // systemd-analyze checks the whole dependency tree; only lines about this unit, or
        // a failure of the run itself, count against it.
        String name = unit.getFileName().toString();
        List<String> problems = new ArrayList<>(output.lines().filter(line -> line.contains(name)).toList());
        if (p.exitValue() != 0) {
            problems.add("exit status " + p.exitValue() + "; whole output:\n" + output);
        }
        return problems;
    }

    /** {@code systemd-analyze}: the one {@code -Dpli.systemd-analyze=PATH} names, else the first on PATH. */
    private static Optional<Path> systemdAnalyze() {
        String named = System.getProperty("pli.systemd-analyze");
        if (named != null) {
            return Files.isExecutable(Path.of(named)) ? Optional.of(Path.of(named)) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "systemd-analyze");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path usual = Path.of("/usr/bin/systemd-analyze");
        return Files.isExecutable(usual) ? Optional.of(usual) : Optional.empty();
    }

    // --- unit file parsing -----------------------------------------------------------------

    /** The directives of one section, each with its values in order; comments and blank lines skipped. */
    private static Map<String, List<String>> section(String unitText, String name) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        String current = null;
        for (String raw : unitText.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1);
                continue;
            }
            int eq = line.indexOf('=');
            if (name.equals(current) && eq > 0) {
                directives.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
                        .add(line.substring(eq + 1).strip());
            }
        }
        return directives;
    }

    private static String single(Map<String, List<String>> directives, String key) {
        List<String> values = directives.getOrDefault(key, List.of());
        assertEquals(1, values.size(), "exactly one " + key + "=: " + values);
        return values.get(0);
    }
}
