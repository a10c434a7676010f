package org.unionregions.ui.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.RegionMaps;
import org.unionregions.ui.present.MapContent;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/**
 * The map of the regions: each region coloured by the matrix's metric (documents signed, or partners
 * named) over the editions and status the screens are filtered to; a region chosen (here, in the
 * matrix or the profile) colours its partners by the pair's value and draws a line to each, weighted by
 * it. A region without data is "no data", never zero.
 */
public final class MapViewModel implements ScreenModel {

    /** The metrics the map colours by: counts that add up over partners. */
    public static final List<PairMetric> METRICS = List.of(PairMetric.DOCUMENTS, PairMetric.PARTNERS);

    private record Loaded(List<Region> regions, List<Edition> editions, List<PairValue> values, RegionShapes shapes) {
    }

    private final DataStore store;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final RegionMaps maps;
    private final ObjectProperty<PairMetric> metric = new SimpleObjectProperty<>(PairMetric.DOCUMENTS);
    private final ObjectProperty<RegionMap> map = new SimpleObjectProperty<>(RegionMap.empty());
    private final ObjectProperty<RegionShapes> shapes = new SimpleObjectProperty<>();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>();
    private Integer fromEdition;
    private Integer toEdition;
    private String status;
    private Loaded data = new Loaded(List.of(), List.of(), List.of(), null);
    private boolean loaded;
    private Consumer<String> profileOpener = code -> { };

    public MapViewModel(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format) {
        this.store = store;
        this.messages = messages;
        this.tasks = new BackgroundTasks(runner, messages);
        this.maps = new RegionMaps(messages, format);
        metric.addListener((obs, old, now) -> reload(Change.HERE));
        chosen.addListener((obs, old, now) -> redraw());
    }

    /** Where "open the profile" goes (the window's profile screen). */
    void openProfilesWith(Consumer<String> opener) {
        this.profileOpener = opener;
    }

    public ObjectProperty<PairMetric> metricProperty() {
        return metric;
    }

    public String metricLabel(PairMetric each) {
        return messages.get(each.labelKey());
    }

    public ReadOnlyObjectProperty<RegionMap> mapProperty() {
        return map;
    }

    /** The boundaries, once read (in the background, the first time the map is needed). */
    public ReadOnlyObjectProperty<RegionShapes> shapesProperty() {
        return shapes;
    }

    /** The region chosen (its partners coloured and joined by lines), or null. */
    public ReadOnlyObjectProperty<String> chosenProperty() {
        return chosen;
    }

    /** A region clicked or chosen with the keyboard: its partners; the same region again: every region. */
    public void choose(String code) {
        chosen.set(code != null && code.equals(chosen.get()) ? null : code);
    }

    /** Opens the region's profile. */
    public void openProfile(String code) {
        profileOpener.accept(code);
    }

    @Override
    public BooleanBinding busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    @Override
    public void load() {
        loaded = true;
        PairMetric counted = metric.get();
        Integer from = fromEdition;
        Integer to = toEdition;
        String withStatus = status;
        tasks.latest("map", () -> {
            List<Edition> editions = store.editions().editions();
            PairQuery query = new PairQuery(counted, null, yearOf(editions, from), yearOf(editions, to), Set.of(),
                    Set.of(), withStatus == null ? Set.of() : Set.of(withStatus));
            return new Loaded(store.regions().regions(), editions, store.matrix().matrix(query), RegionShapes.get());
        }, read -> {
            data = read;
            shapes.set(read.shapes());
            redraw();
        });
    }

    @Override
    public void reload(Change change) {
        if (loaded) {
            load();
        }
    }

    /** The year of edition {@code number} (the matrix counts by year), or null: no bound. */
    private static Integer yearOf(List<Edition> editions, Integer number) {
        return number == null ? null : editions.stream().filter(each -> each.number() == number)
                .map(Edition::year).findFirst().orElse(null);
    }

    private void redraw() {
        if (data.shapes() == null) {
            return;
        }
        map.set(model(data, chosen.get()));
    }

    /** The map of {@code read}: totals per region, or the pairs of {@code chosenCode} and lines to its partners. */
    RegionMap model(Loaded read, String chosenCode) {
        return maps.map(read.regions(), read.values(), chosenCode, messages.get(metric.get().labelKey()),
                RegionMap.Fit.BELARUS_AND_WEST);
    }

    // ---- the screen contract ---------------------------------------------------------------------

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of();
    }

    /** A saved view keeps the metric, the region chosen, and the editions and status counted. */
    @Override
    public Map<String, String> capture() {
        return Map.of("metric", metric.get().name(), "region", orEmpty(chosen.get()),
                "from", orEmpty(fromEdition), "to", orEmpty(toEdition), "status", orEmpty(status));
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Sets what {@code state} names (a saved view names all; "show this region on the map" only the region). */
    @Override
    public void restore(Map<String, String> state) {
        if (state.containsKey("from") || state.containsKey("to")) {
            fromEdition = number(state.get("from"));
            toEdition = number(state.get("to"));
        }
        if (state.containsKey("status")) {
            String savedStatus = state.get("status");
            status = savedStatus == null || savedStatus.isEmpty() ? null : savedStatus;
        }
        METRICS.stream().filter(each -> each.name().equals(state.get("metric"))).findFirst().ifPresent(metric::set);
        if (state.containsKey("region")) {
            String region = state.get("region");
            chosen.set(region == null || region.isEmpty() ? null : region);
        }
        reload(Change.HERE);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null; // a saved view edited by hand: every edition
        }
    }

    /** Nothing typed here is kept for later: closing loses nothing. */
    @Override
    public List<String> unsavedWork() {
        return List.of();
    }

    /** The map adds nothing to the standard deck: a saved view of it is a slide. */
    @Override
    public List<Slide> slides() {
        return List.of();
    }

    @Override
    public Optional<Slide> viewSlide() {
        return Optional.of(slide());
    }

    private Slide slide() {
        RegionMap shown = map.get();
        return new Slide(shown.title().isEmpty() ? messages.get("map.heading") : shown.title(),
                messages.get("map.subtitle"), messages.get("map.source"), new MapContent(shown));
    }

    /**
     * The shared edition range and status decide what is counted; the shared region is the region chosen,
     * and a region chosen here becomes the shared one.
     */
    @Override
    public void follow(SharedFilter filter) {
        javafx.beans.InvalidationListener range = obs -> {
            if (filter.rangeIsWhole()) {
                fromEdition = filter.fromEditionProperty().get();
                toEdition = filter.toEditionProperty().get();
                reload(Change.HERE);
            }
        };
        filter.fromEditionProperty().addListener(range);
        filter.toEditionProperty().addListener(range);
        filter.statusProperty().addListener((obs, old, now) -> {
            status = now;
            reload(Change.HERE);
        });
        filter.regionProperty().addListener((obs, old, code) -> chosen.set(code));
        chosen.addListener((obs, old, code) -> filter.regionProperty().set(code));
    }
}
