package app.pli.cli.files;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessengerFiles;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pli files [--sent]}: the files received (or sent), newest first (JSON: an array of
 * {@link FileView}), and the {@code get}, {@code save} and {@code auto-download}
 * subcommands. ID is a file's id or a unique prefix of it.
 */
@Command(name = "files", description = "List the files you received (or sent); fetch, save, auto-download.",
        subcommands = {FilesGetCommand.class, FilesSaveCommand.class, FilesAutoDownloadCommand.class})
public final class FilesCommand extends FilesSubcommand {
    @Option(names = "--sent", description = "List the files you sent instead.")
    boolean sent;

    @Override
    protected void run(MessengerFiles files, Output out) throws PliException {
        List<FileView> views = files.list(sent).stream().map(FileView::of).toList();
        out.result(views, () -> views.isEmpty() ? (out.quiet() ? "" : "(no files)")
                : views.stream().map(FileView::line).collect(Collectors.joining(System.lineSeparator())));
    }
}
