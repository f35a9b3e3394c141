package app.pli.core.db;

import app.pli.core.crypto.CryptoRandom;
import java.nio.ByteBuffer;

/**
 * Random positive row ids: unlike sequential ones, they reveal neither the order nor the
 * number of rows to someone holding a copy of the store.
 */
public final class RandomRowIds {
    private RandomRowIds() {}

    /** A uniformly random id in [1, 2^63 - 1]. */
    public static long next() {
        long id;
        do {
            id = ByteBuffer.wrap(CryptoRandom.bytes(Long.BYTES)).getLong() & Long.MAX_VALUE;
        } while (id == 0);
        return id;
    }
}
