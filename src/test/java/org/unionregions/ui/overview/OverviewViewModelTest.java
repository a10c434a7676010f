package org.unionregions.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.FigureFormat;

/** The headline tiles computed from the bundled data, without a display. */
class OverviewViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;


    private List<OverviewViewModel.Tile> tilesOn(String date, String language) {
        store = temp.store();
        Messages messages = Messages.forLanguage(language);
        OverviewViewModel viewModel = new OverviewViewModel(store, AsyncRunner.direct(), messages,
                new FigureFormat(messages), Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC));
        viewModel.load();
        assertFalse(viewModel.busyProperty().get());
        assertEquals("", viewModel.errorProperty().get());
        return viewModel.tiles();
    }

    private static OverviewViewModel.Tile tile(List<OverviewViewModel.Tile> tiles, String id) {
        return tiles.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void tilesNameTheFigureTheEditionAndTheSource() {
        List<OverviewViewModel.Tile> tiles = tilesOn("2026-11-23", "en");
        assertEquals(List.of("editions", "agreements", "contract-USD", "contract-RUB", "contract-BYN", "trade"),
                tiles.stream().map(OverviewViewModel.Tile::id).toList(), "BYN is a currency of its own");
        assertEquals("13", tile(tiles, "editions").value());
        assertEquals("I 2014 – XIII 2026", tile(tiles, "editions").context());

        OverviewViewModel.Tile agreements = tile(tiles, "agreements");
        assertEquals("about 250", agreements.value(), "the conservative reading of the XI Forum, not a governor's 400");
        assertEquals("XI Forum, 2024", agreements.context());
        assertTrue(agreements.source().contains("news-pravda.com") && agreements.source().contains("2"),
                agreements.source());

        OverviewViewModel.Tile usd = tile(tiles, "contract-USD");
        assertEquals("about $1.2 bn", TestData.plain(usd.value()));
        assertEquals("X Forum, 2023", usd.context());
        assertEquals("Source: TASS", usd.source());

        OverviewViewModel.Tile rub = tile(tiles, "contract-RUB");
        assertEquals("₽24 bn", TestData.plain(rub.value()),
                "the XII Forum's 750 million of an unclear currency is no rouble headline");
        assertEquals("", rub.caveat());
        assertEquals("XI Forum, 2024", rub.context());

        OverviewViewModel.Tile byn = tile(tiles, "contract-BYN");
        assertEquals("Br 900 mn", TestData.plain(byn.value()));
        assertEquals("XII Forum, 2025", byn.context());

        // the latest whole year: January–November 2025 ($49.2 bn) is a part of the year, +5.6 % a rate
        OverviewViewModel.Tile trade = tile(tiles, "trade");
        assertEquals("almost $55 bn", TestData.plain(trade.value()));
        assertEquals("2025, basis: a Belarusian statement (President Lukashenko)", trade.context());
        assertEquals("Source: news.by (citing BelTA)", trade.source());
    }

    @Test
    void anEditionNotYetHeldIsNotCounted() {
        List<OverviewViewModel.Tile> tiles = tilesOn("2026-05-01", "en");
        assertEquals("12", tile(tiles, "editions").value());
        assertEquals("I 2014 – XII 2025", tile(tiles, "editions").context());
    }

    @Test
    void russianTilesUseRussianWordsAndNumberFormat() {
        List<OverviewViewModel.Tile> tiles = tilesOn("2026-11-23", "ru");
        assertEquals("около 1,2 млрд $", TestData.plain(tile(tiles, "contract-USD").value()));
        assertEquals("около 250", tile(tiles, "agreements").value());
        assertEquals("Источник: TASS", tile(tiles, "contract-USD").source());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsReportedNotSwallowed() throws Exception {
        Path notADatabase = temp.dir().resolve("notes.db");
        Files.writeString(notADatabase, "meeting notes");
        store = new DataStore(notADatabase);
        Messages messages = Messages.forLanguage("en");
        OverviewViewModel viewModel = new OverviewViewModel(store, AsyncRunner.direct(), messages,
                new FigureFormat(messages), Clock.systemUTC());
        viewModel.load();
        assertTrue(viewModel.errorProperty().get().contains("not a SQLite database"),
                viewModel.errorProperty().get());
        assertTrue(viewModel.tiles().isEmpty());
        assertFalse(viewModel.busyProperty().get());

        Messages russian = Messages.forLanguage("ru");
        OverviewViewModel inRussian = new OverviewViewModel(store, AsyncRunner.direct(), russian,
                new FigureFormat(russian), Clock.systemUTC());
        inRussian.load();
        assertEquals(notADatabase.toAbsolutePath() + " — не база данных SQLite (повреждён или это файл другого"
                + " рода). Файл не изменён.", inRussian.errorProperty().get());
    }

    @Test
    void theSmallMapColoursEachBelarusianRegionByTheRussianRegionsItHasADocumentWith() {
        store = temp.store();
        Messages messages = Messages.forLanguage("en");
        OverviewViewModel viewModel = new OverviewViewModel(store, AsyncRunner.direct(), messages,
                new FigureFormat(messages), Clock.systemUTC());
        List<String> opened = new java.util.ArrayList<>();
        viewModel.openMapsWith(opened::add);
        viewModel.load();
        assertTrue(viewModel.mapProperty().get().areas().isEmpty(), "read only when the view asks, after the figures");
        viewModel.loadMap();
        org.unionregions.model.RegionMap map = viewModel.mapProperty().get();
        for (String code : List.of("BY-BR", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI")) {
            long partners = org.unionregions.store.SourceSignings.documentsOf(code).stream()
                    .map(document -> org.unionregions.store.SourceSignings.counted(document).reading().russianRegion())
                    .distinct().count();
            assertEquals(String.valueOf(partners), map.area(code).orElseThrow().valueText(), code);
        }
        assertEquals(null, map.area("RU-SMO").orElseThrow().fill(), "a Russian region's count would be another thing");
        assertEquals(org.unionregions.model.RegionMap.Fit.BELARUS, map.fit());
        viewModel.openOnMap("BY-VI");
        assertEquals(List.of("BY-VI"), opened);
    }
}
