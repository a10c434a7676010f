package org.unionregions.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.Importer;
import org.unionregions.model.PairMetric;
import org.unionregions.model.PairQuery;
import org.unionregions.model.PairValue;
import org.unionregions.model.Tables;

/**
 * What the store does, asserted the same way on every engine: a subclass says how to open a store
 * holding the bundled data (a file, or a team database on a real PostgreSQL server).
 */
abstract class RegistryContract {

    @TempDir
    Path dir;
    private DataStore store;

    /** A new store with the bundled data, for one test. */
    abstract DataStore openBundled();

    /** The person the engine records as having written (the OS user, or the database user). */
    abstract String writer();

    DataStore store() {
        if (store == null) {
            store = openBundled();
        }
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** A CSV of region facts in the test's folder: the header, then {@code lines}. */
    private Path factsFile(String name, String... lines) throws java.io.IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "by_region,ru_region,year,kind,value,unit,source\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private Importer factImporter() {
        return new Importer(store(), Tables.REGION_FACT, Messages.forLanguage("en"));
    }

    private void execute(String sql) {
        store().database().inTransaction(conn -> conn.createStatement().executeUpdate(sql));
    }

    @Test
    void theMatrixOfEveryMetricEqualsTheOneOfTheBundledFile() {
        try (DataStore reference = DataStore.inMemoryWithBundledData()) {
            for (PairMetric metric : PairMetric.values()) {
                PairQuery query = metric.isMoney() ? new PairQuery(metric, "USD", null, null, Set.of())
                        : new PairQuery(metric, null, null, null, Set.of());
                List<PairValue> expected = reference.matrix().matrix(query);
                assertEquals(expected, store().matrix().matrix(query), metric.name());
            }
            assertFalse(reference.matrix().matrix(PairQuery.documents()).isEmpty());
            assertEquals(reference.editions().editions(), store().editions().editions());
            assertEquals(reference.regions().regions(), store().regions().regions());
        }
    }

    @Test
    void everyPairCountsTheDistinctSigningsTheSourcesState() {
        Map<String, Integer> counted = new java.util.TreeMap<>();
        for (PairValue pair : store().matrix().matrix(PairQuery.documents())) {
            counted.put(pair.belarusianRegion() + "|" + pair.russianRegion(), (int) pair.value());
        }
        Map<String, Integer> stated = SourceSignings.documentsPerPair();
        assertEquals(stated, counted, "documents per pair, as the CSV files and the matching rules make them");
        int statements = SourceSignings.documents().stream().mapToInt(List::size).sum();
        assertTrue(statements > stated.values().stream().mapToInt(Integer::intValue).sum(),
                "several sources state some signings: fewer documents than statements");
    }

    /**
     * Every document whose statements in the CSV files state a term (the third collection's columns, the
     * earlier quotes' terms in terms-read.csv) has that term in the store, and on a fixed day it is in
     * force, expiring within 12 months or past its term exactly as its years say; no other document has a term.
     */
    @Test
    void everyDocumentWithATermInTheFilesHasItAndItsFlagsOnAFixedDayFollowFromItsYears() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 8);
        List<org.unionregions.model.AgreementLife.Entry> entries = org.unionregions.model.AgreementLife.on(
                store().regions().regionFacts(), day, 12);
        Map<String, org.unionregions.model.AgreementLife.Entry> stored = new java.util.HashMap<>();
        for (var entry : entries) {
            stored.put(documentKey(entry.document().reading().belarusianRegion(),
                    entry.document().reading().russianRegion(), entry.document().reading().kind(),
                    entry.document().sources().stream().map(org.unionregions.model.Source::id).toList()), entry);
        }
        int withTerm = 0;
        for (List<SourceSignings.Statement> document : SourceSignings.documents()) {
            Integer[] term = SourceSignings.term(document);
            if (term == null) {
                continue;
            }
            withTerm++;
            var reading = SourceSignings.counted(document).reading();
            String key = documentKey(reading.belarusianRegion(), reading.russianRegion(), document.get(0).reading().kind(),
                    document.stream().map(SourceSignings.Statement::source).distinct().toList());
            var entry = stored.get(key);
            assertNotNull(entry, "the store has the document " + key);
            assertEquals(term[0], entry.term().from(), key + ": first year");
            assertEquals(term[1], entry.term().to(), key + ": last year");
            boolean signed = document.stream().anyMatch(SourceSignings.Statement::reported);
            Integer start = term[0] != null ? term[0] : reading.year();
            boolean inForce = signed && term[1] != null && (start == null || start <= 2026) && term[1] >= 2026;
            var flags = entry.flags();
            assertEquals(inForce, flags.contains(org.unionregions.model.AgreementLife.Flag.IN_FORCE), key + " in force");
            assertEquals(inForce && term[1] == 2026, flags.contains(org.unionregions.model.AgreementLife.Flag.EXPIRES_SOON),
                    key + " expires within 12 months (by 8 December 2027)");
            boolean past = signed && term[1] != null && term[1] < 2026;
            if (!past) {
                assertFalse(flags.contains(org.unionregions.model.AgreementLife.Flag.EXPIRED_NO_LATER)
                        || flags.contains(org.unionregions.model.AgreementLife.Flag.PLAN_PAST_TERM), key + " is not past");
            }
        }
        assertTrue(withTerm > 30, "the files state terms for " + withTerm + " documents");
        assertEquals(withTerm, entries.stream().filter(entry -> entry.term().stated()).count(),
                "no document has a term its files do not state");
    }

    private static String documentKey(String belarusianRegion, String russianRegion, String kind, List<String> sources) {
        return belarusianRegion + "|" + russianRegion + "|" + kind + "|" + new java.util.TreeSet<>(sources);
    }

    @Test
    void grodnoAndPenzaSignedOneAgreementThatFourSourcesStateAndTheCellShowsTheirWords() {
        List<org.unionregions.model.Document> agreements = store().documents().ofPair("BY-HR", "RU-PNZ").stream()
                .filter(document -> document.reading().kind().equals("agreement")).toList();
        assertEquals(1, agreements.size(), "the XI Forum's agreement is one document");
        org.unionregions.model.Document agreement = agreements.get(0);
        assertEquals(List.of("R7", "P71", "G14", "G15"), agreement.sources().stream()
                .map(org.unionregions.model.Source::id).toList());
        List<String> quotes = store().matrix().facts("BY-HR", "RU-PNZ", PairQuery.documents(), 100).stream()
                .map(org.unionregions.model.RegionFact::asStated).toList();
        for (var statement : agreement.statements()) {
            assertTrue(quotes.contains(statement.asStated()), "the cell lists " + statement.source().id());
        }
        PairValue cell = store().matrix().matrix(PairQuery.documents()).stream()
                .filter(pair -> pair.belarusianRegion().equals("BY-HR") && pair.russianRegion().equals("RU-PNZ"))
                .findFirst().orElseThrow();
        assertEquals(2, (int) cell.value(), "the agreement once, and the roadmap announced for 2025");
    }

    @Test
    void aMergeAndASplitAreKeptInTheHistoryAndUndoneAsOneStep() {
        List<org.unionregions.model.Document> before = store().documents().ofPair("BY-VI", "RU-ORL");
        assertTrue(before.size() >= 2, "two documents to merge: " + before.size());
        org.unionregions.model.Document first = before.get(0);
        org.unionregions.model.Document second = before.get(1);
        double cell = documentsOf("BY-VI", "RU-ORL");
        store().documents().merge(second.statements().get(0).id(), first.id());
        assertEquals(before.size() - 1, store().documents().ofPair("BY-VI", "RU-ORL").size());
        assertEquals(cell - 1, documentsOf("BY-VI", "RU-ORL"), "the matrix counts the merged document once");
        assertEquals(TestData.recomputedSummary(store().database()), TestData.summary(store().database()));
        store().history().undo();
        assertEquals(before, store().documents().ofPair("BY-VI", "RU-ORL"), "undone: the documents as they were");
        assertEquals(cell, documentsOf("BY-VI", "RU-ORL"));

        org.unionregions.model.Document several = store().documents().ofPair("BY-HR", "RU-PNZ").stream()
                .filter(document -> document.statements().size() > 1).findFirst().orElseThrow();
        long firstStatement = several.reading().id();
        store().documents().split(firstStatement);
        List<org.unionregions.model.Document> after = store().documents().ofPair("BY-HR", "RU-PNZ");
        assertTrue(after.stream().anyMatch(document -> document.statements().size() == 1
                && document.id() == firstStatement), "the statement split off is a document of its own");
        assertTrue(after.stream().anyMatch(document -> document.statements().size() == several.statements().size() - 1),
                "the others stay one document, a signed one now its first");
        assertEquals(TestData.recomputedSummary(store().database()), TestData.summary(store().database()));
        List<ChangeHistory.RowChange> changes = store().changes().ofRow(Tables.REGION_FACT.name(),
                String.valueOf(several.statements().get(1).id()));
        assertFalse(changes.isEmpty(), "the regrouping is in the row's history");
        store().history().undo();
        assertEquals(several.statements().size(), store().documents().ofPair("BY-HR", "RU-PNZ").stream()
                .filter(document -> document.id() == several.id()).findFirst().orElseThrow().statements().size());
    }

    @Test
    void anImportedStatementOfAStoredSigningJoinsItsDocumentUnlessKeptApart() throws Exception {
        double cell = documentsOf("BY-HR", "RU-PNZ");
        Path file = dir.resolve("penza.csv");
        Files.writeString(file, "by_region,ru_region,year,edition,kind,level,as_stated,source\n"
                + "Grodno Oblast,Penza Oblast,2024,11,agreement,region,a fifth page says so,G16\n", StandardCharsets.UTF_8);
        try (ImportPreview preview = factImporter().preview(file)) {
            var imported = factImporter().commitUndoably(preview, () -> false, rows -> { });
            assertEquals(1, imported.joinedDocuments());
        }
        assertEquals(cell, documentsOf("BY-HR", "RU-PNZ"), "a statement of a stored signing adds no document");
        assertEquals(5, store().documents().ofPair("BY-HR", "RU-PNZ").stream()
                .filter(document -> document.reading().kind().equals("agreement")).findFirst().orElseThrow()
                .statements().size());
        Path another = dir.resolve("penza-apart.csv");
        Files.writeString(another, "by_region,ru_region,year,edition,kind,level,as_stated,source\n"
                + "Grodno Oblast,Penza Oblast,2024,11,agreement,region,a sixth page says so,N1\n", StandardCharsets.UTF_8);
        try (ImportPreview preview = factImporter().preview(another)) {
            assertEquals(0, factImporter().joinDocuments(false).commitUndoably(preview, () -> false, rows -> { })
                    .joinedDocuments());
        }
        assertEquals(cell + 1, documentsOf("BY-HR", "RU-PNZ"), "kept apart: a document of its own");
        assertEquals(TestData.recomputedSummary(store().database()), TestData.summary(store().database()));
    }

    private double documentsOf(String belarusian, String russian) {
        return store().matrix().matrix(PairQuery.documents()).stream()
                .filter(pair -> pair.belarusianRegion().equals(belarusian) && pair.russianRegion().equals(russian))
                .mapToDouble(PairValue::value).findFirst().orElse(0);
    }

    @Test
    void insertsUpdatesAndDeletesKeepTheSummaryExact() {
        Database database = store().database();
        execute("INSERT INTO region_fact (by_region, ru_region, year, kind, value, unit, source)"
                + " VALUES ('BY-HO', 'RU-BRY', 2023, 'trade_turnover', 5000000, 'USD', 'R8')");
        execute("INSERT INTO region_fact (by_region, ru_region, year, kind, period, status, value, unit, source)"
                + " VALUES ('BY-HO', 'RU-BRY', 2025, 'trade_turnover', 'h1', 'expected', 1000000, 'USD', 'R8')");
        assertEquals(TestData.recomputedSummary(database), TestData.summary(database));
        execute("UPDATE region_fact SET ru_region = 'RU-PSK', value = 7 WHERE kind = 'trade_turnover' AND by_region = 'BY-HO'");
        execute("UPDATE region_fact SET period = NULL, level = 'city' WHERE period = 'h1'");
        assertEquals(TestData.recomputedSummary(database), TestData.summary(database));
        execute("DELETE FROM region_fact WHERE by_region = 'BY-MI'");
        assertEquals(TestData.recomputedSummary(database), TestData.summary(database));
        assertEquals("ok", database.integrityCheck());
        execute("DELETE FROM region_fact");
        assertEquals(List.of(), TestData.summary(database));
    }

    @Test
    void searchIgnoresTheCaseOfCyrillicLettersAndReadsYoAsYe() {
        TableBrowser.Page regions = store().tables().page(Tables.REGION, "минск", 50);
        assertTrue(regions.rows().stream().anyMatch(row -> row.contains("BY-MI")), regions.rows().toString());
        TableBrowser.Page facts = store().tables().page(Tables.REGION_FACT, "ГОМЕЛЬ", 500);
        assertTrue(facts.matching() > 0);
        assertTrue(facts.rows().stream().anyMatch(row -> String.join("|", row).contains("BY-HO")));
        TableBrowser.Page orel = store().tables().page(Tables.REGION, "орловская", 50);
        assertTrue(orel.rows().stream().anyMatch(row -> row.contains("RU-ORL")), "Орловская: " + orel.rows());
    }

    /** A plan tied in the form to an agreement of its pair is read as chosen; a tie to another pair's is refused, saying why. */
    @Test
    void aPlanTiedToItsPairsAgreementIsReadAsChosenAndATieToAnotherPairIsRefused() {
        Map<String, Object> agreement = new HashMap<>(Map.of("by_region", "BY-BR", "ru_region", "RU-ORL",
                "kind", "agreement", "level", "region", "status", "reported", "year", 2015, "source", "R1", "qualifier", ""));
        String agreementId = store().writer(Tables.REGION_FACT).insert(agreement);
        Map<String, Object> plan = new HashMap<>(Map.of("by_region", "BY-BR", "ru_region", "RU-ORL",
                "kind", "action_plan", "level", "region", "status", "reported", "year", 2026, "valid_from", 2026,
                "valid_to", 2028, "source", "R1", "carries_out", Integer.parseInt(agreementId)));
        plan.put("qualifier", "");
        String planId = store().writer(Tables.REGION_FACT).insert(plan);
        var entry = org.unionregions.model.AgreementLife.on(store().regions().regionFacts(), java.time.LocalDate.of(2026,
                12, 8), 12).stream().filter(each -> each.document().id() == Long.parseLong(planId)).findFirst().orElseThrow();
        assertEquals(Long.parseLong(agreementId), entry.carriesOut());
        assertEquals(org.unionregions.model.AgreementLife.Link.CHOSEN, entry.link());

        Map<String, Object> elsewhere = new HashMap<>(plan);
        elsewhere.put("ru_region", "RU-SMO");
        StoreException refused = assertThrows(StoreException.class,
                () -> store().writer(Tables.REGION_FACT).insert(elsewhere));
        assertTrue(refused.getMessage().contains("statement " + agreementId + " is about another pair of regions"),
                refused.getMessage());
        Map<String, Object> notAPlan = new HashMap<>(plan);
        notAPlan.put("kind", "memorandum");
        assertTrue(assertThrows(StoreException.class, () -> store().writer(Tables.REGION_FACT).insert(notAPlan))
                .getMessage().contains("only a roadmap, action plan or programme carries out an agreement"));
    }

    @Test
    void aSecondRowWithTheSameKeyIsRefusedNamingTheKey() {
        Map<String, Object> source = new HashMap<>(Map.of("id", "R1", "publisher", "Somebody"));
        StoreException refused = assertThrows(StoreException.class,
                () -> store().writer(Tables.SOURCE).insert(source));
        assertEquals(StoreException.Reason.UNIQUE, refused.reason());
        assertEquals("id", refused.column());
        assertTrue(refused.unchanged());
    }

    @Test
    void aSourceThatFiguresCiteCannotBeDeleted() {
        StoreException refused = assertThrows(StoreException.class, () -> store().writer(Tables.SOURCE).delete("R1"));
        assertEquals(StoreException.Reason.REFERENCED, refused.reason());
        assertTrue(store().writer(Tables.SOURCE).keys().contains("R1"));
    }

    @Test
    void anImportIsWrittenWholeOnceAndItsRepeatIsAllDuplicates() throws Exception {
        Path file = factsFile("facts.csv", "BY-VI,RU-SMO,2024,agreement,,,S54", "BY-HO,RU-BRY,2025,trade,12345.5,USD,R9");
        int before = store().database().rowCounts().get("region_fact");
        Importer importer = factImporter();
        try (ImportPreview preview = importer.preview(file)) {
            assertEquals(List.of(), preview.problems());
            assertEquals(2, importer.commit(preview, () -> false, rows -> { }));
        }
        assertEquals(before + 2, store().database().rowCounts().get("region_fact"));
        try (ImportPreview again = importer.preview(file)) {
            assertEquals(2, again.problems().size());
            assertEquals(List.of("facts.csv:2", "facts.csv:3"), again.problems().stream()
                    .map(problem -> problem.describe().replaceFirst(": .*", "")).toList());
            assertFalse(again.canCommit());
        }
        assertEquals(TestData.recomputedSummary(store().database()), TestData.summary(store().database()));
    }

    @Test
    void anImportWithOneBadRowWritesNothing() throws Exception {
        Path file = factsFile("bad.csv", "BY-VI,RU-SMO,2024,agreement,,,S54",
                "BY-HO,RU-BRY,2025,trade,12345.5,USD,NO-SUCH-SOURCE");
        int before = store().database().rowCounts().get("region_fact");
        Importer importer = factImporter();
        try (ImportPreview preview = importer.preview(file)) {
            assertEquals(1, preview.problems().size());
            assertTrue(preview.problems().get(0).describe().startsWith("bad.csv:3: column 'source'"),
                    preview.problems().get(0).describe());
            assertThrows(IllegalStateException.class, () -> importer.commit(preview, () -> false, rows -> { }));
        }
        assertEquals(before, store().database().rowCounts().get("region_fact"));
    }

    @Test
    void anEditIsUndoneAndRedone() {
        EditHistory history = store().history();
        Map<String, Object> source = new HashMap<>();
        source.put("id", "T1");
        source.put("publisher", "Test publisher");
        history.insert(Tables.SOURCE, source);
        assertTrue(store().writer(Tables.SOURCE).keys().contains("T1"));
        history.undo();
        assertFalse(store().writer(Tables.SOURCE).keys().contains("T1"));
        history.redo();
        assertTrue(store().writer(Tables.SOURCE).keys().contains("T1"));
    }

    @Test
    void anImportOfSourcesIsUndoneByTheirKeys() throws Exception {
        StringBuilder csv = new StringBuilder("id,publisher\nU1,Первый издатель\n");
        for (int i = 2; i <= EditHistory.MAX_KEYS; i++) { // as many keys as an import keeps to undo
            csv.append('U').append(i).append(",Publisher ").append(i).append('\n');
        }
        Path file = dir.resolve("sources.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Importer importer = new Importer(store(), Tables.SOURCE, Messages.forLanguage("en"));
        try (ImportPreview preview = importer.preview(file)) {
            store().history().imported(importer.commitUndoably(preview, () -> false, rows -> { }));
        }
        assertTrue(store().writer(Tables.SOURCE).keys().containsAll(Set.of("U1", "U" + EditHistory.MAX_KEYS)));
        store().history().undo();
        assertFalse(store().writer(Tables.SOURCE).keys().contains("U1"));
        assertFalse(store().writer(Tables.SOURCE).keys().contains("U" + EditHistory.MAX_KEYS));
        assertTrue(store().writer(Tables.SOURCE).keys().contains("R1"), "only the import's rows went");
    }

    @Test
    void anImportKeepsQuotesCommasLineBreaksAndCyrillicAndAnEmptyCellIsNoValue() throws Exception {
        Path file = dir.resolve("awkward.csv");
        Files.writeString(file, "id,publisher,location,note\n"
                + "Q1,\"Облисполком \"\"Витебск\"\", г. Витебск\",,\"first line\nsecond line\"\n", StandardCharsets.UTF_8);
        Importer importer = new Importer(store(), Tables.SOURCE, Messages.forLanguage("en"));
        try (ImportPreview preview = importer.preview(file)) {
            assertEquals(List.of(), preview.problems());
            importer.commit(preview, () -> false, rows -> { });
        }
        Map<String, Object> stored = store().database().read(conn -> EditHistory.row(conn, Tables.SOURCE, "Q1"));
        assertEquals("Облисполком \"Витебск\", г. Витебск", stored.get("publisher"));
        assertEquals(null, stored.get("location"));
        assertEquals("first line\nsecond line", stored.get("note"));
    }

    @Test
    void anImportWhoseRowsWereDeletedSinceIsNotUndoneAndKeepsTheRest() throws Exception {
        Path file = dir.resolve("three-sources.csv");
        Files.writeString(file, "id,publisher\nV1,One\nV2,Two\nV3,Three\n", StandardCharsets.UTF_8);
        Importer importer = new Importer(store(), Tables.SOURCE, Messages.forLanguage("en"));
        try (ImportPreview preview = importer.preview(file)) {
            store().history().imported(importer.commitUndoably(preview, () -> false, rows -> { }));
        }
        execute("DELETE FROM source WHERE id = 'V2'"); // by someone else, past this window's undo
        EditHistory.NotUndoneException refused = assertThrows(EditHistory.NotUndoneException.class,
                () -> store().history().undo());
        assertEquals(EditHistory.NotUndoneException.Reason.ROWS_DELETED, refused.reason());
        assertEquals("The import of three-sources.csv cannot be undone: 1 of its 3 rows were deleted since."
                + " Nothing was changed.", refused.getMessage());
        assertTrue(store().writer(Tables.SOURCE).keys().containsAll(Set.of("V1", "V3")), "nothing was deleted");
    }

    @Test
    void savedViewsAndDecksAreKept() {
        store().views().save("Вітебск", "MATRIX", Map.of("metric", "DOCUMENTS"), false);
        store().decks().save("Совещание", List.of(DeckRepository.Entry.standard(),
                DeckRepository.Entry.view("Вітебск")));
        assertEquals("Вітебск", store().views().views().get(0).name());
        assertEquals(2, store().decks().named("Совещание").orElseThrow().entries().size());
    }

    @Test
    void everyWriteIsInTheChangeLogWithWhoMadeIt() {
        store().writer(Tables.SOURCE).insert(new HashMap<>(Map.of("id", "T2", "publisher", "P")));
        List<String> last = TestData.lines(store().database(),
                "SELECT action, detail, made_by FROM change_log ORDER BY id DESC LIMIT 1");
        assertEquals(List.of("insert|source|" + writer()), last);
    }

    @Test
    void anEditIsInTheHistoryWithItsValuesBeforeAndAfterAndWhoMadeIt() {
        String key = store().history().insert(Tables.SOURCE, new HashMap<>(Map.of("id", "Z1", "publisher", "Before")));
        Map<String, Object> changed = new HashMap<>(Map.of("id", "Z1", "publisher", "After \"quoted\""));
        store().history().update(Tables.SOURCE, key, changed, 1);
        store().history().delete(Tables.SOURCE, key);
        List<ChangeHistory.RowChange> row = store().changes().ofRow("source", "Z1");
        assertEquals(List.of("delete", "update", "insert"), row.stream().map(ChangeHistory.RowChange::action).toList());
        ChangeHistory.RowChange update = row.get(1);
        assertTrue(update.oldValues().contains("\"publisher\": \"Before\""), update.oldValues());
        assertTrue(update.newValues().contains("\"publisher\": \"After \\\"quoted\\\"\""), update.newValues());
        assertTrue(update.newValues().contains("\"version\": 2"), update.newValues());
        assertEquals(writer(), update.madeBy());
        assertEquals(null, row.get(0).newValues());
        List<ChangeHistory.Change> changes = store().changes().changes(new ChangeHistory.Filter("source", writer(),
                null, null));
        assertEquals(List.of("delete", "update", "insert"), changes.stream().limit(3).map(ChangeHistory.Change::action)
                .toList());
    }

    @Test
    void anImportIsOneEntryWithItsFileAndRowCount() throws Exception {
        Path file = factsFile("three.csv", "BY-VI,RU-SMO,2024,agreement,,,S54", "BY-VI,RU-PSK,2024,agreement,,,S54",
                "BY-VI,RU-BRY,2024,agreement,,,S54");
        Importer importer = factImporter();
        try (ImportPreview preview = importer.preview(file)) {
            importer.commit(preview, () -> false, rows -> { });
        }
        ChangeHistory.Change last = store().changes().changes(ChangeHistory.Filter.ALL).get(0);
        assertEquals("import", last.action());
        assertEquals("region_fact from three.csv", last.detail());
        assertEquals(3, last.rows());
        assertEquals(List.of(), store().changes().ofChange(last.id()));
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndShowsTheirs() {
        String key = store().history().insert(Tables.SOURCE, new HashMap<>(Map.of("id", "C1", "publisher", "Mine")));
        int read = store().changes().version(Tables.SOURCE, key);
        store().writer(Tables.SOURCE).update(key, new HashMap<>(Map.of("id", "C1", "publisher", "Theirs")));
        RowConflictException refused = assertThrows(RowConflictException.class, () -> store().history()
                .update(Tables.SOURCE, key, new HashMap<>(Map.of("id", "C1", "publisher", "Mine, edited")), read));
        assertEquals("Theirs", refused.theirs().get("publisher"));
        assertEquals(writer(), refused.changedBy());
        assertEquals(store().changes().ofRow("source", key).get(0).madeAt(), refused.changedAt(), "their save's time");
        assertTrue(refused.unchanged());
        assertEquals("Theirs", store().tables().page(Tables.SOURCE, "C1", 5).rows().get(0).get(1));
        // knowingly replacing theirs: the version they left
        store().history().update(Tables.SOURCE, key, new HashMap<>(Map.of("id", "C1", "publisher", "Mine, edited")),
                refused.version());
        store().writer(Tables.SOURCE).delete(key);
        RowConflictException deleted = assertThrows(RowConflictException.class, () -> store().history()
                .update(Tables.SOURCE, key, new HashMap<>(Map.of("id", "C1", "publisher", "Late")), read + 2));
        assertTrue(deleted.deleted());
    }
}
