package org.unionregions.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.Function;

/**
 * Search that finds "гомель" in "Гомельская": SQLite's LIKE ignores case in ASCII only. Every
 * connection gets {@code fold(text)}, which lowers the case of any alphabet and reads ё as е, and
 * searches compare folded text with a folded pattern.
 */
final class TextSearch {

    private TextSearch() {
    }

    static Connection register(Connection connection) throws SQLException {
        Function.create(connection, "fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(text == null ? null : fold(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        return connection;
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A LIKE pattern finding {@code text} anywhere, its own % and _ taken literally (ESCAPE '\'). */
    static String containing(String text) {
        return "%" + fold(text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
