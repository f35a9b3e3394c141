package app.pli.messenger.intro;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.intro.IntroductionSummary;
import app.pli.identity.intro.Introductions;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.IntroductionHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Contacts as the Messenger API shows them: fingerprints grouped for reading aloud, the
 * trust state's external name, the code while one is to be compared, and the handle of
 * the introduction that made the contact (0 for a contact without one).
 */
public final class ContactViews {
    private final Database database;
    private final ContactStore contacts;
    private final Introductions introductions;

    public ContactViews(Database database, ContactStore contacts, Introductions introductions) {
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
    }

    /** Every contact, ordered by name. */
    public List<ContactInfo> all() throws PliException {
        Map<Long, Long> introductionByContact = new HashMap<>();
        for (IntroductionSummary summary : introductions.list()) {
            summary.contactId().ifPresent(contact -> introductionByContact.put(contact, summary.id()));
        }
        List<ContactInfo> views = new ArrayList<>();
        for (Contact contact : contacts.list()) {
            views.add(view(contact, introductionByContact.getOrDefault(contact.id(), 0L)));
        }
        return views;
    }

    /** The contact {@code contactId} made by introduction {@code introductionId}, if it exists. */
    public Optional<ContactInfo> find(long contactId, long introductionId) throws PliException {
        Optional<Contact> contact = database.read(c -> contacts.find(c, contactId));
        return contact.map(found -> view(found, introductionId));
    }

    static ContactInfo view(Contact contact, long introductionId) {
        return new ContactInfo(contact.name(), contact.fingerprint().map(f -> f.grouped()).orElse(""),
                contact.verified(), contact.state().externalName(), Optional.ofNullable(contact.code()),
                new IntroductionHandle(introductionId));
    }
}
