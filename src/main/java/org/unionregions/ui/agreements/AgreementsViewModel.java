package org.unionregions.ui.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.model.AgreementLife;
import org.unionregions.model.AgreementLife.Entry;
import org.unionregions.model.AgreementLife.Flag;
import org.unionregions.model.AnnouncedSigned;
import org.unionregions.model.Country;
import org.unionregions.model.Document;
import org.unionregions.model.Edition;
import org.unionregions.model.Figure;
import org.unionregions.model.Kind;
import org.unionregions.model.Region;
import org.unionregions.model.RegionFact;
import org.unionregions.model.Source;
import org.unionregions.model.Term;
import org.unionregions.store.DataStore;
import org.unionregions.ui.common.AgreementWords;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.common.ChartFiles;
import org.unionregions.ui.common.DocumentWords;
import org.unionregions.ui.common.FigureFormat;
import org.unionregions.ui.present.Slide;
import org.unionregions.ui.shell.ScreenModel;
import org.unionregions.ui.shell.SharedFilter;

/**
 * The life of each agreement: per Belarusian region, its documents with the Russian partner, their terms
 * on a time axis and their flags on a chosen day (in force, expiring within N months, expired with no
 * later document, an agreement no plan carries out, a plan past its term); and what was announced before
 * each forum against what was reported signed. Filters: region, kind, who signed, status, partner, flag.
 */
public final class AgreementsViewModel implements ScreenModel {

    /** Which documents are listed. */
    public enum KindFilter { EVERY, AGREEMENTS, PLANS, OTHER }

    /** Who signed: the government of Belarus, an oblast (or its council), a body below. */
    public enum LevelFilter { EVERY, NATIONAL, REGION, LOCAL }

    public enum StatusFilter { EVERY, SIGNED, ANNOUNCED }

    /** What the list shows: every document, those with a stated term (the default), or those with one flag. */
    public enum Show { EVERY, WITH_TERM, IN_FORCE, EXPIRES_SOON, EXPIRED_NO_LATER, NO_PLAN, PLAN_PAST_TERM }

    /** One document as the list shows it. */
    public record Row(long document, String region, String partner, String kind, String level, String year,
                      String term, String flags, String status, String sources) {
    }

    /** One line of the announced-and-signed table: both sides, each value with its source; never a sum across currencies. */
    public record AnnouncedRow(int number, String edition, String what, String announced, String signed) {
    }

    private record Loaded(List<RegionFact> facts, List<Region> regions, List<Figure> figures, List<Edition> editions) {
    }

    private final DataStore store;
    private final Messages messages;
    private final FigureFormat format;
    private final AgreementWords words;
    private final BackgroundTasks tasks;
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<KindFilter> kind = new SimpleObjectProperty<>(KindFilter.EVERY);
    private final ObjectProperty<LevelFilter> level = new SimpleObjectProperty<>(LevelFilter.EVERY);
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.EVERY);
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.WITH_TERM);
    private final StringProperty partner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(LocalDate.now());
    private final IntegerProperty months = new SimpleIntegerProperty(12);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<AnnouncedRow> announced = FXCollections.observableArrayList();
    private final ObjectProperty<TermBars> bars = new SimpleObjectProperty<>(TermBars.empty());
    private final ObjectProperty<Long> chosen = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Region> belarusianRegions = FXCollections.observableArrayList();
    private Loaded data = new Loaded(List.of(), List.of(), List.of(), List.of());
    private Map<Long, Entry> entries = Map.of();
    /** The forums "Announced and signed" lists: the shared edition range (null: no bound). */
    private Integer fromEdition;
    private Integer toEdition;
    private boolean loaded;

    public AgreementsViewModel(DataStore store, AsyncRunner runner, Messages messages, FigureFormat format) {
        this.store = store;
        this.messages = messages;
        this.format = format;
        this.words = new AgreementWords(messages);
        this.tasks = new BackgroundTasks(runner, messages);
        javafx.beans.InvalidationListener refilter = obs -> recompute();
        region.addListener(refilter);
        kind.addListener(refilter);
        level.addListener(refilter);
        status.addListener(refilter);
        show.addListener(refilter);
        partner.addListener(refilter);
        day.addListener(refilter);
        months.addListener(refilter);
        chosen.addListener(obs -> describeChosen());
    }

    // ---- what the view binds to ------------------------------------------------------------------

    /** The Belarusian region listed (a code), or null: every region. */
    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObjectProperty<KindFilter> kindProperty() {
        return kind;
    }

    public ObjectProperty<LevelFilter> levelProperty() {
        return level;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    /** Part of the Russian partner's name (any language the registry holds). */
    public StringProperty partnerProperty() {
        return partner;
    }

    /** The day the flags are computed for (today unless chosen). */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** "Expires within" this many months of the day. */
    public IntegerProperty monthsProperty() {
        return months;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<AnnouncedRow> announcedRows() {
        return announced;
    }

    public ReadOnlyObjectProperty<TermBars> barsProperty() {
        return bars;
    }

    /** The document shown in the details (a row or a bar clicked), or null. */
    public ObjectProperty<Long> chosenProperty() {
        return chosen;
    }

    /** The chosen document's statements and sources, its term, the plans that carry it out. */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    /** "42 documents listed; 9 in force, 3 expire within 12 months …" and how partial the registry is. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Region> belarusianRegions() {
        return belarusianRegions;
    }

    public String regionName(String code) {
        return data.regions().stream().filter(each -> each.code().equals(code)).map(each -> each.name(
                messages.language())).findFirst().orElse(code == null ? messages.get("agreements.everyRegion") : code);
    }

    public String label(Enum<?> choice) {
        return messages.get("agreements." + choice.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "."
                + choice.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public BooleanBinding busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tasks.errorProperty();
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public void load() {
        loaded = true;
        tasks.latest("agreements", () -> new Loaded(store.regions().regionFacts(), store.regions().regions(),
                store.editions().figures(), store.editions().editions()), read -> {
            data = read;
            belarusianRegions.setAll(read.regions().stream().filter(each -> each.country() == Country.BY)
                    .sorted(Comparator.comparing(each -> each.name(messages.language()))).toList());
            announced.setAll(announcedRows(read));
            recompute();
        });
    }

    @Override
    public void reload(Change change) {
        if (loaded) {
            load();
        }
    }

    /** Flags for the day, the filters applied: the list, the bars, the summary, the chosen document again. */
    private void recompute() {
        LocalDate on = day.get() == null ? LocalDate.now() : day.get();
        List<Entry> all = AgreementLife.on(data.facts(), on, Math.max(0, months.get()));
        Map<Long, Entry> byId = new LinkedHashMap<>();
        all.forEach(entry -> byId.put(entry.document().id(), entry));
        entries = byId;
        List<Entry> found = all.stream().filter(this::passesFilters).toList();
        List<Entry> shown = found.stream().filter(this::shows).toList();
        rows.setAll(shown.stream().map(this::row).toList());
        bars.set(bars(shown, on));
        summary.set(summary(found, shown.size()));
        if (chosen.get() != null && !byId.containsKey(chosen.get())) {
            chosen.set(null);
        }
        describeChosen();
    }

    /** Region, kind, who signed, status and partner: what the summary counts. */
    private boolean passesFilters(Entry entry) {
        RegionFact reading = entry.reading();
        if (region.get() != null && !region.get().equals(reading.belarusianRegion())) {
            return false;
        }
        Kind itsKind = Kind.of(reading.kind()).orElse(null);
        boolean agreement = AgreementLife.CARRIED_OUT.contains(itsKind);
        boolean plan = AgreementLife.PLANS.contains(itsKind);
        boolean kindPasses = switch (kind.get()) {
            case EVERY -> true;
            case AGREEMENTS -> agreement;
            case PLANS -> plan;
            case OTHER -> !agreement && !plan;
        };
        boolean levelPasses = level.get() == LevelFilter.EVERY
                || level.get().name().equals(AgreementLife.Tier.of(reading.level()).name());
        boolean statusPasses = switch (status.get()) {
            case EVERY -> true;
            case SIGNED -> entry.document().reported();
            case ANNOUNCED -> !entry.document().reported();
        };
        String wanted = partner.get() == null ? "" : partner.get().strip().toLowerCase(Locale.ROOT);
        boolean partnerPasses = wanted.isEmpty() || data.regions().stream()
                .filter(each -> each.code().equals(reading.russianRegion())).findFirst()
                .map(each -> (each.nameEn() + " " + each.nameRu() + " " + (each.nameBe() == null ? "" : each.nameBe()))
                        .toLowerCase(Locale.ROOT).contains(wanted)).orElse(false);
        return kindPasses && levelPasses && statusPasses && partnerPasses;
    }

    /** What "Show" lists of what the filters find. */
    private boolean shows(Entry entry) {
        return switch (show.get()) {
            case EVERY -> true;
            case WITH_TERM -> entry.term().state() != Term.State.NOT_STATED;
            default -> entry.flags().contains(Flag.valueOf(show.get().name()));
        };
    }

    private Row row(Entry entry) {
        RegionFact reading = entry.reading();
        return new Row(entry.document().id(), regionName(reading.belarusianRegion()), regionName(reading.russianRegion()),
                kindWord(reading.kind()), reading.level() == null ? "" : messages.get("level." + reading.level()),
                reading.year() == null ? "" : String.valueOf(reading.year()), termWords(entry.term()),
                flagWords(entry.flags()), messages.get(entry.document().reported() ? "status.reported"
                : "status.expected"), entry.document().sources().stream().map(Source::id)
                .collect(Collectors.joining(", ")));
    }

    String kindWord(String key) {
        return words.kind(key);
    }

    /** "2025–2027", "to 2026", "open-ended", "term not stated". */
    public String termWords(Term term) {
        return words.term(term);
    }

    public String flagWords(Set<Flag> flags) {
        return words.flags(flags, months.get());
    }

    /** Years before this many ahead of the day's are left off the axis (an arrow marks an older signing). */
    private static final int YEARS_BACK = 16;

    private TermBars bars(List<Entry> shown, LocalDate on) {
        List<TermBars.Bar> list = new ArrayList<>();
        int first = on.getYear();
        int last = on.getYear();
        String heading = null;
        for (Entry entry : shown) {
            RegionFact reading = entry.reading();
            Term term = entry.term();
            Integer signed = reading.year();
            for (Integer year : new Integer[] {term.from(), term.to(), signed}) {
                if (year != null) {
                    first = Math.min(first, year);
                    last = Math.max(last, year);
                }
            }
            if (region.get() == null && !reading.belarusianRegion().equals(heading)) {
                heading = reading.belarusianRegion();
                list.add(TermBars.Bar.heading(regionName(heading)));
            }
            TermBars.Tone tone = !entry.document().reported() ? TermBars.Tone.ANNOUNCED
                    : entry.flags().contains(Flag.EXPIRES_SOON) ? TermBars.Tone.EXPIRES_SOON
                    : entry.flags().contains(Flag.IN_FORCE) ? TermBars.Tone.IN_FORCE
                    : term.lastDay() != null && term.lastDay().isBefore(on) ? TermBars.Tone.PAST
                    : TermBars.Tone.NOT_STATED;
            list.add(new TermBars.Bar(entry.document().id(), regionName(reading.russianRegion()) + ": "
                    + kindWord(reading.kind()), term.from(), term.to(), signed, tone, flagWords(entry.flags())));
        }
        return new TermBars(list, Math.max(first, on.getYear() - YEARS_BACK), last + 1, on.getYear(),
                (on.getDayOfYear() - 1) / (double) on.lengthOfYear(), dayWords(on));
    }

    /** The day as the window's language writes it ("8 декабря 2026 г."). */
    public String dayWords(LocalDate on) {
        return on.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(messages.locale()));
    }

    /** What the filters find, counted by term and flag (whatever "Show" lists), and how many are listed. */
    private String summary(List<Entry> found, int listed) {
        Map<Flag, Long> counts = new LinkedHashMap<>();
        for (Flag flag : Flag.values()) {
            counts.put(flag, found.stream().filter(entry -> entry.flags().contains(flag)).count());
        }
        long withTerm = found.stream().filter(entry -> entry.term().state() != Term.State.NOT_STATED).count();
        return messages.format("agreements.summary", found.size(), withTerm, counts.get(Flag.IN_FORCE),
                counts.get(Flag.EXPIRES_SOON), months.get(), counts.get(Flag.EXPIRED_NO_LATER), counts.get(Flag.NO_PLAN),
                counts.get(Flag.PLAN_PAST_TERM), listed);
    }

    private void describeChosen() {
        Entry entry = chosen.get() == null ? null : entries.get(chosen.get());
        details.set(entry == null ? messages.get("agreements.details.none") : describe(entry));
    }

    /** The document worded: what, who, when, its term, its flags, its plans or its agreement, every statement with its source. */
    String describe(Entry entry) {
        RegionFact reading = entry.reading();
        StringBuilder text = new StringBuilder();
        text.append(kindWord(reading.kind())).append(": ").append(regionName(reading.belarusianRegion())).append(" – ")
                .append(regionName(reading.russianRegion()));
        if (reading.year() != null) {
            text.append(", ").append(reading.year());
        }
        text.append('\n').append(messages.format("agreements.details.term", termWords(entry.term())));
        if (!entry.flags().isEmpty()) {
            text.append('\n').append(messages.format("agreements.details.flags", flagWords(entry.flags())));
        }
        if (entry.carriesOut() != null && entries.containsKey(entry.carriesOut())) {
            text.append('\n').append(messages.format(entry.link() == AgreementLife.Link.CHOSEN
                    ? "agreements.details.carriesOut.chosen" : "agreements.details.carriesOut.rule",
                    shortLabel(entries.get(entry.carriesOut()))));
        } else if (entry.isPlan()) {
            text.append('\n').append(messages.get("agreements.details.carriesOut.none"));
        }
        for (Long plan : entry.plans()) {
            if (entries.containsKey(plan)) {
                text.append('\n').append(messages.format("agreements.details.plan", shortLabel(entries.get(plan))));
            }
        }
        String disagreement = DocumentWords.disagreement(entry.document(), messages);
        if (!disagreement.isEmpty()) {
            text.append('\n').append(disagreement);
        }
        text.append("\n\n").append(messages.format("agreements.details.statements", entry.document().statements().size()));
        for (RegionFact statement : entry.document().statements()) {
            Source source = statement.source();
            text.append("\n• ").append(source.id()).append(" — ").append(org.unionregions.i18n.SourceNames.worded(source.publisher(), messages));
            if (source.location() != null) {
                text.append(" (").append(source.location()).append(')');
            }
            if (statement.asStated() != null) {
                text.append(":\n  «").append(statement.asStated()).append('»');
            }
        }
        return text.toString();
    }

    private String shortLabel(Entry entry) {
        RegionFact reading = entry.reading();
        return kindWord(reading.kind()) + (reading.year() == null ? "" : " " + reading.year())
                + (entry.term().stated() ? " (" + termWords(entry.term()) + ")" : "");
    }

    // ---- announced and signed --------------------------------------------------------------------

    private List<AnnouncedRow> announcedRows(Loaded read) {
        List<AnnouncedRow> lines = new ArrayList<>();
        Map<Integer, String> editionLabels = new HashMap<>();
        read.editions().forEach(edition -> editionLabels.put(edition.number(), edition.roman() + ", " + edition.year()));
        for (AnnouncedSigned.FigureLine line : AnnouncedSigned.figures(read.figures(), Set.of())) {
            lines.add(new AnnouncedRow(line.edition(), editionLabels.getOrDefault(line.edition(),
                    String.valueOf(line.edition())), messages.get("metric." + line.metric().key()) + unitWords(line.unit()),
                    figureWords(line.announced()), figureWords(line.signed())));
        }
        for (AnnouncedSigned.RegionLine line : AnnouncedSigned.regions(read.facts(), Set.of())) {
            lines.add(new AnnouncedRow(line.edition(), editionLabels.getOrDefault(line.edition(),
                    String.valueOf(line.edition())), messages.format("agreements.announced.regionDocuments",
                    regionName(line.belarusianRegion())),
                    documentWords(line.announced()), documentWords(line.signed())));
        }
        lines.sort(Comparator.comparingInt(AnnouncedRow::number));
        return lines.stream().filter(line -> (fromEdition == null || line.number() >= fromEdition)
                && (toEdition == null || line.number() <= toEdition)).toList();
    }

    private String unitWords(String unit) {
        return unit == null || unit.isEmpty() || "count".equals(unit) || "people".equals(unit) ? ""
                : ", " + messages.find("unit." + unit).orElse(unit);
    }

    private String figureWords(List<Figure> figures) {
        if (figures.isEmpty()) {
            return messages.get("agreements.announced.none");
        }
        return figures.stream().map(figure -> (figure.value() == null ? messages.get("noFigure")
                : format.qualified(figure.value(), figure.unit(), figure.qualifier())) + " ("
                + figure.source().id() + ")").collect(Collectors.joining("; "));
    }

    private String documentWords(List<Document> documents) {
        if (documents.isEmpty()) {
            return messages.get("agreements.announced.none");
        }
        return documents.size() + ": " + documents.stream().map(document -> kindWord(document.reading().kind()) + " – "
                + regionName(document.reading().russianRegion()) + " (" + document.sources().stream().map(Source::id)
                .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "));
    }

    // ---- the screen contract ---------------------------------------------------------------------

    @Override
    public List<ObservableStringValue> statusLines() {
        return List.of(errorProperty());
    }

    @Override
    public List<ObservableValue<ChartFiles.Saved>> savedFiles() {
        return List.of();
    }

    /** A saved view keeps the region, the filters, the day and the months. */
    @Override
    public Map<String, String> capture() {
        return Map.of("region", region.get() == null ? "" : region.get(), "kind", kind.get().name(),
                "level", level.get().name(), "status", status.get().name(), "show", show.get().name(),
                "partner", partner.get() == null ? "" : partner.get(), "day", day.get() == null ? "" : day.get().toString(),
                "months", String.valueOf(months.get()));
    }

    @Override
    public void restore(Map<String, String> state) {
        if (state.containsKey("region")) {
            String code = state.get("region");
            region.set(code == null || code.isEmpty() ? null : code);
        }
        choice(KindFilter.class, state.get("kind")).ifPresent(kind::set);
        choice(LevelFilter.class, state.get("level")).ifPresent(level::set);
        choice(StatusFilter.class, state.get("status")).ifPresent(status::set);
        choice(Show.class, state.get("show")).ifPresent(show::set);
        if (state.containsKey("partner")) {
            partner.set(state.get("partner") == null ? "" : state.get("partner"));
        }
        try {
            if (state.get("day") != null && !state.get("day").isEmpty()) {
                day.set(LocalDate.parse(state.get("day")));
            }
            if (state.get("months") != null) {
                months.set(Math.max(0, Integer.parseInt(state.get("months"))));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // a saved view edited by hand: today and 12 months stay
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Nothing typed here is kept for later: closing loses nothing. */
    @Override
    public List<String> unsavedWork() {
        return List.of();
    }

    /** Nothing in the standard deck: a saved view of this screen is the slide "agreements by term". */
    @Override
    public List<Slide> slides() {
        return List.of();
    }

    @Override
    public Optional<Slide> viewSlide() {
        return Optional.of(slide());
    }

    private Slide slide() {
        String title = region.get() == null ? messages.get("agreements.slide.title")
                : messages.format("agreements.slide.titleOf", regionName(region.get()));
        return new Slide(title, messages.format("agreements.slide.subtitle", bars.get().dayLabel(), months.get()),
                messages.get("agreements.slide.source"), bars.get());
    }

    /**
     * A Belarusian region chosen anywhere is listed here; a region chosen here becomes the shared one. The
     * shared forums (a range of editions) bound "Announced and signed".
     */
    @Override
    public void follow(SharedFilter filter) {
        javafx.beans.InvalidationListener range = obs -> {
            fromEdition = filter.fromEditionProperty().get();
            toEdition = filter.toEditionProperty().get();
            announced.setAll(announcedRows(data));
        };
        filter.fromEditionProperty().addListener(range);
        filter.toEditionProperty().addListener(range);
        filter.regionProperty().addListener((obs, old, code) -> {
            if (code == null || code.startsWith("BY-")) {
                region.set(code);
            }
        });
        region.addListener((obs, old, code) -> {
            if (code != null || filter.regionProperty().get() == null
                    || filter.regionProperty().get().startsWith("BY-")) {
                filter.regionProperty().set(code);
            }
        });
    }
}
