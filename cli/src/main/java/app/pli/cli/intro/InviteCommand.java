package app.pli.cli.intro;

import app.pli.cli.Invocation;
import app.pli.cli.convert.DurationConverter;
import app.pli.cli.output.Colour;
import app.pli.cli.output.Output;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.LanMode;
import app.pli.messenger.api.Messenger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pli invite}: creates a one-time invitation on the home relay (or, with {@code --lan},
 * with an endpoint on this host) and shows it as a QR code and a text code (JSON:
 * {@code code}, {@code expires}, no QR). Unless {@code --no-wait},
 * it then waits for the other side and runs the comparison of codes. A PNG path in a folder
 * that cannot be written is refused before the invitation is made.
 */
@Command(name = "invite", description = "Create a one-time invitation for someone you meet.")
public final class InviteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Option(names = "--png", paramLabel = "FILE", description = "Also write the QR code as a PNG image.")
    Path png;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "24h",
            description = "How long the invitation can be accepted, e.g. 10m, 24h (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Option(names = "--no-qr", description = "Do not print the QR code in the terminal.")
    boolean noQr;

    @Option(names = "--no-wait", description = "Return at once; later 'pli sync' runs advance the introduction"
            + " (with --lan: the running 'pli daemon' serves the endpoint).")
    boolean noWait;

    @Option(names = "--lan", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Put a LAN endpoint (this host's address, a port, the one-time secret) in the code instead"
                    + " of a relay mailbox: the introduction runs over a direct connection, no relay needed"
                    + " (default: off).")
    boolean lan;

    @Option(names = "--interface", paramLabel = "NAME_OR_ADDRESS",
            description = "Network interface of the LAN endpoint, by name (eth0) or address (default: the first one"
                    + " up, not loopback, with IPv4).")
    String networkInterface;

    @Override
    public Integer call() throws PliException {
        if (networkInterface != null && !lan) {
            throw new ParameterException(spec.commandLine(),
                    "--interface chooses the LAN endpoint: give it with --lan");
        }
        Invocation invocation = Invocation.of(spec);
        Output out = invocation.output();
        if (png != null) {
            requireDirectoryOf(png);
        }
        try (Messenger messenger = unlock.open(invocation.home())) {
            InvitationTicket ticket = messenger.invite(ttl,
                    lan ? LanMode.on(Optional.ofNullable(networkInterface)) : LanMode.OFF);
            if (png != null) {
                messenger.writeQrPng(ticket.code(), png);
            }
            String terminalQr = out.json() || noQr ? "" : messenger.qrForTerminal(ticket.code(), colourTerminal());
            InvitationView view = InvitationView.of(ticket, png);
            out.result(view, () -> view.text(terminalQr));
            if (noWait) {
                out.note(lan ? "the running 'pli daemon' serves the LAN endpoint until the invitation is used"
                        : "the introduction goes on with: pli sync");
                return 0;
            }
            return new CodeComparison(messenger, out, spec.commandLine().getErr()).run(ticket.handle());
        }
    }

    /** Refuses a PNG path in a missing folder before any invitation is made. */
    private static void requireDirectoryOf(Path file) throws PliException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new PliException("cannot write " + file + ": the folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new PliException("cannot write " + file + ": the folder " + parent + " is not writable");
        }
        if (Files.isDirectory(file)) {
            throw new PliException("cannot write " + file + ": it is a folder");
        }
    }

    /** Colours only for a person at a terminal who has not asked for none (no-color.org). */
    private static boolean colourTerminal() {
        return System.console() != null && Colour.allowed();
    }
}
