package app.pli.messenger.api;

import app.pli.core.error.PliException;

/**
 * Measures a running blind relay under load (what {@code pli relay bench} does): pairs of
 * senders and receivers over separate connections move blocks through their own
 * mailboxes, and the run reports throughput, latency and lost and duplicated blocks.
 */
public interface RelayBenchmark {
    /**
     * Checks the options without contacting the relay: the address is well formed and
     * every count within its bounds.
     *
     * @throws PliException naming the first option that is not
     */
    void check(RelayBenchmarkOptions options) throws PliException;

    /**
     * Runs one measurement; it ends by itself (every count and wait is bounded) and removes
     * the mailboxes it created.
     *
     * @throws PliException if the address is malformed, the relay cannot be reached in time,
     *     refuses a request, or does not take the deposits within the run's time limit
     */
    RelayBenchmarkReport run(RelayBenchmarkOptions options) throws PliException, InterruptedException;
}
