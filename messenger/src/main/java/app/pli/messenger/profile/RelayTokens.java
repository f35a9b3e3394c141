package app.pli.messenger.profile;

import app.pli.core.error.PliException;
import app.pli.identity.profile.Profile;
import app.pli.transport.relay.wire.RelayAddress;

/** Checks a relay address token a user typed and returns its canonical form, the one stored. */
final class RelayTokens {
    private RelayTokens() {}

    /** The canonical token of {@code token}; a {@link PliException} saying what is wrong otherwise. */
    static String canonical(String token) throws PliException {
        String canonical = RelayAddress.parse(token.strip()).format();
        Profile.checkRelayAddress(canonical);
        return canonical;
    }
}
