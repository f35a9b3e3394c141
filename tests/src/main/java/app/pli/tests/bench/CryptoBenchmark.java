package app.pli.tests.bench;

import app.pli.core.block.BlockConstants;
import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.ChaCha20Poly1305;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Sha256;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.XChaCha20Poly1305;
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
 * The cost of the primitives every message pays: sealing and opening one 4096-byte block,
 * one X25519 agreement, one Ed25519 signature and one verification; and what every block of
 * a file pays: sealing and opening it (ChaCha20-Poly1305 with a counter nonce) and hashing
 * its data (SHA-256).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CryptoBenchmark {
    private static final byte[] AAD = "pli/v1/bench".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SymmetricKey key;
    private byte[] block;
    private byte[] fileBlock;
    private X25519KeyPair alice;
    private X25519KeyPair bob;
    private Ed25519KeyPair signer;
    private byte[] message;
    private byte[] signature;

    @Setup
    public void setUp() {
        key = SymmetricKey.random();
        // The plaintext that fills exactly one block once sealed.
        block = CryptoRandom.bytes(BlockConstants.BLOCK_SIZE - XChaCha20Poly1305.OVERHEAD);
        fileBlock = CryptoRandom.bytes(BlockConstants.BLOCK_SIZE - ChaCha20Poly1305.TAG_BYTES);
        alice = X25519.generateKeyPair();
        bob = X25519.generateKeyPair();
        signer = Ed25519.generateKeyPair();
        message = CryptoRandom.bytes(64);
        signature = Ed25519.sign(signer.privateKey(), message);
    }

    @Benchmark
    public byte[] sealOpenOneBlock() throws AuthenticationException {
        return XChaCha20Poly1305.open(key, AAD, XChaCha20Poly1305.seal(key, AAD, block));
    }

    @Benchmark
    public byte[] sealOpenOneFileBlock() throws CryptoException {
        byte[] nonce = new byte[ChaCha20Poly1305.NONCE_BYTES];
        return ChaCha20Poly1305.open(key, nonce, AAD, ChaCha20Poly1305.seal(key, nonce, AAD, fileBlock));
    }

    @Benchmark
    public byte[] sha256OneFileBlock() {
        return Sha256.hash(fileBlock);
    }

    @Benchmark
    public byte[] x25519Agreement() throws CryptoException {
        return X25519.agree(alice.privateKey(), bob.publicKey());
    }

    @Benchmark
    public byte[] ed25519Sign() {
        return Ed25519.sign(signer.privateKey(), message);
    }

    @Benchmark
    public boolean ed25519Verify() {
        return Ed25519.verify(signer.publicKey(), message, signature);
    }
}
