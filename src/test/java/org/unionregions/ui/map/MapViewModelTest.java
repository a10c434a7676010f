package org.unionregions.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.model.PairMetric;
import org.unionregions.model.RegionMap;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;

/** The map over a small known set of facts: each region's count, a region's partners, no data as no data. */
class MapViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private MapViewModel viewModel;
    private final List<String> profilesOpened = new ArrayList<>();

    @BeforeEach
    void knownFacts() {
        DataStore store = temp.store();
        Object[][] rows = {
            {"BY-MI", "RU-SMO", 2017, 4, "agreement", null, null, "older agreement", "region", "reported"},
            {"BY-MI", "RU-SMO", 2024, 11, "agreement", null, null, "newer agreement", "region", "reported"},
            {"BY-MI", "RU-MOS", 2024, 11, "action_plan", null, null, "plan", "region", "expected"},
            {"BY-HO", "RU-SMO", 2019, 6, "agreement", null, null, "Gomel and Smolensk", "region", "reported"},
            {"BY-HO", "RU-BRY", 2023, null, "trade_turnover", 300e6, "USD", "$300 mn", null, "reported"},
        };
        TestData.replaceFacts(store, rows);
        Messages messages = Messages.forLanguage("en");
        viewModel = new MapViewModel(store, AsyncRunner.direct(), messages, new FigureFormat(messages));
        viewModel.openProfilesWith(profilesOpened::add);
        viewModel.load();
    }

    private RegionMap.Area area(String code) {
        return viewModel.mapProperty().get().area(code).orElseThrow(() -> new AssertionError("no area " + code));
    }

    @Test
    void everyRegionIsDrawnAndEachCountsItsDocumentsWithEveryPartner() {
        assertEquals(90, viewModel.mapProperty().get().areas().size(), "7 Belarusian regions and 83 Russian");
        assertEquals("3", area("BY-MI").valueText(), "two with Smolensk, one with Moscow Oblast");
        assertEquals("3", area("RU-SMO").valueText(), "two with Minsk Oblast, one with Gomel");
        assertEquals("1", area("BY-HO").valueText(), "trade is not a document");
        assertEquals("Minsk Oblast: 3", area("BY-MI").accessibleName());
        assertEquals("Documents signed (count) by region", viewModel.mapProperty().get().title());
        assertEquals("1", viewModel.mapProperty().get().legendMin());
        assertEquals("3", viewModel.mapProperty().get().legendMax());
        assertEquals(0, Math.min(area("BY-MI").rank(), area("RU-SMO").rank()), "the most is ranked first");
    }

    @Test
    void aRegionWithoutDataIsNoDataNeverZeroOrTheLeastColour() {
        RegionMap.Area tver = area("RU-TVE");
        assertNull(tver.fill());
        assertEquals("no data", tver.valueText());
        assertEquals(Integer.MAX_VALUE, tver.rank());
        assertNotNull(area("BY-HO").fill(), "the least value has a colour of the scale");
        assertNotEquals(area("BY-HO").fill(), area("BY-MI").fill());
    }

    @Test
    void choosingARegionColoursItsPartnersByThePairAndDrawsALineToEach() {
        viewModel.choose("BY-MI");
        RegionMap map = viewModel.mapProperty().get();
        assertEquals("Documents signed (count) with Minsk Oblast", map.title());
        assertTrue(area("BY-MI").chosen());
        assertEquals("2", area("RU-SMO").valueText(), "the pair's own count, not Smolensk's total");
        assertEquals("1", area("RU-MOS").valueText());
        assertNull(area("BY-HO").fill(), "another Belarusian region is no partner");
        assertEquals("Smolensk Oblast with Minsk Oblast: 2", area("RU-SMO").accessibleName());
        assertEquals(List.of("RU-MOS", "RU-SMO"), map.links().stream().map(RegionMap.Link::to).toList(),
                "thin lines first, so the thickest is drawn on top");
        assertEquals(1.0, map.links().get(1).weight());
        assertEquals(0.5, map.links().get(0).weight());

        viewModel.choose("BY-MI");
        assertNull(viewModel.chosenProperty().get(), "the same region again: every region");
        assertEquals("3", area("RU-SMO").valueText());
        assertTrue(viewModel.mapProperty().get().links().isEmpty());
    }

    @Test
    void theOtherMetricCountsNamedPartnersAndASavedViewComesBackAsSaved() {
        viewModel.metricProperty().set(PairMetric.PARTNERS);
        assertNull(area("BY-MI").fill(), "no listings among these facts");
        viewModel.metricProperty().set(PairMetric.DOCUMENTS);
        viewModel.choose("RU-SMO");
        Map<String, String> saved = viewModel.capture();
        viewModel.choose(null);
        viewModel.restore(Map.of("metric", "PARTNERS", "region", ""));
        assertEquals(PairMetric.PARTNERS, viewModel.metricProperty().get());
        viewModel.restore(saved);
        assertEquals(PairMetric.DOCUMENTS, viewModel.metricProperty().get());
        assertEquals("RU-SMO", viewModel.chosenProperty().get());
        assertEquals("2", area("BY-MI").valueText());
        assertEquals("1", area("BY-HO").valueText());
    }

    @Test
    void aSavedStatusAndEditionRangeCountOnlyWhatTheyLetThrough() {
        viewModel.restore(Map.of("metric", "DOCUMENTS", "region", "", "status", "expected"));
        assertEquals("1", area("BY-MI").valueText(), "only the expected plan");
        assertNull(area("RU-SMO").fill());
        viewModel.restore(Map.of("region", "BY-MI"));
        assertEquals("1", area("RU-MOS").valueText(), "a region alone (from the Overview) keeps the status counted");
        assertNull(area("RU-SMO").fill());
        viewModel.restore(Map.of("metric", "DOCUMENTS", "region", "", "status", "", "from", "11", "to", "13"));
        assertEquals("2", area("BY-MI").valueText(), "2024's agreement and plan, not 2017's");
        viewModel.restore(Map.of("metric", "DOCUMENTS", "region", "", "from", "eleven", "to", ""));
        assertEquals("3", area("BY-MI").valueText(), "a range edited by hand into nonsense: every edition");
    }

    @Test
    void openingAProfileGoesToTheWindowsProfile() {
        viewModel.openProfile("BY-HO");
        assertEquals(List.of("BY-HO"), profilesOpened);
        assertFalse(viewModel.busyProperty().get());
    }
}
