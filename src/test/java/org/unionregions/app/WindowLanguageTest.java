package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the window in Russian and Belarusian, scanned for English the app wrote itself: a
 * label, a button, a tab, a column heading, a prompt or a tooltip with a Latin word that is not a
 * proper name, a unit or a code. What the data says as its source wrote it (a quote, a title, a
 * publisher's name) stays as written: its words are read from the bundled files and let through; table
 * cells are data and are not scanned.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLanguageTest {

    private static final Pattern LATIN = Pattern.compile("(?<![\\p{L}\\p{N}./@_-])([A-Za-z]{2,})(?![\\p{L}\\p{N}./@_-])");

    /** Words that stay in Latin letters in every language: codes, units, formats, keys, proper names. */
    private static final Set<String> LATIN_WORDS = Set.of("USD", "RUB", "BYN", "EUR", "CNY", "ISO", "PDF", "PPTX",
            "XLSX", "CSV", "PNG", "DOCX", "Ctrl", "Shift", "Enter", "Tab", "Esc", "Home", "End", "Page", "Up",
            "Down", "Space", "Natural", "Earth", "Union", "Regions", "PostgreSQL", "SQLite", "TLS", "OK", "UTF",
            "BOM", "Excel", "LibreOffice", "PowerPoint", "Word", "BelTA", "TASS", "JavaFX", "Apache", "License",
            "Alt", "Del", "Delete", "F1", "F5", "Br", "mapshaper", "viridis", "cividis", "geojson");

    /**
     * The Latin words of the bundled data's own text: publishers' names as the data set writes them, the
     * sources' quotes and titles. A window shows them as the source wrote them; they are not the app's.
     */
    private static final Set<String> DATA_WORDS = dataWords();

    private static Set<String> dataWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String file : org.unionregions.store.BundledData.FILES) {
            for (org.apache.commons.csv.CSVRecord row : org.unionregions.store.BundledData.read(file)) {
                for (String column : List.of("publisher", "note", "as_stated", "title")) {
                    if (row.isMapped(column)) {
                        Matcher found = LATIN.matcher(row.get(column));
                        while (found.find()) {
                            words.add(found.group(1));
                        }
                    }
                }
            }
        }
        return words;
    }

    @TempDir
    Path dir;
    private TestWindow testWindow;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "language=ru\n");
        testWindow = new TestWindow(stage, dir, "language.db");
        stage.setWidth(1440);
        stage.setHeight(900);
        testWindow.window.show();
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void noScreenShowsEnglishTheAppWroteInRussianOrBelarusianNorCutsItsOwnWordsShort(FxRobot robot) throws Exception {
        List<String> found = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (String language : List.of("ru", "be")) {
            robot.interact(() -> testWindow.window.viewModel().languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            testWindow.showEachScreen(robot, screen -> {
                Set<String> english = new TreeSet<>();
                scan(testWindow.window.scene().getRoot(), english);
                english.forEach(text -> found.add(language + " " + screen.id() + ": " + text));
                cut(testWindow.window.scene().getRoot(), cut, language + " " + screen.id());
            });
        }
        Files.write(Path.of("target", "english-in-window.txt"), found);
        Files.write(Path.of("target", "cut-in-window.txt"), cut);
        assertEquals(List.of(), found);
        assertEquals(List.of(), cut, "labels, buttons and choices shown shortened (…) at 1440×900");
    }

    /** The app's own texts under {@code node} with a Latin word that is not in {@link #LATIN_WORDS}. */
    private static void scan(Node node, Set<String> english) {
        if (!node.isVisible() || node instanceof TableView<?> table && scanColumns(table, english)) {
            return;
        }
        if (node.getStyleClass().contains("source-text") || node.getStyleClass().contains("quote")) {
            return; // a source's own words
        }
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), english);
        }
        if (node instanceof Text text && !(node.getParent() instanceof Labeled)) {
            check(text.getText(), english);
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), english);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            check(control.getTooltip().getText(), english);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> check(tab.getText(), english));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> scan(child, english));
        }
    }

    /**
     * The app's own words shown shortened with "…": a label, a button, a choice's shown value, a column
     * heading. Data in a table's or a list's cells may be cut (the cell's tooltip or details show it whole).
     */
    private static void cut(Node node, List<String> cut, String where) {
        if (!node.isVisible() || node instanceof javafx.scene.control.ListView<?>
                || node instanceof javafx.scene.control.TreeView<?>
                || node instanceof javafx.scene.control.TableRow<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node shown : labeled.lookupAll(".text")) {
                if (shown instanceof Text text && text.getParent() == labeled && (text.getText().endsWith("...") || text.getText().endsWith("…"))
                        && !text.getText().equals(labeled.getText())) {
                    cut.add(where + ": «" + labeled.getText() + "» shown as «" + text.getText() + "»");
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> cut(child, cut, where));
        }
    }

    /** A table's column headings are the app's; its cells are data. True: the table was scanned. */
    private static boolean scanColumns(TableView<?> table, Set<String> english) {
        table.getColumns().forEach(column -> scanColumn(column, english));
        return true;
    }

    private static void scanColumn(TableColumnBase<?, ?> column, Set<String> english) {
        check(column.getText(), english);
        column.getColumns().forEach(child -> scanColumn(child, english));
    }

    private static void check(String text, Set<String> english) {
        if (text == null) {
            return;
        }
        Matcher words = LATIN.matcher(text);
        while (words.find()) {
            String word = words.group(1);
            if (!LATIN_WORDS.contains(word) && !DATA_WORDS.contains(word) && !word.matches("[IVXL]+")) { // XII: a forum
                english.add(words.group(1) + " in «" + (text.length() > 90 ? text.substring(0, 90) + "…" : text) + "»");
            }
        }
    }
}
