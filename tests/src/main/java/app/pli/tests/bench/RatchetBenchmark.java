package app.pli.tests.bench;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.XChaCha20Poly1305;
import app.pli.messenger.session.RatchetException;
import app.pli.messenger.session.RatchetSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Double Ratchet adds to a message: one 4096-byte payload encrypted by one session
 * and decrypted by its peer (steady state, one direction, so no Diffie-Hellman step), next to
 * a bare XChaCha20-Poly1305 seal and open of the same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RatchetBenchmark {
    private static final int PAYLOAD_BYTES = 4096;
    private static final byte[] AAD = "pli/v1/bench".getBytes(StandardCharsets.US_ASCII);
    /** A fixed time: one direction skips no key, so the age sweep has nothing to drop. */
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private RatchetSession sender;
    private RatchetSession recipient;
    private SymmetricKey key;
    private byte[] payload;

    @Setup
    public void setUp() throws RatchetException {
        SymmetricKey rootKey = SymmetricKey.random();
        X25519KeyPair initial = X25519.generateKeyPair();
        sender = RatchetSession.forKeyReceiver(rootKey, initial.publicKey());
        recipient = RatchetSession.forKeyHolder(rootKey, initial);
        payload = CryptoRandom.bytes(PAYLOAD_BYTES);
        key = SymmetricKey.random();
        // The first message makes the recipient's Diffie-Hellman step; measure what follows.
        recipient.decrypt(sender.encrypt(payload, AAD, NOW), AAD, NOW);
    }

    @Benchmark
    public byte[] ratchetEncryptDecryptBlock() throws RatchetException {
        return recipient.decrypt(sender.encrypt(payload, AAD, NOW), AAD, NOW);
    }

    @Benchmark
    public byte[] xchachaSealOpenBlock() throws AuthenticationException {
        return XChaCha20Poly1305.open(key, AAD, XChaCha20Poly1305.seal(key, AAD, payload));
    }
}
