package app.pli.cli.intro;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli verify CONTACT CODE}: enters the 4-digit code the other person read out. A match
 * marks the contact verified in person; a mismatch exits 1 and leaves it unverified; the last
 * allowed mismatch aborts the introduction.
 */
@Command(name = "verify", description = "Enter the other person's 4-digit code to verify them in person.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(index = "0", paramLabel = "CONTACT", description = "The contact's name.")
    String contact;

    @Parameters(index = "1", paramLabel = "CODE", description = "The 4 digits shown on the other person's screen.")
    String code;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            VerificationResult.report(messenger.verify(contact, code.strip()), invocation.output());
        }
        return 0;
    }
}
