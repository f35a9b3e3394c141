package app.pli.messenger.profile;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseOptions;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.core.vault.Passphrase;
import app.pli.core.vault.Vault;
import app.pli.core.vault.VaultException;
import app.pli.core.vault.VaultProtection;
import app.pli.identity.IdentitySchema;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileMissingException;
import app.pli.identity.profile.ProfileStore;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.ProfileInfo;
import app.pli.messenger.api.Profiles;
import app.pli.messenger.api.Unlock;
import app.pli.messenger.conversation.ConversationSchema;
import app.pli.messenger.file.FileSchema;
import app.pli.messenger.group.GroupModule;
import app.pli.messenger.intro.lan.LanIntroductionSchema;
import app.pli.messenger.mailbox.MailboxSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates and opens profiles: one SQLite store per home directory holding the key vault,
 * identity's tables and the messenger's, with every secret column sealed under the
 * storage key that the vault unlocks.
 *
 * <p>A failed init leaves the directory as it was (it removes the files it created, and
 * the directory if it created it); open and needsPassphrase create nothing in a home
 * without a profile. Thread-safe (it keeps no state beyond its settings).
 */
public final class ProfileService implements Profiles {
    /** A profile's store zeroes what it deletes: a removed conversation leaves no bytes in free pages. */
    private static final DatabaseOptions STORE_OPTIONS = DatabaseOptions.defaults().withSecureDelete(true);

    private final MessengerSettings settings;

    /** Production settings: Argon2id at full cost, the system clock. */
    public ProfileService() {
        this(MessengerSettings.defaults());
    }

    /** With the given settings; tests use it for cheap Argon2id parameters and short waits. */
    public ProfileService(MessengerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Every table owner of a profile's store, in migration order. */
    static List<SchemaOwner> schemaOwners() {
        List<SchemaOwner> owners = new ArrayList<>();
        owners.add(Vault.SCHEMA);
        owners.addAll(IdentitySchema.owners());
        owners.add(new MailboxSchema());
        owners.add(new LanIntroductionSchema());
        owners.add(new ConversationSchema());
        owners.addAll(GroupModule.schemaOwners());
        owners.add(new FileSchema());
        return owners;
    }

    @Override
    public ProfileInfo init(Path home, String displayName, Optional<String> relay, Unlock unlock) throws PliException {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(unlock, "unlock");
        Profile.checkDisplayName(displayName);
        Optional<String> homeRelay = relay.filter(token -> !token.isEmpty());
        if (homeRelay.isPresent()) {
            homeRelay = Optional.of(RelayTokens.canonical(homeRelay.get()));
        }
        refuseEmptyPassphrase(unlock);
        ProfileFiles files = ProfileFiles.at(home);
        files.refuseExisting();
        boolean createdHome = files.createHome();
        try (Database db = Database.open(files.database(), schemaOwners(), STORE_OPTIONS)) {
            SymmetricKey storageKey = createVault(db, unlock, files);
            Profile profile = new ProfileStore(db, new ColumnCipher(storageKey)).create(displayName, homeRelay);
            return MessengerService.info(profile, unlock instanceof Unlock.Passphrase);
        } catch (PliException | RuntimeException | Error e) {
            files.removeAfterFailedInit(createdHome, e);
            throw e;
        }
    }

    @Override
    public boolean needsPassphrase(Path home) throws PliException {
        ProfileFiles files = ProfileFiles.at(home);
        files.requireProfile();
        try (Database db = Database.open(files.database(), schemaOwners(), STORE_OPTIONS)) {
            VaultProtection protection = Vault.protection(db).orElseThrow(() -> unfinished(files));
            return protection == VaultProtection.PASSPHRASE;
        }
    }

    @Override
    public Messenger open(Path home, Unlock unlock) throws PliException {
        Objects.requireNonNull(unlock, "unlock");
        ProfileFiles files = ProfileFiles.at(home);
        files.requireProfile();
        Database db = Database.open(files.database(), schemaOwners(), STORE_OPTIONS);
        try {
            VaultProtection protection = Vault.protection(db).orElseThrow(() -> unfinished(files));
            SymmetricKey storageKey = unlock(db, unlock, files);
            ColumnCipher cipher = new ColumnCipher(storageKey);
            if (new ProfileStore(db, cipher).find().isEmpty()) {
                throw unfinished(files);
            }
            return new MessengerService(db, cipher, protection == VaultProtection.PASSPHRASE, settings);
        } catch (PliException | RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }

    @Override
    public void wipe(Path home) throws PliException {
        ProfileFiles files = ProfileFiles.at(home);
        files.requireProfile();
        try (Database db = Database.open(files.database(), schemaOwners(), STORE_OPTIONS)) {
            Vault.destroyKey(db, files.keyFile());
        } catch (PliException e) {
            // A damaged or foreign store cannot hold the vault back: its files go all the same,
            // and the key file is shredded on its own.
            Vault.destroyKeyFile(files.keyFile());
        }
        files.deleteAll();
    }

    private SymmetricKey createVault(Database db, Unlock unlock, ProfileFiles files) throws PliException {
        if (unlock instanceof Unlock.Passphrase typed) {
            try (Passphrase passphrase = Passphrase.fromChars(typed.chars())) {
                return Vault.create(db, passphrase, files.keyFile(), settings.argon2());
            }
        }
        return Vault.create(db, null, files.keyFile(), settings.argon2());
    }

    private static SymmetricKey unlock(Database db, Unlock unlock, ProfileFiles files) throws PliException {
        if (unlock instanceof Unlock.Passphrase typed) {
            try (Passphrase passphrase = Passphrase.fromChars(typed.chars())) {
                return Vault.unlock(db, passphrase, files.keyFile());
            }
        }
        return Vault.unlock(db, null, files.keyFile());
    }

    private static void refuseEmptyPassphrase(Unlock unlock) throws VaultException {
        if (unlock instanceof Unlock.Passphrase typed && typed.chars().length == 0) {
            throw new VaultException(VaultException.Reason.EMPTY_PASSPHRASE,
                    "an empty passphrase protects nothing; choose one, or create the profile without a passphrase");
        }
    }

    /** A store whose init did not finish (killed between the vault and the profile). */
    private static ProfileMissingException unfinished(ProfileFiles files) {
        return new ProfileMissingException("the profile in " + files + " was never completed; remove "
                + files.database() + " and create it again with: pli init");
    }
}
