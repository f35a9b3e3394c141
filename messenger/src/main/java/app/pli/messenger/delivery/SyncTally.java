package app.pli.messenger.intro;

import app.pli.messenger.api.SyncReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one sync did so far: counters, problem lines, and the introductions that could not be answered. */
final class SyncTally {
    private int sent;
    private int received;
    private int advanced;
    private final List<String> problems = new ArrayList<>();
    private final Set<Long> undeliverable = new HashSet<>();

    void sent() {
        sent++;
    }

    void received() {
        received++;
    }

    void advanced(int count) {
        advanced += count;
    }

    void problem(String line) {
        problems.add(line);
    }

    void undeliverable(long introductionId) {
        undeliverable.add(introductionId);
    }

    /** Whether the first message of introduction {@code introductionId} found its mailbox gone. */
    boolean wasUndeliverable(long introductionId) {
        return undeliverable.contains(introductionId);
    }

    SyncReport report(List<String> relayProblems) {
        List<String> all = new ArrayList<>(relayProblems);
        all.addAll(problems);
        return new SyncReport(sent, received, advanced, 0, all);
    }
}
