package app.pli.cli.relay;

import app.pli.cli.Invocation;
import app.pli.cli.profile.ProfileView;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pli relay use ADDRESS}: sets or changes the profile's home relay. */
@Command(name = "use", description = "Set or change your home relay.")
public final class RelayUseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(paramLabel = "ADDRESS", description = "The relay's address (pli-relay://HOST:PORT/KEY).")
    String address;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            ProfileView view = ProfileView.of(messenger.useRelay(address));
            invocation.output().result(view, () -> "home relay set to " + view.relay());
        }
        return 0;
    }
}
