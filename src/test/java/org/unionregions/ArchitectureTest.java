package org.unionregions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of the design, kept by a test rather than by hope: model, i18n, store and io know
 * nothing of the interface; view models know no JavaFX scene or stage, so they test without a toolkit;
 * no package cycles; SQL only in store.
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
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view model is tested without a display")
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
