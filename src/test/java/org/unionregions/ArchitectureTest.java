package org.unionregions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionregions.store.Database;
import org.unionregions.ui.shell.AppScreen;
import org.unionregions.ui.shell.ScreenModel;

/**
 * The layer rules of the design, kept by a test rather than by hope: model, i18n, store and io know
 * nothing of the interface; view models (by name or by the screen contract) know no JavaFX scene or
 * stage, so they test without a toolkit; no package cycles; SQL and JDBC only in store; the interface
 * reaches the database only through the store's repositories; no screen knows another.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unionregions");
    }

    @Test
    void theLowerLayersKnowNothingOfTheInterfaceOrTheApp() {
        noClasses().that().resideInAnyPackage("org.unionregions.model..", "org.unionregions.i18n..",
                        "org.unionregions.store..", "org.unionregions.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unionregions.ui..", "org.unionregions.app..",
                        "javafx..")
                .because("model < i18n < store < io < ui < app: a layer never reaches up")
                .check(main);
        noClasses().that().resideInAnyPackage("org.unionregions.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unionregions.store..", "org.unionregions.io..")
                .check(main);
        noClasses().that().resideInAnyPackage("org.unionregions.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unionregions.io..")
                .check(main);
        noClasses().that().resideInAnyPackage("org.unionregions.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.unionregions.app..")
                .check(main);
    }

    @Test
    void viewModelsKnowNoSceneAndNoStage() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().areAssignableTo(ScreenModel.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view model is tested without a display, whatever it is called")
                .check(main);
    }

    @Test
    void jdbcOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.unionregions.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "org.postgresql..")
                .because("io parses and checks, the store stages and commits: no connection, type or transaction above it")
                .check(main);
    }

    @Test
    void theInterfaceReachesTheDatabaseOnlyThroughTheStore() {
        noClasses().that().resideInAPackage("org.unionregions.ui..")
                .should().dependOnClassesThat().areAssignableTo(Database.class)
                .because("screens read and write through DataStore's repositories, never the database itself")
                .check(main);
    }

    /** The packages of the registered screens: those holding a class that implements the screen contract. */
    private static Set<String> screenPackages() {
        return main.stream().filter(type -> type.isAssignableTo(AppScreen.class) && !type.isInterface())
                .map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noScreenKnowsAnother() {
        Set<String> screens = screenPackages();
        assertTrue(screens.size() >= 5, "the screens found: " + screens);
        for (String screen : screens) {
            String[] others = screens.stream().filter(other -> !other.equals(screen)).toArray(String[]::new);
            noClasses().that().resideInAPackage(screen)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a screen is one package: it reaches another only through the shell (a screen id and a state)")
                    .check(main);
        }
        noClasses().that().resideInAnyPackage("org.unionregions.ui.shell..", "org.unionregions.ui.common..",
                        "org.unionregions.ui.present..")
                .should().dependOnClassesThat().resideInAnyPackage(screens.toArray(String[]::new))
                .because("the shell knows the screens through the contract and app's one list of them")
                .check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.unionregions.(*)..").should().beFreeOfCycles().check(main);
        slices().matching("org.unionregions.ui.(*)..").should().beFreeOfCycles().check(main);
    }

    private static final Pattern SQL = Pattern.compile(
            "\"\\s*(SELECT |INSERT INTO|UPDATE \\w+ SET|DELETE FROM|CREATE (TABLE|INDEX|TRIGGER)|DROP |PRAGMA |ATTACH |"
                    + "BEGIN|COMMIT|ROLLBACK)");

    @Test
    void sqlIsWrittenOnlyInTheStore() throws IOException {
        Path sources = Path.of("src", "main", "java", "org", "unionregions");
        List<String> outside;
        try (Stream<Path> files = Files.walk(sources)) {
            outside = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(sources.resolve("store")))
                    .filter(file -> {
                        try {
                            return SQL.matcher(Files.readString(file)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), outside, "SQL outside org.unionregions.store");
    }
}
