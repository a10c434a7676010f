package org.unionregions.ui.matrix;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;
import org.unionregions.ui.common.BusySpinner;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.Palette;
import org.unionregions.ui.common.UncachedScrollPane;

/** The region-pair matrix screen: filters on top, the matrix with its legend, the facts behind a cell. */
public final class MatrixView extends BorderPane {

    private static final double DETAILS_WIDTH = 460;
    private static final double DETAILS_MIN_WIDTH = 320;

    private final MatrixViewModel viewModel;
    private final Messages messages;
    private final MatrixCanvas grid;
    private final MatrixLegend legend;
    private final Label heading;

    public MatrixView(MatrixViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.legend = new MatrixLegend(messages);
        legend.setId("matrix-legend");
        getStyleClass().add("matrix-screen");

        heading = new Label(messages.get("matrix.heading"));
        grid = new MatrixCanvas(heading::getTextFill); // the theme's text colour, read when drawing
        heading.textFillProperty().addListener(obs -> grid.redraw()); // a theme switch recolours the labels
        grid.setNoDataText(messages.get("noData"));
        grid.setHighlighted(viewModel.highlightedRegionProperty().get()); // a screen built after the filter was set
        viewModel.highlightedRegionProperty().addListener((obs, old, code) -> grid.setHighlighted(code));
        heading.getStyleClass().add("screen-title");
        Label illustrative = new Label(messages.get("matrix.illustrative"));
        illustrative.getStyleClass().add("illustrative-banner");
        illustrative.visibleProperty().bind(viewModel.illustrativeProperty());
        illustrative.managedProperty().bind(illustrative.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label(messages.get("matrix.hint"));
        hint.getStyleClass().add("screen-note");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, not cut to one line by the matrix below

        grid.setId("matrix-grid");
        grid.setAccessibleName(messages.get("matrix.heading"));
        grid.getStyleClass().add("matrix-grid");
        grid.setFocusTraversable(true);
        grid.setOnCell(position -> {
            viewModel.select(position.row(), position.column());
            viewModel.openSelected();
            grid.requestFocus();
        });
        grid.setOnRegion(viewModel::openRegion);
        grid.setOnRegionDoubleClick(viewModel::openProfile);
        grid.setOnKeyPressed(event -> {
            KeyCode code = event.getCode();
            switch (code) {
                case LEFT -> viewModel.move(0, -1);
                case RIGHT -> viewModel.move(0, 1);
                case UP -> viewModel.move(-1, 0);
                case DOWN -> viewModel.move(1, 0);
                case ENTER, SPACE -> viewModel.openSelected();
                default -> {
                    return;
                }
            }
            event.consume();
        });
        ScrollPane gridScroll = new UncachedScrollPane(grid); // the legend stays in sight below it
        gridScroll.setPadding(new Insets(8));
        gridScroll.setId("matrix-scroll");
        ProgressIndicator progress = BusySpinner.whileBusy(viewModel.busyProperty());
        StackPane matrixArea = new StackPane(gridScroll, progress);
        VBox.setVgrow(matrixArea, Priority.ALWAYS);

        VBox centre = new VBox(10, heading, illustrative, hint, error, matrixArea, legend);
        centre.setPadding(new Insets(20));
        setCenter(centre);

        // an invalidation listener: a change listener would compare every cell with the last model
        viewModel.matrixProperty().addListener(obs -> draw(viewModel.matrixProperty().get()));
        viewModel.selectedProperty().addListener((obs, old, now) -> grid.select(now));
        setRight(FrameByFrame.roomFor(DETAILS_MIN_WIDTH, DETAILS_WIDTH));
        // the filters, the drawing with its legend, and the details pane, a frame apart
        FrameByFrame.addParts(this,
                () -> centre.getChildren().add(2, filters()),
                () -> draw(viewModel.matrixProperty().get()),
                () -> setRight(detailsPane()));
    }

    private FlowPane filters() {
        ComboBox<MatrixViewModel.MetricChoice> metric = new ComboBox<>(viewModel.metrics());
        metric.setId("matrix-metric");
        // as wide as the choice it shows in the window's language (280 px cut "Подписанные документы (число)")
        Runnable fitMetric = () -> metric.setPrefWidth(Math.max(220, widest(List.of(String.valueOf(
                metric.getValue()))) + 84));
        metric.valueProperty().addListener((obs, old, now) -> fitMetric.run());
        metric.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        fitMetric.run();

        HBox editions = editionRange();

        CheckComboBox<String> kinds = checks("matrix-kinds", viewModel.kinds(), viewModel.selectedKinds(),
                viewModel::kindName);
        CheckComboBox<String> levels = checks("matrix-levels", viewModel.levels(),
                viewModel.selectedLevels(), viewModel::levelName);
        javafx.scene.control.Button regionalOnly = new javafx.scene.control.Button(messages.get("matrix.regionalOnly"));
        regionalOnly.setId("matrix-regional-only");
        regionalOnly.setOnAction(event -> viewModel.onlyRegionalGovernments());
        javafx.scene.control.Button everyLevel = new javafx.scene.control.Button(messages.get("matrix.everyLevel"));
        everyLevel.setId("matrix-every-level");
        everyLevel.setOnAction(event -> viewModel.everyLevel());
        CheckComboBox<String> statuses = checks("matrix-statuses",
                FXCollections.observableArrayList(MatrixViewModel.STATUSES), viewModel.selectedStatuses(),
                status -> messages.get("status." + status));

        CheckBox onlyWithData = new CheckBox(messages.get("matrix.onlyWithData"));
        onlyWithData.setId("matrix-only-with-data");
        onlyWithData.selectedProperty().bindBidirectional(viewModel.onlyWithDataProperty());

        ComboBox<MatrixViewModel.Order> rows = enumBox("matrix-row-order", MatrixViewModel.Order.values(), "order.");
        rows.valueProperty().bindBidirectional(viewModel.rowOrderProperty());
        ComboBox<MatrixViewModel.Order> columns = enumBox("matrix-column-order", MatrixViewModel.Order.values(),
                "order.");
        columns.valueProperty().bindBidirectional(viewModel.columnOrderProperty());
        ComboBox<ColourScale> scale = enumBox("matrix-scale", ColourScale.values(), "scale.");
        scale.valueProperty().bindBidirectional(viewModel.scaleProperty());
        ComboBox<Palette> palette = enumBox("matrix-palette", Palette.values(), "palette.");
        palette.valueProperty().bindBidirectional(viewModel.paletteProperty());

        FlowPane bar = new FlowPane(12, 8,
                labelled("matrix.metric", metric), labelled("matrix.editions", editions));
        bar.setAlignment(Pos.CENTER_LEFT);
        // a dozen controls took the FX thread most of a frame to style at once, half of them more on a
        // slow frame: three at a time, a frame apart
        FrameByFrame.addParts(bar,
                () -> bar.getChildren().addAll(kindsFilter(kinds), labelled("matrix.levels", levels),
                        regionalOnly),
                () -> bar.getChildren().addAll(everyLevel, labelled("matrix.statuses", statuses), onlyWithData),
                () -> bar.getChildren().addAll(labelled("matrix.rowOrder", rows),
                        labelled("matrix.columnOrder", columns), labelled("matrix.scale", scale)),
                () -> bar.getChildren().add(labelled("matrix.palette", palette)));
        return bar;
    }

    /**
     * A list of choices to tick, kept in step with the view model's set both ways (the set is the
     * truth: the view model changes it too, for "regional governments only").
     */
    /** The width of the widest of {@code texts} in the default font. */
    private static double widest(List<String> texts) {
        return Math.ceil(texts.stream().mapToDouble(text -> org.unionregions.ui.common.TextWidth.of(text,
                javafx.scene.text.Font.getDefault())).max().orElse(0));
    }

    private CheckComboBox<String> checks(String id, javafx.collections.ObservableList<String> items,
                                         javafx.collections.ObservableSet<String> chosen,
                                         java.util.function.Function<String, String> name) {
        // the box keeps its own copy of the items: its check model fails when its items shrink under
        // ticks (controlsfx #1531), so the ticks are cleared first, then the items replaced
        CheckComboBox<String> box = new CheckComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setTitle(messages.get("matrix.ticked"));
        box.setShowCheckedCount(true);
        box.setPrefWidth(Math.max(170, widest(List.of(messages.get("matrix.ticked") + " (99/99)")) + 84));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                if (!box.getItems().equals(items)) {
                    box.getItems().setAll(items);
                }
                for (int i = 0; i < items.size(); i++) {
                    if (chosen.contains(items.get(i))) {
                        box.getCheckModel().check(i);
                    }
                }
            } finally {
                syncing[0] = false;
            }
        };
        items.addListener((ListChangeListener<String>) change -> fromModel.run());
        chosen.addListener((javafx.collections.SetChangeListener<String>) change -> fromModel.run());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (syncing[0]) {
                return;
            }
            while (change.next()) {
                change.getRemoved().forEach(chosen::remove);
                chosen.addAll(change.getAddedSubList());
            }
        });
        fromModel.run();
        return box;
    }

    /** The kind filter, named for the metric's group: kinds of document, of listing, of figure. */
    private HBox kindsFilter(CheckComboBox<String> kinds) {
        HBox box = labelled("matrix.kinds.DOCUMENT", kinds);
        ((Label) box.getChildren().get(0)).textProperty().bind(viewModel.kindsLabelProperty());
        return box;
    }

    private HBox labelled(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * The edition range as one slider with two thumbs (it cannot be inverted: one thumb stops at the
     * other), with the range it stands for written beside it.
     */
    private HBox editionRange() {
        RangeSlider slider = new RangeSlider(0, 0, 0, 0);
        slider.setId("matrix-editions");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setPrefWidth(300);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                List<Edition> all = viewModel.editions();
                int i = (int) Math.round(index.doubleValue());
                return i >= 0 && i < all.size() ? all.get(i).roman() : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        Label range = new Label();
        range.setId("matrix-edition-range");
        range.setMinWidth(Region.USE_PREF_SIZE);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            List<Edition> all = viewModel.editions();
            syncing[0] = true;
            try {
                slider.setMax(Math.max(0, all.size() - 1));
                int low = all.indexOf(viewModel.fromEditionProperty().get());
                int high = all.indexOf(viewModel.toEditionProperty().get());
                slider.setLowValue(0); // a thumb may not pass the other: open the range, then set both ends
                slider.setHighValue(high < 0 ? all.size() - 1 : high);
                slider.setLowValue(low < 0 ? 0 : low);
            } finally {
                syncing[0] = false;
            }
            Edition from = viewModel.fromEditionProperty().get();
            Edition to = viewModel.toEditionProperty().get();
            range.setText(from == null || to == null ? "" : from.label() + " – " + to.label());
        };
        viewModel.editions().addListener((ListChangeListener<Edition>) change -> fromModel.run());
        viewModel.fromEditionProperty().addListener(obs -> fromModel.run());
        viewModel.toEditionProperty().addListener(obs -> fromModel.run());
        slider.lowValueProperty().addListener((obs, old, now) -> {
            int index = (int) Math.round(now.doubleValue());
            if (!syncing[0] && index < viewModel.editions().size()) {
                viewModel.fromEditionProperty().set(viewModel.editions().get(index));
            }
        });
        slider.highValueProperty().addListener((obs, old, now) -> {
            int index = (int) Math.round(now.doubleValue());
            if (!syncing[0] && index < viewModel.editions().size()) {
                viewModel.toEditionProperty().set(viewModel.editions().get(index));
            }
        });
        fromModel.run();
        HBox box = new HBox(10, slider, range);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private <E extends Enum<E>> ComboBox<E> enumBox(String id, E[] values, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(keyPrefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }

    // ---- the matrix -----------------------------------------------------------------------------

    private void draw(MatrixModel model) {
        grid.show(model, viewModel.selectedProperty().get(), messages.get("matrix.total"));
        legend.show(model);
    }

    // ---- details --------------------------------------------------------------------------------

    private VBox detailsPane() {
        Label title = new Label();
        title.setId("matrix-details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.detailsTitleProperty());

        // One card per fact rather than table columns: the pane is narrow, and a source or a quote
        // cut to "Smolen…" told the reader nothing.
        ListView<MatrixViewModel.FactRow> table = new ListView<>(viewModel.facts());
        table.setId("matrix-facts");
        table.setAccessibleText(messages.get("matrix.facts.accessible"));
        Label placeholder = new Label(messages.get("matrix.detailsPlaceholder"));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        table.setPlaceholder(placeholder);
        table.setCellFactory(list -> new FactCell());
        table.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.regionSummary()));
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        ListView<String> partners = new ListView<>(viewModel.regionSummary());
        partners.setId("matrix-partners");
        partners.visibleProperty().bind(table.visibleProperty().not());
        partners.managedProperty().bind(partners.visibleProperty());
        VBox.setVgrow(partners, Priority.ALWAYS);

        javafx.scene.control.Button profile = new javafx.scene.control.Button(messages.get("matrix.openProfile"));
        profile.setId("matrix-open-profile");
        profile.visibleProperty().bind(viewModel.detailsRegionProperty().isNotNull());
        profile.managedProperty().bind(profile.visibleProperty());
        profile.setOnAction(event -> viewModel.openProfile(viewModel.detailsRegionProperty().get()));

        Label note = new Label();
        note.setId("matrix-completeness");
        note.setWrapText(true);
        note.getStyleClass().add("completeness-note");
        note.textProperty().bind(viewModel.detailsNoteProperty());
        note.visibleProperty().bind(viewModel.detailsNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        VBox pane = new VBox(10, title, note, profile, table, partners);
        pane.setPadding(new Insets(20));
        pane.setPrefWidth(DETAILS_WIDTH); // the matrix is compact on its canvas: the facts get the room
        pane.setMinWidth(DETAILS_MIN_WIDTH);
        pane.getStyleClass().add("details-pane");
        return pane;
    }

    /** A fact as a small card: when and what, the words of the source, and who published it. */
    private final class FactCell extends org.unionregions.ui.common.CardCell<MatrixViewModel.FactRow> {
        private final Label sameAs = line("statement-same-as");
        private final Label heading = line("fact-heading");
        private final Label disagreement = line("document-disagreement");
        private final Label who = line("screen-note");
        private final Label quote = line("fact-quote");
        private final Label source = line("screen-note");

        @Override
        protected void updateItem(MatrixViewModel.FactRow fact, boolean empty) {
            super.updateItem(fact, empty);
            if (empty || fact == null) {
                setGraphic(null);
                return;
            }
            heading.setText((fact.edition().isEmpty() ? fact.year() : fact.year() + " (" + fact.edition() + ")")
                    + " · " + fact.kind() + (fact.value().isEmpty() ? "" : " · " + fact.value())
                    + (fact.expected() ? " " + MatrixModel.EXPECTED_MARK : ""));
            who.setText(fact.level() + " · " + fact.status());
            showIfAny(quote, fact.asStated().isEmpty() ? "" : "“" + fact.asStated() + "”");
            source.setText(fact.source());
            showStatement(fact.furtherStatement(), messages.get("document.sameAsAbove"), fact.disagreement(), sameAs,
                    disagreement);
            setGraphic(card);
        }
    }
}
