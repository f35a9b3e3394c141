package app.pli.messenger.testing;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.core.vault.Vault;
import app.pli.identity.IdentitySchema;
import app.pli.identity.profile.ProfileStore;
import app.pli.messenger.conversation.ConversationSchema;
import app.pli.messenger.intro.lan.LanIntroductionSchema;
import app.pli.messenger.mailbox.MailboxSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A profile's store opened directly (no vault unlock), with a profile named Alice, for tests below the API. */
public final class TestStore implements AutoCloseable {
    public final Database database;
    public final ColumnCipher cipher = new ColumnCipher(SymmetricKey.random());

    private TestStore(Database database) {
        this.database = database;
    }

    /** Opens {@code folder}/pli.db with every table owner of a profile and creates the profile. */
    public static TestStore create(Path folder, Optional<String> homeRelay) throws PliException {
        List<SchemaOwner> owners = new ArrayList<>();
        owners.add(Vault.SCHEMA);
        owners.addAll(IdentitySchema.owners());
        owners.add(new MailboxSchema());
        owners.add(new LanIntroductionSchema());
        owners.add(new ConversationSchema());
        TestStore store = new TestStore(Database.open(folder.resolve("pli.db"), owners));
        new ProfileStore(store.database, store.cipher).create("Alice", homeRelay);
        return store;
    }

    @Override
    public void close() throws PliException {
        database.close();
    }
}
