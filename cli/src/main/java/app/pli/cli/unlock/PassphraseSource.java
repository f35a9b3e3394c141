package app.pli.cli.unlock;

import app.pli.core.error.PliException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Where a profile's passphrase comes from, in this order: {@code --passphrase-file FILE}
 * (one trailing newline removed), the variable {@code PLI_PASSPHRASE}, a prompt without echo
 * on the terminal. Without any of them it is an error that names the sources.
 *
 * <p>Every returned array belongs to the caller, who wipes it after use; arrays read here on
 * the way (file bytes, a mistyped repetition) are wiped before returning.
 */
public final class PassphraseSource {
    /** The environment variable read when no passphrase file is given. */
    public static final String ENVIRONMENT_VARIABLE = "PLI_PASSPHRASE";

    private final Optional<Path> file;
    private final Map<String, String> environment;
    private final Optional<SecretPrompt> prompt;

    public PassphraseSource(Optional<Path> file, Map<String, String> environment, Optional<SecretPrompt> prompt) {
        this.file = file;
        this.environment = environment;
        this.prompt = prompt;
    }

    /** The sources of this process: the given file, its environment, its terminal. */
    public static PassphraseSource ofProcess(Optional<Path> file) {
        return new PassphraseSource(file, System.getenv(), SecretPrompt.onTerminal());
    }

    /** Whether a passphrase file was named on the command line. */
    public boolean hasFile() {
        return file.isPresent();
    }

    /** The passphrase of the existing profile in {@code home}. */
    public char[] forExistingProfile(Path home) throws PliException {
        Optional<char[]> given = fromFileOrEnvironment();
        if (given.isPresent()) {
            return given.get();
        }
        SecretPrompt terminal = prompt.orElseThrow(PassphraseSource::noSource);
        return terminal.ask("Passphrase for " + home + ": ")
                .orElseThrow(() -> new PliException("no passphrase was entered"));
    }

    /** The passphrase for a new profile in {@code home}; a terminal asks for it twice. */
    public char[] forNewProfile(Path home) throws PliException {
        Optional<char[]> given = fromFileOrEnvironment();
        if (given.isPresent()) {
            return given.get();
        }
        SecretPrompt terminal = prompt.orElseThrow(PassphraseSource::noSource);
        char[] first = terminal.ask("New passphrase for " + home + ": ")
                .orElseThrow(() -> new PliException("no passphrase was entered; nothing was created"));
        char[] second = null;
        try {
            second = terminal.ask("Repeat the passphrase: ")
                    .orElseThrow(() -> new PliException("no passphrase was entered; nothing was created"));
            if (!Arrays.equals(first, second)) {
                throw new PliException("the two passphrases differ; nothing was created");
            }
            return first;
        } catch (PliException e) {
            Arrays.fill(first, '\0');
            throw e;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private Optional<char[]> fromFileOrEnvironment() throws PliException {
        if (file.isPresent()) {
            return Optional.of(readFile(file.get()));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        return Optional.empty();
    }

    private static char[] readFile(Path path) throws PliException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new PliException("passphrase file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new PliException("cannot read passphrase file " + path + " (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            char[] chars = withoutTrailingNewline(decodeUtf8(bytes, path));
            if (chars.length == 0) {
                throw new PliException("passphrase file " + path + " is empty");
            }
            return chars;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] decodeUtf8(byte[] bytes, Path path) throws PliException {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            Arrays.fill(decoded.array(), '\0');
            return chars;
        } catch (CharacterCodingException e) {
            throw new PliException("passphrase file " + path + " is not UTF-8 text", e);
        }
    }

    /** Drops one final "\n" or "\r\n", which editors and {@code echo} add; wipes the input. */
    static char[] withoutTrailingNewline(char[] chars) {
        int end = chars.length;
        if (end > 0 && chars[end - 1] == '\n') {
            end--;
            if (end > 0 && chars[end - 1] == '\r') {
                end--;
            }
        }
        if (end == chars.length) {
            return chars;
        }
        char[] trimmed = Arrays.copyOf(chars, end);
        Arrays.fill(chars, '\0');
        return trimmed;
    }

    private static PliException noSource() {
        return new PliException("a passphrase is needed: use --passphrase-file FILE or "
                + ENVIRONMENT_VARIABLE + " (or init --no-passphrase)");
    }
}
