package org.unionregions.ui.agreements;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.unionregions.i18n.Messages;
import org.unionregions.ui.common.BusySpinner;

/**
 * The agreements screen: filters on top (region, kind, who signed, status, partner, what to show, the
 * day and the months of "expires within"), then two tabs. "Terms": the documents on a time axis, the
 * same documents as a table (the keyboard's and a screen reader's way in), the chosen one's statements
 * and sources beside them. "Announced and signed": per edition, what was announced against what was
 * reported signed, each figure with its source.
 */
public final class AgreementsView extends BorderPane {

    private final AgreementsViewModel viewModel;
    private final Messages messages;
    private final Label textProbe = new Label();
    private final TermChart chart;
    private final TableView<AgreementsViewModel.Row> table = new TableView<>();

    public AgreementsView(AgreementsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("agreements-screen");
        Label heading = new Label(messages.get("agreements.heading"));
        heading.getStyleClass().add("screen-title");
        heading.setId("agreements-heading");
        Label hint = note(messages.get("agreements.hint"));
        Label summary = note("");
        summary.setId("agreements-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        textProbe.setManaged(false);
        textProbe.setVisible(false);

        chart = new TermChart(textProbe::getTextFill, 22, 13, 300, true);
        chart.setId("agreements-chart");
        chart.setAccessibleText(messages.get("agreements.chart.accessible"));
        chart.moreWords(messages.get("agreements.more"));
        chart.onChoose(viewModel.chosenProperty()::set);
        viewModel.barsProperty().addListener((obs, old, bars) -> chart.show(bars, viewModel.chosenProperty().get()));
        ScrollPane chartScroll = new ScrollPane(chart);
        chartScroll.setFitToWidth(true);
        chartScroll.setId("agreements-chart-scroll");

        TabPane tabs = new TabPane(new Tab(messages.get("agreements.tab.terms"), terms(chartScroll)),
                new Tab(messages.get("agreements.tab.announced"), announced()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("agreements-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        ProgressIndicator progress = BusySpinner.whileBusy(viewModel.busyProperty());
        VBox centre = new VBox(10, new HBox(12, heading, progress), hint, tools(), summary, legend(), error, tabs,
                textProbe);
        centre.setPadding(new Insets(20));
        setCenter(centre);
        viewModel.chosenProperty().addListener((obs, old, id) -> {
            chart.show(viewModel.barsProperty().get(), id);
            viewModel.rows().stream().filter(row -> id != null && row.document() == id).findFirst()
                    .ifPresentOrElse(row -> {
                        if (table.getSelectionModel().getSelectedItem() != row) {
                            table.getSelectionModel().select(row);
                            table.scrollTo(row);
                        }
                    }, () -> table.getSelectionModel().clearSelection());
        });
        chart.show(viewModel.barsProperty().get(), viewModel.chosenProperty().get());
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("screen-note");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private FlowPane tools() {
        ComboBox<String> region = new ComboBox<>();
        region.setId("agreements-region");
        Runnable fillRegions = () -> {
            List<String> codes = new java.util.ArrayList<>();
            codes.add(null);
            viewModel.belarusianRegions().forEach(each -> codes.add(each.code()));
            String kept = viewModel.regionProperty().get();
            region.getItems().setAll(codes);
            region.setValue(kept);
        };
        viewModel.belarusianRegions().addListener((javafx.collections.ListChangeListener<Object>) change -> fillRegions.run());
        fillRegions.run();
        region.setConverter(converter(viewModel::regionName));
        region.valueProperty().bindBidirectional(viewModel.regionProperty());

        TextField partner = new TextField();
        partner.setId("agreements-partner");
        partner.setPromptText(messages.get("agreements.partner.prompt"));
        partner.textProperty().bindBidirectional(viewModel.partnerProperty());
        partner.setPrefColumnCount(12);

        DatePicker day = new DatePicker();
        day.setId("agreements-day");
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setPrefWidth(150);
        java.time.format.DateTimeFormatter dayFormat = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(messages.locale());
        day.setConverter(new javafx.util.converter.LocalDateStringConverter(dayFormat, dayFormat));
        Spinner<Integer> months = new Spinner<>(0, 120, viewModel.monthsProperty().get());
        months.setId("agreements-months");
        months.setEditable(true);
        months.setPrefWidth(90);
        months.valueProperty().addListener((obs, old, value) -> viewModel.monthsProperty().set(value == null ? 0 : value));
        viewModel.monthsProperty().addListener((obs, old, value) -> months.getValueFactory().setValue(value.intValue()));

        FlowPane bar = new FlowPane(14, 8,
                labelled("agreements.region", region),
                labelled("agreements.kind", choice("agreements-kind", AgreementsViewModel.KindFilter.values(),
                        viewModel.kindProperty())),
                labelled("agreements.level", choice("agreements-level", AgreementsViewModel.LevelFilter.values(),
                        viewModel.levelProperty())),
                labelled("agreements.status", choice("agreements-status", AgreementsViewModel.StatusFilter.values(),
                        viewModel.statusProperty())),
                labelled("agreements.partner", partner),
                labelled("agreements.show", choice("agreements-show", AgreementsViewModel.Show.values(),
                        viewModel.showProperty())),
                labelled("agreements.day", day),
                labelled("agreements.months", months));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, javafx.beans.property.ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(converter(viewModel::label));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private HBox labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** What the colours mean, one swatch each. */
    private FlowPane legend() {
        FlowPane legend = new FlowPane(16, 6);
        legend.setId("agreements-legend");
        for (TermBars.Tone tone : TermBars.Tone.values()) {
            Rectangle swatch = new Rectangle(14, 10, TermChart.colour(tone));
            Label label = new Label(tone == TermBars.Tone.EXPIRES_SOON
                    ? messages.format("agreements.tone.expires_soon", viewModel.monthsProperty().get())
                    : messages.get("agreements.tone." + tone.name().toLowerCase(java.util.Locale.ROOT)), swatch);
            if (tone == TermBars.Tone.EXPIRES_SOON) {
                viewModel.monthsProperty().addListener((obs, old, value) ->
                        label.setText(messages.format("agreements.tone.expires_soon", value)));
            }
            legend.getChildren().add(label);
        }
        Label day = new Label(messages.get("agreements.tone.day"), new Rectangle(3, 14, TermChart.DAY));
        legend.getChildren().add(day);
        return legend;
    }

    private Node terms(ScrollPane chartScroll) {
        table.setId("agreements-table");
        table.setAccessibleText(messages.get("agreements.heading"));
        table.setItems(viewModel.rows());
        table.getColumns().setAll(List.of(
                column("agreements.column.region", AgreementsViewModel.Row::region, 140),
                column("agreements.column.partner", AgreementsViewModel.Row::partner, 170),
                column("agreements.column.kind", AgreementsViewModel.Row::kind, 120),
                column("agreements.column.term", AgreementsViewModel.Row::term, 130),
                column("agreements.column.flags", AgreementsViewModel.Row::flags, 330),
                column("agreements.column.year", AgreementsViewModel.Row::year, 55),
                column("agreements.column.level", AgreementsViewModel.Row::level, 140),
                column("agreements.column.status", AgreementsViewModel.Row::status, 120),
                column("agreements.column.sources", AgreementsViewModel.Row::sources, 90)));
        table.setPlaceholder(new Label(messages.get("agreements.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.chosenProperty().set(row.document());
            }
        });
        TextArea details = new TextArea();
        details.setId("agreements-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.textProperty().bind(viewModel.detailsProperty());
        details.setAccessibleText(messages.get("agreements.details.label"));
        SplitPane left = new SplitPane(chartScroll, table);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);
        SplitPane both = new SplitPane(left, details);
        both.setDividerPositions(0.74);
        return both;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return org.unionregions.ui.common.ColumnWidths.fitHeading(column);
    }

    private Node announced() {
        TableView<AgreementsViewModel.AnnouncedRow> announced = new TableView<>(viewModel.announcedRows());
        announced.setId("agreements-announced");
        announced.setAccessibleText(messages.get("agreements.tab.announced"));
        announced.getColumns().setAll(List.of(
                textColumn("agreements.announced.edition", AgreementsViewModel.AnnouncedRow::edition, 90),
                textColumn("agreements.announced.what", AgreementsViewModel.AnnouncedRow::what, 250),
                textColumn("agreements.announced.before", AgreementsViewModel.AnnouncedRow::announced, 480),
                textColumn("agreements.announced.after", AgreementsViewModel.AnnouncedRow::signed, 480)));
        announced.setPlaceholder(new Label(messages.get("agreements.empty")));
        announced.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(8, note(messages.get("agreements.announced.note")), announced);
        VBox.setVgrow(announced, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private <R> TableColumn<R, String> textColumn(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.getStyleClass().add("wrapped-cell-text");
                text.fillProperty().bind(textFillProperty()); // the theme's text colour, also when selected
                setGraphic(text);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
        return column;
    }
}
