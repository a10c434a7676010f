package org.unionregions.ui.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;
import org.unionregions.model.Figure;
import org.unionregions.model.FigureStatus;
import org.unionregions.model.Metric;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.Qualifier;
import org.unionregions.model.RegionMap;
import org.unionregions.model.TradeFigure;
import org.unionregions.model.Variants;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.common.RegionMaps;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/** The headline figures: editions held, the largest agreement count, contract value per currency, trade. */
public final class OverviewViewModel implements ScreenModel {

    /** One tile: what it counts, the figure as a source stated it, when, and who said so. */
    public record Tile(String id, String title, String value, String caveat, String context, String source) {
    }

    private record Snapshot(List<Edition> editions, List<Figure> figures, List<TradeFigure> trade) {
    }

    private final DataStore store;
    private final Messages messages;
    private final FigureFormat format;
    private final Clock clock;

    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObjectProperty<RegionMap> map = new SimpleObjectProperty<>(RegionMap.empty());
    private Consumer<String> mapOpener = code -> { };
    private boolean mapWanted;
    private final BackgroundTasks loading;

    public OverviewViewModel(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format,
                             Clock clock) {
        this.store = store;
        this.loading = new BackgroundTasks(runner, messages);
        this.messages = messages;
        this.format = format;
        this.clock = clock;
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    @Override
    public javafx.beans.binding.BooleanBinding busyProperty() {
        return loading.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return loading.errorProperty();
    }

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of();
    }

    /** The headline figures are the whole registry's: nothing to keep, nothing to filter. */
    @Override
    public Map<String, String> capture() {
        return Map.of();
    }

    @Override
    public void restore(Map<String, String> state) {
        // nothing to choose on this screen
    }

    @Override
    public void follow(SharedFilter filter) {
        // the headline figures stay the registry's whole: a filtered headline would read as the total
    }

    /** Nothing typed here is kept for later: closing loses nothing. */
    @Override
    public List<String> unsavedWork() {
        return List.of();
    }

    @Override
    public List<Slide> slides() {
        return List.of(tilesSlide());
    }

    @Override
    public Optional<Slide> viewSlide() {
        return Optional.of(tilesSlide());
    }

    private Slide tilesSlide() {
        return new Slide(messages.get("overview.heading"), messages.get("present.headline"),
                messages.get("present.sourceOnTiles"), new TilesContent(List.copyOf(tiles)));
    }

    @Override
    public void reload(Change change) {
        load();
    }

    /** Reads the store in the background and replaces the tiles. */
    @Override
    public void load() {
        loading.latest("load", () -> new Snapshot(store.editions().editions(), store.editions().figures(),
                        store.trade().tradeFigures()),
                snapshot -> tiles.setAll(tilesFor(snapshot)));
        if (mapWanted) {
            loadMap();
        }
    }

    /**
     * Reads the small map (and again after every change from now on). The view asks once the figures
     * are on screen: at start-up they are what an official waits for, and the map's reading competed
     * with their first frame for the two cores.
     */
    public void loadMap() {
        mapWanted = true;
        loading.latest("map", this::partnersMap, map::set);
    }

    /** Each Belarusian region by the Russian regions it has a document with (read with the tiles, off the FX thread). */
    private RegionMap partnersMap() {
        PairQuery documents = new PairQuery(PairMetric.DOCUMENTS, null, null, null, Set.of(), Set.of(), Set.of());
        return new RegionMaps(messages, format).partnersOfBelarusianRegions(store.regions().regions(),
                store.matrix().matrix(documents));
    }

    /** The small map of partners per Belarusian region. */
    public ReadOnlyObjectProperty<RegionMap> mapProperty() {
        return map;
    }

    /** Where a click on the small map goes (the map screen, that region chosen). */
    void openMapsWith(Consumer<String> opener) {
        this.mapOpener = opener;
    }

    /** Shows {@code code}'s partners on the map screen. */
    public void openOnMap(String code) {
        mapOpener.accept(code);
    }

    private List<Tile> tilesFor(Snapshot data) {
        Map<Integer, Edition> editionsByNumber = data.editions().stream()
                .collect(Collectors.toMap(Edition::number, edition -> edition));
        List<Tile> result = new ArrayList<>();
        result.add(editionsHeldTile(data.editions()));
        largestAgreementsTile(data.figures(), editionsByNumber).ifPresent(result::add);
        result.addAll(latestContractValueTiles(data.figures(), editionsByNumber));
        latestTradeTile(data.trade()).ifPresent(result::add);
        return result;
    }

    private Tile editionsHeldTile(List<Edition> editions) {
        LocalDate today = LocalDate.now(clock);
        List<Edition> held = editions.stream()
                .filter(edition -> edition.endDate() != null && !edition.endDate().isAfter(today))
                .toList();
        String context = held.isEmpty() ? messages.get("noData")
                : held.get(0).label() + " – " + held.get(held.size() - 1).label();
        long sources = editions.stream().filter(edition -> edition.themeSource() != null)
                .map(edition -> edition.themeSource().id()).distinct().count();
        return new Tile("editions", messages.get("tile.editions"), format.count(held.size()), "", context,
                messages.format("tile.editions.source", sources));
    }

    /**
     * The edition with the most agreements, each edition read conservatively as its charts read it (the
     * smallest figure a source reported): a governor's 400 does not outbid the 250 of the other sources.
     */
    private java.util.Optional<Tile> largestAgreementsTile(List<Figure> figures, Map<Integer, Edition> editions) {
        Map<Integer, List<Figure>> byEdition = new TreeMap<>();
        figures.stream()
                .filter(f -> f.metric() == Metric.AGREEMENTS && f.status() == FigureStatus.REPORTED && f.hasValue())
                .forEach(f -> byEdition.computeIfAbsent(f.editionNumber(), edition -> new ArrayList<>()).add(f));
        return byEdition.values().stream()
                .map(variants -> Map.entry(Variants.conservative(variants, Figure::value).orElseThrow(), variants.size()))
                .max(Comparator.comparingDouble((Map.Entry<Figure, Integer> e) -> e.getKey().value())
                        .thenComparingInt(e -> e.getKey().editionNumber()))
                .map(entry -> new Tile("agreements", messages.get("tile.agreements"),
                        format.qualified(entry.getKey().value(), entry.getKey().unit(), entry.getKey().qualifier()), "",
                        editionContext(editions.get(entry.getKey().editionNumber())),
                        sourceLine(entry.getKey(), entry.getValue())));
    }

    private List<Tile> latestContractValueTiles(List<Figure> figures, Map<Integer, Edition> editions) {
        Map<String, List<Figure>> byCurrency = new TreeMap<>(org.unionregions.model.Tables.CURRENCY_ORDER);
        // a figure whose currency its source leaves unclear is no currency's headline
        figures.stream()
                .filter(f -> f.metric() == Metric.CONTRACT_VALUE && f.status() == FigureStatus.REPORTED
                        && f.hasValue() && f.qualifier() != Qualifier.UNCERTAIN_CURRENCY)
                .forEach(f -> byCurrency.computeIfAbsent(f.unit(), unit -> new ArrayList<>()).add(f));
        List<Tile> result = new ArrayList<>();
        byCurrency.forEach((currency, list) -> {
            int latest = list.stream().mapToInt(Figure::editionNumber).max().orElseThrow();
            List<Figure> variants = list.stream().filter(f -> f.editionNumber() == latest).toList();
            Figure shown = Variants.conservative(variants, Figure::value).orElseThrow();
            result.add(new Tile("contract-" + currency, messages.format("tile.contractValue", currency),
                    format.qualified(shown.value(), shown.unit(), shown.qualifier()), "",
                    editionContext(editions.get(latest)), sourceLine(shown, variants.size())));
        });
        return result;
    }

    private java.util.Optional<Tile> latestTradeTile(List<TradeFigure> allTrade) {
        // a part of a year (January–October) is never the year's figure, and a growth rate is no amount
        List<TradeFigure> trade = allTrade.stream().filter(TradeFigure::isMoney).filter(TradeFigure::isWholeYear)
                .toList();
        int latestYear = trade.stream().mapToInt(TradeFigure::year).max().orElse(-1);
        List<TradeFigure> variants = trade.stream().filter(t -> t.year() == latestYear).toList();
        return Variants.conservative(variants, TradeFigure::value)
                .map(t -> new Tile("trade", messages.get("tile.trade"),
                        format.qualified(t.value(), t.currency(), t.qualifier()), "",
                        messages.format("tile.trade.context", String.valueOf(t.year()), messages.wordFor("basis", t.basis())),
                        sourceLine(org.unionregions.i18n.SourceNames.worded(t.source().publisher(), messages), variants.size())));
    }

    private String editionContext(Edition edition) {
        return messages.format("edition.forumYear", edition.roman(), String.valueOf(edition.year()));
    }

    private String sourceLine(Figure figure, int variants) {
        return sourceLine(org.unionregions.i18n.SourceNames.worded(figure.source().publisher(), messages), variants);
    }

    private String sourceLine(String publisher, int variants) {
        return variants > 1
                ? messages.format("tile.sourceAndMore", publisher, variants - 1)
                : messages.format("tile.source", publisher);
    }
}
