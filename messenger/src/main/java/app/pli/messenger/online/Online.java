package app.pli.messenger.online;

import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.MessageViews;
import app.pli.messenger.delivery.MessageSync;
import java.time.Duration;

/** Starts {@link OnlineSession}s: the one public entry to this package's loop. */
public final class Online {
    private Online() {}

    /** Starts the loop on its own thread and returns at once. */
    public static OnlineSession start(ProfileSync sync, MessageSync messages, Conversations conversations,
            MessageViews views, OnlineListener listener, Duration relayTimeout) {
        OnlineRunner runner = new OnlineRunner(sync, messages, conversations, views, listener, relayTimeout);
        runner.start();
        return runner;
    }
}
