package app.pli.identity.profile;

import app.pli.identity.contact.ContactNames;
import app.pli.identity.contact.InvalidNameException;
import app.pli.identity.keys.Fingerprint;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.route.RelayRoute;
import java.util.Objects;
import java.util.Optional;

/**
 * This user's profile: the display name they share with people they meet (possibly empty),
 * their identity key pair, and the address token of their home relay, if chosen.
 *
 * <p>Invariants: the display name is a plain name ({@link ContactNames#isPlain}); the relay
 * address passes {@link #checkRelayAddress}. Immutable; {@code toString} shows only the
 * fingerprint.
 */
public final class Profile {
    private final String displayName;
    private final IdentityKeyPair keys;
    private final String homeRelay;

    private Profile(String displayName, IdentityKeyPair keys, String homeRelay) {
        this.displayName = displayName;
        this.keys = keys;
        this.homeRelay = homeRelay;
    }

    /** A profile after checking the display name and the relay address. */
    public static Profile of(String displayName, IdentityKeyPair keys, Optional<String> homeRelay)
            throws InvalidNameException, InvalidRelayAddressException {
        checkDisplayName(displayName);
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(homeRelay, "homeRelay");
        if (homeRelay.isPresent()) {
            checkRelayAddress(homeRelay.get());
        }
        return new Profile(displayName, keys, homeRelay.orElse(null));
    }

    /** Refuses a display name that is not plain (the empty name is allowed: it shares nothing). */
    public static void checkDisplayName(String displayName) throws InvalidNameException {
        Objects.requireNonNull(displayName, "displayName");
        if (!ContactNames.isPlain(displayName)) {
            throw new InvalidNameException("a display name must have at most " + ContactNames.MAX_CODE_POINTS
                    + " characters, no control characters and no leading or trailing spaces");
        }
    }

    /**
     * Refuses a relay address token that is empty, longer than
     * {@value RelayRoute#MAX_ADDRESS_CHARS} characters, or holds whitespace or control
     * characters. The token's inner syntax is the transport's business.
     */
    public static void checkRelayAddress(String address) throws InvalidRelayAddressException {
        Objects.requireNonNull(address, "address");
        if (address.isEmpty() || address.length() > RelayRoute.MAX_ADDRESS_CHARS
                || address.codePoints().anyMatch(cp -> cp <= ' ' || Character.isWhitespace(cp)
                        || Character.isISOControl(cp) || Character.isSpaceChar(cp))) {
            throw new InvalidRelayAddressException("a relay address must have 1.." + RelayRoute.MAX_ADDRESS_CHARS
                    + " characters and no spaces");
        }
    }

    /** The name shared with people this user meets; may be empty. */
    public String displayName() {
        return displayName;
    }

    public IdentityKeyPair keys() {
        return keys;
    }

    /** The address token of the home relay, if one was chosen. */
    public Optional<String> homeRelay() {
        return Optional.ofNullable(homeRelay);
    }

    public Fingerprint fingerprint() {
        return keys.publicKeys().fingerprint();
    }

    /** This profile with another home relay. */
    public Profile withHomeRelay(String address) throws InvalidRelayAddressException {
        checkRelayAddress(address);
        return new Profile(displayName, keys, address);
    }

    @Override
    public String toString() {
        return "Profile[" + fingerprint().grouped() + "]";
    }
}
