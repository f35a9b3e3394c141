package app.pli.cli.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.cli.ExitCodes;
import app.pli.cli.PliCommandLine;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.IntroductionHandle;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.VerifyOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Parsing and rendering of the introduction commands that need no profile. */
class IntroCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PliCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void acceptWantsExactlyOneOfCodeAndImage() {
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "accept"));
        assertTrue(err.toString().contains("give either an invitation CODE or --qr IMAGE"), err.toString());
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "accept", "PLI1AAAA", "--qr", "x.png"));
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void noPassphraseAndPassphraseFileExcludeEachOther() {
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "init", "--no-passphrase",
                "--passphrase-file", "/nonexistent/pass"));
        assertTrue(err.toString().contains("exclude each other"), err.toString());
    }

    @Test
    void everyProfileCommandTakesAPassphraseFile() {
        for (String[] command : new String[][] {{"init"}, {"id"}, {"invite"}, {"accept"}, {"verify"}, {"contacts"},
                {"contacts", "rename"}, {"contacts", "remove"}, {"sync"}, {"relay", "use"}}) {
            String[] args = new String[command.length + 1];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--help";
            out.getBuffer().setLength(0);
            assertEquals(0, run(args), String.join(" ", command));
            assertTrue(out.toString().contains("--passphrase-file"), String.join(" ", command) + ": " + out);
        }
    }

    @Test
    void invitationJsonHasCodeAndIsoExpiry() {
        InvitationTicket ticket = new InvitationTicket("PLI1ABC", Instant.parse("2030-01-02T03:04:05.678Z"),
                new IntroductionHandle(1));
        assertEquals("{\"code\":\"PLI1ABC\",\"expires\":\"2030-01-02T03:04:05Z\"}",
                Output.toJson(InvitationView.of(ticket, null)));
        InvitationView withPng = InvitationView.of(ticket, Path.of("a/invite.png"));
        assertTrue(Output.toJson(withPng).endsWith(",\"png\":\"a/invite.png\"}"));
        String[] lines = withPng.text("QR\nQR\n").split(System.lineSeparator());
        assertEquals("QR", lines[0]);
        assertEquals("PLI1ABC", lines[3]);
    }

    @Test
    void mismatchAndAbortAreOneLineErrors() {
        Output output = new Output(new PrintWriter(out, true), false);
        PliException mismatch = assertThrows(PliException.class,
                () -> VerificationResult.report(new VerifyOutcome.Mismatch("Alice", 2), output));
        assertEquals("the code does not match Alice's: Alice stays unverified; 2 attempts left", mismatch.getMessage());
        PliException aborted = assertThrows(PliException.class,
                () -> VerificationResult.report(new VerifyOutcome.Aborted("Alice"), output));
        assertTrue(aborted.getMessage().contains("aborted"), aborted.getMessage());
        assertEquals("", out.toString());
    }

    @Test
    void matchSaysVerifiedInPerson() throws Exception {
        VerificationResult.report(new VerifyOutcome.Verified("Alice"), new Output(new PrintWriter(out, true), false));
        assertEquals("Alice is now verified in person" + System.lineSeparator(), out.toString());
        out.getBuffer().setLength(0);
        VerificationResult.report(new VerifyOutcome.Verified("Alice"), new Output(new PrintWriter(out, true), true));
        assertEquals("{\"name\":\"Alice\",\"verified\":true,\"state\":\"verified\"}" + System.lineSeparator(),
                out.toString());
    }
}
