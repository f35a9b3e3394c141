package app.pli.tests.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pli invite} and {@code pli accept} without {@code --no-wait}, as two people run them
 * face to face: each waits for the other, shows its code, and reads the other's from its
 * input, through a relay or ({@code invite --lan}) over a direct connection with no relay at
 * all. Also: stopping a waiting invite leaves an introduction that {@code pli sync} finishes.
 */
class InteractiveIntroductionTest {
    private static final Pattern YOUR_CODE = Pattern.compile("Your code: (\\d{4})\\b.*");
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
    void bothSidesWaitShowTheirCodesAndVerify() throws Exception {
        PliHome alice = initialized("A", "Alice");
        PliHome bob = initialized("B", "Bob");
        try (ProcessLines invite = new ProcessLines(alice.start("invite"))) {
            String code = invite.awaitLine(line -> line.startsWith("PLI1"));
            try (ProcessLines accept = new ProcessLines(bob.start("accept", code))) {
                compareCodes(invite, accept);
            }
        }
        JsonNode bobAtAlice = alice.onlyContact();
        assertEquals("verified", bobAtAlice.path("state").asText(), bobAtAlice::toString);
        assertTrue(bobAtAlice.path("verified").asBoolean(), bobAtAlice::toString);
    }

    @Test
    void aLanInvitationIntroducesTwoProfilesWithoutAnyRelay() throws Exception {
        PliHome alice = new PliHome(dir.resolve("A"));
        alice.ok("init", "--name", "Alice");
        PliHome bob = new PliHome(dir.resolve("B"));
        bob.ok("init", "--name", "Bob");
        try (ProcessLines invite = new ProcessLines(alice.start("invite", "--lan", "--interface", "127.0.0.1",
                "--no-qr"))) {
            String code = invite.awaitLine(line -> line.startsWith("PLI1"));
            try (ProcessLines accept = new ProcessLines(bob.start("accept", code))) {
                compareCodes(invite, accept);
            }
        }
        assertEquals("verified", alice.onlyContact().path("state").asText());
        assertEquals("verified", bob.onlyContact().path("state").asText());
    }

    @Test
    void stoppedInviteLeavesAnIntroductionThatSyncFinishes() throws Exception {
        PliHome alice = initialized("A", "Alice");
        PliHome bob = initialized("B", "Bob");
        String code;
        try (ProcessLines invite = new ProcessLines(alice.start("invite", "--no-qr"))) {
            code = invite.awaitLine(line -> line.startsWith("PLI1"));
            invite.awaitLine(line -> line.startsWith("waiting for the other side"));
            invite.terminate();
            assertEquals(130, invite.exitCode());
            assertTrue(invite.stderr().contains("pli: stopped waiting; the introduction goes on with: pli sync"),
                    () -> invite.stderr().toString());
        }
        try (ProcessLines accept = new ProcessLines(bob.start("accept", code))) {
            // Bob waits in his terminal while Alice, no longer waiting, runs pli sync.
            accept.awaitLine(line -> line.startsWith("Invitation accepted"));
            alice.ok("sync");
            String bobCode = codeIn(accept.awaitLine(YOUR_CODE.asPredicate()));
            JsonNode bobAtAlice = alice.onlyContact();
            for (int round = 1; round <= 3 && !"awaiting-code".equals(bobAtAlice.path("state").asText()); round++) {
                alice.ok("sync");
                bobAtAlice = alice.onlyContact();
            }
            assertEquals("awaiting-code", bobAtAlice.path("state").asText(), bobAtAlice::toString);
            accept.type(bobAtAlice.path("code").asText());
            assertEquals(0, accept.exitCode(), () -> "accept: " + accept.stderr());
            assertEquals(List.of("Alice is now verified in person"), accept.remainingStdout());
            assertEquals("Bob is now verified in person", alice.ok("verify", "Bob", bobCode).strip());
        }
    }

    /** Each side shows its code and types the other's, as two people face to face; both verify. */
    private static void compareCodes(ProcessLines invite, ProcessLines accept) throws Exception {
        String aliceCode = codeIn(invite.awaitLine(YOUR_CODE.asPredicate()));
        String bobCode = codeIn(accept.awaitLine(YOUR_CODE.asPredicate()));
        invite.type(bobCode);
        accept.type(aliceCode);
        assertEquals(0, invite.exitCode(), () -> "invite: " + invite.stderr());
        assertEquals(0, accept.exitCode(), () -> "accept: " + accept.stderr());
        assertEquals(List.of("Bob is now verified in person"), invite.remainingStdout());
        assertEquals(List.of("Alice is now verified in person"), accept.remainingStdout());
    }

    private PliHome initialized(String folder, String name) throws Exception {
        PliHome home = new PliHome(dir.resolve(folder));
        home.ok("init", "--name", name, "--relay", relay.address());
        return home;
    }

    private static String codeIn(String line) {
        Matcher m = YOUR_CODE.matcher(line);
        assertTrue(m.matches(), line);
        return m.group(1);
    }
}
