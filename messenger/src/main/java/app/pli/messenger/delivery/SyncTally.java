package app.pli.messenger.delivery;

import app.pli.messenger.api.SyncReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one sync of a multi-step protocol (introductions, offers) did so far: counters,
 * problem lines, and the protocol rows whose first message found its mailbox gone.
 */
public final class SyncTally {
    private int sent;
    private int received;
    private int advanced;
    private final List<String> problems = new ArrayList<>();
    private final Set<Long> undeliverable = new HashSet<>();

    public void sent() {
        sent++;
    }

    public void received() {
        received++;
    }

    public void advanced(int count) {
        advanced += count;
    }

    public void problem(String line) {
        problems.add(line);
    }

    public void undeliverable(long introductionId) {
        undeliverable.add(introductionId);
    }

    /** Whether the first message of introduction {@code introductionId} found its mailbox gone. */
    public boolean wasUndeliverable(long introductionId) {
        return undeliverable.contains(introductionId);
    }

    public SyncReport report(List<String> relayProblems) {
        List<String> all = new ArrayList<>(relayProblems);
        all.addAll(problems);
        return new SyncReport(sent, received, advanced, 0, all);
    }
}
