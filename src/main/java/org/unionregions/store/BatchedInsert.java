package org.unionregions.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** Rows sent to SQLite in batches, with a chance to cancel and a progress report after each batch. */
final class BatchedInsert {

    /** Puts one row's values into the statement's parameters. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private BatchedInsert() {
    }

    /**
     * Adds every row to {@code insert}, executing each {@code batch} rows; {@code cancelled} is
     * asked after each batch and throws {@link CancelledException} (the caller's transaction is
     * then rolled back), {@code progress} gets the rows written so far.
     */
    static <T> void run(PreparedStatement insert, List<T> rows, Binder<T> binder, int batch,
                        BooleanSupplier cancelled, IntConsumer progress) throws SQLException {
        int written = 0;
        for (T row : rows) {
            binder.bind(insert, row);
            insert.addBatch();
            if (++written % batch == 0) {
                insert.executeBatch();
                if (cancelled.getAsBoolean()) {
                    throw new CancelledException();
                }
                progress.accept(written);
            }
        }
        insert.executeBatch();
        progress.accept(written);
    }
}
