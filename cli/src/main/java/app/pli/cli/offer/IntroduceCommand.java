package app.pli.cli.offer;

import app.pli.cli.Invocation;
import app.pli.cli.convert.DurationConverter;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli introduce CONTACT_A CONTACT_B [--message TEXT] [--ttl 7d]}: sends each of two
 * contacts an offer, inside their sessions, with the other's keys; prints the offer id
 * (JSON: {@code id}, {@code first}, {@code second}).
 */
@Command(name = "introduce", description = "Introduce two of your contacts to each other.")
public final class IntroduceCommand implements Callable<Integer> {
    /** The JSON result. */
    record Introduced(String id, String first, String second) {}

    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(index = "0", paramLabel = "CONTACT_A", description = "One contact to introduce.")
    String first;

    @Parameters(index = "1", paramLabel = "CONTACT_B", description = "The contact to introduce them to.")
    String second;

    @Option(names = "--message", paramLabel = "TEXT", description = "A note both of them see with the offer.")
    String message;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "7d",
            description = "How long the offer lives (default: ${DEFAULT-VALUE}; at most 30d).")
    Duration ttl;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            String id = messenger.introduce(first, second, Optional.ofNullable(message), ttl);
            invocation.output().result(new Introduced(id, first, second),
                    () -> "introduced " + first + " and " + second + " to each other; offer " + id);
        }
        return 0;
    }
}
