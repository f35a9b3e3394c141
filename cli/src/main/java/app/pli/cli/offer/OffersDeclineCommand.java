package app.pli.cli.offer;

import app.pli.cli.Invocation;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OfferInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pli offers decline ID}: declines an offer; the other side is told, nothing is kept. */
@Command(name = "decline", description = "Decline an introduction offered by a contact.")
public final class OffersDeclineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Parameters(paramLabel = "ID", description = "The offer's id (a unique prefix of 4 digits or more is enough).")
    String id;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            OfferInfo offer = messenger.declineOffer(id);
            invocation.output().result(OfferView.of(offer), () -> "declined the introduction to " + offer.name());
        }
        return 0;
    }
}
