package org.unionregions.ui.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.i18n.Messages;

/**
 * The region-pair matrix: Belarusian regions (rows) against Russian regions (columns). Filters query
 * the store (aggregation in SQL); sorting, hiding empty regions, scale and palette only redraw.
 */
public final class MatrixViewModel {

    public enum Order { NAME, TOTAL }

    /** A metric as offered to the user: documents, or a money metric in one currency. */
    public record MetricChoice(PairMetric metric, String currency, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One fact behind a cell, worded for the list. */
    public record FactRow(String year, String edition, String kind, String value, String asStated, String source) {
    }

    /** The selected cell, by row and column index in the current model. */
    public record Position(int row, int column) {
    }

    static final int FACT_LIMIT = 500;

    private record Answer(List<PairValue> values, MatrixModel model, MatrixModelBuilder.Settings drawnWith) {
    }

    /** The names of the work whose latest answer wins. */
    private static final String QUERY = "query";
    private static final String DRAWING = "drawing";
    private static final String DETAILS = "details";

    private record Setup(List<Region> regions, List<Edition> editions, List<String> kinds,
                         List<String> tradeCurrencies, List<String> contractCurrencies, boolean illustrative) {
    }

    private final DataStore store;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final FigureFormat format;

    private final ObservableList<MetricChoice> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<MetricChoice> metric = new SimpleObjectProperty<>();
    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ObjectProperty<Edition> fromEdition = new SimpleObjectProperty<>();
    private final ObjectProperty<Edition> toEdition = new SimpleObjectProperty<>();
    private final ObservableList<String> kinds = FXCollections.observableArrayList();
    private final ObservableSet<String> selectedKinds = FXCollections.observableSet();
    private final BooleanProperty onlyWithData = new SimpleBooleanProperty(true);
    private final ObjectProperty<Order> rowOrder = new SimpleObjectProperty<>(Order.NAME);
    private final ObjectProperty<Order> columnOrder = new SimpleObjectProperty<>(Order.TOTAL);
    private final ObjectProperty<ColourScale> scale = new SimpleObjectProperty<>(ColourScale.LINEAR);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.VIRIDIS);

    private final ObjectProperty<MatrixModel> matrix = new SimpleObjectProperty<>(MatrixModel.empty());
    private final ObjectProperty<Position> selected = new SimpleObjectProperty<>();
    private final StringProperty detailsTitle = new SimpleStringProperty("");
    private final ObservableList<FactRow> facts = FXCollections.observableArrayList();
    private final ObservableList<String> regionSummary = FXCollections.observableArrayList();
    private final BooleanProperty illustrative = new SimpleBooleanProperty(false);

    private Map<String, Region> regionsByCode = Map.of();
    private List<PairValue> pairValues = List.of();
    private PairQuery lastQuery = PairQuery.documents();
    private boolean ready;

    public MatrixViewModel(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format) {
        this.store = store;
        this.tasks = new BackgroundTasks(runner, messages);
        this.messages = messages;
        this.format = format;
        metric.addListener((obs, old, now) -> refresh());
        fromEdition.addListener((obs, old, now) -> refresh());
        toEdition.addListener((obs, old, now) -> refresh());
        selectedKinds.addListener((SetChangeListener<String>) change -> refresh());
        onlyWithData.addListener((obs, old, now) -> redraw());
        rowOrder.addListener((obs, old, now) -> redraw());
        columnOrder.addListener((obs, old, now) -> redraw());
        scale.addListener((obs, old, now) -> redraw());
        palette.addListener((obs, old, now) -> redraw());
    }

    // ---- state for the view ---------------------------------------------------------------------

    public ObservableList<MetricChoice> metrics() {
        return metrics;
    }

    public ObjectProperty<MetricChoice> metricProperty() {
        return metric;
    }

    public ObservableList<Edition> editions() {
        return editions;
    }

    public ObjectProperty<Edition> fromEditionProperty() {
        return fromEdition;
    }

    public ObjectProperty<Edition> toEditionProperty() {
        return toEdition;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObservableSet<String> selectedKinds() {
        return selectedKinds;
    }

    public String kindName(String kind) {
        return messages.find("kind." + kind.replace(' ', '-')).orElse(kind);
    }

    public BooleanProperty onlyWithDataProperty() {
        return onlyWithData;
    }

    public ObjectProperty<Order> rowOrderProperty() {
        return rowOrder;
    }

    public ObjectProperty<Order> columnOrderProperty() {
        return columnOrder;
    }

    public ObjectProperty<ColourScale> scaleProperty() {
        return scale;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public ReadOnlyObjectProperty<MatrixModel> matrixProperty() {
        return matrix;
    }

    public ReadOnlyObjectProperty<Position> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty detailsTitleProperty() {
        return detailsTitle;
    }

    public ObservableList<FactRow> facts() {
        return facts;
    }

    public ObservableList<String> regionSummary() {
        return regionSummary;
    }

    /** True while the matrix, its drawing or a cell's facts are being read. */
    public javafx.beans.binding.BooleanBinding busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    public ReadOnlyBooleanProperty illustrativeProperty() {
        return illustrative;
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Reads regions, editions, kinds and currencies, then the matrix. */
    public void load() {
        tasks.run(() -> new Setup(store.regions().regions(), store.editions().editions(),
                        store.matrix().documentKinds(), store.matrix().currencies(PairMetric.TRADE),
                        store.matrix().currencies(PairMetric.CONTRACT_VALUE), store.database().isIllustrative()),
                setup -> {
                    ready = false;
                    regionsByCode = setup.regions().stream()
                            .collect(Collectors.toMap(Region::code, Function.identity()));
                    illustrative.set(setup.illustrative());
                    List<MetricChoice> choices = new ArrayList<>();
                    choices.add(new MetricChoice(PairMetric.DOCUMENTS, null, messages.get("matrix.metric.documents")));
                    setup.tradeCurrencies().forEach(currency -> choices.add(new MetricChoice(PairMetric.TRADE,
                            currency, messages.format("matrix.metric.trade", currency))));
                    setup.contractCurrencies().forEach(currency -> choices.add(new MetricChoice(
                            PairMetric.CONTRACT_VALUE, currency, messages.format("matrix.metric.contracts", currency))));
                    metrics.setAll(choices);
                    metric.set(choices.stream().filter(c -> c.equals(metric.get())).findFirst()
                            .orElse(choices.get(0)));
                    editions.setAll(setup.editions());
                    if (!setup.editions().isEmpty()) {
                        fromEdition.set(setup.editions().get(0));
                        toEdition.set(setup.editions().get(setup.editions().size() - 1));
                    }
                    kinds.setAll(setup.kinds());
                    selectedKinds.clear();
                    selectedKinds.addAll(setup.kinds()); // every kind counts until the user narrows it
                    ready = true;
                    refresh();
                });
    }

    /** Queries the store for the current filters; an answer to an older question is dropped. */
    public void refresh() {
        if (!ready || metric.get() == null) {
            return;
        }
        PairQuery query = currentQuery();
        if (query.metric() != PairMetric.TRADE && selectedKinds.isEmpty() && !kinds.isEmpty()) {
            tasks.supersede(QUERY); // an answer still on its way is for filters no longer chosen
            lastQuery = query;
            pairValues = List.of(); // every kind unticked: nothing to count
            redraw();
            return;
        }
        MatrixModelBuilder builder = builder();
        tasks.latest(QUERY, () -> {
            List<PairValue> values = store.matrix().matrix(query);
            return new Answer(values, builder.build(values), builder.settings());
        }, answer -> {
            lastQuery = query;
            pairValues = answer.values();
            tasks.supersede(DRAWING); // a drawing asked for meanwhile drew the old values
            if (answer.drawnWith().equals(builder().settings())) {
                show(answer.model());
            } else {
                redraw(); // sorting or colours changed meanwhile
            }
        });
    }

    /** The query the filters describe. The full edition range includes undated facts. */
    PairQuery currentQuery() {
        MetricChoice choice = metric.get();
        Integer fromYear = null;
        Integer toYear = null;
        if (!editions.isEmpty() && fromEdition.get() != null && toEdition.get() != null) {
            Edition first = editions.get(0);
            Edition last = editions.get(editions.size() - 1);
            int low = Math.min(fromEdition.get().year(), toEdition.get().year());
            int high = Math.max(fromEdition.get().year(), toEdition.get().year());
            if (low != first.year() || high != last.year()) {
                fromYear = low;
                toYear = high;
            }
        }
        Set<String> chosenKinds = selectedKinds.containsAll(kinds) ? Set.of() : Set.copyOf(selectedKinds);
        return new PairQuery(choice.metric(), choice.currency(), fromYear, toYear, chosenKinds);
    }

    public void select(int row, int column) {
        MatrixModel model = matrix.get();
        if (row < 0 || column < 0 || row >= model.rows().size() || column >= model.columns().size()) {
            return;
        }
        selected.set(new Position(row, column));
    }

    /** Arrow keys: move the selection, staying inside the matrix. */
    public void move(int rows, int columns) {
        MatrixModel model = matrix.get();
        if (model.rows().isEmpty() || model.columns().isEmpty()) {
            return;
        }
        Position now = selected.get() == null ? new Position(0, 0) : selected.get();
        int row = Math.max(0, Math.min(model.rows().size() - 1, now.row() + (selected.get() == null ? 0 : rows)));
        int column = Math.max(0, Math.min(model.columns().size() - 1,
                now.column() + (selected.get() == null ? 0 : columns)));
        selected.set(new Position(row, column));
    }

    /** Click or Enter: list the facts behind the selected cell. */
    public void openSelected() {
        Position position = selected.get();
        MatrixModel model = matrix.get();
        if (position == null || position.row() >= model.rows().size() || position.column() >= model.columns().size()) {
            return;
        }
        MatrixModel.Header row = model.rows().get(position.row());
        MatrixModel.Header column = model.columns().get(position.column());
        regionSummary.clear();
        detailsTitle.set(row.name() + " — " + column.name());
        PairQuery query = lastQuery;
        tasks.latest(DETAILS, () -> store.matrix().facts(row.code(), column.code(), query, FACT_LIMIT),
                list -> {
                    facts.setAll(list.stream().map(this::factRow).toList());
                    if (list.isEmpty()) {
                        detailsTitle.set(row.name() + " — " + column.name() + ": " + messages.get("noData"));
                    } else if (list.size() == FACT_LIMIT) {
                        detailsTitle.set(detailsTitle.get() + " " + messages.format("matrix.firstFacts", FACT_LIMIT));
                    }
                });
    }

    /** A region header: that region's partners and totals, from the matrix on screen. */
    public void openRegion(String code) {
        Region region = regionsByCode.get(code);
        if (region == null) {
            return;
        }
        boolean belarusian = region.country() == Country.BY;
        List<PairValue> partners = pairValues.stream()
                .filter(value -> code.equals(belarusian ? value.belarusianRegion() : value.russianRegion()))
                .sorted(Comparator.comparingDouble(PairValue::value).reversed()
                        .thenComparing(value -> regionName(belarusian ? value.russianRegion()
                                : value.belarusianRegion())))
                .toList();
        double total = partners.stream().mapToDouble(PairValue::value).sum();
        MatrixModelBuilder words = builder(); // the metric's own wording of a value
        facts.clear();
        detailsTitle.set(messages.format("matrix.regionTitle", regionName(code), partners.size(), words.valueText(total)));
        regionSummary.setAll(partners.stream().map(value -> regionName(belarusian ? value.russianRegion()
                : value.belarusianRegion()) + ": " + words.valueText(value.value())).toList());
    }

    // ---- drawing --------------------------------------------------------------------------------

    /** Redraws with the values on hand; the model is built on the store thread. */
    private void redraw() {
        if (regionsByCode.isEmpty()) {
            return;
        }
        List<PairValue> values = pairValues;
        MatrixModelBuilder builder = builder();
        tasks.latest(DRAWING, () -> builder.build(values), this::show);
    }

    private MatrixModelBuilder builder() {
        return new MatrixModelBuilder(regionsByCode, messages, new MatrixModelBuilder.Settings(metric.get(),
                rowOrder.get(), columnOrder.get(), onlyWithData.get(), scale.get(), palette.get()));
    }

    private void show(MatrixModel model) {
        Position before = selected.get();
        matrix.set(model);
        if (before != null && (before.row() >= model.rows().size() || before.column() >= model.columns().size())) {
            selected.set(null);
        }
    }

    private String regionName(String code) {
        Region region = regionsByCode.get(code);
        return region == null ? code : region.name(messages.language());
    }

    private FactRow factRow(RegionFact fact) {
        String value = fact.value() == null ? "" : fact.unit() == null ? format.count(fact.value())
                : format.value(fact.value(), fact.unit());
        String edition = fact.editionNumber() == null ? "" : Edition.toRoman(fact.editionNumber());
        return new FactRow(fact.year() == null ? messages.get("matrix.undated") : String.valueOf(fact.year()),
                edition, kindName(fact.kind()), value, Objects.toString(fact.asStated(), ""),
                fact.source().publisher() + " [" + fact.source().id() + "]");
    }
}
