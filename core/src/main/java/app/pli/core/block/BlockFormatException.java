package app.pli.core.block;

import app.pli.core.error.PliException;

/**
 * Bytes that do not form valid blocks or valid block padding: a wrong length, an empty or
 * oversized block list, a missing 0x80 marker. The message names the rule that failed and
 * never quotes the bytes.
 */
public final class BlockFormatException extends PliException {
    private static final long serialVersionUID = 1L;

    public BlockFormatException(String message) {
        super(message);
    }
}
