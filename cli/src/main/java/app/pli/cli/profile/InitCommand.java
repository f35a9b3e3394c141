package app.pli.cli.profile;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pli init}: creates a profile (identity keys and an encrypted store) in the home
 * directory. It refuses to touch an existing profile.
 */
@Command(name = "init", description = "Create your profile: identity keys and an encrypted store.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The name you share with people you meet (default: your login name).")
    String name;

    @Option(names = "--relay", paramLabel = "ADDRESS", description = "Home relay address (pli-relay://...).")
    String relay;

    @Option(names = "--no-passphrase",
            description = "Keep the storage key in a file of mode 0600 instead of under a passphrase.")
    boolean noPassphrase;

    @Override
    public Integer call() throws PliException {
        if (noPassphrase && unlock.hasPassphraseFile()) {
            throw new ParameterException(spec.commandLine(), "--no-passphrase and --passphrase-file exclude each other");
        }
        Invocation invocation = Invocation.of(spec);
        Path home = invocation.home().toAbsolutePath();
        String displayName = name != null ? name : System.getProperty("user.name", "me");
        ProfileView view = ProfileView.of(unlock.create(home, displayName, Optional.ofNullable(relay), noPassphrase));
        if (noPassphrase && !invocation.output().quiet()) {
            // A warning, not a result: stderr keeps it visible in JSON mode too (advice about the
            // option just given, so --quiet drops it).
            spec.commandLine().getErr().println("warning: storage key kept in " + home.resolve("storage.key")
                    + " (mode 0600): anyone who can read it can open this profile");
        }
        invocation.output().result(view, () -> "Created the profile in " + home + System.lineSeparator()
                + view.text(!invocation.output().quiet()));
        return 0;
    }
}
