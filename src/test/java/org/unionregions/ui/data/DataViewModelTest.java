package org.unionregions.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionregions.TempStore;
import org.unionregions.TestData;
import org.unionregions.i18n.Messages;
import org.unionregions.io.TableExporter;
import org.unionregions.store.DataStore;
import org.unionregions.store.TableBrowser;
import org.unionregions.ui.common.AsyncRunner;

class DataViewModelTest {

    @RegisterExtension
    final TempStore temp = new TempStore();
    private DataStore store;
    private DataViewModel viewModel;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        store = temp.store();
        viewModel = new DataViewModel(store, AsyncRunner.direct(), Messages.forLanguage("en"));
        viewModel.changesProperty().addListener((obs, old, now) -> changes.incrementAndGet());
        viewModel.load();
    }


    private int facts() {
        return store.database().rowCounts().get("region_fact");
    }

    @Test
    void tablesAreBrowsedAndSearched() {
        assertEquals(TestData.bundledFacts(), viewModel.pageProperty().get().rows().size());
        assertEquals("id", viewModel.pageProperty().get().columns().get(0));
        viewModel.searchProperty().set("RU-PSK");
        int pskov = TestData.bundledFactsWith("Pskov Oblast");
        assertEquals(pskov, viewModel.pageProperty().get().rows().size());
        assertEquals(pskov + " rows", viewModel.statusProperty().get());
        viewModel.tableProperty().set("region");
        viewModel.searchProperty().set("Смоленская");
        assertEquals(List.of("RU-SMO"), viewModel.pageProperty().get().rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void aRegionIsFoundByItsNameInAnyLanguageAndCaseAndShownByName() {
        long gomelFacts = org.unionregions.TestData.FACT_FILES.stream()
                .flatMap(file -> org.unionregions.store.BundledData.read(file).stream())
                .filter(row -> row.get("by_region").equals("Gomel Oblast")).count();
        for (String search : List.of("Gomel", "гомельская", "ГОМЕЛЬСКАЯ", "Гомельская вобласць")) {
            viewModel.searchProperty().set(search);
            TableBrowser.Page page = viewModel.pageProperty().get();
            int byRegion = page.columns().indexOf("by_region");
            long gomel = page.rows().stream().filter(row -> row.get(byRegion).equals("BY-HO")).count();
            assertEquals(gomelFacts, gomel, search + " finds every fact of Gomel Oblast");
        }
        viewModel.searchProperty().set("смоленская и минская"); // a quote, in another case than written
        assertEquals(1, viewModel.pageProperty().get().rows().size());
        viewModel.searchProperty().set("12%"); // the % is looked for, not a wildcard ("2012", "120 mn")
        assertEquals(1, viewModel.pageProperty().get().rows().size());
        assertTrue(String.join(" ", viewModel.pageProperty().get().rows().get(0)).contains("12%"));
        assertEquals("Gomel Oblast", viewModel.cellText("by_region", "BY-HO"));
        assertEquals("regional government", viewModel.cellText("level", "region"));
        assertEquals("2024", viewModel.cellText("year", "2024"));
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldAndSavesNothing() {
        viewModel.rowForm().values().put("by_region", "Vitebsk");
        viewModel.rowForm().values().put("ru_region", "Tula Oblast");
        viewModel.rowForm().values().put("kind", "agreement");
        viewModel.rowForm().values().put("value", "5");
        viewModel.saveForm();
        assertEquals("unknown region; did you mean Vitebsk Oblast (BY-VI)?", viewModel.rowForm().errors().get("by_region"));
        assertTrue(viewModel.rowForm().errors().get("unit").startsWith("a value needs its unit: a currency"));
        assertTrue(viewModel.rowForm().errors().get("source").startsWith("missing source"));
        assertEquals(TestData.bundledFacts(), facts());
        assertEquals(0, changes.get());
    }

    @Test
    void aValidAgreementIsAddedThenEditedThenDeleted() {
        viewModel.rowForm().values().put("by_region", "Vitebsk Oblast");
        viewModel.rowForm().values().put("ru_region", "Тульская область");
        viewModel.rowForm().values().put("year", "2025");
        viewModel.rowForm().values().put("edition", "XII");
        viewModel.rowForm().values().put("kind", "agreement");
        viewModel.rowForm().values().put("source", "S63");
        viewModel.saveForm();
        assertEquals(java.util.Map.of(), viewModel.rowForm().errors());
        int bundled = TestData.bundledFacts();
        assertEquals(bundled + 1, facts());
        assertEquals(1, changes.get());
        assertEquals("Agreement added. " + (bundled + 1) + " rows", viewModel.statusProperty().get());
        assertEquals("", viewModel.rowForm().values().get("by_region"));

        List<String> added = viewModel.pageProperty().get().rows().get(bundled);
        viewModel.editRow(added);
        assertEquals("BY-VI", viewModel.rowForm().values().get("by_region"));
        assertTrue(viewModel.rowForm().isEditing());
        viewModel.rowForm().values().put("kind", "action plan");
        viewModel.saveForm();
        assertEquals("action_plan", store.regions().regionFacts().get(bundled).kind(), "one kind, in the vocabulary");
        assertEquals(bundled + 1, facts());

        viewModel.deleteRow(viewModel.pageProperty().get().keyOf(added));
        assertEquals(bundled, facts());
        assertEquals(3, changes.get());
    }

    /** What closing the window would throw away: typing not saved, nothing once it is saved or cleared (#28.6). */
    @Test
    void typingNotSavedIsUnsavedWorkUntilItIsSavedOrCleared() {
        assertEquals(List.of(), viewModel.unsavedWork(), "an empty form loses nothing");
        viewModel.rowForm().values().put("by_region", "Vitebsk Oblast");
        assertEquals(List.of("Agreement: a new row typed, not saved"), viewModel.unsavedWork());
        viewModel.rowForm().values().put("ru_region", "Тульская область");
        viewModel.rowForm().values().put("year", "2025");
        viewModel.rowForm().values().put("kind", "agreement");
        viewModel.rowForm().values().put("source", "S63");
        viewModel.saveForm();
        assertEquals(List.of(), viewModel.unsavedWork(), "saved");

        List<String> added = viewModel.pageProperty().get().rows().get(TestData.bundledFacts());
        viewModel.editRow(added);
        assertEquals(List.of(), viewModel.unsavedWork(), "a row read into the form is not typing");
        viewModel.rowForm().values().put("year", "2024");
        assertEquals(1, viewModel.unsavedWork().size());
        assertEquals(List.of("Agreement: the row where Id is " + added.get(0) + ", changed and not saved"),
                viewModel.unsavedWork());
        viewModel.rowForm().clear();
        assertEquals(List.of(), viewModel.unsavedWork(), "cleared on purpose");
    }

    @Test
    void theFormFollowsTheTableAndAddsAnEditionFigureFieldByField() {
        viewModel.tableProperty().set("edition_figure");
        RowFormViewModel form = viewModel.rowForm();
        assertEquals(List.of("edition", "metric", "value", "unit", "status", "qualifier", "as_stated", "source"),
                form.fields());
        assertEquals("Edition figure", form.headingProperty().get());
        assertEquals(List.of("reported", "expected"), form.choices("status"));
        int before = store.database().rowCounts().get("edition_figure");

        form.values().put("edition", "14");
        form.values().put("metric", "participants");
        form.values().put("value", "1 200");
        form.values().put("unit", "USD");
        viewModel.saveForm();
        assertEquals("no forum edition 14 in the database", form.errors().get("edition"));
        assertEquals("participants are people: the unit is people", form.errors().get("unit"));
        assertEquals("required", form.errors().get("status"));
        assertEquals("missing source: every fact needs the id of a source (see Sources)", form.errors().get("source"));
        assertEquals("The row was not saved: see the fields marked in red.", viewModel.statusProperty().get());
        assertEquals(before, store.database().rowCounts().get("edition_figure"));

        form.values().put("edition", "13");
        form.values().put("unit", "people");
        form.values().put("status", "expected");
        form.values().put("source", "S63");
        viewModel.saveForm();
        assertEquals(java.util.Map.of(), form.errors());
        assertEquals(before + 1, store.database().rowCounts().get("edition_figure"));
        assertEquals(1, changes.get());
        assertTrue(store.editions().figures().stream().anyMatch(f -> f.editionNumber() == 13
                && Double.valueOf(1200).equals(f.value()) && f.unit().equals("people")));
    }

    @Test
    void aSourceIsEditedAndARegionCannotTakeACodeInUse() {
        viewModel.tableProperty().set("source");
        List<String> s1 = viewModel.pageProperty().get().rows().stream().filter(r -> r.get(0).equals("S1"))
                .findFirst().orElseThrow();
        assertEquals("New row: Save adds it.", viewModel.rowForm().modeProperty().get());
        viewModel.editRow(s1);
        assertEquals("S1", viewModel.rowForm().values().get("id"));
        assertEquals("Editing the row where Id is S1: Save changes it, Clear starts a new row.",
                viewModel.rowForm().modeProperty().get());
        viewModel.rowForm().values().put("note", "checked again in 2026");
        viewModel.saveForm();
        assertEquals(java.util.Map.of(), viewModel.rowForm().errors());
        assertEquals("New row: Save adds it.", viewModel.rowForm().modeProperty().get(), "saved: the form is new again");
        assertTrue(store.tables().page(org.unionregions.model.Tables.SOURCE, "checked again in 2026", 10).matching() == 1);

        viewModel.tableProperty().set("region");
        viewModel.rowForm().values().put("code", "by-mi");
        viewModel.rowForm().values().put("country", "RU");
        viewModel.rowForm().values().put("name_en", "Minsk again");
        viewModel.rowForm().values().put("name_ru", "Минская снова");
        viewModel.saveForm();
        assertEquals("the code BY-MI does not belong to country RU", viewModel.rowForm().errors().get("code"));
        viewModel.rowForm().values().put("country", "BY");
        viewModel.saveForm();
        assertEquals("another row already has this value", viewModel.rowForm().errors().get("code"));
        assertEquals(90, store.database().rowCounts().get("region"));
    }

    @Test
    void aKeyThatOtherRowsReferToCannotBeChangedAndNothingIsSaved() {
        viewModel.tableProperty().set("edition");
        List<String> first = viewModel.pageProperty().get().rows().stream().filter(r -> r.get(0).equals("1"))
                .findFirst().orElseThrow();
        viewModel.editRow(first);
        viewModel.rowForm().values().put("number", "20");
        viewModel.saveForm();
        assertEquals("Not saved: other rows refer to this key. Change them first.",
                viewModel.rowForm().errors().get(RowFormViewModel.WHOLE_ROW));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                store.editions().editions().stream().map(e -> e.number()).toList());
        assertEquals(0, changes.get());

        viewModel.rowForm().clear();
        viewModel.rowForm().values().put("number", "14");
        viewModel.rowForm().values().put("year", "2026"); // the XIII Forum's year
        viewModel.saveForm();
        assertEquals("another row already has this value", viewModel.rowForm().errors().get("year"));
        assertEquals(13, store.editions().editions().size());
    }

    @Test
    void tradeFiguresAreImportedIntoTheTableShown() throws Exception {
        viewModel.tableProperty().set("trade_figure");
        Path file = temp.dir().resolve("trade.csv");
        java.nio.file.Files.writeString(file, "year,value,currency,basis,source\n2026,52000000000,USD,estimate,T14\n");
        viewModel.previewImport(file);
        assertEquals(1, viewModel.previewProperty().get().rowCount());
        assertEquals("trade_figure", viewModel.previewProperty().get().table().name());
        viewModel.commitImport();
        int shipped = org.unionregions.store.BundledData.read("trade-turnover.csv").size()
                + org.unionregions.store.BundledData.read("trade-turnover-3.csv").size();
        assertEquals(shipped + 1, store.database().rowCounts().get("trade_figure"));
        assertEquals(1, changes.get());
    }

    @Test
    void rowsAreSortedByTheDatabaseOverEveryMatchingRowAndAForeignColumnIsIgnored() {
        viewModel.tableProperty().set("trade_figure");
        int value = viewModel.pageProperty().get().columns().indexOf("value");
        viewModel.orderProperty().set(new org.unionregions.store.TableBrowser.Order("value", true));
        List<Double> values = viewModel.pageProperty().get().rows().stream()
                .map(row -> Double.parseDouble(row.get(value))).toList();
        assertEquals(values.stream().sorted(java.util.Comparator.reverseOrder()).toList(), values);
        assertEquals(4.0e12, values.get(0)); // almost RUB 4 trillion (January–November 2025), the largest figure shipped

        viewModel.orderProperty().set(new org.unionregions.store.TableBrowser.Order("value; DROP TABLE source", false));
        assertEquals("1", viewModel.pageProperty().get().rows().get(0).get(0), "stored order, nothing run");
        assertEquals(TestData.bundledSources(), store.database().rowCounts().get("source"));
        viewModel.tableProperty().set("source");
        assertEquals(org.unionregions.store.TableBrowser.Order.AS_STORED, viewModel.orderProperty().get());
    }

    @Test
    void deletingASourceThatFiguresCiteIsRefusedWithAReason() {
        viewModel.tableProperty().set("source");
        List<String> s45 = viewModel.pageProperty().get().rows().stream().filter(r -> r.get(0).equals("S45"))
                .findFirst().orElseThrow();
        viewModel.deleteRow(viewModel.pageProperty().get().keyOf(s45));
        assertTrue(viewModel.statusProperty().get().startsWith("This row cannot be deleted"),
                viewModel.statusProperty().get());
        assertEquals(0, changes.get());
    }

    @Test
    void importIsPreviewedThenCommittedWithProgress() throws Exception {
        Path file = temp.dir().resolve("new.csv");
        Files.writeString(file, "Регион Беларуси;Регион России;Год;Вид;Источник\nBrest Oblast;Tver Oblast;2024;"
                + "agreement;R3\nBrest Oblast;Narnia;2024;agreement;R3\n", StandardCharsets.UTF_8);
        viewModel.previewImport(file);
        assertEquals(List.of("new.csv:3: column 'Russian region' = 'Narnia': unknown region"),
                viewModel.importProblems());
        viewModel.commitImport(); // refused while a problem remains
        int bundled = TestData.bundledFacts();
        assertEquals(bundled, facts());

        Files.writeString(file, "Регион Беларуси;Регион России;Год;Вид;Источник\nBrest Oblast;Tver Oblast;2024;"
                + "agreement;R3\n", StandardCharsets.UTF_8);
        viewModel.previewImport(file);
        assertTrue(viewModel.previewProperty().get().canCommit());
        viewModel.commitImport();
        assertEquals(bundled + 1, facts());
        assertEquals(1.0, viewModel.importProgressProperty().get());
        assertNull(viewModel.previewProperty().get());
        assertEquals("Imported 1 row from new.csv. " + (bundled + 1) + " rows", viewModel.statusProperty().get());
        assertEquals(1, changes.get());
    }

    @Test
    void exportWritesTheShownTable() throws Exception {
        viewModel.tableProperty().set("edition");
        Path file = temp.dir().resolve("editions.xlsx");
        viewModel.export(TableExporter.Format.XLSX, file);
        assertTrue(Files.size(file) > 1000);
        assertTrue(viewModel.statusProperty().get().startsWith("Exported 13 rows of Forum editions"));
    }

    @Test
    void aLongPreviewSaysHowManyRowsItHasCheckedWhileItReads() throws Exception {
        StringBuilder csv = new StringBuilder("by_region,ru_region,year,kind,title,source\n");
        for (int i = 0; i < 25_000; i++) {
            csv.append("BY-VI,RU-PSK,2020,agreement,Plan ").append(i).append(",S1\n");
        }
        Path file = temp.dir().resolve("long.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        viewModel.tableProperty().set("region_fact");
        List<String> said = new java.util.ArrayList<>();
        viewModel.statusProperty().addListener((obs, old, text) -> said.add(text));
        viewModel.previewImport(file);
        assertTrue(said.contains("Reading long.csv: 10,000 rows checked…"), said.toString());
        assertTrue(said.contains("Reading long.csv: 20,000 rows checked…"), said.toString());
        assertTrue(viewModel.statusProperty().get().startsWith("long.csv: 25,000 rows ready"),
                viewModel.statusProperty().get());
        viewModel.discardPreview();
    }

    @Test
    void theRussianPreviewWordsTheStoredKeysInRussian() throws Exception {
        DataViewModel russian = new DataViewModel(store, AsyncRunner.direct(), Messages.forLanguage("ru"));
        russian.load();
        russian.tableProperty().set("region_fact");
        Path file = temp.dir().resolve("facts.csv");
        Files.writeString(file, "by_region,ru_region,year,kind,level,status,source\n"
                + "BY-VI,RU-PSK,2025,agreement,region,reported,S1\n", StandardCharsets.UTF_8);
        russian.previewImport(file);
        String line = russian.importParsed().get(0);
        assertTrue(line.contains("соглашение") && line.contains("По итогам"), line);
        assertFalse(line.matches(".*\\b(agreement|region|reported)\\b.*"), "no stored key in English: " + line);
        russian.discardPreview();
    }

    @Test
    void thePreviewShowsHowValuesWereReadAndItsProblemsCanBeSaved() throws Exception {
        viewModel.tableProperty().set("edition_figure");
        Path file = temp.dir().resolve("figures.csv");
        Files.writeString(file, "edition;metric;value;unit;status;source\nXII;contract_value;1 500 000,50;USD;reported;S1\n"
                + "XII;agreements;many;count;reported;S1\nXIX;agreements;5;count;reported;S1\n", StandardCharsets.UTF_8);
        viewModel.previewImport(file);
        assertEquals(List.of("Line 2: Forum: 12; Metric: Contract value; Value: 1500000.5; Unit: USD; Status: Reported; "
                + "Source: S1"), viewModel.importParsed(), "XII read as 12, 1 500 000,50 as 1500000.5");
        assertEquals(2, viewModel.importProblems().size(), viewModel.importProblems().toString());

        Path saved = temp.dir().resolve("out").resolve("problems.txt");
        Files.createDirectories(saved.getParent());
        viewModel.saveProblems(saved);
        assertEquals(viewModel.importProblems(), Files.readAllLines(saved, StandardCharsets.UTF_8));
        assertEquals("Saved 2 problems to " + saved + ".", viewModel.statusProperty().get());
        viewModel.discardPreview();
        assertEquals(List.of(), viewModel.importParsed());
    }

    @Test
    void aNewStatementOfAStoredSigningIsOfferedAsItsStatementBeforeItIsSaved() {
        var agreement = store.documents().ofPair("BY-HR", "RU-PNZ").stream()
                .filter(document -> document.reading().kind().equals("agreement")).findFirst().orElseThrow();
        int statements = agreement.statements().size();
        viewModel.rowForm().values().put("by_region", "Grodno Oblast");
        viewModel.rowForm().values().put("ru_region", "Penza Oblast");
        viewModel.rowForm().values().put("year", "2024");
        viewModel.rowForm().values().put("kind", "соглашение");
        viewModel.rowForm().values().put("as_stated", "a page of the oblast says it too");
        viewModel.rowForm().values().put("source", "N1");
        viewModel.saveForm();
        String offer = viewModel.rowForm().documentOfferProperty().get();
        assertTrue(offer.contains(String.valueOf(agreement.id())) && offer.contains("R7") && offer.contains("P71"), offer);
        assertEquals(0, changes.get(), "nothing saved before the user answers");
        viewModel.saveAsStatementOfOffered();
        assertEquals(1, changes.get());
        assertEquals(statements + 1, store.documents().ofPair("BY-HR", "RU-PNZ").stream()
                .filter(document -> document.id() == agreement.id()).findFirst().orElseThrow().statements().size(),
                "saved as a statement of the document offered");

        viewModel.rowForm().values().put("by_region", "Grodno Oblast");
        viewModel.rowForm().values().put("ru_region", "Penza Oblast");
        viewModel.rowForm().values().put("year", "2024");
        viewModel.rowForm().values().put("kind", "agreement");
        viewModel.rowForm().values().put("source", "N2");
        viewModel.saveForm();
        assertFalse(viewModel.rowForm().documentOfferProperty().get().isEmpty());
        int documents = store.documents().ofPair("BY-HR", "RU-PNZ").size();
        viewModel.saveAsSeparateDocument();
        assertEquals(documents + 1, store.documents().ofPair("BY-HR", "RU-PNZ").size(), "kept as a document of its own");
    }

    @Test
    void aRowIsMergedIntoAnotherDocumentOfItsPairAndSplitOffAgainEachUndone() {
        viewModel.searchProperty().set("Oryol");
        var page = viewModel.pageProperty().get();
        int byRegion = page.columns().indexOf("by_region");
        List<String> row = page.rows().stream().filter(r -> r.get(byRegion).equals("BY-VI")).findFirst().orElseThrow();
        java.util.List<DataViewModel.DocumentChoice> choices = new java.util.ArrayList<>();
        viewModel.documentChoices(row, choices::addAll);
        assertFalse(choices.isEmpty(), "another document of the pair to choose");
        int before = store.documents().ofPair("BY-VI", "RU-ORL").size();
        viewModel.mergeInto(row, choices.get(0).document());
        assertEquals(before - 1, store.documents().ofPair("BY-VI", "RU-ORL").size());
        assertTrue(viewModel.undoTextProperty().get().contains("regrouping"), viewModel.undoTextProperty().get());
        viewModel.undo();
        assertEquals(before, store.documents().ofPair("BY-VI", "RU-ORL").size());
    }

    @Test
    void anImportUndoneSaysHowToHaveItsRowsAgainSinceRedoCannot() throws Exception {
        viewModel.tableProperty().set("region_fact");
        Path file = temp.dir().resolve("two.csv");
        Files.writeString(file, "by_region,ru_region,year,kind,title,source\nBY-VI,RU-PSK,2020,agreement,One,S1\n"
                + "BY-VI,RU-PSK,2021,agreement,Two,S1\n", StandardCharsets.UTF_8);
        viewModel.previewImport(file);
        viewModel.commitImport();
        int before = facts();
        viewModel.undo();
        assertEquals(before - 2, facts());
        assertTrue(viewModel.statusProperty().get().contains("import two.csv again"), viewModel.statusProperty().get());
        assertEquals("", viewModel.redoTextProperty().get(), "nothing to redo, and the status said why");
    }
}
