package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.intro.RejectedMessageException.Reason;
import app.pli.identity.keys.HashInput;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.route.Route;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the protocol's derivations and of M1/M2 sealing, over random inputs. */
class IntroductionCryptoPropertyTest {
    private static final IdentityKeyPair INVITEE = IdentityKeyPair.generate();
    private static final IdentityKeyPair INVITER = IdentityKeyPair.generate();

    @Property(tries = 300)
    void codesAreAlwaysFourDigits(@ForAll @Size(32) byte[] transcriptHash) {
        String inviter = Transcript.code(transcriptHash, IntroductionConstants.SAS_INVITER);
        String invitee = Transcript.code(transcriptHash, IntroductionConstants.SAS_INVITEE);
        assertTrue(inviter.matches("[0-9]{4}") && invitee.matches("[0-9]{4}"));
    }

    @Property(tries = 50)
    void bothSidesDeriveTheSameRootKey() throws Exception {
        X25519KeyPair ekA = X25519.generateKeyPair();
        X25519KeyPair ekB = X25519.generateKeyPair();
        byte[] t = CryptoRandom.bytes(32);
        SymmetricKey atA = IntroductionCrypto.inviterRoot(INVITER, ekA, INVITEE.publicKeys(), ekB.publicKey(), t);
        SymmetricKey atB = IntroductionCrypto.inviteeRoot(INVITEE, ekB, INVITER.publicKeys(), ekA.publicKey(), t);
        assertEquals(atA, atB);
        assertNotEquals(atA, IntroductionCrypto.inviterRoot(INVITER, ekA, INVITEE.publicKeys(), ekB.publicKey(),
                CryptoRandom.bytes(32)), "the transcript salts the root key");
    }

    @Property(tries = 200)
    void anyAlteredM1FailsToOpen(@ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] secret = CryptoRandom.bytes(32);
        byte[] commitment = CryptoRandom.bytes(32);
        SymmetricKey k1 = IntroductionCrypto.messageKey(secret, commitment, IntroductionConstants.KEY_M1);
        byte[] payload = IntroductionWire.sealM1(k1, commitment, sampleHello());
        byte[] altered = payload.clone();
        altered[position % altered.length] ^= (byte) mask;

        RejectedMessageException refused = assertThrows(RejectedMessageException.class,
                () -> IntroductionWire.openM1(k1, commitment, altered));
        assertEquals(Reason.NOT_AUTHENTIC, refused.reason());
    }

    @Property(tries = 300)
    void anyAuthenticGarbageIsRefusedAsMalformed(@ForAll @Size(max = 600) byte[] frame) {
        byte[] commitment = CryptoRandom.bytes(32);
        SymmetricKey k2 = SymmetricKey.random();
        byte[] payload = XChaCha20Poly1305.seal(k2, commitment, frame);

        RejectedMessageException refused = assertThrows(RejectedMessageException.class,
                () -> IntroductionWire.openM2(k2, commitment, payload));
        assertEquals(Reason.MALFORMED, refused.reason());
    }

    @Property(tries = 100)
    void distinctFieldSplitsHashDifferently(@ForAll @Size(max = 40) byte[] first, @ForAll @Size(max = 40) byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        byte[] split = HashInput.labelled(IntroductionConstants.TRANSCRIPT).field(first).field(second).sha256();
        byte[] whole = HashInput.labelled(IntroductionConstants.TRANSCRIPT).field(joined).field(new byte[0]).sha256();
        assertEquals(second.length == 0, Arrays.equals(split, whole));
    }

    private static PeerHello sampleHello() {
        Route inbox = Party.relayRoute();
        return new PeerHello(INVITEE.publicKeys(), X25519.generateKeyPair().publicKey(), CryptoRandom.bytes(32), inbox,
                RouteBytes.encode(inbox), "Bob", new byte[64]);
    }
}
