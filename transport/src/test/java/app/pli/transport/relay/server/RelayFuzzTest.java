package app.pli.transport.relay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.transport.relay.wire.OwnerProof;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayAddress;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayFrameCodec;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends 100,000 random and crafted frames through real Noise handshakes, many per
 * connection: well-formed requests with random or valid proofs (which must never cost the
 * connection), and malformed ones (random plaintexts, mutated encodings, frames in the
 * wrong direction, bad lengths, forged ciphertexts, truncated messages), after which the
 * fuzzer reconnects. Then a well-behaved client must still be served.
 */
class RelayFuzzTest {
    private static final int FRAMES = 100_000;
    /** Per mille of frames that are malformed (each costs a reconnect). */
    private static final int MALFORMED_PER_MILLE = 30;

    @TempDir
    Path dataDir;

    @Test
    void relaySurvivesAHundredThousandRandomAndCraftedFrames() throws Exception {
        long seed = new Random().nextLong();
        System.out.println("RelayFuzzTest seed: " + seed);
        RelayServer relay = RelayFixture.start(dataDir, b -> b.maxQueuedBlocksPerMailbox(50));
        try {
            Fuzzer fuzzer = new Fuzzer(relay.address(), new Random(seed));
            fuzzer.createTarget();
            fuzzer.run(FRAMES);
            System.out.println("RelayFuzzTest: " + fuzzer.sent + " frames (" + fuzzer.malformed + " malformed) over "
                    + fuzzer.connections + " connections");
            assertTrue(fuzzer.sent >= FRAMES);
            assertEquals(0, fuzzer.unexpectedCloses, "a well-formed request must never cost the connection");
            RelayFixture.assertServesNormally(relay.address());
        } finally {
            relay.close();
        }
    }

    /** Drives connections and picks frames; one instance per run. */
    private static final class Fuzzer {
        private final RelayAddress address;
        private final Random random;
        private final Ed25519KeyPair targetKey = Ed25519.generateKeyPair();
        private byte[] targetFetchId;
        private byte[] targetDepositId;
        private RawRelayConnection connection;
        private final List<OwnerProof> sessionProofs = new ArrayList<>();
        int sent;
        int malformed;
        int connections;
        int unexpectedCloses;
        private long nextId = 1;

        Fuzzer(RelayAddress address, Random random) {
            this.address = address;
            this.random = random;
        }

        /** A real mailbox, so some requests carry valid proofs and reach the store. */
        void createTarget() throws Exception {
            try (RawRelayConnection c = RawRelayConnection.established(address)) {
                byte[] pub = targetKey.publicKey().bytes();
                c.send(new RelayRequest.CreateMailbox(1, pub, c.sign(targetKey, ProofPurpose.CREATE, pub)));
                RelayResponse.MailboxCreated created = (RelayResponse.MailboxCreated) c.answerTo(1);
                targetFetchId = created.fetchId();
                targetDepositId = created.depositId();
            }
        }

        void run(int frames) throws Exception {
            while (sent < frames) {
                if (connection == null) {
                    connect();
                }
                if (connection.relayClosed()) {
                    unexpectedCloses++;
                    reconnect();
                }
                boolean bad = random.nextInt(1000) < MALFORMED_PER_MILLE;
                try {
                    if (bad) {
                        sendMalformed();
                        malformed++;
                    } else {
                        connection.send(wellFormed());
                    }
                    sent++;
                } catch (IOException e) {
                    if (!bad) {
                        unexpectedCloses++;
                    }
                    connection = null;
                    continue;
                }
                if (bad) {
                    reconnect();
                }
            }
            if (connection != null) {
                connection.close();
            }
        }

        private void connect() throws Exception {
            connection = RawRelayConnection.established(address);
            connection.drainInBackground();
            connections++;
            sessionProofs.clear();
            for (ProofPurpose p : List.of(ProofPurpose.SUBSCRIBE, ProofPurpose.FETCH, ProofPurpose.ACK,
                    ProofPurpose.READ)) {
                sessionProofs.add(connection.owner(p, targetKey, targetFetchId));
            }
        }

        private void reconnect() throws Exception {
            connection.close();
            connect();
        }

        private RelayRequest wellFormed() {
            long id = nextId++;
            switch (random.nextInt(13)) {
                case 0:
                    return new RelayRequest.Ping(id);
                case 1:
                    return new RelayRequest.Unsubscribe(id, bytes(16));
                case 2:
                    return new RelayRequest.Deposit(id, bytes(16), bytes(16), bytes(4096), new byte[0], new byte[0]);
                case 3:
                    return new RelayRequest.Deposit(id, targetDepositId, bytes(16), bytes(4096), new byte[0], new byte[0]);
                case 4:
                    return new RelayRequest.Deposit(id, random.nextBoolean() ? targetDepositId : bytes(16), bytes(16),
                            bytes(4096), bytes(32), bytes(64));
                case 5:
                    return new RelayRequest.CreateMailbox(id, bytes(32), bytes(64));
                case 6:
                    return new RelayRequest.Subscribe(id, randomOwner());
                case 7:
                    return new RelayRequest.Fetch(id, randomOwner(), 1 + random.nextInt(100));
                case 8:
                    return new RelayRequest.Ack(id, randomOwner(), List.of(bytes(16), bytes(16)));
                case 9:
                    return random.nextBoolean() ? new RelayRequest.Lock(id, randomOwner(), bytes(32))
                            : new RelayRequest.DeleteMailbox(id, randomOwner());
                case 10:
                    return new RelayRequest.Subscribe(id, sessionProofs.get(0));
                case 11:
                    return new RelayRequest.Read(id, random.nextBoolean() ? sessionProofs.get(3) : randomOwner(),
                            List.of(bytes(16), bytes(16)));
                default:
                    return random.nextBoolean() ? new RelayRequest.Fetch(id, sessionProofs.get(1), 1 + random.nextInt(3))
                            : new RelayRequest.Ack(id, sessionProofs.get(2), List.of(bytes(16)));
            }
        }

        private OwnerProof randomOwner() {
            byte[] fetchId = random.nextBoolean() ? targetFetchId : bytes(16);
            return new OwnerProof(fetchId, random.nextBoolean() ? targetKey.publicKey().bytes() : bytes(32), bytes(64));
        }

        private void sendMalformed() throws IOException {
            switch (random.nextInt(7)) {
                case 0 -> connection.sendPlaintext(bytes(random.nextBoolean()
                        ? RelayConstants.CONTROL_PLAINTEXT_BYTES : RelayConstants.BLOCK_PLAINTEXT_BYTES));
                case 1 -> connection.sendPlaintext(mutated(RelayFrameCodec.toPlaintext(wellFormed())));
                case 2 -> connection.send(new RelayResponse.FetchDone(1 + random.nextInt(1000), random.nextInt(64)));
                case 3 -> connection.sendRaw(new byte[] {(byte) random.nextInt(256), (byte) random.nextInt(256)});
                case 4 -> connection.sendMessage(bytes(random.nextBoolean()
                        ? RelayConstants.CONTROL_CIPHERTEXT_BYTES : RelayConstants.BLOCK_CIPHERTEXT_BYTES));
                case 5 -> connection.sendPlaintext(bytes(1 + random.nextInt(RelayConstants.CONTROL_PLAINTEXT_BYTES)));
                default -> connection.sendRaw(truncatedMessage());
            }
        }

        /** A valid plaintext with one to four bytes of its body changed. */
        private byte[] mutated(byte[] plaintext) {
            int bodyLength = ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff);
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                int at = 2 + random.nextInt(bodyLength);
                plaintext[at] = (byte) random.nextInt(256);
            }
            return plaintext;
        }

        private byte[] truncatedMessage() {
            byte[] partial = new byte[2 + random.nextInt(RelayConstants.CONTROL_CIPHERTEXT_BYTES)];
            partial[0] = (byte) (RelayConstants.CONTROL_CIPHERTEXT_BYTES >>> 8);
            partial[1] = (byte) RelayConstants.CONTROL_CIPHERTEXT_BYTES;
            for (int i = 2; i < partial.length; i++) {
                partial[i] = (byte) random.nextInt(256);
            }
            return partial;
        }

        private byte[] bytes(int n) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            return b;
        }
    }
}
