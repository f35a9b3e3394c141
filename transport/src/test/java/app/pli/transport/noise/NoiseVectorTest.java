package app.pli.transport.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.testing.TestVectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every NK and KK vector with X25519, ChaCha20-Poly1305 and SHA-256 from cacophony and
 * snow: both sides with the vector's fixed ephemeral keys must reproduce each ciphertext
 * byte for byte, recover each payload, and (cacophony) agree on the handshake hash.
 */
class NoiseVectorTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Set<String> OURS = Set.of(
            NoisePattern.NK.protocolName(), NoisePattern.KK.protocolName());
    /** Both NK and KK finish their handshake in two messages. */
    private static final int HANDSHAKE_MESSAGES = 2;

    @Test
    void cacophonyVectors() throws Exception {
        int ran = runFile(TestVectors.require("noise/cacophony.txt"), true);
        System.out.println("NoiseVectorTest: ran " + ran + " cacophony vectors");
        assertEquals(2, ran, "cacophony has one NK and one KK vector for our suite");
    }

    @Test
    void snowVectors() throws Exception {
        int ran = runFile(TestVectors.require("noise/snow.txt"), false);
        System.out.println("NoiseVectorTest: ran " + ran + " snow vectors");
        assertEquals(2, ran, "snow has one NK and one KK vector for our suite");
    }

    private static int runFile(Path file, boolean checkHash) throws IOException, CryptoException, NoiseException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int ran = 0;
        for (JsonNode vector : root.get("vectors")) {
            String name = vector.get("protocol_name").asText();
            if (OURS.contains(name)) {
                runVector(vector, checkHash);
                ran++;
            }
        }
        return ran;
    }

    private static void runVector(JsonNode v, boolean checkHash) throws CryptoException, NoiseException {
        String name = v.get("protocol_name").asText();
        NoiseHandshake initiator = initiator(v, name);
        NoiseHandshake responder = responder(v, name);
        initiator.fixEphemeralForTest(X25519PrivateKey.of(hex(v, "init_ephemeral")));
        responder.fixEphemeralForTest(X25519PrivateKey.of(hex(v, "resp_ephemeral")));

        JsonNode messages = v.get("messages");
        for (int i = 0; i < HANDSHAKE_MESSAGES; i++) {
            NoiseHandshake writer = i % 2 == 0 ? initiator : responder;
            NoiseHandshake reader = i % 2 == 0 ? responder : initiator;
            byte[] payload = HEX.parseHex(messages.get(i).get("payload").asText());
            byte[] expected = HEX.parseHex(messages.get(i).get("ciphertext").asText());
            byte[] written = writer.writeMessage(payload);
            assertArrayEquals(expected, written, name + " handshake message " + i);
            assertArrayEquals(payload, reader.readMessage(written), name + " handshake payload " + i);
        }
        assertEquals(NoiseHandshake.Step.DONE, initiator.nextStep());
        assertEquals(NoiseHandshake.Step.DONE, responder.nextStep());
        if (checkHash) {
            assertArrayEquals(hex(v, "handshake_hash"), initiator.handshakeHash(), name + " initiator hash");
            assertArrayEquals(hex(v, "handshake_hash"), responder.handshakeHash(), name + " responder hash");
        }

        NoiseTransport initTransport = initiator.split();
        NoiseTransport respTransport = responder.split();
        assertArrayEquals(initTransport.handshakeHash(), respTransport.handshakeHash());
        assertTrue(messages.size() > HANDSHAKE_MESSAGES, name + " has transport messages");
        for (int i = HANDSHAKE_MESSAGES; i < messages.size(); i++) {
            NoiseTransport writer = i % 2 == 0 ? initTransport : respTransport;
            NoiseTransport reader = i % 2 == 0 ? respTransport : initTransport;
            byte[] payload = HEX.parseHex(messages.get(i).get("payload").asText());
            byte[] expected = HEX.parseHex(messages.get(i).get("ciphertext").asText());
            byte[] written = writer.encrypt(payload);
            assertArrayEquals(expected, written, name + " transport message " + i);
            assertArrayEquals(payload, reader.decrypt(written), name + " transport payload " + i);
        }
    }

    private static NoiseHandshake initiator(JsonNode v, String name) throws CryptoException {
        byte[] prologue = hex(v, "init_prologue");
        X25519PublicKey remote = X25519PublicKey.of(hex(v, "init_remote_static"));
        if (name.equals(NoisePattern.NK.protocolName())) {
            return NoiseHandshake.nkInitiator(prologue, remote);
        }
        return NoiseHandshake.kkInitiator(prologue, keyPair(v, "init_static"), remote);
    }

    private static NoiseHandshake responder(JsonNode v, String name) throws CryptoException {
        byte[] prologue = hex(v, "resp_prologue");
        if (name.equals(NoisePattern.NK.protocolName())) {
            return NoiseHandshake.nkResponder(prologue, keyPair(v, "resp_static"));
        }
        return NoiseHandshake.kkResponder(prologue, keyPair(v, "resp_static"),
                X25519PublicKey.of(hex(v, "resp_remote_static")));
    }

    private static X25519KeyPair keyPair(JsonNode v, String field) throws CryptoException {
        return X25519KeyPair.of(X25519PrivateKey.of(hex(v, field)));
    }

    private static byte[] hex(JsonNode v, String field) {
        JsonNode node = v.get(field);
        if (node == null) {
            throw new AssertionError("vector lacks " + field);
        }
        return HEX.parseHex(node.asText());
    }
}
