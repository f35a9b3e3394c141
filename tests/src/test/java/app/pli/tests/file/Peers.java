package app.pli.tests.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.message.RelayServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A relay in its own process and unattended profiles on it ({@code dir/<name>}), the first
 * met in person with each of the others (invite, accept, syncs, verify on both sides).
 * {@link #close()} kills every background process started through {@link #start} and stops
 * the relay, also when the test failed.
 */
final class Peers implements AutoCloseable {
    private static final int MAX_ROUNDS = 3;

    private final Path dir;
    private final RelayServer relay;
    private final Map<String, Profile> profiles;
    private final List<Process> running = new ArrayList<>();

    private Peers(Path dir, RelayServer relay, Map<String, Profile> profiles) {
        this.dir = dir;
        this.relay = relay;
        this.profiles = profiles;
    }

    /** The relay (with {@code relayOptions}) and profiles {@code names}, the first having met each other one. */
    static Peers start(Path dir, List<String> relayOptions, String... names) throws Exception {
        RelayServer relay = RelayServer.start(dir.resolve("relay"), dir.resolve("logs"), relayOptions);
        try {
            Map<String, Profile> profiles = new LinkedHashMap<>();
            for (String name : names) {
                profiles.put(name, Profile.init(dir.resolve(name), name, relay.address()));
            }
            Profile first = profiles.get(names[0]);
            for (int i = 1; i < names.length; i++) {
                meet(first, profiles.get(names[i]));
            }
            return new Peers(dir, relay, profiles);
        } catch (Exception | AssertionError e) {
            relay.close();
            throw e;
        }
    }

    RelayServer relay() {
        return relay;
    }

    Profile get(String name) {
        return profiles.get(name);
    }

    /** Where background processes write their output. */
    Path logs() {
        return dir.resolve("logs");
    }

    /** Starts {@code pli} of {@code profile} in the background; {@link #close()} ends it. */
    Process start(Profile profile, String label, String... args) throws Exception {
        Process process = profile.start(logs(), label, args);
        running.add(process);
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            for (Process process : running) {
                if (process.isAlive()) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            relay.close();
        }
    }

    private static void meet(Profile inviter, Profile invitee) throws Exception {
        String code = inviter.json("invite", "--no-wait", "--json").path("code").asText();
        assertTrue(code.startsWith("PLI1"), code);
        invitee.json("accept", code, "--no-wait", "--json");
        for (int round = 1; round <= MAX_ROUNDS
                && !(awaitsCode(inviter, invitee.name()) && awaitsCode(invitee, inviter.name())); round++) {
            inviter.sync();
            invitee.sync();
        }
        String inviterCode = contact(invitee, inviter.name()).orElseThrow().path("code").asText();
        String inviteeCode = contact(inviter, invitee.name()).orElseThrow().path("code").asText();
        assertEquals(invitee.name() + " is now verified in person",
                inviter.ok("verify", invitee.name(), inviterCode).strip());
        assertEquals(inviter.name() + " is now verified in person",
                invitee.ok("verify", inviter.name(), inviteeCode).strip());
    }

    private static Optional<JsonNode> contact(Profile profile, String name) throws Exception {
        JsonNode contacts = profile.json("contacts", "--json");
        assertTrue(contacts.isArray(), contacts::toString);
        for (JsonNode contact : contacts) {
            if (contact.path("name").asText().equals(name)) {
                return Optional.of(contact);
            }
        }
        return Optional.empty();
    }

    private static boolean awaitsCode(Profile profile, String name) throws Exception {
        return contact(profile, name).map(c -> c.path("state").asText().equals("awaiting-code")).orElse(false);
    }
}
