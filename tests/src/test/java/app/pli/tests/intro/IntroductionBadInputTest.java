package app.pli.tests.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.cli.PliProcess;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad invitation a person can hand {@code pli accept}: each is refused with one clear
 * line on stderr and a non-zero exit, and the profile on disk stays byte for byte the same.
 */
class IntroductionBadInputTest {
    @TempDir
    static Path shared;

    private static RelayProcess relay;
    private static PliHome alice;
    private static PliHome bob;
    private static String code;

    @TempDir
    Path dir;

    @BeforeAll
    static void introduceNobodyYet() throws Exception {
        relay = RelayProcess.start(shared.resolve("relay"));
        alice = initialized(shared.resolve("A"), "Alice");
        bob = initialized(shared.resolve("B"), "Bob");
        code = invite();
    }

    @AfterAll
    static void stopRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    private static PliHome initialized(Path home, String name) throws Exception {
        PliHome profile = new PliHome(home);
        profile.ok("init", "--name", name, "--relay", relay.address());
        return profile;
    }

    private static String invite(String... options) throws Exception {
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[] {"invite", "--no-wait", "--no-qr", "--json"}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        return alice.json(args).path("code").asText();
    }

    /** Runs a command that must be refused without touching {@code home}; returns the error line. */
    static String refusedWithoutChange(PliHome home, String... args) throws Exception {
        DirectorySnapshot before = DirectorySnapshot.of(home.dir());
        String line = home.refused(args);
        assertEquals(before, DirectorySnapshot.of(home.dir()), () -> "pli " + String.join(" ", args)
                + " changed " + home.dir());
        return line;
    }

    @Test
    void lanOptionsMisusedOrNamingNoAddressOfThisMachine() throws Exception {
        PliProcess.Result withoutLan = alice.run("invite", "--interface", "127.0.0.1", "--no-wait");
        assertEquals(2, withoutLan.exitCode(), withoutLan::stderr);
        assertTrue(withoutLan.stderr().startsWith("pli: --interface chooses the LAN endpoint"), withoutLan::stderr);

        String nowhere = alice.refused("invite", "--lan", "--no-wait", "--interface", "192.0.2.77");
        assertTrue(nowhere.contains("192.0.2.77"), nowhere);

        String lanCode = invite("--lan", "--interface", "127.0.0.1");
        String refused = refusedWithoutChange(bob, "accept", lanCode, "--no-lan", "--no-wait");
        assertTrue(refused.contains("LAN endpoint"), refused);
    }

    @Test
    void malformedCode() throws Exception {
        assertEquals("pli: malformed invitation code", refusedWithoutChange(bob, "accept", "hello-world", "--no-wait"));
    }

    @Test
    void truncatedCode() throws Exception {
        String line = refusedWithoutChange(bob, "accept", code.substring(0, code.length() / 2), "--no-wait");
        assertEquals("pli: malformed invitation code", line);
    }

    @Test
    void tamperedCode() throws Exception {
        int middle = code.length() / 2;
        char changed = code.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = code.substring(0, middle) + changed + code.substring(middle + 1);
        assertEquals("pli: malformed invitation code", refusedWithoutChange(bob, "accept", tampered, "--no-wait"));
    }

    @Test
    void unknownVersion() throws Exception {
        assertTrue(code.startsWith("PLI1"), code);
        String line = refusedWithoutChange(bob, "accept", "PLI9" + code.substring(4), "--no-wait", "--json");
        assertTrue(line.contains("version 9"), line);
    }

    @Test
    void expiredInvitation() throws Exception {
        PliHome carol = initialized(dir.resolve("C"), "Carol");
        String shortLived = invite("--ttl", "1s");
        // The code carries its expiry in whole seconds; wait until it has surely passed.
        Instant past = Instant.now().plusSeconds(2);
        while (Instant.now().isBefore(past)) {
            Thread.sleep(200);
        }
        String line = refusedWithoutChange(carol, "accept", shortLived, "--no-wait");
        assertTrue(line.contains("expired"), line);
    }

    @Test
    void usedInvitation() throws Exception {
        PliHome carol = initialized(dir.resolve("C"), "Carol");
        String once = invite();
        carol.ok("accept", once, "--no-wait");
        String again = refusedWithoutChange(carol, "accept", once, "--no-wait");
        assertTrue(again.contains("already"), again);

        // Once Alice has taken Carol's answer, the invitation is used up for anybody else.
        alice.ok("sync");
        PliHome dave = initialized(dir.resolve("D"), "Dave");
        String used = dave.refused("accept", once, "--no-wait");
        assertTrue(used.contains("already used"), used);
        assertEquals(0, dave.contacts().size(), "a refused invitation leaves no contact");
    }

    @Test
    void ownInvitation() throws Exception {
        refusedWithoutChange(alice, "accept", code, "--no-wait");
    }

    @Test
    void imageWithoutQrCode() throws Exception {
        Path blank = dir.resolve("blank.png");
        BufferedImage white = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < white.getHeight(); y++) {
            for (int x = 0; x < white.getWidth(); x++) {
                white.setRGB(x, y, 0xFFFFFF);
            }
        }
        assertTrue(ImageIO.write(white, "png", blank.toFile()));
        assertEquals("pli: no QR code found in " + blank, refusedWithoutChange(bob, "accept", "--qr", blank.toString()));

        Path notAnImage = Files.writeString(dir.resolve("notes.png"), "not a picture");
        refusedWithoutChange(bob, "accept", "--qr", notAnImage.toString());
        refusedWithoutChange(bob, "accept", "--qr", dir.resolve("missing.png").toString());
    }

    @Test
    void secondInit() throws Exception {
        String line = refusedWithoutChange(alice, "init", "--name", "Eve", "--relay", relay.address());
        assertTrue(line.contains("already exists"), line);
        String unattended = refusedWithoutChange(alice, "init", "--no-passphrase");
        assertTrue(unattended.contains("already exists"), unattended);
    }

    @Test
    void missingProfile() throws Exception {
        PliHome nobody = new PliHome(dir.resolve("nobody"));
        String line = nobody.refused("id");
        assertTrue(line.contains("pli init"), line);
        nobody.refused("accept", code, "--no-wait");
        assertFalse(Files.exists(nobody.dir()), "a refused command created the profile directory");
    }

    @Test
    void wrongPassphrase() throws Exception {
        String line = refusedWithoutChange(bob.withEnv("PLI_PASSPHRASE", "wrong-horse"), "accept", code, "--no-wait");
        assertTrue(line.contains("wrong passphrase"), line);
    }
}
