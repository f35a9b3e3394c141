package app.pli.messenger.online;

import app.pli.core.error.PliException;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.delivery.MessageRound;
import app.pli.messenger.delivery.MessageSync;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.SyncTally;
import app.pli.messenger.group.GroupSync;
import app.pli.messenger.intro.IntroductionSync;
import app.pli.messenger.lan.DirectLinks;
import app.pli.messenger.offer.OfferSync;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One full round of {@code pli sync}, in an order that lets each step use the last one's
 * result: the introductions (expire, receive, send, clean up), the offers (likewise), then
 * sessions for every newly agreed introduction or offer, then the groups (what waited for
 * those sessions, the offers admins made for a group, the introductions this profile owes
 * as an admin), then the messages (receive,
 * receipts, send, lock inboxes). Session envelopes for a contact wait while its
 * introduction still has a message to send, so the contact always gets the introduction's
 * last message first.
 */
public final class ProfileSync {
    private final IntroductionSync introductions;
    private final OfferSync offers;
    private final Conversations conversations;
    private final MessageSync messages;
    private final GroupSync groups;

    public ProfileSync(IntroductionSync introductions, OfferSync offers, Conversations conversations,
            MessageSync messages, GroupSync groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public SyncRound run(RelayLinks links) throws PliException {
        return run(links, DirectLinks.NONE);
    }

    /** One round that hands envelopes over {@code direct} links where it can. */
    public SyncRound run(RelayLinks links, DirectLinks direct) throws PliException {
        SyncReport intro = introductions.run(links);
        SyncReport offered = offers.run(links, direct);
        conversations.starter().startDue();
        List<String> grouped = groups.run();
        MessageRound round = messages.run(links, direct, introductions.contactsAwaitingIntroductionMessages());
        Set<String> problems = new LinkedHashSet<>(intro.problems());
        problems.addAll(offered.problems());
        problems.addAll(grouped);
        problems.addAll(links.problems());
        problems.addAll(round.problems());
        SyncReport report = new SyncReport(intro.messagesSent() + offered.messagesSent() + round.blocksSent(),
                intro.messagesReceived() + offered.messagesReceived() + round.blocksReceived(),
                intro.introductionsAdvanced() + offered.introductionsAdvanced(), round.stored().size(),
                List.copyOf(problems));
        return new SyncRound(report, round.stored());
    }

    /** Whether an introduction or an accepted offer waits for a relay message, so rounds should come often. */
    public boolean awaitingIntroductionMessages() throws PliException {
        return introductions.awaitingMessages() || offers.awaitingHellos() || groups.waiting();
    }

    /** Changes whenever an introduction, an offer or a group's state or backlog changes, in any process. */
    public String introductionMark() throws PliException {
        return introductions.changeMark() + "|" + offers.changeMark() + "|" + groups.changeMark();
    }

    /** The offers' part of the sync, for what the LAN node and the online loop need of it. */
    public OfferSync offers() {
        return offers;
    }

    /** Deposits what waits in the outbox (after the introductions' own messages), and the offers' hellos. */
    public MessageRound flush(RelayLinks links, DirectLinks direct) throws PliException {
        MessageRound round = new MessageRound();
        messages.flush(links, direct, introductions.contactsAwaitingIntroductionMessages(), round);
        offers.flush(links, direct, new SyncTally());
        return round;
    }
}
