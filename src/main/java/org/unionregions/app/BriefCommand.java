package org.unionregions.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionregions.i18n.Messages;
import org.unionregions.io.Brief;
import org.unionregions.io.BriefWriter;
import org.unionregions.io.RegionMatcher;
import org.unionregions.model.Country;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;
import org.unionregions.store.Database;
import org.unionregions.store.StoreException;
import org.unionregions.ui.profile.Briefs;
import org.unionregions.ui.profile.RegionProfile;

/** {@code brief --region BY-VI --out vitebsk.pdf [--lang ru]}: a region's brief for a meeting, as a PDF. */
final class BriefCommand {

    private BriefCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Messages messages = Messages.forLanguage(options.language() == null ? "ru" : options.language());
        try (DataStore store = options.openStore(Database.Mode.READ)) {
            List<Region> regions = store.regions().regions();
            RegionMatcher matcher = new RegionMatcher(regions);
            Region region = matcher.find(options.region()).orElse(null);
            if (region == null) {
                List<String> near = new ArrayList<>();
                for (Country country : Country.values()) {
                    matcher.suggest(options.region(), country).forEach(each -> near.add(each.nameEn() + " ("
                            + each.code() + ")"));
                }
                err.println("error: no region " + options.region() + "; give its ISO code (BY-VI) or its name"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
                return 64;
            }
            Map<String, Region> byCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
            RegionProfile profile = RegionProfile.of(region, store.regions().factsOf(region.code()),
                    store.regions().totalsOf(region.code()), byCode,
                    store.editions().editions(), messages);
            Brief brief = Briefs.of(profile, messages);
            if ("docx".equals(options.format()) || options.format() == null
                    && options.out().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                org.unionregions.io.BriefDocxWriter.write(brief, options.out());
            } else {
                BriefWriter.write(brief, options.out());
            }
            out.println("wrote the brief of " + region.nameEn() + " (" + region.code() + ") to " + options.out());
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
