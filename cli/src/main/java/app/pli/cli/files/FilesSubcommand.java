package app.pli.cli.files;

import app.pli.cli.unlock.ProfileSubcommand;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.MessengerFiles;

/** What every {@code pli files} subcommand shares: it opens the profile, runs one step on its files, prints. */
abstract class FilesSubcommand extends ProfileSubcommand<MessengerFiles> {
    @Override
    protected final MessengerFiles part(Messenger messenger) {
        return messenger.files();
    }
}
