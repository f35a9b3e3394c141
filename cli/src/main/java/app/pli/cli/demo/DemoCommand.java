package app.pli.cli.demo;

import app.pli.cli.Invocation;
import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pli demo}: in a temporary folder, starts an embedded relay, creates Alice and Bob,
 * introduces them (codes compared automatically), exchanges a few messages, and tells the
 * story step by step with what the relay saw. Removes the folder afterwards unless
 * {@code --keep}. Exits 0 when the story ran to its end.
 */
@Command(name = "demo", description = "See Pli work end to end in a few seconds (temporary folder, embedded relay).")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--keep", description = "Keep the temporary folder and say where it is.")
    boolean keep;

    @Override
    public Integer call() throws PliException, IOException {
        Invocation invocation = Invocation.of(spec);
        Output out = invocation.output();
        Path folder = Files.createTempDirectory("pli-demo-");
        try {
            DemoSummary summary = new DemoStory(folder, out).run();
            out.result(summary, () -> "The demo ran to its end: " + summary.messagesDelivered()
                    + " messages delivered, the relay saw only " + summary.relayBlocksStored() + " opaque blocks."
                    + (keep ? System.lineSeparator() + "Kept: " + folder : ""));
        } finally {
            if (!keep) {
                delete(folder);
            }
        }
        return 0;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
