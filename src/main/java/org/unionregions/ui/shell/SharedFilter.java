package org.unionregions.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Edition;

/**
 * The filter the screens share: a range of forum editions, a region, and reported or expected only.
 * A bar clicked in Editions sets the range, a region clicked in the matrix or chosen in the profile
 * sets the region, the matrix's status filter sets the status; each shows
 * as a chip in the filter bar, removed one by one or all at once.
 */
public final class SharedFilter {

    /** A filter in force, as the filter bar shows it. */
    public record Chip(String key, String text) {
    }

    public static final String EDITIONS = "editions";
    public static final String REGION = "region";
    public static final String STATUS = "status";

    private final ObjectProperty<Integer> fromEdition = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toEdition = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty();
    /** "reported" or "expected" only; null: both. */
    private final StringProperty status = new SimpleStringProperty();
    /** The editions and the regions' names the chips show (read with the screens). */
    private final ObjectProperty<Names> names = new SimpleObjectProperty<>(new Names(List.of(), Map.of()));
    private final ObjectBinding<List<Chip>> chips;

    private record Names(List<Edition> editions, Map<String, String> regions) {
        Edition edition(int number) {
            return editions.stream().filter(edition -> edition.number() == number).findFirst().orElse(null);
        }
    }

    SharedFilter(Messages messages) {
        chips = Bindings.createObjectBinding(() -> {
            List<Chip> shown = new ArrayList<>();
            if (fromEdition.get() != null && toEdition.get() != null) {
                Edition from = names.get().edition(fromEdition.get());
                Edition to = names.get().edition(toEdition.get());
                String range = from == null || to == null ? fromEdition.get() + "–" + toEdition.get()
                        : from.number() == to.number() ? from.label() : from.label() + " – " + to.label();
                shown.add(new Chip(EDITIONS, messages.format("filter.editions", range)));
            }
            if (region.get() != null) {
                shown.add(new Chip(REGION, messages.format("filter.region",
                        names.get().regions().getOrDefault(region.get(), region.get()))));
            }
            if (status.get() != null) {
                shown.add(new Chip(STATUS, messages.format("filter.status", messages.get("status." + status.get()))));
            }
            return List.copyOf(shown);
        }, fromEdition, toEdition, region, status, names);
    }

    /** The editions and the regions' names (by code, in the interface language) the chips show. */
    void names(List<Edition> editions, Map<String, String> regions) {
        names.set(new Names(List.copyOf(editions), Map.copyOf(regions)));
    }

    /** True when no range is set, or both ends are: a listener sees whole ranges only. */
    public boolean rangeIsWhole() {
        return (fromEdition.get() == null) == (toEdition.get() == null);
    }

    public ObjectProperty<Integer> fromEditionProperty() {
        return fromEdition;
    }

    public ObjectProperty<Integer> toEditionProperty() {
        return toEdition;
    }

    /** The region filtered to (its ISO code), or null for every region. */
    public StringProperty regionProperty() {
        return region;
    }

    /** Reported or expected figures only ("reported", "expected"), or null for both. */
    public StringProperty statusProperty() {
        return status;
    }

    public ObjectBinding<List<Chip>> chipsProperty() {
        return chips;
    }

    /** Both ends at once (null, null: every edition); the range never inverts. */
    public void editions(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            editions(to, from);
            return;
        }
        fromEdition.set(null); // never a moment with only one end set: the listeners see whole ranges
        toEdition.set(to);
        fromEdition.set(from);
        if (from == null) {
            toEdition.set(null);
        }
    }

    /** Takes one chip away. */
    public void remove(String key) {
        if (EDITIONS.equals(key)) {
            editions(null, null);
        } else if (REGION.equals(key)) {
            region.set(null);
        } else if (STATUS.equals(key)) {
            status.set(null);
        }
    }

    public void clear() {
        editions(null, null);
        region.set(null);
        status.set(null);
    }
}
