package org.unionregions.ui.editions;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
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
import org.unionregions.model.Qualifier;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;
import org.unionregions.model.Source;
import org.unionregions.model.TradeFigure;
import org.unionregions.model.Variants;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.BarChartModel.Bar;
import org.unionregions.ui.common.BarChartModel.Series;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/**
 * The Editions screen: agreements per edition, contract value per edition (one chart per currency,
 * never summed), trade turnover per year, and the details of the selected edition.
 */
public final class EditionsViewModel implements ScreenModel {

    public static final String REPORTED_STYLE = BarChartModel.REPORTED_STYLE;
    public static final String EXPECTED_STYLE = BarChartModel.EXPECTED_STYLE;
    public static final String SECOND_BASIS_STYLE = BarChartModel.SECOND_BASIS_STYLE;

    private record Snapshot(List<Edition> editions, List<Figure> figures, List<TradeFigure> trade,
                            List<Region> regions) {
    }

    private final DataStore store;
    private final Messages messages;
    private final FigureFormat format;

    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ObjectProperty<BarChartModel> agreementsChart = new SimpleObjectProperty<>();
    private final ObservableList<BarChartModel> contractValueCharts = FXCollections.observableArrayList();
    private final ObjectProperty<BarChartModel> tradeChart = new SimpleObjectProperty<>();
    private final ObservableList<Chart> charts = FXCollections.observableArrayList();
    /** The documents of the region the screens are filtered to, per edition; null without a region. */
    private final ObjectProperty<BarChartModel> regionChart = new SimpleObjectProperty<>();
    /** An edition chosen by a click on its bar: the screens filter to it. */
    private final ObjectProperty<Integer> chartChoice = new SimpleObjectProperty<>();
    /** The editions filtered to (bars outside are dimmed); null, null: none. */
    private final ObjectProperty<int[]> highlighted = new SimpleObjectProperty<>();
    private String region;
    /** "reported" or "expected" only, or null for both. */
    private String shownStatus;
    /** The region's documents per edition, every status: the chart before the status filter. */
    private BarChartModel regionDocuments;
    private final ObjectProperty<EditionDetails> details = new SimpleObjectProperty<>();
    private final BackgroundTasks loading;
    private final ChartFiles files;
    private Snapshot data = new Snapshot(List.of(), List.of(), List.of(), List.of());
    /** The edition asked for, kept so a choice made while loading applies once the data is there. */
    private Integer selectedEdition;

    public EditionsViewModel(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format) {
        this.store = store;
        this.loading = new BackgroundTasks(runner, messages);
        this.files = new ChartFiles(runner, messages);
        this.messages = messages;
        this.format = format;
        agreementsChart.set(BarChartModel.empty(messages.get("chart.agreements.title")));
        tradeChart.set(BarChartModel.empty(messages.get("chart.trade.title")));
        listCharts();
    }

    /**
     * One chart of the screen: its id (the view's node id), what it shows, and whether its categories
     * are forum editions (a bar then opens its edition) or years.
     */
    public record Chart(String id, BarChartModel model, boolean overEditions) {
    }

    /** The screen's charts in their order: agreements, contract value per currency, trade turnover. */
    public ObservableList<Chart> charts() {
        return charts;
    }

    private void listCharts() {
        List<Chart> all = new ArrayList<>();
        all.add(new Chart("agreements-chart", agreementsChart.get(), true));
        contractValueCharts.forEach(chart -> all.add(new Chart("contracts-chart-" + chart.unit(), chart, true)));
        all.add(new Chart("trade-chart", tradeChart.get(), false));
        charts.setAll(all);
    }

    public ObservableList<Edition> editions() {
        return editions;
    }

    public ReadOnlyObjectProperty<BarChartModel> agreementsChartProperty() {
        return agreementsChart;
    }

    public ObservableList<BarChartModel> contractValueCharts() {
        return contractValueCharts;
    }

    public ReadOnlyObjectProperty<BarChartModel> tradeChartProperty() {
        return tradeChart;
    }

    public ReadOnlyObjectProperty<EditionDetails> detailsProperty() {
        return details;
    }

    @Override
    public javafx.beans.binding.BooleanBinding busyProperty() {
        return loading.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return loading.errorProperty();
    }

    /** The pictures and data files of this screen's charts. */
    public ChartFiles files() {
        return files;
    }

    @Override
    public void reload(Change change) {
        load();
    }

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty(), files.errorProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of(files.savedProperty());
    }

    /** A saved view keeps the edition whose details are open. */
    @Override
    public Map<String, String> capture() {
        return Map.of("edition", selectedEdition == null ? "" : selectedEdition.toString());
    }

    @Override
    public void restore(Map<String, String> state) {
        String edition = state.getOrDefault("edition", "");
        if (edition.matches("\\d{1,3}")) {
            select(Integer.parseInt(edition));
        }
    }

    /** Nothing typed here is kept for later: closing loses nothing. */
    @Override
    public List<String> unsavedWork() {
        return List.of();
    }

    /** The agreements chart, the contract value per currency, and trade where there are figures. */
    @Override
    public List<Slide> slides() {
        List<Slide> slides = new ArrayList<>();
        String range = Slide.editionRange(editions);
        slides.add(agreementsSlide());
        for (BarChartModel chart : contractValueCharts) {
            slides.add(Slide.ofChart(messages, chart, range + " · " + messages.get("present.neverSummed")));
        }
        BarChartModel trade = tradeChart.get();
        if (!trade.categories().isEmpty()) {
            slides.add(Slide.ofChart(messages, trade, trade.categories().get(0).split("\n")[0] + "–"
                    + trade.categories().get(trade.categories().size() - 1).split("\n")[0]));
        }
        return slides;
    }

    @Override
    public Optional<Slide> viewSlide() {
        return Optional.of(agreementsSlide());
    }

    private Slide agreementsSlide() {
        return Slide.ofChart(messages, agreementsChart.get(), Slide.editionRange(editions) + " · "
                + messages.get("present.reportedExpected"));
    }

    /**
     * A bar clicked sets the shared range to its edition; the range dims the bars outside it, the region
     * charts that region's documents, the status draws that series alone.
     */
    @Override
    public void follow(SharedFilter filter) {
        chartChoice.addListener((obs, old, number) -> {
            if (number != null) {
                filter.editions(number, number);
            }
        });
        InvalidationListener range = obs -> {
            if (filter.rangeIsWhole()) {
                Integer from = filter.fromEditionProperty().get();
                Integer to = filter.toEditionProperty().get();
                highlight(from, to);
                // the details follow the chip: one forum chosen anywhere opens it, a chip taken off (or a
                // range without the forum shown) closes it
                if (from != null && from.equals(to)) {
                    select(from);
                } else if (selectedEdition != null && (from == null || selectedEdition < from || selectedEdition > to)) {
                    select(null);
                }
            }
        };
        filter.fromEditionProperty().addListener(range);
        filter.toEditionProperty().addListener(range);
        filter.regionProperty().addListener((obs, old, code) -> showRegion(code));
        filter.statusProperty().addListener((obs, old, status) -> showStatus(status));
    }

    @Override
    public void load() {
        loading.latest("load", () -> new Snapshot(store.editions().editions(), store.editions().figures(),
                        store.trade().tradeFigures(), store.regions().regions()),
                snapshot -> {
                    data = snapshot;
                    editions.setAll(snapshot.editions());
                    agreementsChart.set(editionChart(messages.get("chart.agreements.title"),
                            messages.get("chart.agreements.axis"), "count",
                            f -> f.metric() == Metric.AGREEMENTS));
                    contractValueCharts.setAll(contractCharts());
                    tradeChart.set(tradeChartModel());
                    listCharts();
                    select(selectedEdition);
                    showRegion(region);
                });
    }

    /**
     * Reported or expected figures only (null: both): the edition charts and the region's chart then
     * draw that series alone. Trade figures have no such status and stay as they are.
     */
    public void showStatus(String status) {
        shownStatus = status;
        if (!data.editions().isEmpty()) {
            agreementsChart.set(editionChart(messages.get("chart.agreements.title"),
                    messages.get("chart.agreements.axis"), "count", f -> f.metric() == Metric.AGREEMENTS));
            contractValueCharts.setAll(contractCharts());
            listCharts();
        }
        if (regionDocuments != null) { // filtered again in memory: the region's facts are not read again
            regionChart.set(withShownStatus(regionDocuments));
        }
    }

    /** The chart without the series a status filter leaves out. */
    private BarChartModel withShownStatus(BarChartModel chart) {
        if (shownStatus == null) {
            return chart;
        }
        String kept = "expected".equals(shownStatus) ? EXPECTED_STYLE : REPORTED_STYLE;
        String keptName = messages.get("status." + shownStatus);
        return new BarChartModel(chart.title(), chart.valueAxisLabel(), chart.unit(), chart.categories(),
                chart.series().stream().filter(series -> series.styleClass().equals(kept)).toList(),
                chart.noDataText(), chart.sources(),
                chart.data().stream().filter(row -> row.series().equals(keptName)).toList());
    }

    public ReadOnlyObjectProperty<BarChartModel> regionChartProperty() {
        return regionChart;
    }

    /** The edition last chosen by a click on a bar (set again on each click). */
    public ReadOnlyObjectProperty<Integer> chartChoiceProperty() {
        return chartChoice;
    }

    /** A click on a bar: that edition's details, and the screens filtered to it. */
    public void chooseFromChart(Integer editionNumber) {
        select(editionNumber);
        chartChoice.set(null);
        chartChoice.set(editionNumber);
    }

    /** The range the screens are filtered to, {from, to} by edition number, or null. */
    public ReadOnlyObjectProperty<int[]> highlightedProperty() {
        return highlighted;
    }

    public void highlight(Integer from, Integer to) {
        highlighted.set(from == null || to == null ? null : new int[] {from, to});
    }

    /** The region's name in the interface language, or its code where the data are not read yet. */
    public String regionName(String code) {
        return data.regions().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> r.name(messages.language())).orElse(code);
    }

    /**
     * Filters to a region: its documents per edition (from the region facts: reported and announced,
     * documents only, facts without an edition left out), as a chart beside the edition charts.
     */
    public void showRegion(String code) {
        region = code;
        if (code == null) {
            loading.supersede("region");
            regionDocuments = null;
            regionChart.set(null);
            return;
        }
        List<Edition> held = data.editions();
        loading.latest("region", () -> store.regions().factsOf(code), facts -> {
            // each document once, at its reading's edition; signed where any of its sources says so
            List<org.unionregions.model.Document> signings = org.unionregions.model.Document.of(facts).stream()
                    .filter(document -> document.reading().editionNumber() != null).toList();
            List<RegionFact> documents = signings.stream().map(org.unionregions.model.Document::reading).toList();
            Map<Integer, long[]> counts = new TreeMap<>();
            List<BarChartModel.DataRow> rows = new ArrayList<>();
            for (org.unionregions.model.Document signing : signings) {
                RegionFact fact = signing.reading();
                counts.computeIfAbsent(fact.editionNumber(), n -> new long[2])[signing.reported() ? 0 : 1]++;
                String where = held.stream().filter(e -> e.number() == fact.editionNumber()).findFirst()
                        .map(Edition::label).orElse(String.valueOf(fact.editionNumber()));
                String partner = regionName(fact.belarusianRegion().equals(code) ? fact.russianRegion()
                        : fact.belarusianRegion());
                rows.add(new BarChartModel.DataRow(where, messages.get("status." + fact.status()), 1,
                        partner + " · " + messages.find("kind." + fact.kind()).orElse(fact.kind()),
                        fact.asStated() == null ? "" : fact.asStated(), sourceLine(fact.source()), true));
            }
            List<String> categories = new ArrayList<>();
            List<Bar> reported = new ArrayList<>();
            List<Bar> expected = new ArrayList<>();
            for (Edition edition : held) {
                String category = edition.roman() + "\n" + edition.year();
                categories.add(category);
                long[] count = counts.getOrDefault(edition.number(), new long[2]);
                countBar(category, edition, count[0]).ifPresent(reported::add);
                countBar(category, edition, count[1]).ifPresent(expected::add);
            }
            regionDocuments = new BarChartModel(messages.format("chart.regionDocuments.title", regionName(code)),
                    messages.get("chart.regionDocuments.axis"), "count", categories, List.of(
                    new Series(messages.get("status.reported"), REPORTED_STYLE, reported),
                    new Series(messages.get("status.expected"), EXPECTED_STYLE, expected)), messages.get("noData"),
                    documents.stream().map(f -> org.unionregions.i18n.SourceNames.worded(f.source().publisher(), messages)).distinct().sorted().toList(), rows);
            regionChart.set(withShownStatus(regionDocuments));
        });
    }

    /** A bar of {@code count} documents in an edition, none for no document. */
    private static java.util.Optional<Bar> countBar(String category, Edition edition, long count) {
        return count == 0 ? java.util.Optional.empty() : java.util.Optional.of(new Bar(category, count,
                String.valueOf(count), edition.label() + ": " + count, edition.number()));
    }

    /** The edition whose details are open, or null. */
    public Integer selectedEdition() {
        return selectedEdition;
    }

    /** Opens the details of an edition; unknown numbers clear the pane. */
    public void select(Integer editionNumber) {
        selectedEdition = editionNumber;
        details.set(data.editions().stream()
                .filter(edition -> Objects.equals(edition.number(), editionNumber))
                .findFirst()
                .map(this::detailsOf)
                .orElse(null));
    }

    // ---- charts over editions ------------------------------------------------------------------

    private List<BarChartModel> contractCharts() {
        TreeSet<String> currencies = data.figures().stream()
                .filter(f -> f.metric() == Metric.CONTRACT_VALUE)
                .map(Figure::unit)
                .collect(Collectors.toCollection(() -> new TreeSet<>(org.unionregions.model.Tables.CURRENCY_ORDER)));
        List<BarChartModel> charts = new ArrayList<>();
        for (String currency : currencies) {
            charts.add(editionChart(messages.format("chart.contracts.title", currency),
                    messages.format("chart.contracts.axis", currency), currency,
                    f -> f.metric() == Metric.CONTRACT_VALUE && f.unit().equals(currency)));
        }
        return charts;
    }

    /** One category per edition; a reported and an expected series; "no data" where neither has a value. */
    private BarChartModel editionChart(String title, String axisLabel, String unit, Predicate<Figure> which) {
        Map<Integer, List<Figure>> byEdition = data.figures().stream()
                .filter(which).filter(Figure::hasValue)
                .collect(Collectors.groupingBy(Figure::editionNumber, TreeMap::new, Collectors.toList()));
        List<String> categories = new ArrayList<>();
        List<Bar> reported = new ArrayList<>();
        List<Bar> expected = new ArrayList<>();
        List<BarChartModel.DataRow> rows = new ArrayList<>();
        for (Edition edition : data.editions()) {
            List<Figure> figures = byEdition.getOrDefault(edition.number(), List.of());
            String category = edition.roman() + "\n" + edition.year();
            categories.add(category);
            barFor(edition, category, figures, FigureStatus.REPORTED).ifPresent(reported::add);
            barFor(edition, category, figures, FigureStatus.EXPECTED).ifPresent(expected::add);
            for (FigureStatus status : List.of(FigureStatus.REPORTED, FigureStatus.EXPECTED)) {
                List<Figure> variants = figures.stream().filter(f -> f.status() == status).toList();
                Figure drawn = Variants.conservative(drawable(variants), Figure::value).orElse(null);
                for (Figure variant : variants) {
                    rows.add(new BarChartModel.DataRow(edition.label(), messages.get("status." + status.key()),
                            variant.value(), format.qualified(variant.value(), variant.unit(), variant.qualifier()),
                            variant.asStated() == null ? "" : variant.asStated(), sourceLine(variant.source()),
                            variant == drawn));
                }
            }
        }
        return withShownStatus(new BarChartModel(title, axisLabel, unit, categories, List.of(
                new Series(messages.get("status.reported"), REPORTED_STYLE, reported),
                new Series(messages.get("status.expected"), EXPECTED_STYLE, expected)), messages.get("noData"),
                byEdition.values().stream().flatMap(List::stream).map(f -> org.unionregions.i18n.SourceNames.worded(f.source().publisher(), messages)).distinct()
                        .sorted().toList(), rows));
    }

    /**
     * The figures a bar may be drawn from: a sum whose currency its source leaves unclear is listed with the
     * chart's figures, never drawn on a currency's chart ("750 million rubles, currency unclear" is no bar
     * of the RUB chart).
     */
    private static List<Figure> drawable(List<Figure> variants) {
        return variants.stream().filter(figure -> figure.qualifier() != Qualifier.UNCERTAIN_CURRENCY).toList();
    }

    /** A source as the data table shows it: publisher, id and where it can be read. */
    private String sourceLine(Source source) {
        return org.unionregions.i18n.SourceNames.worded(source.publisher(), messages) + " [" + source.id() + "]"
                + (source.location() == null || source.location().isEmpty() ? "" : " " + source.location());
    }

    private java.util.Optional<Bar> barFor(Edition edition, String category, List<Figure> figures,
                                           FigureStatus status) {
        List<Figure> variants = figures.stream().filter(f -> f.status() == status).toList();
        return Variants.conservative(drawable(variants), Figure::value).map(shown -> {
            StringBuilder tooltip = new StringBuilder(messages.format("edition.forumYear", edition.roman(),
                    String.valueOf(edition.year()))).append(" · ").append(messages.get("status." + status.key()));
            for (Figure variant : variants) {
                tooltip.append("\n").append(format.qualified(variant.value(), variant.unit(), variant.qualifier()))
                        .append(" — ").append(sourceName(variant.source()));
                if (variant.asStated() != null) {
                    tooltip.append("\n   “").append(variant.asStated()).append("”");
                }
            }
            if (variants.size() > 1) {
                tooltip.append("\n").append(messages.get("chart.variantsNote"));
            }
            return new Bar(category, shown.value(), format.qualified(shown.value(), shown.unit(), shown.qualifier()),
                    tooltip.toString(), edition.number());
        });
    }

    // ---- trade turnover per year ---------------------------------------------------------------

    /**
     * One category per year from the first to the last figure. Where a year has figures on different
     * statistical bases (Russian and Belarusian statistics, 2023), the Belarusian figure becomes a
     * second series beside the first instead of replacing it.
     */
    private BarChartModel tradeChartModel() {
        // bars are whole years of money: a part of a year is never drawn as the year, a rate is no amount
        List<TradeFigure> trade = data.trade().stream().filter(TradeFigure::isMoney).filter(TradeFigure::isWholeYear)
                .toList();
        String title = messages.get("chart.trade.title");
        if (trade.isEmpty()) {
            return BarChartModel.empty(title);
        }
        String currency = trade.get(0).currency();
        boolean singleCurrency = trade.stream().allMatch(t -> t.currency().equals(currency));
        // Mixed currencies would need a sourced rate table: show the first currency only and say so.
        List<TradeFigure> shown = trade.stream().filter(t -> t.currency().equals(currency)).toList();
        Map<Integer, List<TradeFigure>> byYear = shown.stream()
                .collect(Collectors.groupingBy(TradeFigure::year, TreeMap::new, Collectors.toList()));
        int first = ((TreeMap<Integer, List<TradeFigure>>) byYear).firstKey();
        int last = ((TreeMap<Integer, List<TradeFigure>>) byYear).lastKey();
        Map<Integer, Integer> editionByYear = data.editions().stream()
                .collect(Collectors.toMap(Edition::year, Edition::number, (a, b) -> a));
        List<String> categories = new ArrayList<>();
        List<BarChartModel.DataRow> rows = new ArrayList<>();
        List<Bar> main = new ArrayList<>();
        List<Bar> second = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            List<TradeFigure> figures = byYear.getOrDefault(year, List.of());
            String category = String.valueOf(year);
            categories.add(category);
            boolean basesDiffer = figures.stream().anyMatch(TradeFigure::isBelarusianStatistics)
                    && figures.stream().anyMatch(t -> !t.isBelarusianStatistics());
            List<TradeFigure> mainFigures = basesDiffer
                    ? figures.stream().filter(t -> !t.isBelarusianStatistics()).toList() : figures;
            List<TradeFigure> secondFigures = basesDiffer
                    ? figures.stream().filter(TradeFigure::isBelarusianStatistics).toList() : List.of();
            tradeBar(category, year, mainFigures, editionByYear.get(year)).ifPresent(main::add);
            tradeBar(category, year, secondFigures, editionByYear.get(year)).ifPresent(second::add);
            String mainName = messages.format("chart.trade.series", currency);
            String secondName = messages.format("chart.trade.belarusianSeries", currency);
            for (List<TradeFigure> variants : List.of(mainFigures, secondFigures)) {
                TradeFigure drawn = Variants.conservative(variants, TradeFigure::value).orElse(null);
                for (TradeFigure variant : variants) {
                    rows.add(new BarChartModel.DataRow(category, variants == mainFigures ? mainName : secondName,
                            variant.value(), format.qualified(variant.value(), variant.currency(), variant.qualifier())
                            + " · " + messages.format("chart.trade.basis", messages.wordFor("basis", variant.basis())),
                            variant.asStated() == null ? "" : variant.asStated(), sourceLine(variant.source()),
                            variant == drawn));
                }
            }
        }
        for (TradeFigure partial : data.trade()) {
            if (partial.isMoney() && !partial.isWholeYear()) { // listed behind the chart, never drawn
                rows.add(new BarChartModel.DataRow(String.valueOf(partial.year()), messages.format(
                        "chart.trade.partOfYear", messages.wordFor("period", partial.period())), partial.value(),
                        format.qualified(partial.value(), partial.currency(), partial.qualifier()),
                        partial.asStated() == null ? "" : partial.asStated(), sourceLine(partial.source()), false));
            }
        }
        String axis = messages.format("chart.trade.axis", currency)
                + (singleCurrency ? "" : " " + messages.get("chart.trade.otherCurrenciesHidden"));
        List<Series> series = new ArrayList<>();
        series.add(new Series(messages.format("chart.trade.series", currency), REPORTED_STYLE, main));
        if (!second.isEmpty()) {
            series.add(new Series(messages.format("chart.trade.belarusianSeries", currency), SECOND_BASIS_STYLE,
                    second));
        }
        return new BarChartModel(title, axis, currency, categories, series, messages.get("noData"),
                shown.stream().map(t -> org.unionregions.i18n.SourceNames.worded(t.source().publisher(), messages)).distinct().sorted().toList(), rows);
    }

    private java.util.Optional<Bar> tradeBar(String category, int year, List<TradeFigure> variants,
                                             Integer editionNumber) {
        return Variants.conservative(variants, TradeFigure::value).map(shown -> {
            StringBuilder tooltip = new StringBuilder(String.valueOf(year));
            for (TradeFigure variant : variants) {
                tooltip.append("\n").append(format.qualified(variant.value(), variant.currency(), variant.qualifier()))
                        .append(" — ").append(sourceName(variant.source()))
                        .append("\n   ").append(messages.format("chart.trade.basis", messages.wordFor("basis", variant.basis())));
                if (variant.asStated() != null) {
                    tooltip.append("\n   “").append(variant.asStated()).append("”");
                }
            }
            if (variants.size() > 1) {
                tooltip.append("\n").append(messages.get("chart.variantsNote"));
            }
            return new Bar(category, shown.value(), format.qualified(shown.value(), shown.currency(),
                    shown.qualifier()), tooltip.toString(), editionNumber);
        });
    }

    // ---- details -------------------------------------------------------------------------------

    private EditionDetails detailsOf(Edition edition) {
        DateTimeFormatter dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale());
        String dates = edition.startDate() == null ? messages.get("noData")
                : edition.endDate() == null || edition.endDate().equals(edition.startDate())
                ? dateFormat.format(edition.startDate())
                : dateFormat.format(edition.startDate()) + " – " + dateFormat.format(edition.endDate());
        Map<String, Region> regions = data.regions().stream()
                .collect(Collectors.toMap(Region::code, region -> region));
        String host = hostText(edition, regions);
        String formatText = edition.format() == null ? messages.get("noData")
                : messages.get("format." + edition.format());
        String theme = edition.theme() == null ? messages.get("noData") : edition.theme();
        String themeSource = edition.themeSource() == null ? "" : sourceName(edition.themeSource());
        List<EditionDetails.Row> rows = new ArrayList<>();
        Map<Metric, List<Figure>> byMetric = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            byMetric.put(metric, new ArrayList<>());
        }
        data.figures().stream().filter(f -> f.editionNumber() == edition.number())
                .forEach(f -> byMetric.get(f.metric()).add(f));
        byMetric.forEach((metric, figures) -> {
            String metricName = messages.get("metric." + metric.key());
            if (figures.isEmpty()) {
                rows.add(new EditionDetails.Row(metricName, messages.get("noData"), "", "", ""));
            }
            for (Figure figure : figures) {
                String value = figure.hasValue()
                        ? format.qualified(figure.value(), figure.unit(), figure.qualifier())
                        : messages.get("noFigure");
                rows.add(new EditionDetails.Row(metricName, value, messages.get("status." + figure.status().key()),
                        sourceName(figure.source()), Objects.toString(figure.asStated(), "")));
            }
        });
        data.trade().stream().filter(t -> t.year() == edition.year()).forEach(t -> rows.add(new EditionDetails.Row(
                messages.format("metric.tradeOfYear", String.valueOf(t.year())),
                format.qualified(t.value(), t.currency(), t.qualifier()),
                messages.format("chart.trade.basis", messages.wordFor("basis", t.basis())), sourceName(t.source()),
                Objects.toString(t.asStated(), ""))));
        return new EditionDetails(edition.number(),
                messages.format("edition.title", edition.roman(), String.valueOf(edition.year())),
                dates, host, formatText, theme, themeSource, rows);
    }

    private String hostText(Edition edition, Map<String, Region> regions) {
        if (edition.hostCity() == null) {
            return messages.get("noData");
        }
        Region region = edition.hostRegion() == null ? null : regions.get(edition.hostRegion());
        String regionName = region == null ? null : region.name(messages.language());
        String city = hostCity(edition);
        boolean sameAsCity = regionName == null || regionName.equals(city) || region.nameEn().equals(edition.hostCity());
        return sameAsCity ? city : city + ", " + regionName;
    }

    /** The host city in the interface language (the data names it in English). */
    public String hostCity(Edition edition) {
        return messages.wordFor("city", edition.hostCity());
    }

    private String sourceName(Source source) {
        return org.unionregions.i18n.SourceNames.worded(source.publisher(), messages) + " [" + source.id() + "]";
    }
}
