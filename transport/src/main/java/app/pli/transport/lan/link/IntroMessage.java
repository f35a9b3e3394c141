package app.pli.transport.lan.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One introduction message (request or answer) as {@link LinkFrame.IntroPart} frames:
 * splitting it, and gathering it back from parts that must arrive complete and in order.
 *
 * <p>Not thread-safe; one connection's event loop uses one instance.
 */
final class IntroMessage {
    private byte[][] parts;
    private int received;

    /** The frames that carry {@code blocks}; throws if they are not 1..4 blocks of 4096 bytes. */
    static List<LinkFrame.IntroPart> split(List<byte[]> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        if (blocks.isEmpty() || blocks.size() > LinkConstants.MAX_INTRO_BLOCKS) {
            throw new IllegalArgumentException("an introduction message has 1 to "
                    + LinkConstants.MAX_INTRO_BLOCKS + " blocks");
        }
        List<LinkFrame.IntroPart> frames = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            frames.add(new LinkFrame.IntroPart(i, blocks.size(), blocks.get(i).clone()));
        }
        return frames;
    }

    /**
     * Adds the next part; returns the whole message once its last part arrived, else null.
     *
     * @throws MalformedLinkFrameException if the part is out of order, disagrees on the
     *     count, or comes after the message was complete
     */
    List<byte[]> add(LinkFrame.IntroPart part) throws MalformedLinkFrameException {
        if (parts == null) {
            parts = new byte[part.count()][];
        } else if (received == parts.length || part.count() != parts.length) {
            throw new MalformedLinkFrameException("introduction part does not belong to the message");
        }
        if (part.index() != received) {
            throw new MalformedLinkFrameException("introduction part out of order");
        }
        parts[received++] = part.block();
        return received == parts.length ? List.of(parts) : null;
    }
}
