package app.pli.cli.message;

import app.pli.cli.Invocation;
import app.pli.cli.StopSignal;
import app.pli.cli.output.Output;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.api.ProfileInfo;
import app.pli.messenger.api.Profiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pli daemon}: stays online until Ctrl-C or SIGTERM: subscribed to the home relay and
 * (unless {@code --no-lan}) on the LAN with direct links to contacts found there, it
 * stores and prints incoming messages (one line each; with {@code --json} one JSON object
 * per line), delivers what any {@code pli send} queued, and advances introductions. Other
 * commands keep working on the same profile meanwhile. Problems go to stderr, and so does the
 * "online" line in JSON mode (stdout then carries only messages).
 */
@Command(name = "daemon", description = "Stay online: receive and print messages, deliver queued ones (Ctrl-C stops).")
public final class DaemonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Mixin
    LanOptions lan;

    @Override
    public Integer call() throws PliException, InterruptedException {
        Invocation invocation = Invocation.of(spec);
        Output out = invocation.output();
        PrintWriter err = spec.commandLine().getErr();
        StopSignal stop = StopSignal.install();
        try (Messenger messenger = unlock.open(invocation.home())) {
            ProfileInfo me = messenger.id();
            try (OnlineSession session = messenger.goOnline(new Printer(out, err), lan.mode())) {
                status(out, err, "online as " + me.name() + "; relay: " + me.relay().map(DaemonCommand::hostAndPort)
                        .orElse("none") + "; LAN: " + session.lanDescription().map(d -> d + " (--interface to change)")
                        .orElse("off") + "; stop with Ctrl-C");
                AtomicBoolean wiped = new AtomicBoolean();
                Optional<ProfileRemovalWatch> watch = watchRemoval(invocation, err, () -> {
                    wiped.set(true);
                    stop.release();
                });
                try {
                    stop.await();
                } finally {
                    watch.ifPresent(ProfileRemovalWatch::close);
                }
                if (wiped.get()) {
                    err.println("the profile was wiped; stopping");
                    err.flush();
                }
            }
            out.note("stopped");
        }
        return 0;
    }

    /** Stops the daemon when its profile is wiped; a watch the system refuses costs only that (one warning). */
    private static Optional<ProfileRemovalWatch> watchRemoval(Invocation invocation, PrintWriter err, Runnable removed) {
        try {
            return Optional.of(ProfileRemovalWatch.start(invocation.home(), Profiles.STORE_FILE, removed));
        } catch (IOException e) {
            err.println("warning: cannot watch " + invocation.home() + " (" + e.getClass().getSimpleName()
                    + "): a wipe of this profile will not stop this daemon");
            err.flush();
            return Optional.empty();
        }
    }

    /**
     * The status line: stdout in text mode; stderr in JSON mode, where stdout carries only
     * messages; none with {@code --quiet}.
     */
    private static void status(Output out, PrintWriter err, String line) {
        if (out.quiet()) {
            return;
        }
        if (out.json()) {
            err.println(line);
            err.flush();
        } else {
            out.note(line);
        }
    }

    /** A relay as people read it: host and port, without the long key. */
    private static String hostAndPort(String relayAddress) {
        int start = relayAddress.indexOf("://");
        int end = relayAddress.indexOf('/', start + 3);
        return start < 0 || end < 0 ? relayAddress : relayAddress.substring(start + 3, end);
    }

    /** Prints each event as it happens. */
    private record Printer(Output out, PrintWriter err) implements OnlineListener {
        @Override
        public void received(MessageInfo message) {
            MessageView view = MessageView.of(message);
            out.result(view, () -> view.line(message));
        }

        @Override
        public void problem(String line) {
            err.println("problem: " + line);
            err.flush();
        }
    }
}
