package org.unionregions.ui.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.io.BriefWriter;
import org.unionregions.model.Edition;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.BarChartModel;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/**
 * The region profile screen: any region, Belarusian or Russian, chosen with a searchable picker, and
 * all its ties ({@link RegionProfile}); "Export brief…" writes them as a short PDF for a meeting.
 */
public final class ProfileViewModel implements ScreenModel {

    /** A region as the picker offers it: its name in the interface language and its code, and what a search matches. */
    public record RegionChoice(String code, String label, String searchText) {
        @Override
        public String toString() {
            return label;
        }
    }

    private record Loaded(List<Region> regions, List<Edition> editions) {
    }

    private static final String PROFILE = "profile";

    private final DataStore store;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final org.unionregions.ui.common.ChartFiles files;

    private final ObservableList<RegionChoice> regions = FXCollections.observableArrayList();
    private final ObjectProperty<RegionChoice> region = new SimpleObjectProperty<>();
    private final ObjectProperty<RegionProfile> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<BarChartModel> timeline = new SimpleObjectProperty<>(BarChartModel.empty(""));
    private final StringProperty done = new SimpleStringProperty("");

    private Map<String, Region> regionsByCode = Map.of();
    private List<Edition> editions = List.of();
    private String wanted;
    /** True while the screen picks a region by itself (the first, as it opens): no user's choice. */
    private boolean choosingByItself;

    public ProfileViewModel(DataStore store, AsyncRunner runner, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.tasks = new BackgroundTasks(runner, messages);
        this.files = new org.unionregions.ui.common.ChartFiles(runner, messages);
        region.addListener((obs, old, now) -> {
            if (now != null) {
                read(now.code());
            }
        });
    }

    public ObservableList<RegionChoice> regions() {
        return regions;
    }

    /** The region shown; choosing another reads its profile. */
    public ObjectProperty<RegionChoice> regionProperty() {
        return region;
    }

    public ReadOnlyObjectProperty<RegionProfile> profileProperty() {
        return profile;
    }

    /** The region's documents per year, reported and announced, with the forum held that year. */
    public ReadOnlyObjectProperty<BarChartModel> timelineProperty() {
        return timeline;
    }

    @Override
    public BooleanBinding busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    /** What the last brief export wrote, worded. */
    /** The pictures and data files of the timeline chart. */
    public org.unionregions.ui.common.ChartFiles files() {
        return files;
    }

    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    // ---- the screen contract ---------------------------------------------------------------------

    @Override
    public void reload(Change change) {
        load();
    }

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty(), files.errorProperty(), doneProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of(files.savedProperty());
    }

    /** A saved view keeps the region profiled. */
    @Override
    public Map<String, String> capture() {
        RegionProfile shown = profile.get();
        return Map.of("region", shown == null ? "" : shown.region().code());
    }

    @Override
    public void restore(Map<String, String> state) {
        String code = state.getOrDefault("region", "");
        if (!code.isEmpty()) {
            show(code);
        }
    }

    /** Nothing typed here is kept for later: closing loses nothing. */
    @Override
    public List<String> unsavedWork() {
        return List.of();
    }

    /** The profile adds nothing to the standard deck: a saved view of it shows its timeline. */
    @Override
    public List<Slide> slides() {
        return List.of();
    }

    @Override
    public Optional<Slide> viewSlide() {
        RegionProfile shown = profile.get();
        return shown == null ? Optional.empty() : Optional.of(Slide.ofChart(messages, timeline.get(), shown.subtitle()));
    }

    /** A region chosen here filters the screens to it; a region the screens are filtered to is profiled. */
    @Override
    public void follow(SharedFilter filter) {
        region.addListener((obs, old, now) -> {
            if (now != null && !choosingByItself) {
                filter.regionProperty().set(now.code());
            }
        });
        filter.regionProperty().addListener((obs, old, code) -> {
            RegionChoice shown = region.get();
            if (code != null && (shown == null || !shown.code().equals(code))) {
                show(code);
            }
        });
    }

    /** Reads the regions for the picker; shows the region asked for, or the first. */
    @Override
    public void load() {
        tasks.latest("regions", () -> new Loaded(store.regions().regions(), store.editions().editions()), loaded -> {
            regionsByCode = loaded.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
            editions = loaded.editions();
            regions.setAll(loaded.regions().stream().map(this::choice)
                    .sorted(Comparator.comparing((RegionChoice c) -> !c.code().startsWith("BY-"))
                            .thenComparing(RegionChoice::label, java.text.Collator.getInstance(messages.locale())))
                    .toList());
            boolean asked = wanted != null;
            String code = asked ? wanted : region.get() != null ? region.get().code()
                    : regions.isEmpty() ? null : regions.get(0).code();
            choosingByItself = !asked;
            try {
                show(code);
            } finally {
                choosingByItself = false;
            }
        });
    }

    /** Shows the profile of the region with this code (from the matrix, say). */
    public void show(String code) {
        wanted = code;
        regions.stream().filter(choice -> choice.code().equals(code)).findFirst().ifPresent(choice -> {
            if (choice.equals(region.get())) {
                read(code);
            } else {
                region.set(choice);
            }
        });
    }

    private RegionChoice choice(Region each) {
        String label = each.name(messages.language()) + " (" + each.code() + ")";
        String search = String.join(" ", each.code(), each.nameEn(), each.nameRu(),
                each.nameBe() == null ? "" : each.nameBe());
        return new RegionChoice(each.code(), label, search);
    }

    private void read(String code) {
        Region chosen = regionsByCode.get(code);
        if (chosen == null) {
            return;
        }
        Map<String, Region> names = regionsByCode;
        List<Edition> held = editions;
        tasks.latest(PROFILE, () -> RegionProfile.of(chosen, store.regions().factsOf(code),
                        store.regions().totalsOf(code), names, held, messages),
                shown -> {
                    profile.set(shown);
                    timeline.set(timelineChart(shown, messages));
                });
    }

    /** The timeline as a chart of the screen: one category a year, reported and announced documents. */
    static BarChartModel timelineChart(RegionProfile shown, Messages messages) {
        List<String> categories = shown.timeline().stream().map(RegionProfile.YearCount::label).toList();
        List<BarChartModel.Bar> reported = shown.timeline().stream().filter(year -> year.reported() > 0)
                .map(year -> new BarChartModel.Bar(year.label(), year.reported(), String.valueOf(year.reported()),
                        messages.format("profile.barTooltip", year.year(), year.reported()), null)).toList();
        List<BarChartModel.Bar> expected = shown.timeline().stream().filter(year -> year.expected() > 0)
                .map(year -> new BarChartModel.Bar(year.label(), year.expected(), String.valueOf(year.expected()),
                        messages.format("profile.barTooltipExpected", year.year(), year.expected()), null)).toList();
        // a document without a year has no place on a time axis: the title says how many are left off
        String title = messages.format("profile.timeline", shown.region().name(messages.language()))
                + (shown.undatedDocuments() == 0 ? "" : " " + messages.format("profile.timeline.undated",
                shown.undatedDocuments()));
        return new BarChartModel(title,
                messages.get("profile.documents"), "count", categories,
                List.of(new BarChartModel.Series(messages.get("status.reported"), "reported", reported),
                        new BarChartModel.Series(messages.get("status.expected"), "expected", expected)),
                "", shown.facts().stream().map(RegionProfile.Line::publisher).distinct().sorted().toList(),
                shown.facts().stream().filter(RegionProfile.Line::dated).map(line -> new BarChartModel.DataRow(
                        line.when(), line.status(), 1, line.partner() + " · " + line.kindAndLevel(), line.quote(),
                        line.publisher() + " [" + line.sourceId() + "]", true)).toList());
                // a year without documents simply has no bar
    }

    /** Writes the brief of the region shown: a Word document where the file's name ends in .docx, else a PDF. */
    public void exportBrief(Path file) {
        RegionProfile shown = profile.get();
        if (shown == null) {
            return;
        }
        tasks.run(() -> {
            try {
                var brief = Briefs.of(shown, messages);
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                    org.unionregions.io.BriefDocxWriter.write(brief, file);
                } else {
                    BriefWriter.write(brief, file);
                }
                return file;
            } catch (IOException e) {
                throw new IllegalStateException(messages.format("data.export.failed", file, e.getMessage()), e);
            }
        }, written -> done.set(messages.format("profile.briefSaved", written)));
    }
}
