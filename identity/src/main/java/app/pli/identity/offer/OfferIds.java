package app.pli.identity.offer;

import java.util.HexFormat;

/** Offer ids as users see and type them: 32 lowercase hex digits; any unique prefix of at least 4 finds one. */
public final class OfferIds {
    /** The shortest prefix a user may type. */
    public static final int MIN_PREFIX = 4;

    private OfferIds() {}

    /** The id as shown. */
    public static String hex(byte[] offerId) {
        return HexFormat.of().formatHex(offerId);
    }

    /** Whether {@code typed} (case-insensitive) is a prefix of the id {@code offerId} of at least {@link #MIN_PREFIX}. */
    static boolean matches(byte[] offerId, String typed) {
        String wanted = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return wanted.length() >= MIN_PREFIX && hex(offerId).startsWith(wanted);
    }
}
