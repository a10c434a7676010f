package org.unionregions.ui.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.SourceSignings;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;

/** The agreements screen's model on the bundled data: what it lists, its flags, its filters, announced against signed. */
class AgreementsViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private AgreementsViewModel viewModel;

    @BeforeEach
    void open() {
        DataStore store = temp.store();
        Messages messages = Messages.forLanguage("en");
        viewModel = new AgreementsViewModel(store, AsyncRunner.direct(), messages, new FigureFormat(messages));
        viewModel.dayProperty().set(LocalDate.of(2026, 12, 8));
        viewModel.load();
    }

    @Test
    void byDefaultEveryDocumentWithATermIsListedEachOnItsRegionsLineOfTheAxis() {
        long withTerm = SourceSignings.documents().stream().filter(document -> SourceSignings.term(document) != null)
                .count();
        assertEquals(withTerm, viewModel.rows().size(), "every document the files give a term, and no other");
        assertTrue(viewModel.rows().stream().noneMatch(row -> row.term().equals("term not stated")));
        List<TermBars.Bar> bars = viewModel.barsProperty().get().bars();
        assertEquals(viewModel.rows().stream().map(AgreementsViewModel.Row::document).toList(),
                bars.stream().filter(bar -> !bar.isHeading()).map(TermBars.Bar::document).toList(), "a line each, in order");
        assertEquals(viewModel.rows().stream().map(AgreementsViewModel.Row::region).distinct().toList(),
                bars.stream().filter(TermBars.Bar::isHeading).map(TermBars.Bar::label).toList(),
                "every region's documents under its name");
        assertTrue(viewModel.summaryProperty().get().endsWith("Listed: " + withTerm + "."),
                viewModel.summaryProperty().get());
    }

    @Test
    void vitebskAndSaratovsRoadmapIsInForceAndCarriesOutNoAgreementOfThePairInTheRegistry() {
        viewModel.regionProperty().set("BY-VI");
        viewModel.partnerProperty().set("Sarat");
        AgreementsViewModel.Row roadmap = viewModel.rows().stream().filter(row -> row.kind().equals("roadmap"))
                .findFirst().orElseThrow();
        assertEquals("2025–2027", roadmap.term());
        assertEquals("in force", roadmap.flags(), "runs to the end of 2027: past 12 months from 8 December 2026");
        viewModel.monthsProperty().set(13);
        roadmap = viewModel.rows().stream().filter(row -> row.kind().equals("roadmap")).findFirst().orElseThrow();
        assertEquals("in force; expires within 13 months", roadmap.flags());
        viewModel.chosenProperty().set(roadmap.document());
        String details = viewModel.detailsProperty().get();
        assertTrue(details.contains("Term: 2025–2027"), details);
        assertTrue(details.contains("P38"), "its source: " + details);
        assertTrue(details.contains("«План мероприятий"), "its quote as the source wrote it");
    }

    @Test
    void vitebskAndNizhnyNovgorodsRoadmapCarriesOutTheir2024AgreementByTheRuleAndGomelsPlanSaysItHasNone() {
        viewModel.regionProperty().set("BY-VI");
        viewModel.partnerProperty().set("Nizhny");
        viewModel.showProperty().set(AgreementsViewModel.Show.EVERY);
        AgreementsViewModel.Row roadmap = viewModel.rows().stream()
                .filter(row -> row.kind().equals("roadmap") && row.term().equals("2025–2027")).findFirst()
                .orElseThrow(() -> new AssertionError(viewModel.rows().toString()));
        viewModel.chosenProperty().set(roadmap.document());
        assertTrue(viewModel.detailsProperty().get().contains("Carries out: agreement 2024 (matched"),
                viewModel.detailsProperty().get());
        AgreementsViewModel.Row agreement = viewModel.rows().stream()
                .filter(row -> row.kind().equals("agreement") && row.year().equals("2024")).findFirst().orElseThrow();
        assertFalse(agreement.flags().contains("no roadmap"), "its roadmap is in the registry");

        // the registry holds no signed regional agreement of Gomel and Bryansk: the plan says so, never a guess
        viewModel.regionProperty().set("BY-HO");
        viewModel.partnerProperty().set("Bryansk");
        AgreementsViewModel.Row plan = viewModel.rows().stream()
                .filter(row -> row.kind().equals("action plan") && row.term().equals("2024–2026")).findFirst()
                .orElseThrow(() -> new AssertionError(viewModel.rows().toString()));
        viewModel.chosenProperty().set(plan.document());
        assertTrue(viewModel.detailsProperty().get().contains("Carries out: no agreement of the pair in the registry"),
                viewModel.detailsProperty().get());
        assertTrue(plan.flags().contains("expires within 12 months"), "its term ends 31 December 2026");
    }

    @Test
    void eachFlagFilterListsOnlyDocumentsWithThatFlagAndTheSummaryCountsThem() {
        viewModel.showProperty().set(AgreementsViewModel.Show.NO_PLAN);
        assertFalse(viewModel.rows().isEmpty());
        assertTrue(viewModel.rows().stream().allMatch(row -> row.flags().contains("no roadmap or plan in the registry")));
        assertTrue(viewModel.summaryProperty().get().contains(viewModel.rows().size() + " agreements have no roadmap"),
                viewModel.summaryProperty().get());
        viewModel.showProperty().set(AgreementsViewModel.Show.IN_FORCE);
        assertTrue(viewModel.rows().stream().allMatch(row -> row.flags().contains("in force")));
        viewModel.statusProperty().set(AgreementsViewModel.StatusFilter.ANNOUNCED);
        assertTrue(viewModel.rows().isEmpty(), "an announced document is never in force");
    }

    @Test
    void theTwelfthForumsAnnouncedAndReportedFiguresStandSideBySideEachWithItsSourceNeverSummedAcrossCurrencies() {
        List<AgreementsViewModel.AnnouncedRow> twelfth = viewModel.announcedRows().stream()
                .filter(row -> row.edition().startsWith("XII,")).toList();
        AgreementsViewModel.AnnouncedRow roubles = twelfth.stream()
                .filter(row -> row.what().startsWith("Contract value") && row.what().contains("RUB")).findFirst()
                .orElseThrow(() -> new AssertionError(twelfth.toString()));
        assertTrue(roubles.announced().contains("20") && roubles.announced().contains("("),
                "RUB 20 bn announced, with its source: " + roubles.announced());
        for (AgreementsViewModel.AnnouncedRow row : twelfth) {
            long currencies = java.util.stream.Stream.of("USD", "RUB", "BYN").filter(row.what()::contains).count();
            assertTrue(currencies <= 1, "one currency a line: " + row.what());
        }
        assertTrue(viewModel.announcedRows().stream().anyMatch(row -> row.edition().startsWith("XI,")),
                "the XI Forum too");
    }

    @Test
    void aSavedViewKeepsTheRegionFiltersDayAndMonths() {
        viewModel.regionProperty().set("BY-MI");
        viewModel.monthsProperty().set(6);
        viewModel.showProperty().set(AgreementsViewModel.Show.EXPIRES_SOON);
        Map<String, String> saved = viewModel.capture();
        viewModel.regionProperty().set(null);
        viewModel.monthsProperty().set(12);
        viewModel.restore(saved);
        assertEquals("BY-MI", viewModel.regionProperty().get());
        assertEquals(6, viewModel.monthsProperty().get());
        assertEquals(AgreementsViewModel.Show.EXPIRES_SOON, viewModel.showProperty().get());
        assertEquals(LocalDate.of(2026, 12, 8), viewModel.dayProperty().get());
    }

}
