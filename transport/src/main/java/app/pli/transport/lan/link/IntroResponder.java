package app.pli.transport.lan.link;

import app.pli.core.error.PliException;
import java.util.List;

/**
 * Answers one introduction request on a {@link LanIntroServer}: given the connector's
 * blocks (M1), returns the blocks to send back (M2), 1 to {@value LinkConstants#MAX_INTRO_BLOCKS}
 * of {@value LinkConstants#BLOCK_BYTES} bytes each.
 *
 * <p>Runs on a callback thread and may block briefly (to persist the introduction step).
 * Throwing closes that connection without an answer; the connector may try again, and the
 * same request must then get the same answer.
 */
@FunctionalInterface
public interface IntroResponder {
    List<byte[]> respond(List<byte[]> request) throws PliException;
}
