package app.pli.cli.intro;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli verify CONTACT CODE}: enters the 4-digit code the other person read out. A match
 * marks the contact verified in person; a mismatch exits 1 and leaves it unverified; the last
 * allowed mismatch aborts the introduction. For a contact introduced by another, CODE is the
 * 60-digit safety code both screens show ({@code pli verify CONTACT} without a code shows
 * it; JSON: {@code name}, {@code safety_code}): a match upgrades it to verified in person.
 */
@Command(name = "verify", description = "Enter the other person's code to verify them in person (an introduced"
        + " contact: without CODE, show the safety code to compare).")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(index = "0", paramLabel = "CONTACT", description = "The contact's name.")
    String contact;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "CODE",
            description = "The 4 digits shown on the other person's screen (an introduced contact: the safety code).")
    List<String> code = List.of();

    /** The JSON form of a safety code shown. */
    record SafetyCode(String name, String safetyCode) {}

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            if (code.isEmpty()) {
                String safety = messenger.safetyCode(contact);
                invocation.output().result(new SafetyCode(contact, safety), () -> "your safety code with " + contact
                        + ": " + safety + (invocation.output().quiet() ? "" : System.lineSeparator() + "compare it with "
                        + contact + "'s screen, face to face; if they are the same, type it: pli verify " + contact
                        + " CODE"));
                return 0;
            }
            VerificationResult.report(messenger.verify(contact, String.join(" ", code).strip()), invocation.output());
        }
        return 0;
    }
}
