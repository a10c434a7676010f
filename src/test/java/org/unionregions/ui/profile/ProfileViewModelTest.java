package org.unionregions.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionregions.TempStore;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Kind;
import org.unionregions.store.BundledData;
import org.unionregions.ui.common.AsyncRunner;

/** A profile says what the bundled files say about its region: counted from the CSV files themselves. */
class ProfileViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    @TempDir
    Path dir;
    private ProfileViewModel viewModel;

    @BeforeEach
    void open() {
        viewModel = new ProfileViewModel(temp.store(), AsyncRunner.direct(), Messages.forLanguage("en"));
        viewModel.load();
    }

    /** English name to ISO code, as regions.csv gives them. */
    private static Map<String, String> codes() {
        return BundledData.read("regions.csv").stream().collect(Collectors.toMap(row -> row.get("name_en"),
                row -> row.get("code")));
    }

    /** The rows of both fact files about a pair with this region. */
    private static List<CSVRecord> csvFactsOf(String code) {
        Map<String, String> codes = codes();
        List<CSVRecord> rows = new ArrayList<>();
        for (String file : org.unionregions.TestData.FACT_FILES) {
            for (CSVRecord row : BundledData.read(file)) {
                if (code.equals(codes.get(row.get("by_region"))) || code.equals(codes.get(row.get("ru_region")))) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static boolean isDocument(CSVRecord row) {
        return Kind.VOCABULARY.match(row.get("kind")).flatMap(Kind::of)
                .map(kind -> kind.group() == Kind.Group.DOCUMENT).orElse(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BY-BR", "BY-HM", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "RU-ORL", "RU-SMO"})
    void theProfileCountsWhatTheBundledFilesSayAboutTheRegion(String code) {
        viewModel.show(code);
        RegionProfile profile = viewModel.profileProperty().get();
        assertEquals(code, profile.region().code());
        List<CSVRecord> rows = csvFactsOf(code);
        assertTrue(rows.size() > 0, code + " has facts in the files");
        assertEquals(rows.size(), profile.facts().size(), "every fact, with its source");
        var documents = org.unionregions.store.SourceSignings.documentsOf(code);
        assertEquals(documents.size(), profile.documents(), "each signing once, however many sources state it");
        Map<String, String> codes = codes();
        Set<String> partners = new HashSet<>();
        rows.forEach(row -> partners.add(code.startsWith("BY-") ? codes.get(row.get("ru_region"))
                : codes.get(row.get("by_region"))));
        assertEquals(partners, profile.partners().stream().map(RegionProfile.Partner::code)
                .collect(Collectors.toSet()));
        assertEquals(rows.stream().map(row -> row.get("source")).distinct().count(), profile.sources());
        long datedDocuments = documents.stream()
                .filter(document -> org.unionregions.store.SourceSignings.counted(document).reading().year() != null)
                .count();
        assertEquals(datedDocuments, profile.timeline().stream().mapToInt(year -> year.reported() + year.expected())
                .sum(), "the timeline holds every dated document");
        assertEquals(datedDocuments, viewModel.timelineProperty().get().data().size(),
                "the data behind the timeline: each dated document with its source");
        long undated = documents.size() - datedDocuments;
        assertEquals(undated == 0, !viewModel.timelineProperty().get().title().contains("without a year"),
                code + ": the chart's title says how many documents without a year it leaves off");
        if (undated > 0) {
            assertTrue(viewModel.timelineProperty().get().title().endsWith("(" + undated + " without a year not shown)"),
                    viewModel.timelineProperty().get().title());
        }
        assertEquals(profile.partners().stream().mapToInt(RegionProfile.Partner::documents).sum(), profile.documents());
        long withDocuments = documents.stream().map(document -> code.startsWith("BY-")
                ? document.get(0).reading().russianRegion() : document.get(0).reading().belarusianRegion()).distinct().count();
        assertTrue(profile.subtitle().contains("(" + withDocuments + " with a document, as the matrix counts them)"),
                code + ": the partners named and those with a document, both said: " + profile.subtitle());
        long tradeRows = rows.stream().filter(row -> Kind.VOCABULARY.match(row.get("kind")).flatMap(Kind::of)
                .map(kind -> kind.group() == Kind.Group.TRADE_FIGURE).orElse(false)).count();
        assertEquals(tradeRows, profile.trade().size());
        assertTrue(profile.facts().stream().allMatch(line -> !line.sourceId().isEmpty() && !line.publisher().isEmpty()));
    }

    @Test
    void aRussianRegionNamesTheBelarusianOblastAssignedToItWithTheSource() {
        viewModel.show("RU-ORL");
        assertEquals(List.of("Brest Oblast [P3]"), viewModel.profileProperty().get().assignedPartners());
        viewModel.show("RU-SMO");
        assertEquals(List.of(), viewModel.profileProperty().get().assignedPartners(), "no source says so");
    }

    @Test
    void thePickerOffersEveryRegionBelarusianFirstAndFindsThemInAnyLanguage() {
        assertEquals(BundledData.read("regions.csv").size(), viewModel.regions().size());
        assertTrue(viewModel.regions().subList(0, 7).stream().allMatch(choice -> choice.code().startsWith("BY-")));
        ProfileViewModel.RegionChoice vitebsk = viewModel.regions().stream()
                .filter(choice -> choice.code().equals("BY-VI")).findFirst().orElseThrow();
        assertEquals("Vitebsk Oblast (BY-VI)", vitebsk.label());
        assertTrue(vitebsk.searchText().contains("Витебская") && vitebsk.searchText().contains("Віцебская"),
                vitebsk.searchText());
    }

    @Test
    void theBriefIsWrittenWhereAsked() throws Exception {
        viewModel.show("BY-VI");
        Path brief = dir.resolve("vitebsk.pdf");
        viewModel.exportBrief(brief);
        assertEquals("Brief saved to " + brief, viewModel.doneProperty().get());
        assertTrue(Files.size(brief) > 10_000);
        assertEquals("%PDF", new String(Files.readAllBytes(brief), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
