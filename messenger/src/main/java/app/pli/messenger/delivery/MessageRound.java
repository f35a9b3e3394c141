package app.pli.messenger.delivery;

import app.pli.messenger.conversation.StoredMessage;
import java.util.ArrayList;
import java.util.List;

/** What one round of message delivery did: block counts, the new texts, and printable problems. */
public final class MessageRound {
    private int blocksSent;
    private int blocksReceived;
    private final List<StoredMessage> stored = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** An empty round. */
    public MessageRound() {}

    void sent(int blocks) {
        blocksSent += blocks;
    }

    void received() {
        blocksReceived++;
    }

    void stored(StoredMessage message) {
        stored.add(message);
    }

    void problem(String line) {
        problems.add(line);
    }

    public int blocksSent() {
        return blocksSent;
    }

    public int blocksReceived() {
        return blocksReceived;
    }

    /** The texts stored in this round, in the order they were stored. */
    public List<StoredMessage> stored() {
        return List.copyOf(stored);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
