package app.pli.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pli completion bash|zsh|fish}, run as a process; the shells check the scripts where installed. */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void bashScriptCompletesEveryCommand() throws Exception {
        String script = script("bash");
        assertTrue(script.contains("complete -F _complete_pli"), script);
        for (String path : CommandTree.paths()) {
            for (String word : path.isEmpty() ? new String[0] : path.split(" ")) {
                assertTrue(script.contains(word), "bash script lacks " + path);
            }
        }
        if (checkedBy("bash", script)) {
            assertEquals("add accept", run("bash", "-c", "source " + save("pli.bash", script)
                    + "; COMP_WORDS=(pli group a); COMP_CWORD=2; _complete_pli 2>/dev/null; echo \"${COMPREPLY[@]}\""));
        }
    }

    @Test
    void zshScriptIsTheBashScriptBehindBashcompinit() throws Exception {
        String script = script("zsh");
        assertTrue(script.contains("autoload -U +X bashcompinit && bashcompinit"), script);
        assertTrue(script.indexOf("bashcompinit") < script.indexOf("complete -F _complete_pli"), script);
        assertTrue(script.endsWith(script("bash")), "zsh runs picocli's bash script");
        checkedBy("zsh", script);
    }

    @Test
    void fishScriptHasALineForEveryCommandAndItsOptions() throws Exception {
        String script = script("fish");
        for (String path : CommandTree.paths()) {
            if (!path.isEmpty()) {
                String parent = path.contains(" ") ? path.substring(0, path.lastIndexOf(' ')) : "";
                String name = path.substring(path.lastIndexOf(' ') + 1);
                assertTrue(script.contains("complete -c pli -n '__pli_at \"" + parent + "\"' -a '" + name + "' -d '"),
                        "fish script lacks the command " + path);
            }
            // Every command, nested ones too, completes the inherited global options with their descriptions.
            assertTrue(script.contains("complete -c pli -n '__pli_at \"" + path + "\"' -l 'quiet' -d '"),
                    "fish script lacks --quiet of '" + path + "'");
        }
        assertTrue(script.contains("-l 'home' -r -F -d 'Profile directory"), "--home completes file names");
        if (checkedBy("fish", script)) {
            String file = save("pli.fish", script);
            assertEquals(List.of("accept", "add"), List.of(run("fish", "-c", "source " + file
                    + "; complete -C 'pli group a' | cut -f1 | sort").split("\n")));
            String sendOptions = run("fish", "-c", "source " + file + "; complete -C 'pli send --' | cut -f1");
            assertTrue(sendOptions.contains("--progress-json") && sendOptions.contains("--file"), sendOptions);
            assertFalse(sendOptions.contains("--ttl"), "invite's options are not send's: " + sendOptions);
        }
    }

    @Test
    void unknownShellIsAOneLineUsageError() throws Exception {
        PliProcess.Result r = PliProcess.run("completion", "tcsh");
        assertEquals(2, r.exitCode(), r.stderr());
        assertEquals("", r.stdout());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertTrue(r.stderr().contains("tcsh") && r.stderr().contains("bash, zsh, fish"), r.stderr());
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), r.stderr());
    }

    private static String script(String shell) throws Exception {
        PliProcess.Result r = PliProcess.run("completion", shell);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr());
        return r.stdout();
    }

    /** Checks {@code script}'s syntax with {@code shell -n} if installed; returns whether it could. */
    private boolean checkedBy(String shell, String script) throws Exception {
        if (!CommandTree.installed(shell)) {
            System.out.println("CompletionTest: " + shell + " is not installed; its script's syntax is not checked");
            return false;
        }
        run(shell, "-n", save("pli." + shell, script));
        return true;
    }

    private String save(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    /** Runs a command, requires exit 0 and no stderr, returns stdout stripped. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + err.get());
        assertEquals("", err.get(), String.join(" ", command));
        return out.strip();
    }
}
