package app.pli.messenger.api;

import app.pli.core.error.PliException;
import java.util.Optional;

/**
 * A profile that stays online until closed: subscribed to its inboxes on the home relay
 * (and, with {@link LanMode}, announced on the LAN with direct links to its contacts),
 * it stores and reports incoming messages as they arrive, delivers what any process queues
 * in the profile's outbox (retrying with backoff), and advances introductions.
 * Thread-safe; {@link #close()} stops it and waits for its thread.
 */
public interface OnlineSession extends AutoCloseable {
    /** Records and queues a text, and wakes the delivery at once. */
    MessageInfo send(String contactName, String text) throws PliException;

    /** Records a text to a group, fans it out to the members' sessions, and wakes the delivery at once. */
    MessageInfo sendToGroup(String group, String text) throws PliException;

    /** Where this profile is on the LAN ("eth0 10.0.0.2, port 41234"); empty without LAN. */
    Optional<String> lanDescription();

    @Override
    void close();
}
