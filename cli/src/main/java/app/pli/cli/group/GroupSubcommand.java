package app.pli.cli.group;

import app.pli.cli.Invocation;
import app.pli.cli.output.Output;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.MessengerGroups;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every {@code pli group} subcommand shares: it opens the profile, runs one step on its groups, prints. */
abstract class GroupSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Override
    public final Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            run(messenger.groups(), invocation.output());
        }
        return 0;
    }

    /** The step, printing its result on {@code out}. */
    abstract void run(MessengerGroups groups, Output out) throws PliException;
}
