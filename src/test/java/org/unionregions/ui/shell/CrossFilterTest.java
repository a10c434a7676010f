package org.unionregions.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.model.RegionFact;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.editions.EditionsViewModel;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.profile.ProfileScreen;
import org.unionregions.ui.profile.ProfileViewModel;

/** The screens filter each other: a bar sets the edition range, a region filters the others, chips come off one by one. */
class CrossFilterTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;
    private MainViewModel main;

    @BeforeEach
    void open() {
        store = temp.store();
        main = Windows.started(store, temp.dir(), "en");
    }

    private List<String> chips() {
        return main.filter().chipsProperty().get().stream().map(SharedFilter.Chip::text).toList();
    }

    @Test
    void aBarClickedInEditionsNarrowsTheMatrixToItsEditionAndTheChipTakesItBack() {
        main.screen(EditionsViewModel.class).chooseFromChart(10);
        assertEquals(10, main.screen(MatrixViewModel.class).fromEditionProperty().get().number());
        assertEquals(10, main.screen(MatrixViewModel.class).toEditionProperty().get().number());
        assertArrayEquals(new int[] {10, 10}, main.screen(EditionsViewModel.class).highlightedProperty().get(), "the other bars dimmed");
        assertEquals("X Forum of Regions, 2023", main.screen(EditionsViewModel.class).detailsProperty().get().title());
        assertEquals(List.of("Forums: X 2023"), chips());

        main.filter().remove(SharedFilter.EDITIONS);
        assertEquals(1, main.screen(MatrixViewModel.class).fromEditionProperty().get().number());
        assertEquals(13, main.screen(MatrixViewModel.class).toEditionProperty().get().number());
        assertNull(main.screen(EditionsViewModel.class).highlightedProperty().get());
        assertNull(main.screen(EditionsViewModel.class).detailsProperty().get(), "the details went with the chip");
        assertEquals(List.of(), chips());
    }

    @Test
    void anotherLanguageKeepsTheFilterItsChipsAndWhatEachScreenShows() {
        main.screen(EditionsViewModel.class).chooseFromChart(11);
        main.filter().regionProperty().set("BY-VI");
        main.filter().statusProperty().set("reported");
        MainViewModel russian = Windows.started(store, temp.dir(), "ru");
        russian.carryOver(main);
        assertEquals(11, russian.filter().fromEditionProperty().get());
        assertEquals(11, russian.filter().toEditionProperty().get());
        assertEquals("BY-VI", russian.filter().regionProperty().get());
        assertEquals("reported", russian.filter().statusProperty().get());
        assertEquals(3, russian.filter().chipsProperty().get().size());
        assertTrue(russian.filter().chipsProperty().get().get(0).text().startsWith("Форумы"),
                russian.filter().chipsProperty().get().toString());
        assertEquals(11, russian.screen(MatrixViewModel.class).fromEditionProperty().get().number());
        assertEquals("XI Форум регионов, 2024", russian.screen(EditionsViewModel.class).detailsProperty().get().title());
    }

    @Test
    void aForumChosenInEditionsNarrowsAnnouncedAndSignedToItAndARegionChosenElsewhereListsItsAgreements() {
        var agreements = main.screen(org.unionregions.ui.agreements.AgreementsViewModel.class);
        agreements.load();
        main.screen(EditionsViewModel.class).chooseFromChart(12);
        assertFalse(agreements.announcedRows().isEmpty());
        assertTrue(agreements.announcedRows().stream().allMatch(row -> row.edition().startsWith("XII,")),
                agreements.announcedRows().toString());
        main.filter().remove(SharedFilter.EDITIONS);
        assertTrue(agreements.announcedRows().stream().anyMatch(row -> row.edition().startsWith("I,")));

        main.filter().regionProperty().set("BY-HO");
        assertEquals("BY-HO", agreements.regionProperty().get());
        assertTrue(agreements.rows().stream().allMatch(row -> row.region().equals("Gomel Oblast")));
        main.filter().regionProperty().set("RU-SMO"); // a Russian region: the list keeps its Belarusian one
        assertEquals("BY-HO", agreements.regionProperty().get());
    }

    @Test
    void theMatrixsOwnRangeIsTheSharedOne() {
        main.screen(MatrixViewModel.class).fromEditionProperty().set(main.screen(MatrixViewModel.class).editions().get(4));
        assertEquals(List.of("Forums: V 2018 – XIII 2026"), chips());
        assertArrayEquals(new int[] {5, 13}, main.screen(EditionsViewModel.class).highlightedProperty().get());
    }

    @Test
    void aRegionClickedInTheMatrixFiltersTheOtherScreensToIt() {
        main.screen(MatrixViewModel.class).openRegion("BY-VI");
        assertEquals("BY-VI", main.filter().regionProperty().get());
        assertEquals(List.of("Region: Vitebsk Oblast"), chips());
        main.screenProperty().set(ProfileScreen.ID); // the profile is read when first opened
        assertEquals("BY-VI", main.screen(ProfileViewModel.class).regionProperty().get().code(), "the profile shows it");
        main.screen(ProfileViewModel.class).show("BY-MI"); // chosen in the profile: the filter follows
        assertEquals("BY-MI", main.filter().regionProperty().get());
        main.screen(MatrixViewModel.class).openRegion("BY-VI");
        BarChartModel documents = main.screen(EditionsViewModel.class).regionChartProperty().get();
        assertEquals("Documents of Vitebsk Oblast per edition", documents.title());
        Map<String, Double> charted = new TreeMap<>();
        documents.series().forEach(series -> series.bars().forEach(bar ->
                charted.merge(bar.category().replace('\n', ' '), bar.value(), Double::sum)));
        Map<String, Double> stored = new TreeMap<>();
        for (RegionFact fact : store.regions().factsOf("BY-VI")) {
            if (fact.countsAsDocument() && fact.editionNumber() != null) { // a document once, however many state it
                var edition = main.screen(EditionsViewModel.class).editions().stream()
                        .filter(e -> e.number() == fact.editionNumber()).findFirst().orElseThrow();
                stored.merge(edition.label(), 1.0, Double::sum);
            }
        }
        assertEquals(stored, charted, "the region's documents per edition, from its facts");
        long statements = store.regions().factsOf("BY-VI").stream()
                .filter(fact -> fact.isDocument() && fact.editionNumber() != null).count();
        assertTrue(statements > charted.values().stream().mapToDouble(Double::doubleValue).sum(),
                "several sources state some of Vitebsk Oblast's documents: each drawn once");

        main.filter().clear();
        assertNull(main.screen(EditionsViewModel.class).regionChartProperty().get());
        assertEquals(List.of(), chips());
    }

    @Test
    void reportedOnlyInTheMatrixLeavesTheExpectedBarsOutOfEveryEditionChart() {
        assertEquals(2, main.screen(EditionsViewModel.class).agreementsChartProperty().get().series().size());
        main.screen(MatrixViewModel.class).selectedStatuses().remove("expected");
        assertEquals(List.of("Only: Reported"), chips());
        BarChartModel agreements = main.screen(EditionsViewModel.class).agreementsChartProperty().get();
        assertEquals(List.of("reported"), agreements.series().stream().map(BarChartModel.Series::styleClass).toList());
        assertEquals(List.of("Reported"), agreements.data().stream().map(BarChartModel.DataRow::series).distinct()
                .toList(), "the data behind it: reported figures only");
        main.screen(EditionsViewModel.class).contractValueCharts().forEach(chart -> assertEquals(1, chart.series().size()));

        main.filter().remove(SharedFilter.STATUS);
        assertEquals(java.util.Set.of("reported", "expected"), main.screen(MatrixViewModel.class).selectedStatuses());
        assertEquals(2, main.screen(EditionsViewModel.class).agreementsChartProperty().get().series().size());
    }
}
