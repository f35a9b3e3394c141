package app.pli.cli.group;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessengerGroups;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code pli group list}: every group, invitations included (JSON: an array of {@link GroupView}). */
@Command(name = "list", description = "List your groups and invitations.")
public final class GroupListCommand extends GroupSubcommand {
    @Override
    protected void run(MessengerGroups groups, Output out) throws PliException {
        List<GroupView> views = groups.list().stream().map(GroupView::of).toList();
        boolean invited = views.stream().anyMatch(v -> v.state().equals("invited"));
        out.result(views, () -> views.isEmpty() ? (out.quiet() ? "" : "no groups") : views.stream().map(GroupView::line)
                .collect(Collectors.joining(System.lineSeparator()))
                + (invited && !out.quiet() ? System.lineSeparator() + "answer an invitation with: pli group accept GROUP, or pli"
                        + " group decline GROUP" : ""));
    }
}
