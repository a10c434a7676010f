package org.unionregions.ui.editions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.BusySpinner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.SourcedBarChart;
import org.unionregions.ui.common.UncachedScrollPane;

/** Charts over forum editions, and the details pane of the edition a user clicked or chose. */
public final class EditionsView extends BorderPane {

    private static final double DETAILS_WIDTH = 400;
    private static final double DETAILS_MIN_WIDTH = 320;

    private final EditionsViewModel viewModel;
    private final Messages messages;
    private final FigureFormat format;
    /** The charts made so far, by id: a reload shows new figures on the same chart. */
    private final Map<String, SourcedBarChart> madeCharts = new HashMap<>();
    private final GridPane chartGrid = new GridPane();
    private final ComboBox<Edition> editionChooser = new ComboBox<>();
    private final VBox details = new VBox(10);

    public EditionsView(EditionsViewModel viewModel, Messages messages, FigureFormat format) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.format = format;
        getStyleClass().add("editions");

        chartGrid.setHgap(16);
        chartGrid.setVgap(16);
        // One chart per row: thirteen editions need the full width for readable axis labels.
        ColumnConstraints full = new ColumnConstraints();
        full.setPercentWidth(100);
        chartGrid.getColumnConstraints().add(full);

        Label heading = new Label(messages.get("editions.heading"));
        heading.getStyleClass().add("screen-title");
        Label hint = new Label(messages.get("editions.hint"));
        hint.getStyleClass().add("screen-note");
        hint.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // filtered to a region: its documents per edition, above the charts of every region
        SourcedBarChart regionChart = newChart("region-chart", true);
        regionChart.visibleProperty().bind(viewModel.regionChartProperty().isNotNull());
        regionChart.managedProperty().bind(regionChart.visibleProperty());
        viewModel.regionChartProperty().addListener((obs, old, model) -> {
            if (model != null) {
                regionChart.show(model);
            }
        });
        if (viewModel.regionChartProperty().get() != null) {
            regionChart.show(viewModel.regionChartProperty().get());
        }
        viewModel.highlightedProperty().addListener((obs, old, range) -> {
            regionChart.dim(this::outsideFilter);
            chartGrid.getChildren().forEach(node -> {
                if (node instanceof SourcedBarChart chart) {
                    chart.dim(this::outsideFilter);
                }
            });
        });
        VBox chartsColumn = new VBox(12, heading, hint, error, regionChart, chartGrid);
        chartsColumn.setPadding(new Insets(20));
        ScrollPane chartsScroll = new UncachedScrollPane(chartsColumn);
        chartsScroll.setFitToWidth(true);
        ProgressIndicator progress = BusySpinner.whileBusy(viewModel.busyProperty());
        setCenter(new StackPane(chartsScroll, progress));

        viewModel.charts().addListener((ListChangeListener<EditionsViewModel.Chart>) change -> showCharts());
        viewModel.detailsProperty().addListener((obs, old, now) -> showDetails(now));
        // the first chart at once; the other charts come a frame apart (showCharts), the details pane
        // a frame after the first
        showCharts();
        setRight(FrameByFrame.roomFor(DETAILS_MIN_WIDTH, DETAILS_WIDTH));
        FrameByFrame.addParts(this, () -> {
            setRight(detailsPane());
            showDetails(viewModel.detailsProperty().get());
        });
    }

    /** A bar of an edition outside the range the screens are filtered to (years without an edition never are). */
    private boolean outsideFilter(BarChartModel.Bar bar) {
        int[] range = viewModel.highlightedProperty().get();
        return range != null && bar.editionNumber() != null
                && (bar.editionNumber() < range[0] || bar.editionNumber() > range[1]);
    }

    private SourcedBarChart newChart(String id, boolean overEditions) {
        SourcedBarChart chart = new SourcedBarChart(format);
        chart.setId(id);
        chart.getStyleClass().add(overEditions ? "edition-chart" : "trade-chart");
        chart.setMinHeight(340);
        chart.setPrefHeight(380);
        chart.setOnBarClicked(bar -> viewModel.chooseFromChart(bar.editionNumber()));
        chart.dim(this::outsideFilter);
        chart.offerImageExport(messages, viewModel.files()::savePicture, viewModel.files()::exportData);
        return chart;
    }

    /**
     * The view model's charts in its order, the first at once, the others a chart a frame: each takes
     * the FX thread most of a frame to style and lay out the first time (figures in BENCHMARKS.md).
     * A chart shown before keeps its node and shows the new figures.
     */
    private void showCharts() {
        List<EditionsViewModel.Chart> wanted = List.copyOf(viewModel.charts());
        chartGrid.getChildren().clear();
        List<Runnable> parts = new ArrayList<>();
        for (int row = 0; row < wanted.size(); row++) {
            EditionsViewModel.Chart each = wanted.get(row);
            int at = row;
            Runnable place = () -> {
                SourcedBarChart chart = madeCharts.computeIfAbsent(each.id(), id -> newChart(id, each.overEditions()));
                chart.show(each.model());
                chartGrid.add(chart, 0, at);
            };
            if (row == 0) {
                place.run();
            } else {
                parts.add(place);
            }
        }
        FrameByFrame.replaceParts(chartGrid, parts.toArray(Runnable[]::new)); // a reload drops what was pending
    }

    private ScrollPane detailsPane() {
        editionChooser.setId("edition-chooser");
        editionChooser.setItems(viewModel.editions());
        editionChooser.setPromptText(messages.get("details.choose"));
        editionChooser.setMaxWidth(Double.MAX_VALUE);
        editionChooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Edition edition) {
                return edition == null ? "" : edition.label()
                        + (edition.hostCity() == null ? "" : " — " + viewModel.hostCity(edition));
            }

            @Override
            public Edition fromString(String text) {
                return null;
            }
        });
        editionChooser.valueProperty().addListener((obs, old, edition) -> {
            if (edition != null) {
                viewModel.select(edition.number());
            }
        });
        Label chooserLabel = new Label(messages.get("details.edition"));
        chooserLabel.setLabelFor(editionChooser);
        chooserLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox chooserRow = new HBox(8, chooserLabel, editionChooser);
        HBox.setHgrow(editionChooser, Priority.ALWAYS);
        chooserRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox pane = new VBox(14, chooserRow, details);
        pane.setPadding(new Insets(20));
        pane.getStyleClass().add("details-pane");
        ScrollPane scroll = new UncachedScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(DETAILS_WIDTH);
        scroll.setMinWidth(DETAILS_MIN_WIDTH);
        scroll.setId("details-pane");
        return scroll;
    }

    private void showDetails(EditionDetails shown) {
        details.getChildren().clear();
        if (shown == null) {
            Label placeholder = new Label(messages.get("details.placeholder"));
            placeholder.setWrapText(true);
            placeholder.getStyleClass().add("screen-note");
            details.getChildren().add(placeholder);
            editionChooser.setValue(null);
            return;
        }
        viewModel.editions().stream().filter(e -> e.number() == shown.editionNumber()).findFirst()
                .ifPresent(edition -> {
                    if (editionChooser.getValue() != edition) {
                        editionChooser.setValue(edition);
                    }
                });
        Label title = new Label(shown.title());
        title.setId("details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        details.getChildren().addAll(title,
                field("details.dates", shown.dates(), "details-dates"),
                field("details.host", shown.host(), "details-host"),
                field("details.format", shown.format(), "details-format"),
                field("details.theme", shown.theme()
                        + (shown.themeSource().isEmpty() ? "" : "\n" + messages.format("tile.source",
                        shown.themeSource())), "details-theme"));
        Label figuresHeading = new Label(messages.get("details.figures"));
        figuresHeading.getStyleClass().add("details-subtitle");
        details.getChildren().add(figuresHeading);
        for (EditionDetails.Row row : shown.figures()) {
            details.getChildren().add(figureCard(row));
        }
    }

    private VBox field(String labelKey, String value, String id) {
        Label name = new Label(messages.get(labelKey));
        name.getStyleClass().add("field-name");
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        text.getStyleClass().add("field-value");
        return new VBox(2, name, text);
    }

    private VBox figureCard(EditionDetails.Row row) {
        Label heading = new Label(row.status().isEmpty() ? row.metric() : row.metric() + " · " + row.status());
        heading.getStyleClass().add("field-name");
        Label value = new Label(row.value());
        value.getStyleClass().add("figure-value");
        value.setWrapText(true);
        VBox card = new VBox(2, heading, value);
        if (!row.source().isEmpty()) {
            Label source = new Label(messages.format("tile.source", row.source()));
            source.getStyleClass().add("tile-source");
            source.setWrapText(true);
            card.getChildren().add(source);
        }
        if (!row.asStated().isEmpty()) {
            Label quote = new Label("“" + row.asStated() + "”");
            quote.getStyleClass().add("figure-quote");
            quote.setWrapText(true);
            card.getChildren().add(quote);
        }
        card.getStyleClass().add("figure-card");
        return card;
    }
}
