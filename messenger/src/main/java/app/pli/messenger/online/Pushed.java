package app.pli.messenger.online;

import app.pli.messenger.conversation.StoredMessage;
import app.pli.transport.relay.client.RelayBlock;
import java.util.List;

/** Work handed from relay callback threads to the online loop. */
sealed interface Pushed {
    /** A block the relay pushed into a contact's inbox. */
    record Block(long contactId, long inboxId, RelayBlock block) implements Pushed {}

    /** An inbox subscription the relay refused to renew: subscribe again at the next full round. */
    record Lost(long inboxId) implements Pushed {}

    /** Texts a direct link delivered and the store committed: report them, answer with a receipt. */
    record Stored(List<StoredMessage> messages) implements Pushed {}

    /** Something was queued locally: deliver now. */
    record Wake() implements Pushed {}

    /** Some process wrote to the profile's store: compare the marks. */
    record StoreChanged() implements Pushed {}

    /** A relay connection was established (first or again): deliver, and fetch what pushes may have missed. */
    record RelayConnected() implements Pushed {}
}
