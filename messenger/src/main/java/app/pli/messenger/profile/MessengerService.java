package app.pli.messenger.profile;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.AcceptedInvitation;
import app.pli.identity.intro.CreatedInvitation;
import app.pli.identity.intro.IntroductionConstants;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.VerifyResult;
import app.pli.identity.invite.InvitationCodec;
import app.pli.identity.invite.QrCodes;
import app.pli.identity.invite.TerminalColors;
import app.pli.identity.offer.InPersonCheck;
import app.pli.identity.offer.OfferConstants;
import app.pli.identity.offer.OfferSummary;
import app.pli.identity.offer.Offers;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileStore;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.FileProgress;
import app.pli.messenger.api.IntroductionHandle;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.LanMode;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.MessengerFiles;
import app.pli.messenger.api.MessengerGroups;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OfferInfo;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.api.ProfileInfo;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.api.VerifyOutcome;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.MessageViews;
import app.pli.messenger.conversation.StoredMessage;
import app.pli.messenger.delivery.MessageSync;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.envelope.FileRef;
import app.pli.messenger.file.FileMessages;
import app.pli.messenger.file.FileStore;
import app.pli.messenger.file.FileTransfers;
import app.pli.messenger.file.FileWorker;
import app.pli.messenger.group.GroupModule;
import app.pli.messenger.intro.CodeWait;
import app.pli.messenger.intro.ContactViews;
import app.pli.messenger.intro.IntroductionSync;
import app.pli.messenger.intro.InvitationFlow;
import app.pli.messenger.intro.lan.LanIntroductionExchange;
import app.pli.messenger.intro.lan.LanIntroductionStore;
import app.pli.messenger.intro.lan.LanInvitationServers;
import app.pli.messenger.lan.DirectLinks;
import app.pli.messenger.lan.LanInterfaces;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.offer.OfferFlow;
import app.pli.messenger.offer.OfferInbox;
import app.pli.messenger.offer.OfferSync;
import app.pli.messenger.offer.OfferViews;
import app.pli.messenger.online.Online;
import app.pli.messenger.online.ProfileSync;
import app.pli.transport.lan.link.LanLinkOptions;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One open profile behind the Messenger API: it owns the store and wires identity's
 * stores, the mailbox store and the introduction over relays together. Not thread-safe;
 * after {@link #close()} every call fails.
 */
final class MessengerService implements Messenger {
    /** How often the daemon's file worker looks for transfers to resume, at the latest. */
    private static final Duration FILE_ROUND = Duration.ofSeconds(2);

    private final Database database;
    private final boolean passphraseProtected;
    private final MessengerSettings settings;
    private final ProfileStore profiles;
    private final ContactStore contacts;
    private final Introductions introductions;
    private final Offers offers;
    private final InPersonCheck inPerson;
    private final OfferFlow offerFlow;
    private final LanIntroductionStore lanIntroductions;
    private final IntroductionSync sync;
    private final InvitationFlow invitations;
    private final ContactViews views;
    /** The endpoints of LAN invitations this process waits on: served until the profile is closed. */
    private final LanInvitationServers lanEndpoints;
    private final CodeWait codeWait;
    private final Conversations conversations;
    private final MessageViews messageViews;
    private final MessageSync messageSync;
    private final ProfileSync profileSync;
    private final GroupModule groups;
    private final FileTransfers files;
    private OnlineSession online;
    private boolean closed;

    MessengerService(Database database, ColumnCipher cipher, boolean passphraseProtected, MessengerSettings settings) {
        this.database = database;
        this.passphraseProtected = passphraseProtected;
        this.settings = settings;
        this.profiles = new ProfileStore(database, cipher);
        this.contacts = new ContactStore(database, cipher);
        this.introductions = new Introductions(database, cipher, settings.clock());
        this.offers = new Offers(database, cipher, settings.clock());
        this.inPerson = new InPersonCheck(database, cipher);
        MailboxStore mailboxes = new MailboxStore(database, cipher);
        this.lanIntroductions = new LanIntroductionStore(database, cipher);
        this.sync = new IntroductionSync(database, introductions, contacts, mailboxes, lanIntroductions,
                new LanIntroductionExchange(introductions, lanIntroductions, LanLinkOptions.defaults()),
                settings.clock());
        this.invitations = new InvitationFlow(profiles, introductions, mailboxes, lanIntroductions, sync,
                settings.clock(), settings.relayTimeout());
        this.groups = new GroupModule(database, cipher, contacts);
        this.files = new FileTransfers(database, new FileStore(cipher), new FileHooks(), () -> profiles.load().homeRelay(),
                database.file().getParent(), settings.clock(), settings.quickConnect(), settings.relayTimeout());
        this.views = new ContactViews(database, contacts, introductions, groups.groups());
        this.lanEndpoints = new LanInvitationServers(introductions, lanIntroductions, settings.clock(),
                LanLinkOptions.defaults());
        this.codeWait = new CodeWait(introductions, views, sync, lanEndpoints, settings.relayTimeout(),
                settings.awaitPause());
        this.conversations = new Conversations(database, cipher, contacts, introductions, offers, profiles, mailboxes,
                settings.clock(), settings.receiptPatience(),
                new OfferInbox(offers, mailboxes, groups.groups(), settings.clock()), groups.inbox(), files.inbox());
        this.messageViews = new MessageViews(database, contacts, groups.groups());
        this.messageSync = new MessageSync(conversations, mailboxes, contacts);
        OfferSync offerSync = new OfferSync(offers, mailboxes, settings.clock());
        this.offerFlow = new OfferFlow(offers, conversations, profiles, mailboxes, offerSync, settings.clock(),
                settings.relayTimeout());
        groups.connect(conversations, offers, offerFlow, views, this::handOver, settings.clock());
        groups.service().showFiles(this::withFiles);
        this.profileSync = new ProfileSync(sync, offerSync, conversations, messageSync, groups.sync());
    }

    static ProfileInfo info(Profile profile, boolean passphraseProtected) {
        return new ProfileInfo(profile.displayName(), profile.fingerprint().grouped(), profile.homeRelay(),
                passphraseProtected);
    }

    @Override
    public ProfileInfo id() throws PliException {
        requireOpen();
        return info(profiles.load(), passphraseProtected);
    }

    @Override
    public ProfileInfo useRelay(String relayAddress) throws PliException {
        requireOpen();
        Objects.requireNonNull(relayAddress, "relayAddress");
        return info(profiles.setHomeRelay(RelayTokens.canonical(relayAddress)), passphraseProtected);
    }

    @Override
    public InvitationTicket invite(Duration ttl, LanMode lan) throws PliException {
        requireOpen();
        Objects.requireNonNull(lan, "lan");
        Duration lifetime = ttl == null ? IntroductionConstants.DEFAULT_TTL : ttl;
        CreatedInvitation created = lan.enabled()
                ? invitations.inviteOnLan(lifetime, LanInterfaces.choose(lan.networkInterface()).address())
                : invitations.invite(lifetime);
        return new InvitationTicket(InvitationCodec.encode(created.invitation()), created.invitation().expires(),
                new IntroductionHandle(created.introductionId()));
    }

    @Override
    public ContactInfo accept(String code, Optional<String> contactName, LanMode lan) throws PliException {
        requireOpen();
        Objects.requireNonNull(lan, "lan");
        Optional<InetAddress> from = lan.enabled() && lan.networkInterface().isPresent()
                ? Optional.of(LanInterfaces.choose(lan.networkInterface()).address()) : Optional.empty();
        AcceptedInvitation accepted = invitations.accept(code, contactName, lan.enabled(), from);
        return views.find(accepted.contactId(), accepted.introductionId()).orElseThrow(
                () -> new ContactNotFoundException("the new contact was removed meanwhile"));
    }

    @Override
    public ContactInfo acceptImage(Path image, Optional<String> contactName, LanMode lan) throws PliException {
        requireOpen();
        return accept(QrCodes.read(image), contactName, lan);
    }

    @Override
    public String qrForTerminal(String code, boolean ansi) throws PliException {
        InvitationCodec.decode(code);
        return QrCodes.terminal(code, ansi ? TerminalColors.ANSI : TerminalColors.NONE);
    }

    @Override
    public void writeQrPng(String code, Path png) throws PliException {
        Objects.requireNonNull(png, "png");
        InvitationCodec.decode(code);
        QrCodes.writePng(code, png);
    }

    @Override
    public VerifyOutcome verify(String contactName, String typedCode) throws PliException {
        requireOpen();
        if (contacts.get(contactName).state() == TrustState.INTRODUCED) {
            return inPerson.verify(contactName, typedCode == null ? "" : typedCode)
                    ? new VerifyOutcome.Verified(contactName) : new VerifyOutcome.SafetyCodeMismatch(contactName);
        }
        VerifyResult result = introductions.verify(contactName, typedCode == null ? null : typedCode.strip());
        if (result instanceof VerifyResult.Verified) {
            return new VerifyOutcome.Verified(contactName);
        }
        if (result instanceof VerifyResult.Mismatch mismatch) {
            return new VerifyOutcome.Mismatch(contactName, mismatch.attemptsLeft());
        }
        return new VerifyOutcome.Aborted(contactName);
    }

    @Override
    public String safetyCode(String contactName) throws PliException {
        requireOpen();
        return inPerson.safetyCode(contactName);
    }

    @Override
    public String introduce(String first, String second, Optional<String> note, Duration ttl) throws PliException {
        requireOpen();
        Objects.requireNonNull(note, "note");
        String id = offerFlow.introduce(first, second, note.orElse(""),
                ttl == null ? OfferConstants.DEFAULT_TTL : ttl);
        handOver(); // queued in both sessions already
        return id;
    }

    @Override
    public List<OfferInfo> offers() throws PliException {
        requireOpen();
        List<OfferInfo> infos = new ArrayList<>();
        for (OfferSummary offer : offers.list()) {
            infos.add(OfferViews.view(offer));
        }
        return infos;
    }

    @Override
    public OfferInfo acceptOffer(String id, Optional<String> name) throws PliException {
        requireOpen();
        return OfferViews.view(offerFlow.accept(id, name));
    }

    @Override
    public OfferInfo declineOffer(String id) throws PliException {
        requireOpen();
        return OfferViews.view(offerFlow.decline(id));
    }

    @Override
    public List<ContactInfo> contacts() throws PliException {
        requireOpen();
        return views.all();
    }

    @Override
    public void renameContact(String oldName, String newName) throws PliException {
        requireOpen();
        contacts.rename(oldName, newName);
    }

    @Override
    public void removeContact(String name) throws PliException {
        requireOpen();
        contacts.remove(name);
        // The conversation went with the contact (zeroed in place by secure_delete); the
        // checkpoint moves the zeroed pages into the file and empties the log, which still
        // held older images of them. A daemon reading at the moment can hold it back.
        database.checkpoint();
    }

    @Override
    public SyncReport sync() throws PliException {
        requireOpen();
        try (RelayLinks links = new RelayLinks(settings.relayTimeout())) {
            SyncReport report = profileSync.run(links).report();
            files.transferPending(FileProgress.NONE);
            profileSync.flush(links, DirectLinks.NONE); // messages whose files got their mailboxes just now
            return report;
        }
    }

    @Override
    public MessageInfo send(String contactName, String text) throws PliException {
        requireOpen();
        conversations.starter().startDue();
        StoredMessage message = conversations.sender().send(contactName, text);
        handOver();
        return MessageViews.view(conversations.refreshed(message), contactName);
    }

    /** Hands over what was just queued: a relay that cannot be reached at once leaves it for the daemon or a sync. */
    private void handOver() throws PliException {
        try (RelayLinks links = new RelayLinks(settings.relayTimeout(), settings.quickConnect())) {
            profileSync.flush(links, DirectLinks.NONE);
        }
    }

    @Override
    public MessengerGroups groups() {
        return groups.service();
    }

    @Override
    public List<MessageInfo> messages(String contactName, int limit) throws PliException {
        requireOpen();
        List<MessageInfo> shown = new ArrayList<>();
        for (MessageInfo message : messageViews.of(conversations.conversation(contactName, limit))) {
            shown.add(withFiles(message));
        }
        return shown;
    }

    /** {@code message} with the files it carries. */
    private MessageInfo withFiles(MessageInfo message) throws PliException {
        List<MessageInfo.Attachment> attached = files.attachments(HexFormat.of().parseHex(message.id()),
                message.outgoing());
        return attached.isEmpty() ? message : message.withFiles(attached);
    }

    @Override
    public MessengerFiles files() {
        return new FilesApi();
    }

    /** The files API of this profile: the transfers, with messages shown as the conversation shows them. */
    private final class FilesApi implements MessengerFiles {
        @Override
        public MessageInfo send(String contact, String text, List<Path> paths, FileProgress progress)
                throws PliException {
            requireOpen();
            String messageId = files.send(Objects.requireNonNull(contact, "contact"), null, text,
                    paths, progress);
            for (MessageInfo message : messages(contact, 20)) {
                if (message.id().equals(messageId)) {
                    return message;
                }
            }
            return withFiles(new MessageInfo(messageId, contact, true, text,
                    settings.clock().instant(), "queued"));
        }

        @Override
        public MessageInfo sendToGroup(String group, String text, List<Path> paths, FileProgress progress)
                throws PliException {
            requireOpen();
            String messageId = files.send(null, Objects.requireNonNull(group, "group"), text, paths,
                    progress);
            for (MessageInfo message : groups.service().messages(group, 20)) {
                if (message.id().equals(messageId)) {
                    return message;
                }
            }
            return withFiles(new MessageInfo(messageId, group, true, text, settings.clock().instant(),
                    "queued", Optional.of(group), List.of()));
        }

        @Override
        public List<FileInfo> list(boolean sent) throws PliException {
            requireOpen();
            return files.list(sent);
        }

        @Override
        public FileInfo get(String id, FileProgress progress) throws PliException {
            requireOpen();
            return files.get(id, progress);
        }

        @Override
        public Path save(String id, Path to, boolean force) throws PliException {
            requireOpen();
            return files.save(id, to, force);
        }

        @Override
        public long autoDownloadLimit() throws PliException {
            requireOpen();
            return files.autoDownloadLimit();
        }

        @Override
        public void setAutoDownloadLimit(long bytes) throws PliException {
            requireOpen();
            files.setAutoDownloadLimit(bytes);
        }

        @Override
        public int transferPending(FileProgress progress) throws PliException {
            requireOpen();
            int finished = files.transferPending(progress);
            if (finished > 0) {
                handOver();
            }
            return finished;
        }
    }

    /** What the file layer asks of conversations and groups. */
    private final class FileHooks implements FileMessages {
        @Override
        public long contactRow(Connection c, String name) throws SQLException, PliException {
            return conversations.sender().sessionContact(c, name);
        }

        @Override
        public long groupRow(Connection c, String group) throws SQLException, PliException {
            return groups.service().writableRow(c, group);
        }

        @Override
        public void release(Connection c, FileStore.WaitingMessage message, List<FileRef> attached)
                throws SQLException, PliException {
            if (message.groupRow() != 0) {
                groups.service().queueIn(c, message.groupRow(), message.messageId(), message.text(), attached);
            } else {
                conversations.sender().queueIn(c, message.contactId(), message.messageId(), message.text(), attached);
            }
        }

        @Override
        public void deliverNow() throws PliException {
            handOver();
        }

        @Override
        public String contactName(Connection c, long contactId) throws SQLException, PliException {
            return contacts.find(c, contactId).map(Contact::name).orElse("(removed contact)");
        }
    }

    @Override
    public OnlineSession goOnline(OnlineListener listener, LanMode lan) throws PliException {
        requireOpen();
        if (online != null) {
            throw new PliException("this profile is already online in this process");
        }
        Optional<Online.LanSetup> setup = Optional.empty();
        if (lan.enabled()) {
            setup = Optional.of(new Online.LanSetup(LanInterfaces.choose(lan.networkInterface()),
                    profiles.load().keys().agreement(), settings.clock(), files.lanServer(), files::useLan));
        }
        OnlineSession started = Online.start(profileSync, messageSync, conversations, messageViews, groups.service(),
                listener, settings.relayTimeout(), new LanInvitationServers(introductions, lanIntroductions,
                        settings.clock(), LanLinkOptions.defaults()), setup, database.file());
        online = new WithFileWorker(started, FileWorker.start(files, FileProgress.NONE, FILE_ROUND), files);
        return online;
    }

    /** An online session whose file worker stops with it. */
    private record WithFileWorker(OnlineSession session, FileWorker worker, FileTransfers files)
            implements OnlineSession {
        @Override
        public MessageInfo send(String contactName, String text) throws PliException {
            return session.send(contactName, text);
        }

        @Override
        public MessageInfo sendToGroup(String group, String text) throws PliException {
            return session.sendToGroup(group, text);
        }

        @Override
        public Optional<String> lanDescription() {
            return session.lanDescription();
        }

        @Override
        public void close() {
            worker.close();
            files.useLan(null);
            session.close();
        }
    }

    @Override
    public Optional<ContactInfo> awaitCode(IntroductionHandle handle, Duration timeout) throws PliException {
        requireOpen();
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(timeout, "timeout");
        return codeWait.await(handle.id(), timeout);
    }

    @Override
    public void close() throws PliException {
        if (!closed) {
            closed = true;
            if (online != null) {
                online.close();
            }
            lanEndpoints.close();
            database.close();
        }
    }

    private void requireOpen() throws PliException {
        if (closed) {
            throw new PliException("this profile was closed");
        }
    }

    @Override
    public String toString() {
        return "Messenger[" + database.file().getParent() + "]";
    }
}
