package app.pli.cli.offer;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OfferInfo;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pli offers accept ID [--name NAME]}: accepts an offer; the new contact appears
 * once the other side accepted too (JSON: the offer, its {@code state} {@code accepted} or
 * {@code agreed}).
 */
@Command(name = "accept", description = "Accept an introduction offered by a contact.")
public final class OffersAcceptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(paramLabel = "ID", description = "The offer's id (a unique prefix of 4 digits or more is enough).")
    String id;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name for the new contact.")
    String name;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            OfferInfo offer = messenger.acceptOffer(id, Optional.ofNullable(name));
            String shown = name != null ? name : offer.name();
            invocation.output().result(OfferView.of(offer), () -> offer.state().equals("agreed")
                    ? shown + " is now your contact, introduced by " + offer.introducedBy()
                    : "accepted; " + shown + " becomes your contact once they accept too"
                            + (invocation.output().quiet() ? "" : " (pli sync, or the daemon)"));
        }
        return 0;
    }
}
