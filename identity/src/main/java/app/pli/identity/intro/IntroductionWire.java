package app.pli.identity.intro;

import static app.pli.identity.intro.RejectedMessageException.Reason.BAD_IDENTITY;
import static app.pli.identity.intro.RejectedMessageException.Reason.MALFORMED;
import static app.pli.identity.intro.RejectedMessageException.Reason.NOT_AUTHENTIC;
import static app.pli.identity.intro.RejectedMessageException.Reason.OVERSIZED;

import app.pli.core.block.BlockFormatException;
import app.pli.core.block.BlockPadding;
import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.identity.contact.MalformedRouteException;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.keys.IdentityPublicKeys;

/**
 * The two messages on the wire. Each is a {@link SafeCodec} record sealed with
 * XChaCha20-Poly1305 under K1 (M1) or K2 (M2), with the commitment C_A as associated
 * data: {@code payload = nonce(24) || ciphertext || tag(16)}. The record is decoded only
 * after the AEAD opened it.
 *
 * <p>Before sealing, the encoded record is padded ({@link BlockPadding}, 0x80 then zeros) so
 * that every sealed payload is exactly {@value IntroductionConstants#MAX_PAYLOAD_BYTES}
 * bytes, one relay block: the relay learns nothing from a message's size, not even the
 * length of the shared name.
 *
 * <p>Codec ids: {@value #M1_ID} for {@link IntroM1}, {@value #M2_ID} for {@link IntroM2};
 * both have the same components, kept as two types so one can never pass for the other.
 */
final class IntroductionWire {
    static final int M1_ID = 400;
    static final int M2_ID = 401;
    /** The longest encoded record: it, the padding marker and the AEAD overhead fill one block. */
    static final int MAX_RECORD_BYTES = IntroductionConstants.MAX_PAYLOAD_BYTES - XChaCha20Poly1305.OVERHEAD - 1;

    /** M1, invitee to inviter. Byte fields hold raw keys, nonce and {@link RouteBytes}. */
    record IntroM1(byte[] signingKey, byte[] agreementKey, byte[] binding, byte[] ephemeralKey, byte[] nonce,
            byte[] inbox, String name, byte[] signature) {}

    /** M2, inviter to invitee; the same fields as M1. */
    record IntroM2(byte[] signingKey, byte[] agreementKey, byte[] binding, byte[] ephemeralKey, byte[] nonce,
            byte[] inbox, String name, byte[] signature) {}

    private static final SafeCodec CODEC = SafeCodec.builder()
            .register(M1_ID, IntroM1.class)
            .register(M2_ID, IntroM2.class)
            .maxFrameBytes(MAX_RECORD_BYTES)
            .maxDepth(1)
            .build();

    private IntroductionWire() {}

    static byte[] sealM1(SymmetricKey k1, byte[] commitment, PeerHello hello) {
        IntroM1 m1 = new IntroM1(hello.identity().signing().bytes(), hello.identity().agreement().bytes(),
                hello.identity().binding(), hello.ephemeral().bytes(), hello.nonce(), hello.inboxBytes(),
                hello.name(), hello.signature());
        return XChaCha20Poly1305.seal(k1, commitment, padToOneBlock(CODEC.encode(m1)));
    }

    static byte[] sealM2(SymmetricKey k2, byte[] commitment, PeerHello hello) {
        IntroM2 m2 = new IntroM2(hello.identity().signing().bytes(), hello.identity().agreement().bytes(),
                hello.identity().binding(), hello.ephemeral().bytes(), hello.nonce(), hello.inboxBytes(),
                hello.name(), hello.signature());
        return XChaCha20Poly1305.seal(k2, commitment, padToOneBlock(CODEC.encode(m2)));
    }

    static PeerHello openM1(SymmetricKey k1, byte[] commitment, byte[] payload) throws RejectedMessageException {
        IntroM1 m = decode(open(k1, commitment, payload), IntroM1.class);
        return check(m.signingKey(), m.agreementKey(), m.binding(), m.ephemeralKey(), m.nonce(), m.inbox(),
                m.name(), m.signature());
    }

    static PeerHello openM2(SymmetricKey k2, byte[] commitment, byte[] payload) throws RejectedMessageException {
        IntroM2 m = decode(open(k2, commitment, payload), IntroM2.class);
        return check(m.signingKey(), m.agreementKey(), m.binding(), m.ephemeralKey(), m.nonce(), m.inbox(),
                m.name(), m.signature());
    }

    /** The record padded so that sealing it makes exactly one block. */
    private static byte[] padToOneBlock(byte[] record) {
        if (record.length > MAX_RECORD_BYTES) {
            // Unreachable with valid inputs: names and routes are bounded far below a block.
            throw new IllegalStateException("an introduction record of " + record.length + " bytes exceeds one block");
        }
        return BlockPadding.pad(record, XChaCha20Poly1305.OVERHEAD);
    }

    private static byte[] open(SymmetricKey key, byte[] commitment, byte[] payload) throws RejectedMessageException {
        if (payload.length > IntroductionConstants.MAX_PAYLOAD_BYTES) {
            throw new RejectedMessageException(OVERSIZED, "it is larger than any introduction message");
        }
        byte[] padded;
        try {
            padded = XChaCha20Poly1305.open(key, commitment, payload);
        } catch (AuthenticationException e) {
            throw new RejectedMessageException(NOT_AUTHENTIC,
                    "it was altered, truncated, or not made with this invitation");
        }
        try {
            return BlockPadding.unpad(padded);
        } catch (BlockFormatException e) {
            throw new RejectedMessageException(MALFORMED, "its padding is malformed");
        }
    }

    private static <T> T decode(byte[] frame, Class<T> type) throws RejectedMessageException {
        try {
            return CODEC.decode(frame, type);
        } catch (DecodeException e) {
            throw new RejectedMessageException(MALFORMED, "its content is malformed");
        }
    }

    private static PeerHello check(byte[] signing, byte[] agreement, byte[] binding, byte[] ephemeral, byte[] nonce,
            byte[] inbox, String name, byte[] signature) throws RejectedMessageException {
        if (!hasLength(signing, Ed25519PublicKey.BYTES) || !hasLength(agreement, X25519PublicKey.BYTES)
                || !hasLength(ephemeral, X25519PublicKey.BYTES) || !hasLength(nonce, IntroductionConstants.NONCE_BYTES)
                || !hasLength(signature, Ed25519.SIGNATURE_BYTES) || binding == null || inbox == null || name == null) {
            throw new RejectedMessageException(MALFORMED, "a field is missing or has the wrong length");
        }
        IdentityPublicKeys identity;
        X25519PublicKey ephemeralKey;
        try {
            ephemeralKey = X25519PublicKey.of(ephemeral);
            identity = IdentityPublicKeys.of(Ed25519PublicKey.of(signing), X25519PublicKey.of(agreement), binding);
        } catch (CryptoException e) {
            throw new RejectedMessageException(BAD_IDENTITY, "its identity keys are invalid or not bound together");
        }
        try {
            return new PeerHello(identity, ephemeralKey, nonce, RouteBytes.decode(inbox), inbox, name, signature);
        } catch (MalformedRouteException e) {
            throw new RejectedMessageException(MALFORMED, "its route is malformed");
        }
    }

    private static boolean hasLength(byte[] field, int length) {
        return field != null && field.length == length;
    }
}
