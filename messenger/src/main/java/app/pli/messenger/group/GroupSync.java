package app.pli.messenger.group;

import app.pli.core.db.ChangeMarks;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.group.GroupStatus;
import app.pli.identity.group.GroupView;
import app.pli.identity.group.Groups;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.offer.OfferState;
import app.pli.identity.offer.OfferStateException;
import app.pli.identity.offer.OfferSummary;
import app.pli.identity.offer.Offers;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.SessionRecord;
import app.pli.messenger.offer.OfferFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The groups' part of a sync round, after sessions were started: hand what waited to members
 * who now have a session, answer the offers admins made for a group (accept when the
 * introducer is an admin and the other side a member of the group as this side knows it;
 * decline when this side left the group or already knows the other side; wait otherwise,
 * for instance while this side has not accepted the group), and make the introductions this
 * profile owes as the admin who added members, once it has sessions with both sides.
 */
public final class GroupSync {
    private final Database database;
    private final Groups groups;
    private final Offers offers;
    private final OfferFlow offerFlow;
    private final Conversations conversations;
    private final ContactStore contacts;
    private final PendingIntroductions introductions;

    GroupSync(Database database, Groups groups, Offers offers, OfferFlow offerFlow, Conversations conversations,
            ContactStore contacts, PendingIntroductions introductions) {
        this.database = Objects.requireNonNull(database, "database");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.offerFlow = Objects.requireNonNull(offerFlow, "offerFlow");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
    }

    /** One round; the problems met (each step goes on past one). */
    public List<String> run() throws PliException {
        List<String> problems = new ArrayList<>();
        conversations.fanOut().flushPending();
        answerOffers(problems);
        introduce(problems);
        return problems;
    }

    /** Whether introductions this profile owes still wait (so rounds should come often). */
    public boolean waiting() throws PliException {
        return database.read(introductions::count) > 0;
    }

    /**
     * A value that changes whenever a group's record changes (an invitation, an answer, a
     * removal), or introductions or payloads waiting for a session come or go, in any process.
     * Cheap: nothing is decrypted.
     */
    public String changeMark() throws PliException {
        return database.read(c -> ChangeMarks.read(c, List.of("group_introduction", "group_pending"),
                List.of("member_group")));
    }

    /** What an offer made for a group calls for. */
    private enum Answer { ACCEPT, DECLINE, WAIT }

    private void answerOffers(List<String> problems) throws PliException {
        List<OfferSummary> all = offers.list();
        Set<IdentityPublicKeys> accepted = new HashSet<>();
        for (OfferSummary offer : all) {
            if (offer.state() != OfferState.RECEIVED) {
                continue;
            }
            Optional<Long> groupRow = groups.offerGroup(offer.rowId());
            if (groupRow.isEmpty()) {
                continue; // the user answers it
            }
            try {
                // Two admins (or two processes) may introduce the same pair: one offer is enough.
                boolean another = accepted.contains(offer.peer()) || all.stream().anyMatch(other ->
                        other.rowId() != offer.rowId() && other.peer().equals(offer.peer())
                        && (other.state() == OfferState.ACCEPTED || other.state() == OfferState.AGREED));
                Answer answer = another ? Answer.DECLINE : answer(offer, groupRow.get());
                if (answer == Answer.ACCEPT) {
                    offerFlow.accept(offer.id(), Optional.empty());
                    accepted.add(offer.peer());
                } else if (answer == Answer.DECLINE) {
                    offerFlow.decline(offer.id());
                }
            } catch (OfferStateException e) {
                // answered meanwhile by another process of this profile
            } catch (PliException e) {
                problems.add("a group member's introduction waits: " + e.getMessage());
            }
        }
    }

    private Answer answer(OfferSummary offer, long groupRow) throws PliException {
        Optional<GroupView> found = database.read(c -> groups.view(c, groupRow));
        if (found.isEmpty() || offer.introducerId().isEmpty()) {
            return Answer.DECLINE;
        }
        GroupView group = found.get();
        if (group.status() == GroupStatus.LEFT || group.status() == GroupStatus.REMOVED) {
            return Answer.DECLINE;
        }
        List<Contact> all = contacts.list();
        if (all.stream().anyMatch(contact -> offer.peer().equals(contact.keys()))) {
            return Answer.DECLINE; // already a contact: the group uses that session
        }
        Optional<Contact> introducer = all.stream().filter(c -> c.id() == offer.introducerId().getAsLong())
                .findFirst();
        boolean byAdmin = introducer.isPresent() && introducer.get().keys() != null
                && group.head().member(introducer.get().keys()).map(m -> m.admin()).orElse(false);
        if (group.status() != GroupStatus.MEMBER || !byAdmin || group.head().member(offer.peer()).isEmpty()) {
            return Answer.WAIT;
        }
        return Answer.ACCEPT;
    }

    private void introduce(List<String> problems) throws PliException {
        List<PendingIntroductions.Pair> pairs = database.read(introductions::all);
        if (pairs.isEmpty()) {
            return;
        }
        Set<Long> withSession = new HashSet<>();
        for (SessionRecord session : conversations.sessions()) {
            withSession.add(session.contactId());
        }
        List<Contact> all = contacts.list();
        for (PendingIntroductions.Pair pair : pairs) {
            Optional<GroupView> group = database.read(c -> groups.view(c, pair.groupRow()));
            if (group.isEmpty() || !group.get().admin() || !member(group.get(), pair.firstSigning())
                    || !member(group.get(), pair.secondSigning())) {
                forget(pair); // no longer this profile's to make, or no longer needed
                continue;
            }
            Optional<Contact> first = withSession(all, withSession, pair.firstSigning());
            Optional<Contact> second = withSession(all, withSession, pair.secondSigning());
            if (first.isEmpty() || second.isEmpty()) {
                continue; // made once this profile has sessions with both
            }
            try {
                offerFlow.introduceInGroup(first.get(), second.get(), group.get().head().groupId(), c -> {
                    if (!introductions.delete(c, pair.id())) {
                        throw new MadeAlready();
                    }
                    return null;
                });
            } catch (MadeAlready e) {
                // another process of this profile made this introduction meanwhile
            } catch (PliException e) {
                problems.add("introducing two members of \"" + group.get().name() + "\" waits: " + e.getMessage());
            }
        }
    }

    /** Refuses an introduction another process made first (its pending row is gone). */
    private static final class MadeAlready extends PliException {
        private static final long serialVersionUID = 1L;

        MadeAlready() {
            super("made already");
        }
    }

    private void forget(PendingIntroductions.Pair pair) throws PliException {
        database.write(c -> {
            introductions.delete(c, pair.id());
            return null;
        });
    }

    private static boolean member(GroupView group, byte[] signing) {
        return group.members().stream().anyMatch(m -> Arrays.equals(m.keys().signing().bytes(), signing));
    }

    private static Optional<Contact> withSession(List<Contact> all, Set<Long> withSession, byte[] signing) {
        return all.stream().filter(c -> c.keys() != null && withSession.contains(c.id())
                && Arrays.equals(c.keys().signing().bytes(), signing)).findFirst();
    }
}
