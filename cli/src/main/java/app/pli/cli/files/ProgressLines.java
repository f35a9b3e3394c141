package app.pli.cli.files;

import app.pli.cli.output.Output;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.FileProgress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A transfer's progress as JSON lines for scripts ({@code --progress-json}): first
 * {@code {"event":"recorded","id":...,"files":[...]}} (the files as in {@code pli files}),
 * then {@code {"event":"progress","file_id":...,"name":...,"bytes":N,"size":N}} at most
 * four times a second per file, and always once the file is complete.
 */
final class ProgressLines implements FileProgress {
    /** The first event of a send: the message's id and its files. */
    record Recorded(String event, String id, List<FileView> files) {}

    /** How far one file got. */
    record Progressed(String event, String fileId, String name, long bytes, long size) {}

    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final Output output;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastPrinted = new ConcurrentHashMap<>();

    ProgressLines(Output output, LongSupplier nanoTime) {
        this.output = output;
        this.nanoTime = nanoTime;
    }

    @Override
    public void recorded(String messageId, List<FileInfo> files) {
        output.event(new Recorded("recorded", messageId, files.stream().map(FileView::of).toList()));
    }

    @Override
    public void progressed(FileInfo file, long bytesDone) {
        long now = nanoTime.getAsLong();
        Long last = lastPrinted.get(file.id());
        if (bytesDone >= file.size() || last == null || now - last >= INTERVAL_NANOS) {
            lastPrinted.put(file.id(), now);
            output.event(new Progressed("progress", file.id(), file.name(), bytesDone, file.size()));
        }
    }
}
