package app.pli.identity.intro;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.Route;
import java.util.Objects;
import java.util.Optional;

/**
 * What an introduction's key agreement hands to the messenger to start the session with a
 * contact: the contact's identity keys, the route to its inbox, the name it shared, the
 * root key of the triple Diffie-Hellman, this side's role, and EK_A (the inviter keeps the
 * key pair: it seeds the Double Ratchet as the "Bob" side; the invitee has the public key).
 *
 * <p>Available from the moment the keys are agreed (the contact is awaiting its code)
 * until {@link Introductions#forgetOutcome} drops it. {@code toString} shows no secret.
 */
public final class IntroductionOutcome {
    private final long contactId;
    private final IntroductionRole role;
    private final IdentityPublicKeys contactKeys;
    private final Route contactRoute;
    private final String contactSharedName;
    private final SymmetricKey rootKey;
    private final X25519PublicKey inviterEphemeralKey;
    private final X25519KeyPair inviterEphemeralPair;

    /**
     * @param inviterEphemeralPair EK_A's key pair on the side that holds it (the inviter, or
     *     the side that plays its part in another key agreement), else null
     */
    public IntroductionOutcome(long contactId, IntroductionRole role, IdentityPublicKeys contactKeys, Route contactRoute,
            String contactSharedName, SymmetricKey rootKey, X25519PublicKey inviterEphemeralKey,
            X25519KeyPair inviterEphemeralPair) {
        this.contactId = contactId;
        this.role = Objects.requireNonNull(role, "role");
        this.contactKeys = Objects.requireNonNull(contactKeys, "contactKeys");
        this.contactRoute = Objects.requireNonNull(contactRoute, "contactRoute");
        this.contactSharedName = Objects.requireNonNull(contactSharedName, "contactSharedName");
        this.rootKey = Objects.requireNonNull(rootKey, "rootKey");
        this.inviterEphemeralKey = Objects.requireNonNull(inviterEphemeralKey, "inviterEphemeralKey");
        if ((role == IntroductionRole.INVITER) != (inviterEphemeralPair != null)) {
            throw new IllegalArgumentException("exactly the inviter keeps the EK_A key pair");
        }
        this.inviterEphemeralPair = inviterEphemeralPair;
    }

    public long contactId() {
        return contactId;
    }

    public IntroductionRole role() {
        return role;
    }

    public IdentityPublicKeys contactKeys() {
        return contactKeys;
    }

    /** The contact's inbox for this relationship (R_B for the inviter, R_A for the invitee). */
    public Route contactRoute() {
        return contactRoute;
    }

    /** The name the contact shared, as it sent it (may be empty; not cleaned). */
    public String contactSharedName() {
        return contactSharedName;
    }

    /** The 32-byte root key both sides derived. */
    public SymmetricKey rootKey() {
        return rootKey;
    }

    /** EK_A's public key (both sides know it). */
    public X25519PublicKey inviterEphemeralKey() {
        return inviterEphemeralKey;
    }

    /** EK_A's key pair: present on the inviter's side only. */
    public Optional<X25519KeyPair> inviterEphemeralPair() {
        return Optional.ofNullable(inviterEphemeralPair);
    }

    @Override
    public String toString() {
        return "IntroductionOutcome[contact " + contactId + ", " + role + ", " + contactKeys + ", secrets redacted]";
    }
}
