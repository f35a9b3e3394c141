package app.pli.identity.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every damaged code is refused with one of the two one-line messages: single-character
 * changes, truncations and deletions (typos), and codes crafted with a valid checksum but
 * an impossible body.
 */
class InvitationCodecRejectionTest {
    private static final String MALFORMED = "malformed invitation code";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final List<String> TOKENS = List.of(
            InvitationCodec.encode(Invitations.relay(11)),
            InvitationCodec.encode(Invitations.relay(12)),
            InvitationCodec.encode(Invitations.lan(13)));

    private static void rejected(String code) {
        assertThrows(InvalidInvitationException.class, () -> InvitationCodec.decode(code), code);
    }

    private static void rejectedAs(String message, Executable decode) {
        assertEquals(message, assertThrows(InvalidInvitationException.class, decode).getMessage());
    }

    @Test
    void everySingleCharacterChangeIsRejected() {
        for (String token : TOKENS) {
            for (int i = 0; i < token.length(); i++) {
                for (char c : (ALPHABET + "019").toCharArray()) {
                    if (c != token.charAt(i)) {
                        rejected(token.substring(0, i) + c + token.substring(i + 1));
                    }
                }
            }
        }
    }

    @Test
    void everyTruncationAndDeletionIsRejected() {
        for (String token : TOKENS) {
            for (int i = 0; i < token.length(); i++) {
                rejected(token.substring(0, i));
                rejected(token.substring(0, i) + token.substring(i + 1));
            }
        }
    }

    @Test
    void typosReadAsMalformed() {
        String token = TOKENS.get(0);
        char changed = token.charAt(40) == 'A' ? 'B' : 'A';
        rejectedAs(MALFORMED, () -> InvitationCodec.decode(token.substring(0, 40) + changed + token.substring(41)));
        rejectedAs(MALFORMED, () -> InvitationCodec.decode(token.substring(0, token.length() - 1)));
        rejectedAs(MALFORMED, () -> InvitationCodec.decode(""));
        rejectedAs(MALFORMED, () -> InvitationCodec.decode("hello"));
        rejectedAs(MALFORMED, () -> InvitationCodec.decode("PLI1" + token.substring(4, 20) + "!" + token.substring(21)));
        rejectedAs(MALFORMED, () -> InvitationCodec.decode("PLI" + "A".repeat(InvitationCodec.MAX_CODE_CHARS)));
    }

    @Test
    void unknownVersionIsNamed() {
        String token = TOKENS.get(0);
        rejectedAs("unsupported invitation version 2 (this Pli knows 1)",
                () -> InvitationCodec.decode("PLI2" + token.substring(4)));
        byte[] body = Invitations.bodyOf(Invitations.relay(11));
        body[0] = 7;
        rejectedAs("unsupported invitation version 7 (this Pli knows 1)",
                () -> InvitationCodec.decode(Invitations.tokenOf(body)));
    }

    @Test
    void craftedBodiesWithValidChecksumsAreMalformed() {
        byte[] relay = Invitations.bodyOf(Invitations.relay(11));
        byte[] lan = Invitations.bodyOf(Invitations.lan(13));
        int routeStart = 9;
        int addressLength = ((relay[routeStart + 1] & 0xFF) << 8) | (relay[routeStart + 2] & 0xFF);
        int depositLengthAt = routeStart + 3 + addressLength;
        List<byte[]> crafted = List.of(
                Invitations.withLastByte(relay, 0),                                   // trailing byte
                Arrays.copyOf(relay, relay.length - 1),                     // short commitment
                Invitations.splice(relay, routeStart, routeStart + 1, (byte) 3),      // unknown route kind
                Invitations.splice(relay, routeStart + 1, routeStart + 3, (byte) 0xFF, (byte) 0xFF), // huge length
                Invitations.splice(relay, routeStart + 1, routeStart + 3, (byte) 0, (byte) 0),       // empty address
                Invitations.splice(relay, routeStart + 3, routeStart + 4, (byte) 0xC3),              // bad UTF-8
                Invitations.splice(relay, depositLengthAt, depositLengthAt + 2, (byte) 0, (byte) 15), // short id
                Invitations.splice(relay, 1, 9, ByteBuffer.allocate(8).putLong(-1L).array()),        // negative expiry
                Invitations.splice(relay, 1, 9, ByteBuffer.allocate(8).putLong(Long.MAX_VALUE).array()),
                Invitations.splice(lan, lan.length - 66, lan.length - 64, (byte) 0, (byte) 0),       // port 0
                Invitations.splice(lan, lan.length - 68, lan.length - 66, (byte) 0, (byte) 3),       // port width
                new byte[] {1});
        for (byte[] body : crafted) {
            rejectedAs(MALFORMED, () -> InvitationCodec.decode(Invitations.tokenOf(body)));
        }
    }
}
