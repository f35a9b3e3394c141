package app.pli.identity.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Encoding and decoding invitation tokens that are well formed. */
class InvitationCodecTest {
    @Provide
    Arbitrary<Invitation> invitations() {
        return Invitations.any();
    }

    @Property(tries = 300)
    void everyInvitationSurvivesTheRoundTrip(@ForAll("invitations") Invitation invitation)
            throws InvalidInvitationException {
        String token = InvitationCodec.encode(invitation);
        assertTrue(token.matches("PLI1[A-Z2-7]+"), token);
        assertEquals(invitation, InvitationCodec.decode(token));
    }

    @Property(tries = 100)
    void whitespaceAndLowerCaseAreAccepted(@ForAll("invitations") Invitation invitation)
            throws InvalidInvitationException {
        String token = InvitationCodec.encode(invitation);
        String mangled = "  \n\t" + token.substring(0, 10).toLowerCase() + "\n " + token.substring(10) + " \r\n";
        assertEquals(invitation, InvitationCodec.decode(mangled));
    }

    @Test
    void relayCodeIsSmallEnoughForAModestQrCode() {
        String token = InvitationCodec.encode(Invitations.relay(1));
        // 1 + 8 + 1 + (2 + 87) + (2 + 16) + 32 + 32 body bytes + 4 checksum = 185 bytes -> 296 base32 chars.
        assertEquals(Invitations.RELAY_ADDRESS.length(), 87);
        assertEquals(4 + 296, token.length());
        assertTrue(QrCodes.symbol(token).getVersion().getVersionNumber() <= 10);
    }

    @Test
    void bodyLayoutIsTheDocumentedOne() {
        Invitation lan = new Invitation(1, Instant.ofEpochSecond(0x0102030405L), new LanRoute("h", 0x1F90),
                new byte[32], new byte[32]);
        byte[] body = InvitationCodec.body(lan);
        byte[] header = {1, 0, 0, 0, 1, 2, 3, 4, 5, 2, 0, 1, 'h', 0, 2, 0x1F, (byte) 0x90};
        assertEquals(header.length + 64, body.length);
        for (int i = 0; i < header.length; i++) {
            assertEquals(header[i], body[i], "byte " + i);
        }
    }

    @Test
    void fractionalSecondsAreDroppedSoTheCodeExpiresNoLater() throws InvalidInvitationException {
        Invitation precise = new Invitation(1, Instant.ofEpochSecond(2_000_000_000L, 999_000_000),
                new RelayRoute("r", new byte[16]), new byte[32], new byte[32]);
        Invitation decoded = InvitationCodec.decode(InvitationCodec.encode(precise));
        assertEquals(Instant.ofEpochSecond(2_000_000_000L), decoded.expires());
        assertFalse(decoded.expires().isAfter(precise.expires()));
    }

    @Test
    void expiryIsTheCallersCheck() throws InvalidInvitationException {
        Invitation decoded = InvitationCodec.decode(InvitationCodec.encode(Invitations.relay(2)));
        assertFalse(decoded.expiredAt(decoded.expires().minus(Duration.ofSeconds(1))));
        assertTrue(decoded.expiredAt(decoded.expires()));
        assertEquals("invitation expired at 1970-01-01T00:00:00Z",
                InvalidInvitationException.expired(Instant.EPOCH).getMessage());
    }

    @Test
    void encodeRefusesWhatItCannotRepresent() {
        assertThrows(IllegalArgumentException.class, () -> InvitationCodec.encode(new Invitation(2,
                Instant.ofEpochSecond(1), new RelayRoute("r", new byte[16]), new byte[32], new byte[32])));
        assertThrows(IllegalArgumentException.class, () -> InvitationCodec.encode(new Invitation(1,
                Instant.ofEpochSecond(-1), new RelayRoute("r", new byte[16]), new byte[32], new byte[32])));
        assertThrows(IllegalArgumentException.class, () -> InvitationCodec.encode(new Invitation(1,
                Instant.ofEpochSecond(1), new LanRoute("bad\ud800", 1), new byte[32], new byte[32])));
        assertThrows(IllegalArgumentException.class, () -> InvitationCodec.encode(new Invitation(1,
                Instant.ofEpochSecond(1), DiscoveryRoute.INSTANCE, new byte[32], new byte[32])),
                "an invitation must name an endpoint the invitee can reach");
    }

    @Test
    void base32MatchesRfc4648Vectors() {
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
            {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] vector : vectors) {
            byte[] data = vector[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(vector[1], Base32.encode(data));
            assertEquals(vector[0], new String(Base32.decode(vector[1]).orElseThrow(),
                    StandardCharsets.US_ASCII));
        }
        assertTrue(Base32.decode("MZ").isEmpty(), "non-zero padding bits are not canonical");
        assertTrue(Base32.decode("MZXW6Y").isEmpty(), "no encoder ends a group with 6 characters");
        assertTrue(Base32.decode("mzxq").isEmpty(), "lower case is normalised by the codec, not here");
    }
}
