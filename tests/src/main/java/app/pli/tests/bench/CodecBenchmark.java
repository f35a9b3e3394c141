package app.pli.tests.bench;

import app.pli.core.block.BlockConstants;
import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.CryptoRandom;
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
 * The cost of the safe codec on a typical frame: a block deposit (ids plus one 4096-byte
 * block), encoded and decoded with every length check on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    /** A frame shaped like a relay deposit. */
    public record DepositFrame(long requestId, byte[] depositId, byte[] blockId, byte[] block) {}

    private SafeCodec codec;
    private DepositFrame frame;

    @Setup
    public void setUp() {
        codec = SafeCodec.builder()
                .register(100, DepositFrame.class)
                .maxFrameBytes(8192)
                .maxDepth(4)
                .build();
        frame = new DepositFrame(42L, CryptoRandom.bytes(16), CryptoRandom.bytes(16),
                CryptoRandom.bytes(BlockConstants.BLOCK_SIZE));
    }

    @Benchmark
    public DepositFrame encodeDecodeDepositFrame() throws DecodeException {
        return codec.decode(codec.encode(frame), DepositFrame.class);
    }
}
