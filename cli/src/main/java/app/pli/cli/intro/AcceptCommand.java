package app.pli.cli.intro;

import app.pli.cli.Invocation;
import app.pli.cli.contacts.ContactView;
import app.pli.cli.output.Output;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.LanMode;
import app.pli.messenger.api.Messenger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli accept CODE} or {@code pli accept --qr IMAGE}: reads an invitation (text, or
 * the QR code in a photo or screenshot) and starts the introduction. Unless
 * {@code --no-wait}, it then waits for the other side and runs the comparison of codes.
 */
@Command(name = "accept", description = "Accept an invitation: its text code, or --qr with a picture of its QR code.")
public final class AcceptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(arity = "0..1", paramLabel = "CODE", description = "The invitation's text code (PLI1...).")
    String code;

    @Option(names = "--qr", paramLabel = "IMAGE", description = "Read the invitation from a PNG or JPEG of its QR code.")
    Path qrImage;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Your name for the contact (default: the name they share).")
    String name;

    @Option(names = "--no-wait", description = "Return at once; later 'pli sync' runs advance the introduction.")
    boolean noWait;

    @Option(names = "--lan", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Accept a code that names a LAN endpoint, over a direct connection (default: on;"
                    + " --no-lan refuses such codes).")
    boolean lan;

    @Option(names = "--interface", paramLabel = "NAME_OR_ADDRESS",
            description = "Network interface to reach a LAN endpoint from, by name (eth0) or address (default: the"
                    + " system's route).")
    String networkInterface;

    @Override
    public Integer call() throws PliException {
        if ((code == null) == (qrImage == null)) {
            throw new ParameterException(spec.commandLine(), "give either an invitation CODE or --qr IMAGE");
        }
        if (networkInterface != null && !lan) {
            throw new ParameterException(spec.commandLine(),
                    "--interface is for LAN codes: it does not go with --no-lan");
        }
        Invocation invocation = Invocation.of(spec);
        Output out = invocation.output();
        LanMode lanMode = lan ? LanMode.on(Optional.ofNullable(networkInterface)) : LanMode.OFF;
        try (Messenger messenger = unlock.open(invocation.home())) {
            Optional<String> contactName = Optional.ofNullable(name);
            ContactInfo contact = code != null
                    ? messenger.accept(code, contactName, lanMode)
                    : messenger.acceptImage(qrImage, contactName, lanMode);
            ContactView view = ContactView.of(contact);
            out.result(view, () -> "Invitation accepted: the introduction has started.");
            if (noWait) {
                out.note("it goes on with: pli sync; then compare codes with: pli verify");
                return 0;
            }
            return new CodeComparison(messenger, out, spec.commandLine().getErr()).run(contact.handle());
        }
    }
}
