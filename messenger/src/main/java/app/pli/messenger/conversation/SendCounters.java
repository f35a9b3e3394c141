package app.pli.messenger.conversation;

/**
 * What the next outgoing message of a conversation gets: its sequence number and a send
 * time strictly after the previous one, so that the receiver's order by send time is the
 * send order even if the sender's clock steps back.
 *
 * @param lastSequence the sequence of the last message sent (0 before the first)
 * @param lastSentAt the send time of the last message, epoch milliseconds (0 before the first)
 */
public record SendCounters(long lastSequence, long lastSentAt) {
    static final SendCounters START = new SendCounters(0, 0);

    /** The counters after sending one more message now ({@code nowMillis}). */
    SendCounters next(long nowMillis) {
        return new SendCounters(lastSequence + 1, Math.max(nowMillis, lastSentAt + 1));
    }
}
