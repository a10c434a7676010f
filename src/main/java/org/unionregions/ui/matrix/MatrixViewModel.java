package org.unionregions.ui.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.Kind;
import org.unionregions.model.Level;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.DocumentWords;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Palette;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/**
 * The region-pair matrix: Belarusian regions (rows) against Russian regions (columns). Filters query
 * the store (aggregation in SQL); sorting, hiding empty regions, scale and palette only redraw. The
 * details pane follows the filters: after a change it shows the same pair or region as it now is.
 */
public final class MatrixViewModel implements ScreenModel {

    public enum Order { NAME, TOTAL }

    /** A metric as offered to the user: a count, or a money metric in one currency. */
    /**
     * What the user chose: kept when the data is read again after a change, and handed to the window
     * rebuilt in another language. {@code everyKind}/{@code everyLevel}: all were ticked, so a kind or
     * level new in the data is ticked too.
     */
    public record State(PairMetric metric, String currency, Integer fromEdition, Integer toEdition,
                        Set<String> kinds, boolean everyKind, Set<String> levels, boolean everyLevel,
                        Set<String> statuses, boolean onlyWithData, Order rowOrder, Order columnOrder,
                        ColourScale scale, Palette palette) {
    }

    public record MetricChoice(PairMetric metric, String currency, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One fact behind a cell, worded for the list. */
    /**
     * {@code furtherStatement}: another source's statement of the document on the row before;
     * {@code disagreement}: on a document's first row, what its statements state differently.
     */
    public record FactRow(String year, String edition, String kind, String level, String status, boolean expected,
                          String value, String asStated, String source, boolean furtherStatement, String disagreement) {
    }

    /** The selected cell, by row and column index in the current model. */
    public record Position(int row, int column) {
    }

    /** What the details pane shows: a pair's facts, or a region's partners. */
    private record Subject(String belarusianRegion, String russianRegion, String region) {
        static Subject pair(String by, String ru) {
            return new Subject(by, ru, null);
        }

        static Subject region(String code) {
            return new Subject(null, null, code);
        }
    }

    /** The level of a fact that states none, in the level filter. */
    public static final String NO_LEVEL = "";
    public static final List<String> STATUSES = List.of("reported", "expected");

    static final int FACT_LIMIT = 500;
    /** Columns a matrix slide shows: 20 cells across stay readable from the back of a room at 1080p. */
    public static final int SLIDE_MATRIX_COLUMNS = 20;

    private record Answer(List<PairValue> values, MatrixModel model, MatrixModelBuilder.Settings drawnWith) {
    }

    private record Setup(List<Region> regions, List<Edition> editions, Map<PairMetric, List<String>> kinds,
                         Map<PairMetric, List<String>> currencies, List<String> levels, boolean illustrative,
                         List<org.unionregions.model.RegionTotal> totals) {
    }

    /** The names of the work whose latest answer wins. */
    private static final String QUERY = "query";
    private static final String DRAWING = "drawing";
    private static final String DETAILS = "details";

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
    private final ObservableList<String> levels = FXCollections.observableArrayList();
    private final ObservableSet<String> selectedLevels = FXCollections.observableSet();
    private final ObservableSet<String> selectedStatuses = FXCollections.observableSet(STATUSES.toArray(String[]::new));
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
    private final StringProperty detailsRegion = new SimpleStringProperty();
    /** What the region of the details states of its own total, beside the registry's count (empty: nothing). */
    private final StringProperty detailsNote = new SimpleStringProperty("");
    private final StringProperty regionChosen = new SimpleStringProperty();
    private final StringProperty highlightedRegion = new SimpleStringProperty();
    private final StringProperty profileRequest = new SimpleStringProperty();
    private final BooleanProperty illustrative = new SimpleBooleanProperty(false);

    private Map<String, Region> regionsByCode = Map.of();
    /** Each region's own totals beside the registry's counts, worded: the row headings and the region details. */
    private Map<String, String> completeness = Map.of();
    private Map<PairMetric, List<String>> kindsByMetric = Map.of();
    private List<PairValue> pairValues = List.of();
    private PairQuery lastQuery = PairQuery.documents();
    private Subject subject;
    private boolean ready;
    private boolean loadedOnce;
    /** A state to take over when the data is read (the window was rebuilt in another language). */
    private State pending;
    /** True while the shared filter is applied to the matrix (its changes are not shared back). */
    private boolean applyingShared;

    public MatrixViewModel(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format) {
        this.store = store;
        this.tasks = new BackgroundTasks(runner, messages);
        this.messages = messages;
        this.format = format;
        metric.addListener((obs, old, now) -> {
            if (ready && (old == null || now == null || old.metric().group() != now.metric().group())) {
                showKindsOf(now);
            }
            refresh();
        });
        // the range never inverts: moving one end past the other takes the other along, so the
        // controls always show the range applied
        fromEdition.addListener((obs, old, now) -> {
            if (now != null && toEdition.get() != null && now.year() > toEdition.get().year()) {
                toEdition.set(now);
            }
            refresh();
        });
        toEdition.addListener((obs, old, now) -> {
            if (now != null && fromEdition.get() != null && now.year() < fromEdition.get().year()) {
                fromEdition.set(now);
            }
            refresh();
        });
        selectedKinds.addListener((SetChangeListener<String>) change -> refresh());
        selectedLevels.addListener((SetChangeListener<String>) change -> refresh());
        selectedStatuses.addListener((SetChangeListener<String>) change -> refresh());
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

    /** The kinds of the metric's group that facts have: the kind filter's choices. */
    public ObservableList<String> kinds() {
        return kinds;
    }

    public ObservableSet<String> selectedKinds() {
        return selectedKinds;
    }

    /** What the kind filter chooses among, for the metric shown: kinds of document, of listing, of figure. */
    public javafx.beans.binding.StringBinding kindsLabelProperty() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("matrix.kinds."
                + (metric.get() == null ? Kind.Group.DOCUMENT : metric.get().metric().group()).name()), metric);
    }

    public String kindName(String kind) {
        return messages.find("kind." + kind).orElse(kind);
    }

    /** The levels facts state ({@link #NO_LEVEL} for none): the level filter's choices. */
    public ObservableList<String> levels() {
        return levels;
    }

    public ObservableSet<String> selectedLevels() {
        return selectedLevels;
    }

    public String levelName(String level) {
        return messages.get(level == null || level.isEmpty() ? "level.none" : "level." + level);
    }

    /** Reported and expected facts, both counted until the user narrows it. */
    public ObservableSet<String> selectedStatuses() {
        return selectedStatuses;
    }

    /** One click: documents signed by regional governments only. */
    public void onlyRegionalGovernments() {
        selectedLevels.retainAll(Set.of(Level.REGION.key()));
        selectedLevels.add(Level.REGION.key());
    }

    /** Every level again. */
    public void everyLevel() {
        selectedLevels.addAll(levels);
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

    /** The region's own total beside the registry's count, for the region shown in the details; empty else. */
    public ReadOnlyStringProperty detailsNoteProperty() {
        return detailsNote;
    }

    public ObservableList<String> regionSummary() {
        return regionSummary;
    }

    /** The region whose partners the details show, or null: the view offers its profile. */
    public ReadOnlyStringProperty detailsRegionProperty() {
        return detailsRegion;
    }

    /** The region whose profile the user asked for (the window opens the profile screen on it). */
    public ReadOnlyStringProperty profileRequestProperty() {
        return profileRequest;
    }

    /** True while the matrix, its drawing or a cell's facts are being read. */
    @Override
    public BooleanBinding busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    public ReadOnlyBooleanProperty illustrativeProperty() {
        return illustrative;
    }

    // ---- commands -------------------------------------------------------------------------------

    // ---- the screen contract ---------------------------------------------------------------------

    @Override
    public void reload(Change change) {
        load();
    }

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of();
    }

    @Override
    public Map<String, String> capture() {
        return SavedMatrix.of(state());
    }

    /** Takes over a saved view's choices; once read, the matrix is read again with them. */
    @Override
    public void restore(Map<String, String> state) {
        restore(SavedMatrix.state(state));
        if (loadedOnce) {
            load();
        }
    }

    /** Nothing typed here is kept for later: closing loses nothing. */
    @Override
    public List<String> unsavedWork() {
        return List.of();
    }

    @Override
    public List<Slide> slides() {
        return metric.get() == null ? List.of() : List.of(slide());
    }

    @Override
    public Optional<Slide> viewSlide() {
        return Optional.of(slide());
    }

    /** The matrix as its screen shows it now, with the partners of the largest totals when there are many. */
    public Slide slide() {
        MetricChoice chosen = metric.get();
        Edition from = fromEdition.get();
        Edition to = toEdition.get();
        MatrixModel whole = matrix.get();
        MatrixModel shown = whole.withLargestColumns(SLIDE_MATRIX_COLUMNS);
        String subtitle = (chosen == null ? "" : chosen.label()) + (from == null || to == null ? ""
                : " · " + from.label() + " – " + to.label()) + (shown == whole ? ""
                : " · " + messages.format("present.matrixLargest", shown.columns().size(), whole.columns().size()));
        return new Slide(messages.get("matrix.heading"), subtitle, messages.get("present.matrixSource"),
                new MatrixContent(shown));
    }

    /**
     * The matrix's edition range is the shared one (either way), a region clicked filters the screens
     * to it, and its status filter with one status ticked is the shared status.
     */
    @Override
    public void follow(SharedFilter filter) {
        InvalidationListener sharedRange = obs -> {
            if (filter.rangeIsWhole()) {
                applyingShared(() -> showEditions(filter.fromEditionProperty().get(),
                        filter.toEditionProperty().get()));
            }
        };
        filter.fromEditionProperty().addListener(sharedRange);
        filter.toEditionProperty().addListener(sharedRange);
        // a reload keeps the matrix's own range (a saved view's, another window's): the filter follows it
        InvalidationListener ownRange = obs -> shareRange(filter);
        matrix.addListener(ownRange);
        fromEdition.addListener(ownRange);
        toEdition.addListener(ownRange);
        regionChosen.addListener((obs, old, code) -> {
            if (code != null) {
                filter.regionProperty().set(code);
            }
        });
        filter.regionProperty().addListener((obs, old, code) -> highlightedRegion.set(code));
        selectedStatuses.addListener((SetChangeListener<String>) change -> {
            if (!applyingShared) {
                filter.statusProperty().set(selectedStatuses.size() == 1 ? selectedStatuses.iterator().next() : null);
            }
        });
        filter.statusProperty().addListener((obs, old, status) -> applyingShared(() -> {
            if (status == null) {
                selectedStatuses.addAll(STATUSES);
            } else {
                selectedStatuses.add(status);
                selectedStatuses.retainAll(Set.of(status));
            }
        }));
    }

    /** Applies the shared filter; the changes it makes to the matrix's own choices are not shared back. */
    private void applyingShared(Runnable change) {
        boolean was = applyingShared;
        applyingShared = true;
        try {
            change.run();
        } finally {
            applyingShared = was;
        }
    }

    /** The user moved the matrix's range: it becomes the shared one (all editions: no filter). */
    private void shareRange(SharedFilter filter) {
        if (applyingShared || !ready || editions.isEmpty() || fromEdition.get() == null || toEdition.get() == null) {
            return;
        }
        int from = fromEdition.get().number();
        int to = toEdition.get().number();
        boolean all = from == editions.get(0).number() && to == editions.get(editions.size() - 1).number();
        if (all) {
            filter.editions(null, null);
        } else {
            filter.editions(from, to);
        }
    }

    /** Reads regions, editions, kinds, levels and currencies, then the matrix. */
    @Override
    public void load() {
        tasks.run(() -> {
            Map<PairMetric, List<String>> kindsPresent = new EnumMap<>(PairMetric.class);
            Map<PairMetric, List<String>> currencies = new EnumMap<>(PairMetric.class);
            for (PairMetric each : PairMetric.values()) {
                kindsPresent.put(each, store.matrix().kindsPresent(each));
                if (each.isMoney()) {
                    currencies.put(each, store.matrix().currencies(each));
                }
            }
            return new Setup(store.regions().regions(), store.editions().editions(), kindsPresent, currencies,
                    store.matrix().levelsPresent(), store.isIllustrative(), store.regions().totals());
        }, this::apply);
    }

    private void apply(Setup setup) {
        State keep = pending != null ? pending : loadedOnce ? state() : null;
        pending = null;
        ready = false;
        regionsByCode = setup.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
        Map<String, String> notes = new java.util.HashMap<>();
        for (org.unionregions.model.RegionTotal total : setup.totals()) {
            Region region = regionsByCode.get(total.region());
            notes.merge(total.region(), messages.format("completeness." + total.measure(),
                    region == null ? total.region() : region.name(messages.language()), format.count(total.value()),
                    total.year() == null ? "" : String.valueOf(total.year()),
                    org.unionregions.i18n.SourceNames.worded(total.source().publisher(), messages) + " [" + total.source().id() + "]", total.registry()),
                    (a, b) -> a + "\n" + b);
        }
        completeness = Map.copyOf(notes);
        kindsByMetric = setup.kinds();
        illustrative.set(setup.illustrative());
        List<MetricChoice> choices = new ArrayList<>();
        for (PairMetric each : PairMetric.values()) {
            if (!each.isMoney()) {
                if (each == PairMetric.DOCUMENTS || !setup.kinds().get(each).isEmpty()) {
                    choices.add(new MetricChoice(each, null, messages.get(each.labelKey())));
                }
            } else {
                setup.currencies().get(each).forEach(currency -> choices.add(new MetricChoice(each, currency,
                        messages.format(each.labelKey(), currency))));
            }
        }
        metrics.setAll(choices);
        metric.set(choices.stream().filter(c -> keep != null && c.metric() == keep.metric()
                && Objects.equals(c.currency(), keep.currency())).findFirst().orElse(choices.get(0)));
        editions.setAll(setup.editions());
        if (!setup.editions().isEmpty()) {
            Edition first = setup.editions().get(0);
            Edition last = setup.editions().get(setup.editions().size() - 1);
            toEdition.set(last); // the widest range first: neither end may pass the other on the way
            fromEdition.set(first);
            fromEdition.set(edition(setup.editions(), keep == null ? null : keep.fromEdition()).orElse(first));
            toEdition.set(edition(setup.editions(), keep == null ? null : keep.toEdition()).orElse(last));
        }
        showKindsOf(metric.get());
        if (keep != null && !keep.everyKind()) {
            narrow(selectedKinds, kinds, keep.kinds());
        }
        levels.setAll(setup.levels());
        selectedLevels.clear();
        selectedLevels.addAll(setup.levels()); // every level counts until the user narrows it
        if (keep != null && !keep.everyLevel()) {
            narrow(selectedLevels, levels, keep.levels());
        }
        loadedOnce = true;
        ready = true;
        refresh();
    }

    /** Ticks only the {@code kept} of the {@code offered}; all of them if none of those is offered now. */
    private static void narrow(ObservableSet<String> ticked, List<String> offered, Set<String> kept) {
        List<String> still = offered.stream().filter(kept::contains).toList();
        if (!still.isEmpty()) {
            ticked.retainAll(still);
        }
    }

    private static Optional<Edition> edition(List<Edition> editions, Integer number) {
        return number == null ? Optional.empty()
                : editions.stream().filter(each -> each.number() == number).findFirst();
    }

    /**
     * Shows the editions from {@code from} to {@code to} (numbers; null: the first or the last), with
     * one query; nothing happens before the editions are read or when the range is already shown.
     */
    public void showEditions(Integer from, Integer to) {
        if (!ready || editions.isEmpty()) {
            return;
        }
        Edition first = editions.get(0);
        Edition last = editions.get(editions.size() - 1);
        Edition start = edition(editions, from).orElse(first);
        Edition end = edition(editions, to).orElse(last);
        if (start.equals(fromEditionProperty().get()) && end.equals(toEditionProperty().get())) {
            return;
        }
        ready = false; // one refresh for both ends
        toEdition.set(last); // the widest range first: neither end may pass the other on the way
        fromEdition.set(start);
        toEdition.set(end);
        ready = true;
        refresh();
    }

    /** True once the data are read and the filters set (not while a reload sets them). */
    public boolean isReady() {
        return ready;
    }

    /** The filters and settings chosen now. */
    public State state() {
        MetricChoice chosen = metric.get();
        return new State(chosen == null ? null : chosen.metric(), chosen == null ? null : chosen.currency(),
                fromEdition.get() == null ? null : fromEdition.get().number(),
                toEdition.get() == null ? null : toEdition.get().number(), Set.copyOf(selectedKinds),
                selectedKinds.containsAll(kinds), Set.copyOf(selectedLevels), selectedLevels.containsAll(levels),
                Set.copyOf(selectedStatuses), onlyWithData.get(), rowOrder.get(), columnOrder.get(), scale.get(),
                palette.get());
    }

    /** Takes over another window's choices; the filters that depend on the data apply once it is read. */
    public void restore(State state) {
        onlyWithData.set(state.onlyWithData());
        rowOrder.set(state.rowOrder());
        columnOrder.set(state.columnOrder());
        scale.set(state.scale());
        palette.set(state.palette());
        if (!state.statuses().isEmpty()) { // exactly those ticked then: a saved view may tick more than now
            selectedStatuses.retainAll(state.statuses());
            selectedStatuses.addAll(state.statuses());
        }
        pending = state;
    }

    /** The kind filter offers the kinds of the metric's group, all ticked. */
    private void showKindsOf(MetricChoice choice) {
        List<String> present = choice == null ? List.of() : kindsByMetric.getOrDefault(choice.metric(), List.of());
        boolean wasReady = ready;
        ready = false; // one refresh for the whole change
        kinds.setAll(present);
        selectedKinds.clear();
        selectedKinds.addAll(present);
        ready = wasReady;
    }

    /** Queries the store for the current filters; an answer to an older question is dropped. */
    public void refresh() {
        if (!ready || metric.get() == null) {
            return;
        }
        PairQuery query = currentQuery();
        if (nothingChosen()) {
            tasks.supersede(QUERY); // an answer still on its way is for filters no longer chosen
            lastQuery = query;
            pairValues = List.of(); // every kind, level or status unticked: nothing to count
            redraw();
            followSubject();
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
            followSubject();
        });
    }

    private boolean nothingChosen() {
        return selectedKinds.isEmpty() && !kinds.isEmpty() || selectedLevels.isEmpty() && !levels.isEmpty()
                || selectedStatuses.isEmpty();
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
        Set<String> chosenLevels = selectedLevels.containsAll(levels) ? Set.of() : Set.copyOf(selectedLevels);
        Set<String> chosenStatuses = selectedStatuses.containsAll(STATUSES) ? Set.of() : Set.copyOf(selectedStatuses);
        return new PairQuery(choice.metric(), choice.currency(), fromYear, toYear, chosenKinds, chosenLevels,
                chosenStatuses);
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
        openPair(model.rows().get(position.row()).code(), model.columns().get(position.column()).code());
    }

    private void openPair(String belarusian, String russian) {
        subject = Subject.pair(belarusian, russian);
        detailsRegion.set(null);
        detailsNote.set("");
        regionSummary.clear();
        String title = regionName(belarusian) + " — " + regionName(russian);
        detailsTitle.set(title);
        PairQuery query = lastQuery;
        tasks.latest(DETAILS, () -> store.matrix().facts(belarusian, russian, query, FACT_LIMIT), list -> {
            facts.setAll(rowsByDocument(list));
            if (list.isEmpty()) {
                detailsTitle.set(title + ": " + messages.get("noData"));
            } else if (list.size() == FACT_LIMIT) {
                detailsTitle.set(title + " " + messages.format("matrix.firstFacts", FACT_LIMIT));
            }
        });
    }

    /** A region header: that region's partners and totals, from the matrix on screen. */
    /** The region the screens are filtered to, marked in the headings (null: none). */
    public StringProperty highlightedRegionProperty() {
        return highlightedRegion;
    }

    /** A region clicked (set again on each click): the other screens filter to it. */
    public ReadOnlyStringProperty regionChosenProperty() {
        return regionChosen;
    }

    public void openRegion(String code) {
        regionChosen.set(null);
        regionChosen.set(code);
        Region region = regionsByCode.get(code);
        if (region == null) {
            return;
        }
        subject = Subject.region(code);
        tasks.supersede(DETAILS);
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
        detailsRegion.set(code);
        boolean additive = metric.get() == null || metric.get().metric().aggregate() != PairMetric.Aggregate.LATEST_YEAR;
        detailsTitle.set(additive // latest figures are of different years: no total of them
                ? messages.format("matrix.regionTitle", regionName(code), partners.size(), words.valueText(total))
                : messages.format("matrix.regionPartners", regionName(code), partners.size()));
        detailsNote.set(completeness.getOrDefault(code, "")); // the region's own count: the registry is no complete list
        regionSummary.setAll(partners.stream().map(value -> regionName(belarusian ? value.russianRegion()
                : value.belarusianRegion()) + ": " + words.valueText(value.value())
                + (value.year() == null ? "" : " (" + value.year() + ")")).toList());
    }

    /** Asks the window to open the profile of the region (a region header, or the details' button). */
    public void openProfile(String code) {
        profileRequest.set(null); // the same region asked for twice is two requests
        profileRequest.set(code);
    }

    /** After the filters changed, the details show the same pair or region as it now is. */
    private void followSubject() {
        if (subject == null) {
            return;
        }
        if (subject.region() != null) {
            openRegion(subject.region());
        } else {
            openPair(subject.belarusianRegion(), subject.russianRegion());
        }
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
                rowOrder.get(), columnOrder.get(), onlyWithData.get(), scale.get(), palette.get()))
                .withNotes(completeness);
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

    /** One row per statement, the statements of a document together, its disagreement on its first row. */
    private List<FactRow> rowsByDocument(List<RegionFact> list) {
        Map<Long, org.unionregions.model.Document> documentOf = new java.util.HashMap<>();
        org.unionregions.model.Document.of(list).forEach(document ->
                document.statements().forEach(statement -> documentOf.put(statement.id(), document)));
        List<FactRow> rows = new ArrayList<>();
        Set<Long> shown = new java.util.HashSet<>();
        for (RegionFact fact : list) {
            org.unionregions.model.Document document = documentOf.get(fact.id());
            if (document == null) {
                rows.add(factRow(fact, false, ""));
            } else if (shown.add(document.id())) {
                boolean first = true;
                for (RegionFact statement : document.statements()) {
                    rows.add(factRow(statement, !first, first ? DocumentWords.disagreement(document, messages) : ""));
                    first = false;
                }
            }
        }
        return rows;
    }

    private FactRow factRow(RegionFact fact, boolean furtherStatement, String disagreement) {
        String value = fact.value() == null ? "" : fact.unit() == null ? format.count(fact.value())
                : fact.unit().startsWith("%") ? format.count(fact.value()) + " " + fact.unit()
                : format.value(fact.value(), fact.unit());
        String edition = fact.editionNumber() == null ? "" : Edition.toRoman(fact.editionNumber());
        return new FactRow(fact.year() == null ? messages.get("matrix.undated") : String.valueOf(fact.year()),
                edition, kindName(fact.kind()), levelName(fact.level()),
                messages.get("status." + fact.status()), fact.isExpected(), value,
                Objects.toString(fact.asStated(), ""), org.unionregions.i18n.SourceNames.worded(fact.source().publisher(), messages) + " [" + fact.source().id() + "]",
                furtherStatement, disagreement);
    }
}
