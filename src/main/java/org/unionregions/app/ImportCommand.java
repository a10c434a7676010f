package org.unionregions.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.unionregions.io.AgreementImporter;
import org.unionregions.io.ImportPreview;
import org.unionregions.io.ImportProblem;
import org.unionregions.io.Preview;
import org.unionregions.io.RecordImporter;
import org.unionregions.i18n.Messages;
import org.unionregions.io.TableReader;
import org.unionregions.store.DataStore;
import org.unionregions.store.StoreException;

/** {@code import FILE [--table TABLE] [--dry-run]}: every row or none; each problem printed as file:line: column: why. */
final class ImportCommand {

    static final int BAD_INPUT = 65;   // EX_DATAERR
    static final int NO_DATABASE = 74; // EX_IOERR

    private ImportCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Path file = Path.of(options.arguments().get(0));
        String table = options.table() == null ? "region_fact" : options.table();
        try (DataStore store = new DataStore(options.database())) {
            boolean agreements = table.equals("region_fact");
            Messages english = Messages.forLanguage("en");
            Preview preview = agreements ? new AgreementImporter(store).preview(file)
                    : new RecordImporter(store, english).preview(file, table);
            out.printf("%s: %s, separator '%s', %d data rows for %s%n", file, preview.file().encoding(),
                    preview.file().separator() == '\t' ? "\\t" : String.valueOf(preview.file().separator()),
                    preview.file().dataRows(), table);
            if (!preview.problems().isEmpty()) {
                for (ImportProblem problem : preview.problems()) {
                    err.println(problem.describe());
                }
                err.println(preview.problems().size() + " problem(s); nothing was written");
                return BAD_INPUT;
            }
            if (options.dryRun()) {
                out.println("dry run: " + preview.rowCount() + " rows would be imported; nothing was written");
                return 0;
            }
            int written = preview instanceof ImportPreview facts
                    ? new AgreementImporter(store).commit(facts, () -> false, rows -> { })
                    : new RecordImporter(store, english).commit((RecordImporter.RecordPreview) preview, () -> false,
                    rows -> { });
            out.println("imported " + written + " rows into " + table + " in " + store.file());
            return 0;
        } catch (TableReader.UnreadableFileException e) {
            err.println(e.getMessage());
            err.println("nothing was written");
            return BAD_INPUT;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return NO_DATABASE;
        }
    }
}
