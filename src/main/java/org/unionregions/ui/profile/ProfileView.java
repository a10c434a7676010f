package org.unionregions.ui.profile;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.unionregions.i18n.Messages;
import org.unionregions.model.RegionShapes;
import org.unionregions.ui.common.BusySpinner;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.FrameByFrame;
import org.unionregions.ui.common.MapCanvas;
import org.unionregions.ui.common.MapLegend;
import org.unionregions.ui.common.SourcedBarChart;
import org.unionregions.ui.common.UncachedScrollPane;

/**
 * One region and all its ties: a searchable picker (names in every language and the ISO code), its
 * partners with documents by kind and level, its documents year by year, the trade of its pairs and
 * every fact with its source; "Export brief…" for a meeting.
 */
public final class ProfileView extends BorderPane {

    private final ProfileViewModel viewModel;
    private final Messages messages;

    /** A region as the picker lists it: "Vitebsk Oblast (BY-VI)". */
    private static final class RegionCell extends ListCell<ProfileViewModel.RegionChoice> {
        @Override
        protected void updateItem(ProfileViewModel.RegionChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.label());
        }
    }

    public ProfileView(ProfileViewModel viewModel, Messages messages, FigureFormat format) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("profile-screen");

        Label heading = new Label(messages.get("profile.heading"));
        heading.getStyleClass().add("screen-title");
        SearchableComboBox<ProfileViewModel.RegionChoice> picker = new SearchableComboBox<>(viewModel.regions());
        picker.setId("profile-region");
        picker.setPromptText(messages.get("profile.search"));
        picker.setPrefWidth(420);
        // the search matches what the converter writes: the name shown, the code, and the other languages'
        // names after a thin separator, so "Vitebsk", "Віцебск" and "BY-VI" all find Vitebsk Oblast
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProfileViewModel.RegionChoice choice) {
                return choice == null ? "" : choice.label() + "  ·  " + choice.searchText();
            }

            @Override
            public ProfileViewModel.RegionChoice fromString(String text) {
                return null;
            }
        });
        // the cells show the name and code only; the search still reads the converter's whole text
        picker.setCellFactory(list -> new RegionCell());
        picker.setButtonCell(new RegionCell());
        picker.valueProperty().bindBidirectional(viewModel.regionProperty());
        Button brief = new Button(messages.get("profile.exportBrief"), new FontIcon(Material2AL.DESCRIPTION));
        brief.setId("profile-brief");
        brief.disableProperty().bind(viewModel.profileProperty().isNull());
        brief.setOnAction(event -> exportBrief());
        Label choose = new Label(messages.get("profile.choose"));
        choose.setLabelFor(picker);
        HBox top = new HBox(10, choose, picker, brief, BusySpinner.whileBusy(viewModel.busyProperty()));
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("profile-title");
        title.getStyleClass().add("details-title");
        Label subtitle = new Label();
        subtitle.setId("profile-subtitle");
        subtitle.setWrapText(true);
        subtitle.getStyleClass().add("screen-note");
        Label assigned = new Label();
        assigned.setId("profile-assigned");
        assigned.setWrapText(true);
        // what the region says of itself beside what the registry holds: the registry is no complete list
        Label completeness = new Label();
        completeness.setId("profile-completeness");
        completeness.setWrapText(true);
        completeness.getStyleClass().add("completeness-note");
        completeness.managedProperty().bind(completeness.textProperty().isNotEmpty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(viewModel.errorProperty().isNotEmpty());
        Label done = new Label();
        done.getStyleClass().add("screen-note");
        done.textProperty().bind(viewModel.doneProperty());

        TableView<RegionProfile.Partner> partners = partnersTable();
        SourcedBarChart timeline = new SourcedBarChart(format);
        timeline.setId("profile-timeline");
        timeline.getStyleClass().add("edition-chart"); // expected drawn hollow and dashed, as on Editions
        timeline.offerImageExport(messages, viewModel.files()::savePicture, viewModel.files()::exportData);
        timeline.setPrefHeight(300);
        timeline.setMinHeight(260);
        viewModel.timelineProperty().addListener((obs, old, chart) -> timeline.show(chart));
        timeline.show(viewModel.timelineProperty().get());
        ListView<RegionProfile.Line> facts = linesList("profile-facts");
        facts.setAccessibleText(messages.get("profile.facts"));
        ListView<RegionProfile.Line> trade = linesList("profile-trade");
        trade.setPrefHeight(160);
        Label tradeHeading = section("profile.trade");
        trade.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(trade.getItems()));
        trade.managedProperty().bind(trade.visibleProperty());
        tradeHeading.visibleProperty().bind(trade.visibleProperty());
        tradeHeading.managedProperty().bind(trade.visibleProperty());

        // the map of its partners, made when the first profile arrives (its boundaries were read with it)
        StackPane mapHolder = new StackPane();
        mapHolder.setId("profile-map");
        mapHolder.getStyleClass().add("map-frame");
        mapHolder.setPrefHeight(360);
        mapHolder.setMinHeight(300);
        MapLegend mapLegend = new MapLegend(messages);
        Label mapHeading = section("profile.map");
        java.util.function.Consumer<RegionProfile> showMap = profile -> {
            boolean any = profile != null && profile.partners().stream().anyMatch(partner -> partner.documents() > 0);
            mapHolder.setVisible(any);
            mapHolder.setManaged(any);
            mapLegend.setVisible(any);
            mapLegend.setManaged(any);
            mapHeading.setVisible(any);
            mapHeading.setManaged(any);
            if (!any) {
                return;
            }
            if (mapHolder.getChildren().isEmpty()) {
                mapHolder.getChildren().add(new MapCanvas(RegionShapes.get()));
            }
            MapCanvas canvas = (MapCanvas) mapHolder.getChildren().get(0);
            canvas.show(profile.map());
            canvas.fitFirst(); // another region: its own partners in sight
            mapLegend.show(profile.map());
        };

        java.util.function.Consumer<RegionProfile> show = profile -> {
            title.setText(profile == null ? "" : profile.title());
            subtitle.setText(profile == null ? "" : profile.subtitle());
            assigned.setText(profile == null || profile.assignedPartners().isEmpty() ? ""
                    : messages.format("profile.assigned", String.join(", ", profile.assignedPartners())));
            completeness.setText(profile == null ? "" : String.join("\n", profile.completeness()));
            partners.getItems().setAll(profile == null ? List.of() : profile.partners());
            trade.getItems().setAll(profile == null ? List.of() : profile.trade());
            facts.getItems().setAll(profile == null ? List.of() : profile.facts());
            showMap.accept(profile);
        };
        viewModel.profileProperty().addListener((obs, old, profile) -> show.accept(profile));
        show.accept(viewModel.profileProperty().get()); // read before the screen was first opened
        assigned.managedProperty().bind(assigned.textProperty().isNotEmpty());

        VBox body = new VBox(12, title, subtitle, completeness, assigned, section("profile.partners"), partners);
        body.setPadding(new Insets(0, 20, 20, 20));
        VBox.setVgrow(facts, Priority.ALWAYS);
        UncachedScrollPane scroll = new UncachedScrollPane(body);
        scroll.setFitToWidth(true);
        VBox page = new VBox(10, heading, top, error, done);
        page.setPadding(new Insets(20, 20, 8, 20));
        setTop(page);
        setCenter(scroll);
        FrameByFrame.addParts(body,
                () -> body.getChildren().addAll(mapHeading, mapHolder, mapLegend),
                () -> body.getChildren().addAll(timeline),
                () -> body.getChildren().addAll(tradeHeading, trade, section("profile.facts"), facts));
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private TableView<RegionProfile.Partner> partnersTable() {
        TableView<RegionProfile.Partner> table = new TableView<>();
        table.setId("profile-partners");
        table.setAccessibleText(messages.get("profile.partners"));
        table.setPlaceholder(new Label(messages.get("profile.noPartners")));
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("profile.partner", RegionProfile.Partner::name, 0.22));
        table.getColumns().add(column("profile.documents", p -> String.valueOf(p.documents()), 0.1));
        table.getColumns().add(column("profile.byKind", RegionProfile.Partner::byKind, 0.26));
        table.getColumns().add(column("profile.byLevel", RegionProfile.Partner::byLevel, 0.22));
        table.getColumns().add(column("profile.other", RegionProfile.Partner::other, 0.2));
        return table;
    }

    private TableColumn<RegionProfile.Partner, String> column(String key,
                                                              java.util.function.Function<RegionProfile.Partner, String> value,
                                                              double share) {
        TableColumn<RegionProfile.Partner, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(1000 * share);
        return column;
    }

    /** Facts as cards: when, with whom and what, the source's words, the source. */
    private ListView<RegionProfile.Line> linesList(String id) {
        ListView<RegionProfile.Line> list = new ListView<>();
        list.setId(id);
        list.setPrefHeight(420);
        list.setCellFactory(view -> new org.unionregions.ui.common.CardCell<>() {
            private final Label sameAs = line("statement-same-as");
            private final Label heading = line("fact-heading");
            private final Label disagreement = line("document-disagreement");
            private final Label quote = line("fact-quote");
            private final Label source = line("screen-note");

            @Override
            protected void updateItem(RegionProfile.Line line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                heading.setText(line.when() + " · " + line.partner() + " · " + line.what()
                        + (line.value().isEmpty() ? "" : " · " + line.value()));
                showIfAny(quote, line.quote().isEmpty() ? "" : "“" + line.quote() + "”");
                source.setText(line.source());
                showStatement(line.furtherStatement(), messages.get("document.sameAsAbove"), line.disagreement(),
                        sameAs, disagreement);
                setGraphic(card);
            }
        });
        return list;
    }

    private void exportBrief() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("profile.exportBrief"));
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter("PDF", "*.pdf");
        FileChooser.ExtensionFilter word = new FileChooser.ExtensionFilter(messages.get("profile.briefWord"), "*.docx");
        chooser.getExtensionFilters().addAll(pdf, word);
        var profile = viewModel.profileProperty().get();
        chooser.setInitialFileName((profile == null ? "region" : profile.region().code()) + "-brief.pdf");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            // the filter chosen decides where the name has no extension of its own
            String name = file.getName().toLowerCase(java.util.Locale.ROOT);
            boolean named = name.endsWith(".pdf") || name.endsWith(".docx");
            File target = named ? file : new File(file.getPath() + (chooser.getSelectedExtensionFilter() == word
                    ? ".docx" : ".pdf"));
            viewModel.exportBrief(target.toPath());
        }
    }
}
