package org.unionregions.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as a script writes it: every mistake named, defaults where nothing is said. */
class OptionsTest {

    @Test
    void aCommandWithItsOptions() throws Exception {
        Options options = Options.parse(List.of("import", "agreements.csv", "--table", "trade_figure", "--db",
                "r.db", "--dry-run"));
        assertEquals("import", options.command());
        assertEquals(List.of("agreements.csv"), options.arguments());
        assertEquals("trade_figure", options.table());
        assertEquals(Path.of("r.db"), options.database());
        assertTrue(options.dryRun());
    }

    @Test
    void withoutACommandTheWindowOpensOnTheDefaultDatabase() throws Exception {
        Options options = Options.parse(List.of());
        assertNull(options.command());
        assertEquals(AppPaths.defaultDatabase(AppPaths.dataDirectory()), options.database());
        assertEquals("projector", options.theme());
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals("export needs --format csv|xlsx and --out FILE", assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("export", "region"))).getMessage());
        assertEquals("import needs exactly one FILE", assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("import"))).getMessage());
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse(List.of("import", "x.csv",
                "--table", "meta"))).getMessage().startsWith("--table takes edition, edition_figure, region_fact"));
        assertEquals("--lang takes ru, be or en, not de", assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("render", "--lang", "de"))).getMessage());
        assertEquals("render needs --format png|pdf|pptx and --out DIR", assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("render", "--format", "csv", "--out", "x"))).getMessage());
    }
}
