package org.unionregions.app;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Brief;
import org.unionregions.io.BriefWriter;
import org.unionregions.io.RegionMatcher;
import org.unionregions.io.TableExporter;
import org.unionregions.model.AgreementLife;
import org.unionregions.model.Country;
import org.unionregions.model.Region;
import org.unionregions.model.Source;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.AgreementWords;

/**
 * {@code agreements --region BY-VI [--expiring 12m] [--on 2027-06-25] --format csv|pdf [--out FILE]}:
 * a region's documents with a stated term or a flag, on a day (today unless given), for the staff who
 * prepare a meeting; with {@code --expiring}, only those in force whose term ends within the months.
 * CSV goes to the standard output unless {@code --out} names a file; a PDF needs {@code --out}.
 */
final class AgreementsCommand {

    private AgreementsCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Messages messages = Messages.forLanguage(options.language() == null ? "ru" : options.language());
        AgreementWords words = new AgreementWords(messages);
        LocalDate day = options.on() == null ? LocalDate.now() : options.on();
        int months = options.expiringMonths() == null ? 12 : options.expiringMonths();
        try (DataStore store = options.openStore(Database.Mode.READ)) {
            List<Region> regions = store.regions().regions();
            RegionMatcher matcher = new RegionMatcher(regions);
            // "Vitebsk" or "Витебская" is enough where it names one Belarusian region
            Region region = matcher.find(options.region()).or(() -> {
                List<Region> near = matcher.suggest(options.region(), Country.BY);
                return near.size() == 1 ? java.util.Optional.of(near.get(0)) : java.util.Optional.empty();
            }).orElse(null);
            if (region == null || region.country() != Country.BY) {
                err.println("error: no Belarusian region " + options.region() + "; give its ISO code (BY-VI) or its"
                        + " name, e.g. " + regions.stream().filter(each -> each.country() == Country.BY)
                        .map(each -> each.code() + " " + each.nameEn()).collect(Collectors.joining(", ")));
                return 64;
            }
            Map<String, Region> byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
            List<AgreementLife.Entry> entries = AgreementLife.on(store.regions().factsOf(region.code()), day, months)
                    .stream().filter(entry -> entry.reading().belarusianRegion().equals(region.code()))
                    .filter(entry -> options.expiringMonths() != null
                            ? entry.flags().contains(AgreementLife.Flag.EXPIRES_SOON)
                            : entry.term().state() != org.unionregions.model.Term.State.NOT_STATED
                            || !entry.flags().isEmpty())
                    .toList();
            List<String> headings = List.of(messages.get("agreements.column.partner"),
                    messages.get("agreements.column.kind"), messages.get("agreements.column.level"),
                    messages.get("agreements.column.year"), messages.get("agreements.column.term"),
                    messages.get("agreements.column.flags"), messages.get("agreements.column.status"),
                    messages.get("agreements.column.sources"));
            List<List<String>> rows = new ArrayList<>();
            for (AgreementLife.Entry entry : entries) {
                var reading = entry.reading();
                Region partner = byCode.get(reading.russianRegion());
                rows.add(List.of(partner == null ? reading.russianRegion() : partner.name(messages.language()),
                        words.kind(reading.kind()), reading.level() == null ? "" : messages.get("level." + reading.level()),
                        reading.year() == null ? "" : String.valueOf(reading.year()), words.term(entry.term()),
                        words.flags(entry.flags(), months), messages.get(entry.document().reported()
                                ? "status.reported" : "status.expected"),
                        entry.document().sources().stream().map(Source::id).collect(Collectors.joining(", "))));
            }
            String title = messages.format("agreements.slide.titleOf", region.name(messages.language()));
            String dayWords = day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                    java.time.format.FormatStyle.LONG).withLocale(messages.locale()));
            if ("pdf".equals(options.format())) {
                BriefWriter.write(new Brief(title, messages.format("agreements.command.subtitle", dayWords, months,
                        entries.size()), messages.locale().toLanguageTag(), messages.get("brief.footer"), List.of(
                        new Brief.Table(headings, rows, List.of(0.17, 0.13, 0.13, 0.06, 0.1, 0.23, 0.1, 0.08)),
                        new Brief.Paragraph(messages.get("agreements.hint"), true))), options.out());
                out.println("wrote " + entries.size() + " documents of " + region.nameEn() + " to " + options.out());
            } else if (options.out() != null) {
                TableExporter.writeRows(options.out(), headings, rows);
                out.println("wrote " + entries.size() + " documents of " + region.nameEn() + " to " + options.out());
            } else {
                org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(out,
                        org.apache.commons.csv.CSVFormat.RFC4180);
                printer.printRecord(headings);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
                printer.flush();
            }
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        } catch (IOException e) {
            err.println("error: cannot write " + options.out() + ": " + e.getMessage());
            return CheckCommand.DATABASE_PROBLEM;
        }
    }
}
