package app.pli.messenger.intro;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.group.Groups;
import app.pli.identity.intro.IntroductionFailure;
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
import java.util.Set;

/**
 * Contacts as the Messenger API shows them: fingerprints grouped for reading aloud, the
 * trust state's external name, the code while one is to be compared, the handle of the
 * introduction that made the contact (0 for a contact without one), and why it failed.
 */
public final class ContactViews {
    /** How an introducer who is no longer a contact is named. */
    static final String REMOVED_INTRODUCER = "a removed contact";

    private final Database database;
    private final ContactStore contacts;
    private final Introductions introductions;
    private final Groups groups;

    /** Views that leave out the contacts known only through a group ({@link Groups#groupOnlyContacts}). */
    public ContactViews(Database database, ContactStore contacts, Introductions introductions, Groups groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.database = Objects.requireNonNull(database, "database");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
    }

    /** Every contact, ordered by name, but those known only through a group. */
    public List<ContactInfo> all() throws PliException {
        Set<Long> groupOnly = groups.groupOnlyContacts();
        Map<Long, IntroductionSummary> introductionByContact = new HashMap<>();
        for (IntroductionSummary summary : introductions.list()) {
            summary.contactId().ifPresent(contact -> introductionByContact.put(contact, summary));
        }
        List<Contact> all = contacts.list();
        List<ContactInfo> views = new ArrayList<>();
        for (Contact contact : all) {
            if (!groupOnly.contains(contact.id())) {
                views.add(view(contact, Optional.ofNullable(introductionByContact.get(contact.id())), all));
            }
        }
        return views;
    }

    /** The view of {@code contact}, one that no introduction in person made. */
    public ContactInfo of(Contact contact) throws PliException {
        return view(contact, Optional.empty(), contacts.list());
    }

    /** The contact {@code contactId} made by introduction {@code introductionId}, if it exists. */
    public Optional<ContactInfo> find(long contactId, long introductionId) throws PliException {
        Optional<Contact> contact = database.read(c -> contacts.find(c, contactId));
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(contact.get(), Optional.of(introductions.status(introductionId)), contacts.list()));
    }

    private static ContactInfo view(Contact contact, Optional<IntroductionSummary> introduction, List<Contact> all) {
        Optional<String> introducedBy = contact.introducedBy() == null ? Optional.empty()
                : Optional.of(all.stream().filter(other -> other.id() == contact.introducedBy()).map(Contact::name)
                        .findFirst().orElse(REMOVED_INTRODUCER));
        return new ContactInfo(contact.name(), contact.fingerprint().map(f -> f.grouped()).orElse(""),
                contact.verified(), contact.state().externalName(), Optional.ofNullable(contact.code()),
                new IntroductionHandle(introduction.map(IntroductionSummary::id).orElse(0L)),
                introduction.flatMap(IntroductionSummary::failure).map(IntroductionFailure::reason), introducedBy);
    }
}
