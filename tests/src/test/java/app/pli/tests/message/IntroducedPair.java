package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The starting point of every messaging scenario: a relay in its own process, and Alice
 * (the inviter, folder {@code A}) and Bob (folder {@code B}) introduced through it and
 * verified in person, as the identity issue's acceptance scenario leaves them.
 *
 * <p>{@link #close()} ends every background {@code pli} started through {@link #background}
 * and then the relay, also when the test failed.
 */
final class IntroducedPair implements AutoCloseable {
    private static final int MAX_ROUNDS = 3;

    private final RelayServer relay;
    private final PliProfile alice;
    private final PliProfile bob;
    private final List<BackgroundPli> running = new ArrayList<>();

    private IntroducedPair(RelayServer relay, PliProfile alice, PliProfile bob) {
        this.relay = relay;
        this.alice = alice;
        this.bob = bob;
    }

    /** Starts a relay under {@code dir/relay}, creates {@code dir/A} and {@code dir/B}, and introduces them. */
    static IntroducedPair start(Path dir, PliProfile.Protection protection) throws Exception {
        RelayServer relay = RelayServer.start(dir.resolve("relay"), dir.resolve("relay-logs"));
        try {
            PliProfile alice = PliProfile.init(dir.resolve("A"), "Alice", relay.address(), protection);
            PliProfile bob = PliProfile.init(dir.resolve("B"), "Bob", relay.address(), protection);
            introduce(alice, bob);
            return new IntroducedPair(relay, alice, bob);
        } catch (Exception | AssertionError e) {
            relay.close();
            throw e;
        }
    }

    RelayServer relay() {
        return relay;
    }

    PliProfile alice() {
        return alice;
    }

    PliProfile bob() {
        return bob;
    }

    /** Starts {@code pli --home DIR args...} of {@code profile} in the background; ended by {@link #close()}. */
    BackgroundPli background(PliProfile profile, String... args) throws IOException {
        BackgroundPli process = new BackgroundPli(profile.start(args));
        running.add(process);
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            for (BackgroundPli process : running) {
                process.close();
            }
        } finally {
            relay.close();
        }
    }

    private static void introduce(PliProfile alice, PliProfile bob) throws Exception {
        String code = alice.json("invite", "--no-wait", "--json").path("code").asText();
        assertTrue(code.startsWith("PLI1"), code);
        bob.json("accept", code, "--no-wait", "--json");
        JsonNode bobAtAlice = null;
        JsonNode aliceAtBob = null;
        for (int round = 1; round <= MAX_ROUNDS && !(awaitsCode(bobAtAlice) && awaitsCode(aliceAtBob)); round++) {
            alice.sync();
            bob.sync();
            bobAtAlice = alice.onlyContact();
            aliceAtBob = bob.onlyContact();
        }
        assertTrue(awaitsCode(bobAtAlice) && awaitsCode(aliceAtBob), "no codes after " + MAX_ROUNDS + " rounds: "
                + bobAtAlice + " " + aliceAtBob);
        // Each person types the code the other's screen shows.
        assertEquals("Bob is now verified in person", alice.ok("verify", "Bob", aliceAtBob.path("code").asText())
                .strip());
        assertEquals("Alice is now verified in person", bob.ok("verify", "Alice", bobAtAlice.path("code").asText())
                .strip());
        assertTrue(alice.onlyContact().path("verified").asBoolean(), "Alice sees Bob verified");
        assertTrue(bob.onlyContact().path("verified").asBoolean(), "Bob sees Alice verified");
    }

    private static boolean awaitsCode(JsonNode contact) {
        return contact != null && "awaiting-code".equals(contact.path("state").asText());
    }
}
