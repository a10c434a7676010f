package org.unionregions.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Importer;
import org.unionregions.model.Tables;
import org.unionregions.io.TableReader;
import org.unionregions.store.DataStore;

/**
 * Generates malformed import files (random bytes, truncated UTF-8, huge fields, a million columns,
 * formula cells, NUL bytes, deeply quoted fields, SQL text) and checks that the importer never
 * crashes, never takes longer than a bound per file, and never writes. Quotes and SQL in names are
 * data, stored literally (a separate test imports them).
 */
public final class ImportFuzzer {

    /** What a run found. */
    public record Result(int files, int unreadable, int withProblems, int clean, long slowestMillis, int written) {
    }

    private static final String HEADER = "by_region,ru_region,year,kind,value,unit,as_stated,source\n";
    private static final String GOOD_ROW = "Minsk Oblast,Smolensk Oblast,2024,agreement,,,\"as stated\",R1\n";

    private ImportFuzzer() {
    }

    static byte[] generate(int index, Random random) {
        return switch (index % 8) {
            case 0 -> randomBytes(random, random.nextInt(4096));
            case 1 -> { // truncated UTF-8 in the middle of a Cyrillic letter
                byte[] text = (HEADER + "Минская область,Смоленская область,2024,соглашение,,,,R1\n")
                        .getBytes(StandardCharsets.UTF_8);
                yield Arrays.copyOf(text, HEADER.length() + 1 + random.nextInt(40));
            }
            case 2 -> (HEADER + "Minsk Oblast,Smolensk Oblast,2024,agreement,,,\"" + "x".repeat(20_000 + random.nextInt(
                    50_000)) + "\",R1\n").getBytes(StandardCharsets.UTF_8);
            case 3 -> (",".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8);
            case 4 -> (HEADER + "=HYPERLINK(\"http://x\"),@SUM(A1),+1,-1,=1+1,USD,\"=cmd|' /C calc'!A0\",R1\n")
                    .getBytes(StandardCharsets.UTF_8);
            case 5 -> {
                byte[] text = (HEADER + GOOD_ROW).getBytes(StandardCharsets.UTF_8);
                text[HEADER.length() + random.nextInt(GOOD_ROW.length())] = 0;
                yield text;
            }
            case 6 -> (HEADER + "\"" + "\"\"".repeat(10_000 + random.nextInt(10_000)) + "," + "\"".repeat(
                    1 + random.nextInt(99)) + "\n").getBytes(StandardCharsets.UTF_8);
            default -> (HEADER + "Minsk Oblast,Smolensk Oblast,2024,\"agreement'); DROP TABLE region_fact;--\",,,"
                    + "\"O'Brien \"\"quoted\"\"\",R1\n" + GOOD_ROW.substring(0, random.nextInt(GOOD_ROW.length())))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    public static Result run(DataStore store, Path folder, int files, long seed) throws Exception {
        Random random = new Random(seed);
        Importer importer = new Importer(store, Tables.REGION_FACT, Messages.forLanguage("en"));
        int before = store.database().rowCounts().get("region_fact");
        int unreadable = 0;
        int withProblems = 0;
        int clean = 0;
        long slowest = 0;
        for (int i = 0; i < files; i++) {
            Path file = folder.resolve("fuzz-" + i + ".csv");
            Files.write(file, generate(i, random));
            long start = System.nanoTime();
            try (var preview = importer.preview(file)) {
                if (preview.problems().isEmpty()) {
                    clean++;
                } else {
                    withProblems++;
                }
            } catch (TableReader.UnreadableFileException expected) {
                unreadable++;
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            Files.delete(file);
        }
        int written = store.database().rowCounts().get("region_fact") - before;
        return new Result(files, unreadable, withProblems, clean, slowest, written);
    }

    /** The fault suite: 1,000 files by default. */
    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path folder = Files.createDirectories(Path.of("target", "fault", "fuzz"));
        Path database = folder.resolve("fuzz.db");
        Files.deleteIfExists(database);
        try (DataStore store = new DataStore(database)) {
            long start = System.nanoTime();
            Result result = run(store, folder, files, 5);
            System.out.printf("%d files fuzzed in %.1f s: %d refused as unreadable, %d with problems reported, %d"
                            + " clean; slowest %d ms; rows written: %d; integrity %s%n", result.files(),
                    (System.nanoTime() - start) / 1e9, result.unreadable(), result.withProblems(), result.clean(),
                    result.slowestMillis(), result.written(), store.database().integrityCheck());
        }
    }
}
