package app.pli.identity.offer;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.keys.Fingerprint;
import app.pli.identity.profile.ProfileStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Upgrades an introduced contact to verified by comparing the pairwise safety code in
 * person: both screens show the same 60 digits ({@link Fingerprint#safetyCode}), computed
 * from both identities, which an introducer who lied cannot make match (it would need a
 * key whose fingerprint gives the same code). The user types the code the other person's
 * screen shows; all 60 digits must match (spaces ignored), compared in constant time.
 */
public final class InPersonCheck {
    /** Digits in a safety code. */
    public static final int DIGITS = 60;

    private final Database database;
    private final ProfileStore profiles;
    private final ContactStore contacts;

    public InPersonCheck(Database database, ColumnCipher cipher) {
        this.database = Objects.requireNonNull(database, "database");
        this.profiles = new ProfileStore(database, cipher);
        this.contacts = new ContactStore(database, cipher);
    }

    /**
     * The safety code to compare with the introduced contact {@code contactName}.
     *
     * @throws OfferException if the contact was not introduced (its codes are the 4 digits of
     *     its own introduction) or is verified already
     */
    public String safetyCode(String contactName) throws PliException {
        return database.read(c -> code(c, introduced(contacts.findByName(c, contactName)
                .orElseThrow(() -> new ContactNotFoundException("no contact has that name")))));
    }

    /**
     * The user typed the safety code the introduced contact's screen shows: a match makes the
     * contact verified in person; a mismatch changes nothing.
     *
     * @return whether it matched
     */
    public boolean verify(String contactName, String typed) throws PliException {
        Objects.requireNonNull(typed, "typed");
        String digits = typed.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            throw new OfferException("an introduced contact is verified with all " + DIGITS
                    + " digits of your safety code (pli verify NAME shows it)");
        }
        return database.write(c -> {
            Contact contact = introduced(contacts.findByName(c, contactName)
                    .orElseThrow(() -> new ContactNotFoundException("no contact has that name")));
            String expected = code(c, contact).replace(" ", "");
            if (!ConstantTime.equals(digits.getBytes(StandardCharsets.US_ASCII),
                    expected.getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            contacts.update(c, contact.withState(TrustState.VERIFIED));
            return true;
        });
    }

    private String code(Connection c, Contact contact) throws SQLException, PliException {
        return Fingerprint.safetyCode(profiles.load(c).fingerprint(), contact.keys().fingerprint());
    }

    private static Contact introduced(Contact contact) throws OfferException {
        if (contact.state() != TrustState.INTRODUCED) {
            throw new OfferException("\"" + contact.name() + "\" is " + contact.state().externalName()
                    + ", not introduced: its codes are those of your own meeting");
        }
        return contact;
    }
}
