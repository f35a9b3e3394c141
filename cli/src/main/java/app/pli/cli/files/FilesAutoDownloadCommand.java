package app.pli.cli.files;

import app.pli.cli.convert.ByteSize;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessengerFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pli files auto-download [SIZE]}: shows, or sets, the size up to which received
 * files download without {@code pli files get} (JSON: {@code auto_download_bytes}).
 */
@Command(name = "auto-download", description = "Show or set the size up to which files download by themselves.")
public final class FilesAutoDownloadCommand extends FilesSubcommand {
    /** The JSON result. */
    record AutoDownload(long autoDownloadBytes) {}

    @Parameters(index = "0", arity = "0..1", paramLabel = "SIZE", converter = ByteSize.Converter.class,
            description = "The new limit: bytes, or e.g. 512KiB, 16MiB, 1GiB; 0 downloads nothing by itself.")
    Long bytes;

    @Override
    protected void run(MessengerFiles files, Output out) throws PliException {
        if (bytes != null) {
            files.setAutoDownloadLimit(bytes);
        }
        long limit = files.autoDownloadLimit();
        out.result(new AutoDownload(limit), () -> limit == 0
                ? "auto-download off" + (out.quiet() ? "" : ": fetch files with pli files get ID")
                : "auto-download up to " + ByteSize.format(limit));
    }
}
