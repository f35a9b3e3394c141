package app.pli.cli.files;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessengerFiles;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pli files save ID [--to PATH] [--force]}: writes a downloaded file out of the
 * profile, its hash checked again; prints the path (JSON: {@code id}, {@code path}).
 */
@Command(name = "save", description = "Write a downloaded file to a folder or path.")
public final class FilesSaveCommand extends FilesSubcommand {
    /** The JSON result. */
    record Saved(String id, String path) {}

    @Parameters(paramLabel = "ID", description = "The file's id (or a unique prefix), as pli files shows it.")
    String id;

    @Option(names = "--to", paramLabel = "PATH",
            description = "A folder (the file keeps its name) or a file path (default: the current folder).")
    Path to;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    protected void run(MessengerFiles files, Output out) throws PliException {
        Path written = files.save(id, to, force);
        out.result(new Saved(id, written.toString()), () -> "saved " + written.getFileName() + " to " + written);
    }
}
