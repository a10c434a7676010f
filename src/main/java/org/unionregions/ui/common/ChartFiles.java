package org.unionregions.ui.common;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unionregions.i18n.Messages;
import org.unionregions.io.OutputFile;
import org.unionregions.io.TableExporter;

/**
 * The files a screen's charts write: a chart's picture, the figures behind it as CSV. Written in the
 * background, whole or not at all; each written file is announced once for the "Saved" notice,
 * a failure goes to {@link #errorProperty()}.
 */
public final class ChartFiles {

    /** A file written, and the words of its notice. */
    public record Saved(Path file, String text) {
    }

    private final Messages messages;
    /** Apart from a screen's loading: a save shows no loading spinner. */
    private final BackgroundTasks tasks;
    private final ObjectProperty<Saved> saved = new SimpleObjectProperty<>();

    public ChartFiles(AsyncRunner runner, Messages messages) {
        this.messages = messages;
        this.tasks = new BackgroundTasks(runner, messages);
    }

    public ReadOnlyObjectProperty<Saved> savedProperty() {
        return saved;
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    /** A chart's picture (encoding a 4K PNG took the FX thread about a second): the view draws, this writes. */
    public void savePicture(Path file, OutputFile.Content picture) {
        write(file, () -> OutputFile.write(file, picture), "chart.saved");
    }

    /** The figures behind a chart (every variant, with its source) as CSV for a spreadsheet. */
    public void exportData(BarChartModel chart, Path file) {
        List<String> headings = List.of(messages.get("chart.data.where"), messages.get("chart.data.series"),
                messages.get("chart.data.value"), messages.get("chart.data.worded"),
                messages.get("chart.data.asStated"), messages.get("chart.data.source"),
                messages.get("chart.data.drawn"));
        List<List<String>> rows = chart.data().stream().map(row -> List.of(row.category(), row.series(),
                BigDecimal.valueOf(row.value()).stripTrailingZeros().toPlainString(), row.worded(),
                row.asStated(), row.source(), row.drawn() ? messages.get("chart.data.yes") : "")).toList();
        write(file, () -> TableExporter.writeRows(file, headings, rows), "chart.dataSaved");
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void write(Path file, FileWork work, String noticeKey) {
        tasks.run(() -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
            }
            return file;
        }, written -> {
            saved.set(null); // the same file saved again is told again
            saved.set(new Saved(written, messages.format(noticeKey, written.getFileName())));
        });
    }
}
