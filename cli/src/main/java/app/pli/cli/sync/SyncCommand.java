package app.pli.cli.sync;

import app.pli.cli.Invocation;
import app.pli.cli.contacts.ContactView;
import app.pli.cli.unlock.UnlockOptions;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.SyncReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pli sync}: connects to the relays involved, advances every pending introduction,
 * delivers and receives what is waiting, and exits. JSON: the {@link SyncReport}; text also
 * names the contacts whose codes are now to be compared.
 */
@Command(name = "sync", description = "Exchange with your relay once: advance introductions, send and receive.")
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    UnlockOptions unlock;

    @Override
    public Integer call() throws PliException {
        Invocation invocation = Invocation.of(spec);
        try (Messenger messenger = unlock.open(invocation.home())) {
            SyncReport report = messenger.sync();
            boolean hints = !invocation.output().quiet();
            List<ContactView> comparing = invocation.output().json() || !hints ? List.of()
                    : messenger.contacts().stream().map(ContactView::of).filter(ContactView::awaitsComparison).toList();
            invocation.output().result(report, () -> text(report, comparing, hints));
        }
        return 0;
    }

    private static String text(SyncReport report, List<ContactView> comparing, boolean hints) {
        StringBuilder text = new StringBuilder("new messages " + report.textsReceived()
                + (hints ? " (pli messages NAME shows them)" : "") + "; blocks sent " + report.messagesSent()
                + ", received " + report.messagesReceived()
                + "; introductions advanced " + report.introductionsAdvanced());
        for (String problem : report.problems()) {
            text.append(System.lineSeparator()).append("problem: ").append(problem);
        }
        for (ContactView contact : comparing) {
            text.append(System.lineSeparator()).append(contact.comparisonHint());
        }
        return text.toString();
    }
}
