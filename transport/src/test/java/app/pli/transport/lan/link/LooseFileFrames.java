package app.pli.transport.lan.link;

import app.pli.core.codec.SafeCodec;
import app.pli.core.codec.SizeClassFrames;

/**
 * Look-alikes of the file frames, under the same codec ids but without their field rules,
 * for tests that must encode what {@link LinkFrame}'s constructors refuse.
 */
final class LooseFileFrames {
    record Request(byte[] fileId, int first, int count) {}

    record Block(byte[] fileId, int index, byte[] block) {}

    record Missing(byte[] fileId, int first, int count) {}

    private static final SafeCodec CODEC = SafeCodec.builder()
            .maxFrameBytes(SizeClassFrames.MAX_BODY_BYTES)
            .maxDepth(LinkConstants.MAX_DECODE_DEPTH)
            .register(720, Request.class)
            .register(721, Block.class)
            .register(722, Missing.class)
            .build();

    private LooseFileFrames() {}

    /** The padded plaintext of {@code frame} (one of the records above), blocks in the block class. */
    static byte[] plaintext(Record frame) {
        return SizeClassFrames.pad(CODEC.encode(frame), frame instanceof Block);
    }
}
