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
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pli daemon}: stays online until Ctrl-C or SIGTERM: subscribed to the home relay, it
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

    @Override
    public Integer call() throws PliException, InterruptedException {
        Invocation invocation = Invocation.of(spec);
        Output out = invocation.output();
        PrintWriter err = spec.commandLine().getErr();
        StopSignal stop = StopSignal.install();
        try (Messenger messenger = unlock.open(invocation.home())) {
            ProfileInfo me = messenger.id();
            String online = "online as " + me.name()
                    + (me.relay().isPresent() ? "" : " (no home relay: nothing to receive)") + "; stop with Ctrl-C";
            if (out.json()) {
                // stdout carries only messages in JSON mode; a script still sees when the daemon is up.
                err.println(online);
                err.flush();
            } else {
                out.note(online);
            }
            try (OnlineSession session = messenger.goOnline(new Printer(out, err))) {
                stop.await();
            }
            out.note("stopped");
        }
        return 0;
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
