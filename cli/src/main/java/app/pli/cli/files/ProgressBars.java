package app.pli.cli.files;

import app.pli.cli.output.Colour;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.FileProgress;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One progress bar per file on a terminal: its name, bytes done of its size, rate and ETA.
 * A bar appears with the file's first progress and ends, with its state, when its transfer
 * stops, so files transferred one after the other get one line each. Coloured unless
 * {@code NO_COLOR} is set.
 */
final class ProgressBars implements FileProgress, AutoCloseable {
    private static final int REFRESH_MILLIS = 250;

    private final PrintStream terminal;
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();

    ProgressBars(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public void progressed(FileInfo file, long bytesDone) {
        bars.computeIfAbsent(file.id(), id -> open(file)).stepTo(bytesDone);
    }

    @Override
    public void stopped(FileInfo file) {
        ProgressBar bar = bars.remove(file.id());
        if (bar != null) {
            bar.setExtraMessage(" " + file.state());
            bar.close();
        }
    }

    /** Ends the bars of transfers that never reported their stop (the command failed). */
    @Override
    public void close() {
        bars.values().forEach(ProgressBar::close);
        bars.clear();
    }

    private ProgressBar open(FileInfo file) {
        // The bar divides by the unit without decimals: pick the largest unit the file fills.
        int shift = file.size() >= 1 << 20 ? 20 : file.size() >= 1 << 10 ? 10 : 0;
        return new ProgressBarBuilder().setTaskName(file.name()).setInitialMax(file.size())
                .setUnit(shift == 20 ? "MiB" : shift == 10 ? "KiB" : "B", 1L << shift).showSpeed()
                .setUpdateIntervalMillis(REFRESH_MILLIS).setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setStyle(Colour.allowed() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                .build();
    }
}
