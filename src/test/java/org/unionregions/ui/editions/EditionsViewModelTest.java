package org.unionregions.ui.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BarChartModel.Bar;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.FigureFormat;

/** The edition charts and details from the bundled data, without a display. */
class EditionsViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;
    private EditionsViewModel viewModel;

    @BeforeEach
    void load() {
        store = temp.store();
        Messages messages = Messages.forLanguage("en");
        viewModel = new EditionsViewModel(store, AsyncRunner.direct(), messages, new FigureFormat(messages));
        viewModel.load();
    }


    private static Bar bar(BarChartModel chart, String style, String category) {
        return chart.series().stream().filter(s -> s.styleClass().equals(style)).findFirst().orElseThrow()
                .bars().stream().filter(b -> b.category().equals(category)).findFirst().orElseThrow();
    }

    private static List<String> categoriesWithBars(BarChartModel chart, String style) {
        return chart.series().stream().filter(s -> s.styleClass().equals(style)).findFirst().orElseThrow()
                .bars().stream().map(Bar::category).toList();
    }

    /** The chart categories of the editions that the bundled files give an agreements count of this status. */
    private static List<String> editionsWithAgreements(String status) {
        java.util.Map<Integer, String> labels = new java.util.TreeMap<>();
        for (var edition : org.unionregions.store.BundledData.read("editions.csv")) {
            labels.put(Integer.parseInt(edition.get("number")), org.unionregions.model.Edition.toRoman(
                    Integer.parseInt(edition.get("number"))) + "\n" + edition.get("year"));
        }
        java.util.Set<Integer> with = new java.util.TreeSet<>();
        for (String file : List.of("edition-figures.csv", "edition-figures-more.csv", "edition-figures-3.csv")) {
            for (var figure : org.unionregions.store.BundledData.read(file)) {
                if (figure.get("metric").equals("agreements") && figure.get("status").equals(status)
                        && !figure.get("value").isBlank()) {
                    with.add(Integer.parseInt(figure.get("edition")));
                }
            }
        }
        return with.stream().map(labels::get).toList();
    }

    @Test
    void agreementsChartKeepsReportedAndExpectedApartAndLeavesGapsAsNoData() {
        BarChartModel chart = viewModel.agreementsChartProperty().get();
        assertEquals(org.unionregions.store.BundledData.read("editions.csv").size(), chart.categories().size());
        List<String> reported = editionsWithAgreements("reported");
        List<String> expected = editionsWithAgreements("expected");
        assertEquals(reported, categoriesWithBars(chart, EditionsViewModel.REPORTED_STYLE));
        assertEquals(expected, categoriesWithBars(chart, EditionsViewModel.EXPECTED_STYLE));
        // edition I has only "several agreements (no count given)": no data, not zero
        List<String> without = chart.categories().stream().filter(c -> !reported.contains(c) && !expected.contains(c))
                .toList();
        assertEquals(without, chart.categoriesWithoutData());
        assertTrue(without.contains("I\n2014"), without.toString());
        assertEquals(reported.size() + expected.size(), chart.barCount());
    }

    @Test
    void disagreeingSourcesShowTheSmallestFigureAndListEveryVariant() {
        Bar expectedIv = bar(viewModel.agreementsChartProperty().get(), EditionsViewModel.EXPECTED_STYLE, "IV\n2017");
        assertEquals(60, expectedIv.value());
        assertEquals("more than 60", expectedIv.label());
        assertTrue(expectedIv.tooltip().contains("about 70 — CTV (Belarus) [seed-000]"), expectedIv.tooltip());
        assertTrue(expectedIv.tooltip().contains("more than 60 — Sputnik [S19]"), expectedIv.tooltip());
        assertTrue(expectedIv.tooltip().contains("the bar shows the smallest stated figure"), expectedIv.tooltip());
        assertEquals(4, expectedIv.editionNumber());
    }

    @Test
    void contractValueHasOneChartPerCurrencyAndNeverMixesThem() {
        List<BarChartModel> charts = viewModel.contractValueCharts();
        assertEquals(List.of("USD", "RUB", "BYN"), charts.stream().map(BarChartModel::unit).toList(),
                "BYN a chart of its own, never summed with USD or RUB");
        BarChartModel usd = charts.get(0);
        BarChartModel rub = charts.get(1);
        Bar usdX = bar(usd, EditionsViewModel.REPORTED_STYLE, "X\n2023");
        assertEquals(1.2e9, usdX.value());
        assertEquals("about $1.2 bn", TestData.plain(usdX.label()));
        Bar rubX = bar(rub, EditionsViewModel.REPORTED_STYLE, "X\n2023");
        assertEquals(1.1e11, rubX.value());
        Bar usdII = bar(usd, EditionsViewModel.REPORTED_STYLE, "II\n2015");
        assertEquals(2.3e8, usdII.value());
        assertTrue(TestData.plain(usdII.tooltip()).contains("more than $250 mn — ru24.pro [S10]"), usdII.tooltip());
        assertTrue(TestData.plain(usdII.tooltip()).contains("“contracts exceeded $250 mn”"), usdII.tooltip());
        assertTrue(rub.categoriesWithoutData().contains("VIII\n2021"));
        assertTrue(usd.categoriesWithoutData().contains("XI\n2024"));
        // "750 million rubles, currency unclear in the source": listed with the chart's figures, not drawn as roubles
        assertTrue(rub.series().stream().filter(series -> series.styleClass().equals(EditionsViewModel.REPORTED_STYLE))
                .flatMap(series -> series.bars().stream()).noneMatch(bar -> bar.value() == 7.5e8), "no bar of 750 mn");
        assertTrue(rub.data().stream().anyMatch(row -> row.value() == 7.5e8 && !row.drawn()
                && TestData.plain(row.worded()).contains("currency unclear in the source")), rub.data().toString());
    }

    @Test
    void tradeTurnoverSplitsRussianAndBelarusianStatisticsWhereTheyDiffer() {
        BarChartModel trade = viewModel.tradeChartProperty().get();
        assertEquals(12, trade.categories().size()); // 2014..2025
        // 2025's bar is the year's figure (almost $55 bn); January–October and January–November are parts of
        // the year, listed behind the chart but never drawn, and +5.6 % y/y is a rate, no amount
        assertEquals(5.5e10, bar(trade, EditionsViewModel.REPORTED_STYLE, "2025").value());
        assertTrue(trade.data().stream().anyMatch(row -> row.value() == 4.92e10 && !row.drawn()),
                "January–November listed, not drawn");
        assertTrue(trade.data().stream().noneMatch(row -> row.value() == 5.6), "a rate is no turnover");
        assertEquals(List.of("2015"), trade.categoriesWithoutData());
        assertEquals(4.65e10, bar(trade, EditionsViewModel.REPORTED_STYLE, "2023").value());
        assertEquals(5.4e10, bar(trade, EditionsViewModel.SECOND_BASIS_STYLE, "2023").value());
        assertEquals(List.of("2023"), categoriesWithBars(trade, EditionsViewModel.SECOND_BASIS_STYLE));
        // 2016's only figure is Belarusian statistics: it stays in the main series
        Bar y2016 = bar(trade, EditionsViewModel.REPORTED_STYLE, "2016");
        assertTrue(y2016.tooltip().contains("basis: Belarusian statistics"), y2016.tooltip());
        assertEquals(10, bar(trade, EditionsViewModel.REPORTED_STYLE, "2023").editionNumber());
    }

    @Test
    void selectingAnEditionFillsTheDetailsWithEveryFigureAndItsSource() {
        viewModel.select(4);
        EditionDetails details = viewModel.detailsProperty().get();
        assertEquals("IV Forum of Regions, 2017", details.title());
        assertEquals("June 29, 2017 – June 30, 2017", details.dates());
        assertEquals("Moscow", details.host());
        assertEquals("in person", details.format());
        assertTrue(details.themeSource().contains("Council of the Republic [S17]"));
        List<String> agreementRows = details.figures().stream().filter(r -> r.metric().equals("Agreements"))
                .map(r -> r.value() + " | " + r.status() + " | " + r.source()).toList();
        assertEquals(List.of("about 70 | Expected (announced) | CTV (Belarus) [seed-000]",
                "more than 60 | Expected (announced) | Sputnik [S19]"), agreementRows);
        assertTrue(details.figures().stream().anyMatch(r -> r.metric().equals("Trade turnover 2017")
                && TestData.plain(r.value()).equals("$32 bn")));
    }

    @Test
    void anEditionWithoutFiguresSaysNoDataAndAMentionWithoutANumberSaysSo() {
        viewModel.select(13);
        EditionDetails xiii = viewModel.detailsProperty().get();
        assertEquals("Minsk and Minsk Region, Minsk City", xiii.host());
        assertEquals("no data", xiii.theme());
        assertTrue(xiii.figures().stream().allMatch(r -> r.value().equals("no data")));
        viewModel.select(1);
        assertTrue(viewModel.detailsProperty().get().figures().stream()
                .anyMatch(r -> r.value().equals("mentioned, no number given") && r.source().contains("[S2]")));
        viewModel.select(99);
        assertNull(viewModel.detailsProperty().get());
    }

    @Test
    void inRussianTheHostCityAndTheTradeBasisAreRussianAndEveryHostCityHasItsWord() {
        Messages russian = Messages.forLanguage("ru");
        EditionsViewModel inRussian = new EditionsViewModel(store, AsyncRunner.direct(), russian,
                new FigureFormat(russian));
        inRussian.load();
        inRussian.select(5);
        assertEquals("Могилёв, Могилёвская область", inRussian.detailsProperty().get().host());
        String tooltips = String.join("\n", inRussian.tradeChartProperty().get().series().stream()
                .flatMap(series -> series.bars().stream()).map(Bar::tooltip).toList());
        assertTrue(tooltips.contains("основа: российская статистика"), tooltips);
        assertTrue(tooltips.lines().filter(line -> line.contains("основа:"))
                .noneMatch(line -> line.matches(".*[A-Za-z].*")), "the basis in Russian; quotes stay as the source wrote");
        for (org.unionregions.model.Edition edition : inRussian.editions()) {
            if (edition.hostCity() != null) {
                assertTrue(!inRussian.hostCity(edition).matches(".*[A-Za-z].*"), edition.hostCity() + " has no word");
            }
        }
    }

    @Test
    void aChartPictureIsWrittenWholeAndNamedForTheNoticeOrRefusedWithAReason() throws Exception {
        java.nio.file.Path file = temp.dir().resolve("agreements.png");
        viewModel.files().savePicture(file, partial -> java.nio.file.Files.write(partial, new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals(file, viewModel.files().savedProperty().get().file());
        assertEquals("Picture saved: agreements.png", viewModel.files().savedProperty().get().text());
        assertEquals(4, java.nio.file.Files.size(file));

        java.nio.file.Path database = store.file();
        viewModel.files().savePicture(database, partial -> java.nio.file.Files.write(partial, new byte[] {1}));
        assertEquals(file, viewModel.files().savedProperty().get().file(), "no notice for a refused file");
        assertTrue(viewModel.files().errorProperty().get().contains(database.getFileName().toString()),
                viewModel.files().errorProperty().get());
        assertTrue(java.nio.file.Files.size(database) > 4096, "the database is not overwritten");
    }

    @Test
    void theDataBehindTheAgreementsChartListsEveryStatedFigureWithItsSourceAndExportsIt() throws Exception {
        BarChartModel chart = viewModel.agreementsChartProperty().get();
        long stated = 0;
        for (String file : List.of("edition-figures.csv", "edition-figures-more.csv", "edition-figures-3.csv")) {
            stated += org.unionregions.store.BundledData.read(file).stream()
                    .filter(f -> f.get("metric").equals("agreements") && !f.get("value").isBlank()).count();
        }
        assertEquals(stated, chart.data().size(), "every variant, not only the one drawn");
        long drawn = chart.data().stream().filter(BarChartModel.DataRow::drawn).count();
        assertEquals(chart.barCount(), drawn, "one drawn figure per bar");
        List<String> withoutId = chart.data().stream().map(BarChartModel.DataRow::source)
                .filter(source -> !java.util.regex.Pattern.compile(" \\[[^\\]]+\\]").matcher(source).find()).toList();
        assertEquals(List.of(), withoutId, "each with its source id");

        java.nio.file.Path file = temp.dir().resolve("agreements.csv");
        viewModel.files().exportData(chart, file);
        List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFFEdition or year,Series,Value,As shown,Source's words,Source,Drawn", lines.get(0));
        assertEquals(chart.data().size() + 1, lines.size());
        assertEquals("Chart data saved: agreements.csv", viewModel.files().savedProperty().get().text());
    }
}
