package app.pli.cli.files;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.MessengerFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pli files get ID}: downloads a received file now, whatever its size, with progress
 * bars on a terminal; prints where it stands (JSON: its {@link FileView}). A download that
 * did not complete is a user error, exit 1, once that is printed.
 */
@Command(name = "get", description = "Download a received file now, whatever its size.")
public final class FilesGetCommand extends FilesSubcommand {
    @Parameters(paramLabel = "ID", description = "The file's id (or a unique prefix), as pli files shows it.")
    String id;

    @Override
    protected void run(MessengerFiles files, Output out) throws PliException {
        FileInfo file;
        try (TransferDisplay progress = TransferDisplay.of(out, false)) {
            file = files.get(id, progress);
        }
        FileView view = FileView.of(file);
        out.result(view, view::summary);
        if (!file.state().equals("complete")) {
            throw new PliException("the download did not finish: " + file.reason().orElse(file.state())
                    + " (run pli files get " + id + " again)");
        }
    }
}
