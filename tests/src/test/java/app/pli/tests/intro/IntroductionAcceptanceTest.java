package app.pli.tests.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario of the introduction in person, exactly as a user types it: two
 * profiles in separate processes, a real relay, invite and accept without waiting, at most
 * three alternating rounds of sync, then each side types the other's code.
 */
class IntroductionAcceptanceTest {
    private static final int MAX_ROUNDS = 3;
    private static RelayProcess relay;

    @TempDir
    Path dir;

    @BeforeAll
    static void startRelay(@TempDir Path relayData) throws Exception {
        relay = RelayProcess.start(relayData);
    }

    @AfterAll
    static void stopRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void textCodeMakesVerifiedContacts() throws Exception {
        PliHome alice = initialized("A", "Alice");
        PliHome bob = initialized("B", "Bob");
        String code = invite(alice);

        JsonNode accepted = bob.json("accept", code, "--no-wait", "--json");
        assertEquals("pending", accepted.path("state").asText(), accepted::toString);
        assertFalse(accepted.path("verified").asBoolean(true), accepted::toString);

        compareCodesAndVerify(alice, bob);

        // Local names can be changed (remove finds Bob under his new name), and a contact forgotten.
        alice.ok("contacts", "rename", "Bob", "Robert");
        assertEquals("{\"removed\":\"Robert\"}", alice.ok("contacts", "remove", "Robert", "--json").strip());
        assertEquals(0, alice.contacts().size());
    }

    @Test
    void qrImageWorksLikeTheTextCode() throws Exception {
        PliHome alice = initialized("A", "Alice");
        PliHome bob = initialized("B", "Bob");
        invite(alice);

        JsonNode accepted = bob.json("accept", "--qr", alice.dir().resolve("invite.png").toString(),
                "--no-wait", "--json");
        assertEquals("pending", accepted.path("state").asText(), accepted::toString);

        compareCodesAndVerify(alice, bob);
    }

    private PliHome initialized(String folder, String name) throws Exception {
        PliHome home = new PliHome(dir.resolve(folder));
        home.ok("init", "--name", name, "--relay", relay.address());
        return home;
    }

    /** {@code pli invite --no-wait --png A/invite.png --json}; returns the code. */
    private static String invite(PliHome alice) throws Exception {
        Path png = alice.dir().resolve("invite.png");
        JsonNode invitation = alice.json("invite", "--no-wait", "--png", png.toString(), "--json");
        String code = invitation.path("code").asText();
        assertTrue(code.startsWith("PLI1"), invitation::toString);
        assertTrue(Instant.parse(invitation.path("expires").asText()).isAfter(Instant.now()), invitation::toString);
        assertTrue(Files.size(png) > 0, "the PNG is written");
        return code;
    }

    private static void compareCodesAndVerify(PliHome alice, PliHome bob) throws Exception {
        JsonNode bobAtAlice = null;
        JsonNode aliceAtBob = null;
        for (int round = 1; round <= MAX_ROUNDS && !(awaitsCode(bobAtAlice) && awaitsCode(aliceAtBob)); round++) {
            alice.ok("sync", "--json");
            bob.ok("sync", "--json");
            bobAtAlice = alice.onlyContact();
            aliceAtBob = bob.onlyContact();
        }
        assertContact(bobAtAlice, "Bob", "awaiting-code", false);
        assertContact(aliceAtBob, "Alice", "awaiting-code", false);
        String aliceCode = bobAtAlice.path("code").asText();
        String bobCode = aliceAtBob.path("code").asText();
        assertTrue(aliceCode.matches("\\d{4}"), bobAtAlice::toString);
        assertTrue(bobCode.matches("\\d{4}"), aliceAtBob::toString);

        assertEquals("Bob is now verified in person", alice.ok("verify", "Bob", bobCode).strip());
        assertEquals("Alice is now verified in person", bob.ok("verify", "Alice", aliceCode).strip());

        JsonNode bobVerified = alice.onlyContact();
        assertContact(bobVerified, "Bob", "verified", true);
        assertFalse(bobVerified.has("code"), bobVerified::toString);
        JsonNode bobId = bob.json("id", "--json");
        assertEquals("Bob", bobId.path("name").asText());
        assertEquals(bobId.path("fingerprint").asText(), bobVerified.path("fingerprint").asText());
        assertFalse(bobId.path("fingerprint").asText().isEmpty(), bobId::toString);
        JsonNode aliceVerified = bob.onlyContact();
        assertContact(aliceVerified, "Alice", "verified", true);
        assertEquals(alice.json("id", "--json").path("fingerprint").asText(), aliceVerified.path("fingerprint").asText());
    }

    private static boolean awaitsCode(JsonNode contact) {
        return contact != null && "awaiting-code".equals(contact.path("state").asText());
    }

    private static void assertContact(JsonNode contact, String name, String state, boolean verified) {
        assertEquals(name, contact.path("name").asText(), contact::toString);
        assertEquals(state, contact.path("state").asText(), contact::toString);
        assertEquals(verified, contact.path("verified").asBoolean(!verified), contact::toString);
    }
}
