package app.pli.cli.files;

import app.pli.cli.output.Output;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.FileProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a command shows a file transfer while it runs. In text mode: {@code recorded ID (N
 * files)} on stdout as soon as a sent message is recorded, and progress bars on stderr when
 * stderr is a terminal. Java 17 cannot ask that of stderr directly: on Linux the bars go
 * where {@code /proc/self/fd/2} names a terminal device; elsewhere where
 * {@link System#console()} says stdin and stdout are one. In JSON mode: nothing, or JSON
 * lines on stdout with {@code --progress-json}, before the result. With {@code --quiet}: no
 * note and no bars.
 */
public final class TransferDisplay implements FileProgress, AutoCloseable {
    private final List<FileProgress> parts;
    private final Optional<ProgressBars> bars;

    private TransferDisplay(List<FileProgress> parts, Optional<ProgressBars> bars) {
        this.parts = parts;
        this.bars = bars;
    }

    /** The display for {@code output}; {@code progressJson} asks for JSON progress lines (JSON mode only). */
    public static TransferDisplay of(Output output, boolean progressJson) {
        if (output.json()) {
            return new TransferDisplay(progressJson ? List.of(new ProgressLines(output, System::nanoTime)) : List.of(),
                    Optional.empty());
        }
        FileProgress recorded = new FileProgress() {
            @Override
            public void recorded(String messageId, List<FileInfo> files) {
                output.note("recorded " + messageId + " (" + files.size() + " files)");
            }
        };
        if (output.quiet() || !stderrIsTerminal()) {
            return new TransferDisplay(List.of(recorded), Optional.empty());
        }
        ProgressBars bars = new ProgressBars(System.err);
        return new TransferDisplay(List.of(recorded, bars), Optional.of(bars));
    }

    private static boolean stderrIsTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(stderr).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc: stdin and stdout are a terminal, stderr most likely too
        }
    }

    @Override
    public void recorded(String messageId, List<FileInfo> files) {
        parts.forEach(p -> p.recorded(messageId, files));
    }

    @Override
    public void progressed(FileInfo file, long bytesDone) {
        parts.forEach(p -> p.progressed(file, bytesDone));
    }

    @Override
    public void stopped(FileInfo file) {
        parts.forEach(p -> p.stopped(file));
    }

    /** Ends any bar still drawn. */
    @Override
    public void close() {
        bars.ifPresent(ProgressBars::close);
    }
}
