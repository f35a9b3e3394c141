package app.pli.cli.unlock;

import app.pli.cli.Invocation;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the subcommands of one part of the profile share ({@code pli group ...}, {@code pli
 * files ...}): each opens the profile, runs one step on that part, prints, and exits 0 (a
 * refusal is a {@link PliException}: one line, exit 1).
 *
 * @param <T> the part of the Messenger API the subcommands work on
 */
public abstract class ProfileSubcommand<T> implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Override
    public final Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            run(part(messenger), invocation.output());
        }
        return 0;
    }

    /** The part of the profile this family of subcommands works on. */
    protected abstract T part(Messenger messenger);

    /** The step, printing its result on {@code out}. */
    protected abstract void run(T part, Output out) throws PliException;
}
