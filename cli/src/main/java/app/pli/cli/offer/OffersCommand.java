package app.pli.cli.offer;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pli offers}: the pending offers (to answer, or accepted and waiting for the other
 * side; JSON: an array of {@code id}, {@code introduced_by}, {@code name},
 * {@code fingerprint}, {@code received_at}, {@code expires}, {@code state}, {@code note}),
 * and the {@code accept} and {@code decline} subcommands.
 */
@Command(name = "offers", description = "List the introductions your contacts offered you, or answer one.",
        subcommands = {OffersAcceptCommand.class, OffersDeclineCommand.class})
public final class OffersCommand implements Callable<Integer> {
    /** The states listed: still open. */
    private static final Set<String> PENDING = Set.of("pending", "accepted");

    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            List<OfferView> offers = messenger.offers().stream().filter(o -> PENDING.contains(o.state()))
                    .map(OfferView::of).toList();
            invocation.output().result(offers, () -> offers.isEmpty() ? (invocation.output().quiet() ? "" : "no pending offers")
                    : offers.stream().map(OfferView::line).collect(Collectors.joining(System.lineSeparator()))
                            + (invocation.output().quiet() ? "" : System.lineSeparator()
                                    + "answer with: pli offers accept ID [--name NAME], or pli offers decline ID"));
        }
        return 0;
    }
}
