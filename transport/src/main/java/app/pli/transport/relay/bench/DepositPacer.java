package app.pli.transport.relay.bench;

import java.util.List;

/**
 * Starts deposits at a steady overall rate: at every tick it starts as many as the time
 * elapsed since the run's origin calls for, round-robin over the pairs so block {@code k}
 * goes to pair {@code k mod pairs}. A pair whose window is full holds the sequence up
 * until a later tick (the run then falls behind its rate rather than queueing without
 * bound).
 *
 * <p>Called from one timer thread only.
 */
final class DepositPacer {
    private final List<PairSender> senders;
    private final int blocks;
    private final double blocksPerNano;
    private final RunLedger ledger;
    private int started;

    DepositPacer(List<PairSender> senders, int blocks, int rate, RunLedger ledger) {
        this.senders = senders;
        this.blocks = blocks;
        this.blocksPerNano = rate / 1e9;
        this.ledger = ledger;
    }

    /** Starts the deposits now due; says whether any remain to be started. */
    boolean tick() {
        long due = Math.min(blocks, (long) (ledger.elapsedNanos() * blocksPerNano) + 1);
        while (started < due) {
            if (!senders.get(started % senders.size()).tryDeposit()) {
                break;
            }
            started++;
        }
        return started < blocks;
    }
}
