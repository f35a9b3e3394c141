package app.pli.transport.relay.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's unanswered requests, in the order they were made, and which of them may go
 * out next on the current connection: at most {@link #WINDOW} sent and unanswered (so a
 * large deposit does not pile up in memory or trip the relay's own limit), and at most one
 * fetch at a time (the relay's rule; reads by block id are not fetches and may overlap).
 *
 * <p>Confined to the client's event loop.
 */
final class RequestQueue {
    /** Most requests sent on one connection and not yet answered. */
    static final int WINDOW = 192;

    private final Map<Long, PendingRequest> pending = new LinkedHashMap<>();
    private final Deque<PendingRequest> toSend = new ArrayDeque<>();
    private final Deque<PendingRequest> fetches = new ArrayDeque<>();
    private long nextId = 1;
    private int inFlight;
    private boolean fetchInFlight;

    long nextId() {
        return nextId++;
    }

    void add(PendingRequest request) {
        pending.put(request.id, request);
        (request.isFetch() ? fetches : toSend).addLast(request);
    }

    /** The request {@code id} if it is still waiting, without settling it. */
    PendingRequest get(long id) {
        return pending.get(id);
    }

    /** Removes and returns the request {@code id} (null if unknown): its answer came. */
    PendingRequest settle(long id) {
        PendingRequest request = pending.remove(id);
        if (request == null) {
            return null;
        }
        if (request.sent()) {
            inFlight--;
            if (request.isFetch()) {
                fetchInFlight = false;
            }
        } else {
            (request.isFetch() ? fetches : toSend).remove(request);
        }
        return request;
    }

    /** The next request to send now, marked sent, or null when the window or the fetch rule says wait. */
    PendingRequest next() {
        if (inFlight >= WINDOW) {
            return null;
        }
        PendingRequest request = null;
        if (!fetchInFlight && !fetches.isEmpty()) {
            request = fetches.pollFirst();
            fetchInFlight = true;
        } else if (!toSend.isEmpty()) {
            request = toSend.pollFirst();
        }
        if (request != null) {
            request.markSent();
            inFlight++;
        }
        return request;
    }

    /** The connection dropped: every unanswered request will be sent again, in its original order. */
    void connectionLost() {
        inFlight = 0;
        fetchInFlight = false;
        toSend.clear();
        fetches.clear();
        for (PendingRequest request : pending.values()) {
            request.connectionLost();
            (request.isFetch() ? fetches : toSend).addLast(request);
        }
    }

    /** Removes every request, for failing them when the client closes. */
    List<PendingRequest> drain() {
        List<PendingRequest> all = new ArrayList<>(pending.values());
        pending.clear();
        toSend.clear();
        fetches.clear();
        inFlight = 0;
        fetchInFlight = false;
        return all;
    }
}
