package org.unionregions.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * Every table of the schema, each after the tables it refers to: the registry's tables (from the table
 * registry, {@link Tables}) and the app's own. The copy, the grants of a team database and the checks
 * read their table lists from here, not from lists of names of their own.
 */
final class SchemaTables {

    /** What an editor of a team database may do to a table. */
    enum EditorAccess {
        /** Insert, update and delete its rows. */
        WRITE,
        /** Add rows only (the change log and the history: nobody rewrites them). */
        APPEND,
        /** Nothing (the summary, meta: the owner's). */
        NONE
    }

    /** A table: its name, what editors may do, and whether the engine numbers its key. */
    record Table(String name, EditorAccess editors, boolean numbered) {
    }

    /** The app's own tables, after the registry's: saved views and decks, meta, the change log and history. */
    private static final List<Table> APP_TABLES = List.of(
            new Table("saved_view", EditorAccess.WRITE, true),
            new Table("deck", EditorAccess.WRITE, true),
            new Table("deck_slide", EditorAccess.WRITE, false),
            new Table("meta", EditorAccess.NONE, false),
            new Table("change_log", EditorAccess.APPEND, true),
            new Table("row_history", EditorAccess.APPEND, true));

    static final List<Table> ALL = all();

    private SchemaTables() {
    }

    private static List<Table> all() {
        List<Table> tables = new ArrayList<>();
        for (TableDef table : referencedFirst(Tables.ALL)) {
            tables.add(new Table(table.name(), EditorAccess.WRITE, table.generatedKey()));
        }
        tables.addAll(APP_TABLES);
        return List.copyOf(tables);
    }

    /** The registry's tables ordered so that each comes after those its columns refer to. */
    static List<TableDef> referencedFirst(List<TableDef> tables) {
        Set<TableDef> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (TableDef table : tables) {
                boolean ready = table.columns().stream().map(ColumnDef::references).filter(Objects::nonNull)
                        .filter(referenced -> !referenced.equals(table.name()))
                        .allMatch(referenced -> ordered.stream().anyMatch(done -> done.name().equals(referenced)));
                if (ready) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("the registry's tables refer to each other in a circle");
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * The order a copy writes a table's rows in: region_fact's statements that are their document's first
     * before the statements naming them (a statement's document may have a higher id than itself).
     */
    static String copyOrder(String table) {
        return table.equals(Tables.REGION_FACT.name()) ? "CASE WHEN document IS NULL THEN 0 ELSE 1 END, id" : "1";
    }

    /** The names of the tables an editor may write, in order. */
    static List<String> named(EditorAccess access) {
        return ALL.stream().filter(table -> table.editors() == access).map(Table::name).toList();
    }
}
