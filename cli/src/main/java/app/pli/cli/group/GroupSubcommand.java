package app.pli.cli.group;

import app.pli.cli.unlock.ProfileSubcommand;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.MessengerGroups;

/** What every {@code pli group} subcommand shares: it opens the profile, runs one step on its groups, prints. */
abstract class GroupSubcommand extends ProfileSubcommand<MessengerGroups> {
    @Override
    protected final MessengerGroups part(Messenger messenger) {
        return messenger.groups();
    }
}
