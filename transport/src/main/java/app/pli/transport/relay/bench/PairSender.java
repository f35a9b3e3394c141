package app.pli.transport.relay.bench;

import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.wire.DepositId;
import java.util.List;

/**
 * The sending half of one pair: deposits the pair's share of the run's blocks (sequence
 * numbers {@code pair}, {@code pair + pairs}, ...) one block per request, with at most
 * {@code window} deposits unacknowledged so a fast sender cannot pile up unbounded
 * requests. When {@code refill} is set, each acknowledgement immediately starts the next
 * deposit (the unpaced run); otherwise the run's pacer calls {@link #tryDeposit()}.
 *
 * <p>Thread-safe.
 */
final class PairSender {
    private final int pair;
    private final int pairs;
    private final int total;
    private final int window;
    private final boolean refill;
    private final RelayClient client;
    private final DepositId depositId;
    private final StampedBlock stamps;
    private final RunLedger ledger;
    private int started;
    private int inFlight;

    PairSender(int pair, LoadOptions options, int window, RelayClient client, DepositId depositId,
            StampedBlock stamps, RunLedger ledger) {
        this.pair = pair;
        this.pairs = options.pairs();
        this.total = options.blocksOfPair(pair);
        this.window = window;
        this.refill = !options.paced();
        this.client = client;
        this.depositId = depositId;
        this.stamps = stamps;
        this.ledger = ledger;
    }

    RelayClient client() {
        return client;
    }

    /** Starts as many deposits as the window allows. */
    void fillWindow() {
        while (tryDeposit()) {
            // each successful call started one deposit
        }
    }

    /** Starts the next deposit unless all have started or the window is full; says whether it did. */
    boolean tryDeposit() {
        long seq;
        synchronized (this) {
            if (started == total || inFlight == window) {
                return false;
            }
            seq = pair + (long) started * pairs;
            started++;
            inFlight++;
        }
        RelayBlock block = RelayBlock.withRandomId(stamps.stamp(seq, ledger.depositStarts()));
        client.deposit(depositId, List.of(block)).whenComplete((ok, error) -> acknowledged(error));
        return true;
    }

    private void acknowledged(Throwable error) {
        synchronized (this) {
            inFlight--;
        }
        if (error != null) {
            ledger.fail(new RelayLoadException("a deposit of pair " + pair + " failed: " + error.getMessage(), error));
            return;
        }
        ledger.depositAcknowledged();
        if (refill) {
            tryDeposit();
        }
    }
}
