package app.pli.cli.unlock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseSourceTest {
    private static final Path HOME = Path.of("/profiles/alice");

    @TempDir
    Path dir;

    /** A terminal that answers from a script and records the questions. */
    private static final class ScriptedTerminal implements SecretPrompt {
        final List<String> questions = new ArrayList<>();
        final Deque<String> answers;

        ScriptedTerminal(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public Optional<char[]> ask(String question) {
            questions.add(question);
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.pop().toCharArray());
        }
    }

    private Path file(String content) throws IOException {
        return Files.write(dir.resolve("pass"), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fileDropsExactlyOneTrailingNewline() throws Exception {
        assertArrayEquals("s3cret".toCharArray(), fromFile("s3cret\n").forExistingProfile(HOME));
        assertArrayEquals("s3cret".toCharArray(), fromFile("s3cret\r\n").forExistingProfile(HOME));
        assertArrayEquals("s3cret\n".toCharArray(), fromFile("s3cret\n\n").forExistingProfile(HOME));
        assertArrayEquals(" spaced out ".toCharArray(), fromFile(" spaced out ").forExistingProfile(HOME));
        assertArrayEquals("clé".toCharArray(), fromFile("clé\n").forExistingProfile(HOME));
    }

    private PassphraseSource fromFile(String content) throws IOException {
        return new PassphraseSource(Optional.of(file(content)), Map.of(), Optional.empty());
    }

    @Test
    void fileWinsOverEnvironmentAndTerminal() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal("typed");
        PassphraseSource source = new PassphraseSource(Optional.of(file("from-file\n")),
                Map.of("PLI_PASSPHRASE", "from-env"), Optional.of(terminal));
        assertArrayEquals("from-file".toCharArray(), source.forNewProfile(HOME));
        assertTrue(terminal.questions.isEmpty());
    }

    @Test
    void environmentWinsOverTerminalAndAnEmptyOneIsIgnored() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal("typed");
        assertArrayEquals("from-env".toCharArray(), new PassphraseSource(Optional.empty(),
                Map.of("PLI_PASSPHRASE", "from-env"), Optional.of(terminal)).forExistingProfile(HOME));
        assertTrue(terminal.questions.isEmpty());
        assertArrayEquals("typed".toCharArray(), new PassphraseSource(Optional.empty(),
                Map.of("PLI_PASSPHRASE", ""), Optional.of(terminal)).forExistingProfile(HOME));
        assertEquals(List.of("Passphrase for " + HOME + ": "), terminal.questions);
    }

    @Test
    void newProfileAsksTwiceOnTheTerminal() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal("horse", "horse");
        char[] chosen = new PassphraseSource(Optional.empty(), Map.of(), Optional.of(terminal)).forNewProfile(HOME);
        assertArrayEquals("horse".toCharArray(), chosen);
        assertEquals(2, terminal.questions.size());
    }

    @Test
    void differingRepetitionIsRefused() {
        ScriptedTerminal terminal = new ScriptedTerminal("horse", "house");
        PliException e = assertThrows(PliException.class,
                () -> new PassphraseSource(Optional.empty(), Map.of(), Optional.of(terminal)).forNewProfile(HOME));
        assertEquals("the two passphrases differ; nothing was created", e.getMessage());
    }

    @Test
    void endOfInputAtThePromptIsAnError() {
        PliException e = assertThrows(PliException.class, () -> new PassphraseSource(Optional.empty(), Map.of(),
                Optional.of(new ScriptedTerminal())).forExistingProfile(HOME));
        assertEquals("no passphrase was entered", e.getMessage());
    }

    @Test
    void withoutAnySourceTheErrorNamesTheSources() {
        PliException e = assertThrows(PliException.class,
                () -> new PassphraseSource(Optional.empty(), Map.of(), Optional.empty()).forExistingProfile(HOME));
        assertEquals("a passphrase is needed: use --passphrase-file FILE or PLI_PASSPHRASE (or init --no-passphrase)",
                e.getMessage());
    }

    @Test
    void missingOrEmptyFileIsAClearError() throws Exception {
        Path missing = dir.resolve("missing");
        PliException gone = assertThrows(PliException.class, () -> new PassphraseSource(Optional.of(missing),
                Map.of("PLI_PASSPHRASE", "x"), Optional.empty()).forExistingProfile(HOME));
        assertEquals("passphrase file " + missing + " does not exist", gone.getMessage());
        PliException empty = assertThrows(PliException.class, () -> fromFile("\n").forExistingProfile(HOME));
        assertTrue(empty.getMessage().endsWith(" is empty"), empty.getMessage());
    }

    @Test
    void invalidUtf8FileIsRefused() throws Exception {
        Files.write(dir.resolve("pass"), new byte[] {'a', (byte) 0xff, 'b'});
        PliException e = assertThrows(PliException.class, () -> new PassphraseSource(Optional.of(dir.resolve("pass")),
                Map.of(), Optional.empty()).forExistingProfile(HOME));
        assertTrue(e.getMessage().endsWith("is not UTF-8 text"), e.getMessage());
    }

    @Test
    void trailingNewlineRemovalWipesTheLongerArray() {
        char[] input = "abc\n".toCharArray();
        assertArrayEquals("abc".toCharArray(), PassphraseSource.withoutTrailingNewline(input));
        assertArrayEquals(new char[4], input);
    }
}
