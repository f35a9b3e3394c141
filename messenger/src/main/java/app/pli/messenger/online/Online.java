package app.pli.messenger.online;

import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.error.PliException;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.MessageViews;
import app.pli.messenger.delivery.MessageSync;
import app.pli.messenger.group.GroupService;
import app.pli.messenger.intro.lan.LanInvitationServers;
import app.pli.messenger.lan.LanFiles;
import app.pli.messenger.lan.LanInterfaces;
import app.pli.messenger.lan.LanNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Starts {@link OnlineSession}s: the one public entry to this package's loop. */
public final class Online {
    private Online() {}

    /**
     * Where and as whom the LAN node runs; {@code files} serves the files this profile sent,
     * and {@code ready} receives the node once it runs, to fetch files over its links.
     */
    public record LanSetup(LanInterfaces.Choice where, X25519KeyPair identity, Clock clock, LanFiles.Served files,
            Consumer<LanFiles> ready) {}

    /**
     * Starts the loop on its own thread (and the LAN node first, if {@code lan} is given) and
     * returns at once; writes to {@code storeFile} (the profile's database) by any process wake it.
     */
    public static OnlineSession start(ProfileSync sync, MessageSync messages, Conversations conversations,
            MessageViews views, GroupService groups, OnlineListener listener, Duration relayTimeout,
            LanInvitationServers invitations, Optional<LanSetup> lan, Path storeFile) throws PliException {
        OnlineRunner runner = new OnlineRunner(sync, messages, conversations, views, groups, listener, relayTimeout,
                invitations, storeFile);
        if (lan.isPresent()) {
            LanSetup setup = lan.get();
            LanNode node = LanNode.start(setup.where().address(), setup.identity(), setup.clock(),
                    runner::receiveDirect, runner::linkUp);
            runner.attach(node, setup.where().description() + ", port " + node.port());
            node.serveFiles(setup.files());
            setup.ready().accept(node);
        }
        runner.start();
        return runner;
    }
}
