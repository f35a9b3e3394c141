package app.pli.identity.contact;

import app.pli.identity.keys.Fingerprint;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.Route;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One contact of this profile.
 *
 * <p>Invariants: {@code name} is a valid contact name ({@link ContactNames}); a
 * {@link TrustState#PENDING} or {@link TrustState#FAILED} contact may lack {@code keys} and
 * {@code route}, any other has both; {@code code}, when present, is the four digits this side shows while the codes are
 * compared; {@code introducedBy} is the id of the contact who introduced this one, or null.
 * {@code toString} shows neither the name nor the code.
 *
 * @param id the contact's row id, random and stable
 * @param name the unique (case-sensitive) name this profile knows the contact by
 * @param state how far the contact's keys are trusted
 * @param keys the contact's identity keys, or null while pending (or failed before they came)
 * @param route how to reach the contact's mailbox for this relationship, or null while pending
 * @param code the code to tell the contact while comparing, or null
 * @param introducedBy the introducing contact's id, or null
 */
public record Contact(long id, String name, TrustState state, IdentityPublicKeys keys, Route route, String code,
        Long introducedBy) {
    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        if (state != TrustState.PENDING && state != TrustState.FAILED && (keys == null || route == null)) {
            throw new IllegalArgumentException("a contact past pending must have keys and a route");
        }
        if (code != null && !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a contact's code must be four digits");
        }
    }

    /** Whether the contact was verified in person (the codes matched). */
    public boolean verified() {
        return state == TrustState.VERIFIED;
    }

    /** The contact's fingerprint, once its keys are known. */
    public Optional<Fingerprint> fingerprint() {
        return keys == null ? Optional.empty() : Optional.of(keys.fingerprint());
    }

    /** This contact under another name. */
    public Contact withName(String newName) {
        return new Contact(id, newName, state, keys, route, code, introducedBy);
    }

    /** This contact in another trust state. */
    public Contact withState(TrustState newState) {
        return new Contact(id, name, newState, keys, route, code, introducedBy);
    }

    /** This contact once an introduction delivered its keys and route, with the code to show. */
    public Contact withKeys(IdentityPublicKeys newKeys, Route newRoute, String newCode, TrustState newState) {
        return new Contact(id, name, newState, newKeys, newRoute, newCode, introducedBy);
    }

    @Override
    public String toString() {
        return "Contact[" + id + ", " + state.externalName()
                + fingerprint().map(f -> ", " + f.grouped()).orElse("") + "]";
    }
}
