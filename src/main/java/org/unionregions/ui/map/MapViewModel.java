package org.unionregions.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.Palette;
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

    /**
     * Counts are skewed (most regions have one to three documents, a few dozens): on a linear scale all
     * but those few would be the same dark colour.
     */
    static final ColourScale SCALE = ColourScale.LOGARITHMIC;

    /** The metrics the map colours by: counts that add up over partners. */
    public static final List<PairMetric> METRICS = List.of(PairMetric.DOCUMENTS, PairMetric.PARTNERS);

    /**
     * One region as drawn: its fill ("#rrggbb", null: no data), its value worded, what a screen reader
     * says, and its rank by value (0: the most; {@link Integer#MAX_VALUE}: no data).
     */
    public record Area(String code, String name, boolean belarusian, String fill, String valueText,
                       String accessibleName, boolean chosen, int rank) {
    }

    /** A line from the chosen region to a partner, {@code weight} from 0 to 1 by the pair's value. */
    public record Link(String from, String to, double weight, String text) {
    }

    /** What the map shows: the areas, the lines, the legend's ends and colours, and its title. */
    public record MapModel(String title, List<Area> areas, List<Link> links, String legendMin, String legendMax,
                           List<String> legendColours, String noData) {

        public static MapModel empty() {
            return new MapModel("", List.of(), List.of(), "", "", List.of(), "");
        }

        public Optional<Area> area(String code) {
            return areas.stream().filter(area -> area.code().equals(code)).findFirst();
        }
    }

    private record Loaded(List<Region> regions, List<Edition> editions, List<PairValue> values, RegionShapes shapes) {
    }

    private final DataStore store;
    private final Messages messages;
    private final FigureFormat format;
    private final BackgroundTasks tasks;
    private final ObjectProperty<PairMetric> metric = new SimpleObjectProperty<>(PairMetric.DOCUMENTS);
    private final ObjectProperty<MapModel> map = new SimpleObjectProperty<>(MapModel.empty());
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
        this.format = format;
        this.tasks = new BackgroundTasks(runner, messages);
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

    public ReadOnlyObjectProperty<MapModel> mapProperty() {
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

    /** The map of {@code read}: totals per region, or the pairs of {@code chosen} and lines to its partners. */
    MapModel model(Loaded read, String chosenCode) {
        Map<String, Region> regions = new HashMap<>();
        read.regions().forEach(region -> regions.put(region.code(), region));
        Map<String, Double> values = new HashMap<>();
        List<Link> links = new ArrayList<>();
        Region chosenRegion = chosenCode == null ? null : regions.get(chosenCode);
        if (chosenRegion == null) {
            for (PairValue pair : read.values()) {
                values.merge(pair.belarusianRegion(), pair.value(), Double::sum);
                values.merge(pair.russianRegion(), pair.value(), Double::sum);
            }
        } else {
            boolean belarusian = chosenRegion.country() == Country.BY;
            double most = 0;
            for (PairValue pair : read.values()) {
                if (chosenCode.equals(belarusian ? pair.belarusianRegion() : pair.russianRegion())) {
                    String partner = belarusian ? pair.russianRegion() : pair.belarusianRegion();
                    values.merge(partner, pair.value(), Double::sum);
                    most = Math.max(most, pair.value());
                }
            }
            for (Map.Entry<String, Double> partner : values.entrySet()) {
                links.add(new Link(chosenCode, partner.getKey(), most == 0 ? 0 : partner.getValue() / most,
                        name(regions, partner.getKey()) + ": " + format.count(partner.getValue())));
            }
            links.sort(Comparator.comparingDouble(Link::weight));
        }
        double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> ranked = values.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<Area> areas = new ArrayList<>();
        for (RegionShapes.Shape shape : read.shapes().shapes().values()) {
            Region region = regions.get(shape.code());
            String name = name(regions, shape.code());
            Double value = values.get(shape.code());
            String valueText = value == null ? messages.get("noData") : format.count(value);
            String fill = value == null ? null : Palette.VIRIDIS.colour(SCALE.position(value, min, max));
            boolean isChosen = shape.code().equals(chosenCode);
            String accessible = isChosen ? messages.format("map.area.chosen", name, valueText)
                    : chosenRegion == null ? messages.format("map.area", name, valueText)
                    : messages.format("map.area.with", name, name(regions, chosenCode), valueText);
            areas.add(new Area(shape.code(), name, region != null && region.country() == Country.BY, fill, valueText,
                    accessible, isChosen, value == null ? Integer.MAX_VALUE : ranked.indexOf(shape.code())));
        }
        List<String> colours = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            colours.add(Palette.VIRIDIS.colour(i / 8.0));
        }
        String title = chosenRegion == null ? messages.format("map.title", messages.get(metric.get().labelKey()))
                : messages.format("map.title.with", messages.get(metric.get().labelKey()), name(regions, chosenCode));
        return new MapModel(title, List.copyOf(areas), List.copyOf(links), values.isEmpty() ? "" : format.count(min),
                values.isEmpty() ? "" : format.count(max), colours, messages.get("noData"));
    }

    private String name(Map<String, Region> regions, String code) {
        Region region = regions.get(code);
        return region == null ? code : region.name(messages.language());
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

    @Override
    public void restore(Map<String, String> state) {
        fromEdition = number(state.get("from"));
        toEdition = number(state.get("to"));
        String savedStatus = state.getOrDefault("status", "");
        status = savedStatus.isEmpty() ? null : savedStatus;
        METRICS.stream().filter(each -> each.name().equals(state.get("metric"))).findFirst().ifPresent(metric::set);
        String region = state.getOrDefault("region", "");
        chosen.set(region.isEmpty() ? null : region);
        reload(Change.HERE);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null; // a saved view edited by hand: every edition
        }
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
        MapModel shown = map.get();
        return new Slide(shown.title().isEmpty() ? messages.get("map.heading") : shown.title(),
                messages.get("map.subtitle"), messages.get("map.source"), new MapContent(shown, shapes.get()));
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
