package app.pli.cli.intro;

import app.pli.cli.contacts.CommandWord;
import app.pli.cli.contacts.ContactView;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.IntroductionHandle;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.VerifyOutcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/**
 * The interactive end of {@code pli invite} and {@code pli accept}: waits for the other side,
 * shows this side's 4-digit code, asks for the other person's code and verifies it, asking
 * again after a mismatch while attempts are left.
 *
 * <p>Leaving at any point (Ctrl-C, an empty answer, the end of input) leaves the introduction
 * where it is: {@code pli sync} advances it and {@code pli verify} completes it later.
 * Questions go to the terminal (or stderr), results to stdout: with {@code --json} the command
 * prints one document per result (the invitation or accepted contact, the contact with its
 * code, the verification), each on its own line.
 */
final class CodeComparison {
    /** How long to wait for the other side before giving the terminal back. */
    static final Duration WAIT = Duration.ofMinutes(30);
    private static final String GOES_ON = "the introduction goes on with: pli sync";

    private final Messenger messenger;
    private final Output out;
    private final PrintWriter err;
    private final AnswerReader answers;

    CodeComparison(Messenger messenger, Output out, PrintWriter err) {
        this.messenger = messenger;
        this.out = out;
        this.err = err;
        this.answers = AnswerReader.ofProcess(err);
    }

    /** Runs the comparison for the introduction {@code handle}; returns the exit code. */
    int run(IntroductionHandle handle) throws PliException {
        Optional<ContactInfo> ready;
        try (WaitInterruption stop = WaitInterruption.install("pli: stopped waiting; " + GOES_ON, err)) {
            out.note("waiting for the other side... (Ctrl-C stops waiting; " + GOES_ON + ")");
            try {
                ready = messenger.awaitCode(handle, WAIT);
            } catch (PliException | RuntimeException e) {
                if (!stop.happened()) {
                    throw e;
                }
                ready = Optional.empty();
            }
            if (stop.happened()) {
                err.println("pli: stopped waiting; " + GOES_ON);
                return WaitInterruption.EXIT_CODE;
            }
        }
        ContactInfo contact = ready.orElseThrow(() -> new PliException(
                "no answer from the other side in " + WAIT.toMinutes() + " minutes; " + GOES_ON));
        ContactView view = ContactView.of(contact);
        if (!view.awaitsComparison()) {
            throw new PliException(contact.name() + " is " + contact.state() + "; there is no code to compare");
        }
        out.result(view, () -> contact.name() + " is ready to compare codes." + System.lineSeparator()
                + "Your code: " + view.code() + "   (tell it to " + contact.name() + ")");
        return askUntilSettled(contact.name());
    }

    private int askUntilSettled(String name) throws PliException {
        String later = "compare codes later with: pli verify " + CommandWord.quoted(name) + " CODE";
        while (true) {
            Optional<String> typed = answers.ask(name + "'s code (empty to stop): ");
            if (typed.isEmpty()) {
                throw new PliException("no code was entered; " + name + " stays unverified; " + later);
            }
            if (typed.get().isBlank()) {
                answers.tell(name + " stays unverified; " + later);
                return 0;
            }
            VerifyOutcome outcome = messenger.verify(name, typed.get().strip());
            if (outcome instanceof VerifyOutcome.Mismatch mismatch && mismatch.attemptsLeft() > 0) {
                answers.tell(VerificationResult.mismatchMessage(mismatch) + "; check it and type it again");
                continue;
            }
            VerificationResult.report(outcome, out);
            return 0;
        }
    }
}
