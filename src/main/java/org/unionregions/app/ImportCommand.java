package org.unionregions.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.unionregions.i18n.Messages;
import org.unionregions.io.ImportConflictException;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.ImportProblem;
import org.unionregions.io.Importer;
import org.unionregions.io.TableReader;
import org.unionregions.model.Tables;
import org.unionregions.store.CancelledException;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;

/** {@code import FILE [--table TABLE] [--dry-run]}: every row or none; each problem printed as file:line: column: why. */
final class ImportCommand {

    static final int BAD_INPUT = 65;   // EX_DATAERR
    static final int NO_DATABASE = CheckCommand.DATABASE_PROBLEM;

    private ImportCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Path file = Path.of(options.arguments().get(0));
        String table = options.table() == null ? Tables.REGION_FACT.name() : options.table();
        Messages english = Messages.forLanguage("en");
        try (DataStore store = options.openStore(Database.Mode.WRITE)) {
            store.database().requireUndamaged(); // a missing or damaged database is named before the file is read
            Importer importer = new Importer(store, Tables.named(table).orElseThrow(), english)
                    .joinDocuments(!options.separateDocuments());
            try (ImportPreview preview = importer.preview(file)) {
                out.printf("%s: %s, separator '%s', %d data rows for %s%n", file, preview.file().encoding(),
                        preview.file().separator() == '\t' ? "\\t" : String.valueOf(preview.file().separator()),
                        preview.file().dataRows(), table);
                if (!preview.file().sample().isEmpty()) {
                    out.println("  read as: " + preview.file().sample());
                }
                if (preview.problemCount() > 0) {
                    preview.forEachProblem(problem -> err.println(problem.describe()));
                    err.println(preview.problemCount() + (preview.problemCount() == 1 ? " problem" : " problems")
                            + "; nothing was written");
                    return BAD_INPUT;
                }
                if (options.dryRun()) {
                    out.println("dry run: " + CommandLine.rows(preview.rowCount()) + " would be imported; nothing was written");
                    return 0;
                }
                var imported = importer.commitUndoably(preview, () -> false, rows -> { });
                out.println("imported " + CommandLine.rows(imported.rows()) + " into " + table + " in " + store.where()
                        + (imported.joinedDocuments() == 0 ? "" : "; " + CommandLine.rows(imported.joinedDocuments())
                        + " added as statements of documents they match (--separate-documents keeps them apart)"));
                return 0;
            }
        } catch (TableReader.UnreadableFileException e) {
            err.println(e.getMessage());
            err.println("nothing was written");
            return BAD_INPUT;
        } catch (ImportConflictException e) {
            for (ImportProblem problem : e.problems()) {
                err.println(problem.describe());
            }
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (CancelledException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return NO_DATABASE;
        }
    }
}
