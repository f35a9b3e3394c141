package app.pli.cli.profile;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pli id}: the profile's display name, fingerprint (grouped for reading aloud) and home relay. */
@Command(name = "id", description = "Show your name, fingerprint and home relay.")
public final class IdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            ProfileView view = ProfileView.of(messenger.id());
            invocation.output().result(view, () -> view.text(!invocation.output().quiet()));
        }
        return 0;
    }
}
