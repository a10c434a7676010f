package org.unionregions.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A database problem worded for the person who has to act on it. The reason comes from the engine's
 * error code, never from its message text, so the layers above can word it in the interface language
 * and a second engine can report the same reasons. "Nothing was changed" is only said when it was
 * checked ({@link #unchanged()}).
 */
public class StoreException extends RuntimeException {

    /** What went wrong, as a user has to act on it. */
    public enum Reason {
        /** The file is not SQLite at all. */
        NOT_SQLITE,
        /** A SQLite file of another program. */
        OTHER_PROGRAM,
        /** Written by a newer version of the app. */
        NEWER_SCHEMA,
        /** No database at the path given. */
        MISSING,
        /** The path is a folder, a device or another special file. */
        NOT_A_FILE,
        /** The database file is damaged. */
        DAMAGED,
        /** A row with the same key is stored already; {@link #column()} names the key where known. */
        UNIQUE,
        /** The row names something (a source, a region, an edition) that is not stored. */
        FOREIGN_KEY,
        /** The row cannot be deleted: other rows refer to it. */
        REFERENCED,
        /** A value breaks one of the schema's own checks. */
        CHECK,
        READ_ONLY,
        DISK_FULL,
        /** Another program holds the write lock. */
        BUSY,
        /** The commit failed and it could not be checked whether the change was saved. */
        OUTCOME_UNKNOWN,
        /** Someone else changed or deleted the row since it was read ({@link RowConflictException}). */
        CONFLICT,
        /** The server cannot be reached, or the connection to it was lost. */
        OFFLINE,
        /** The server refused the user name or password. */
        AUTHENTICATION,
        /** The server's role for this user does not allow it (a viewer writing, an editor migrating). */
        NOT_ALLOWED,
        /** The server's certificate is not trusted or does not name the host. */
        UNTRUSTED_SERVER,
        OTHER
    }

    private static final Pattern UNIQUE_COLUMNS = Pattern.compile("UNIQUE constraint failed: ([\\w.]+)"
            + "|Key \\((\\w+)\\)=");

    private final Reason reason;
    private final transient Object[] details;
    private final boolean unchanged;
    private final String column;

    private StoreException(Reason reason, String message, Throwable cause, boolean unchanged, String column,
                           Object[] details) {
        super(message, cause);
        this.reason = reason;
        this.unchanged = unchanged;
        this.column = column;
        this.details = details.clone();
    }

    /** A problem with a reason; {@code details} fill the worded message (file, versions). Nothing was changed. */
    public StoreException(Reason reason, String message, Object... details) {
        this(reason, message, null, true, null, details.clone());
    }

    public StoreException(String message) {
        this(Reason.OTHER, message, null, false, null, new Object[0]);
    }

    public StoreException(String message, Throwable cause) {
        this(cause instanceof StoreException store ? store.reason : Reason.OTHER, message, cause,
                cause instanceof StoreException store && store.unchanged, cause instanceof StoreException store
                        ? store.column : null, cause instanceof StoreException store ? store.details : new Object[0]);
    }

    public Reason reason() {
        return reason;
    }

    public Object[] details() {
        return details.clone();
    }

    /** True when it was checked that the database is as it was before the failed work. */
    public boolean unchanged() {
        return unchanged;
    }

    /** The column the engine named (a unique key), or null. */
    public String column() {
        return column;
    }

    /** The same problem, now known to have changed nothing (the transaction was rolled back). */
    StoreException withNothingChanged() {
        if (unchanged) {
            return this;
        }
        String message = getMessage() + (getMessage().endsWith(".") ? "" : ".") + " Nothing was changed.";
        return new StoreException(reason, message, getCause(), true, column, details);
    }

    /**
     * A failed database operation on {@code file}, its reason read from SQLite's result code.
     * The caller adds "nothing was changed" ({@link #withNothingChanged()}) once it has made sure.
     */
    public static StoreException of(String action, Path file, SQLException cause) {
        return of(action, file.toString(), cause);
    }

    /** As {@link #of(String, Path, SQLException)} for a database named {@code where} (a file or a server address). */
    public static StoreException of(String action, String where, SQLException cause) {
        Reason reason = reasonOf(cause);
        return switch (reason) {
            case DISK_FULL -> new StoreException(reason, where + ": the disk is full; free some space and try"
                    + " again", cause, false, null, new Object[] {where});
            case BUSY -> new StoreException(reason, where + " is busy: another Union Regions window or program is"
                    + " writing to it; try again in a moment", cause, false, null, new Object[] {where});
            case READ_ONLY -> readOnly(where, cause).changedUnknown();
            case OFFLINE -> new StoreException(reason, action + " " + where + ": the server cannot be reached or the"
                    + " connection was lost (" + cause.getMessage() + ")", cause, false, null, new Object[] {where});
            case AUTHENTICATION -> new StoreException(reason, where + " refused the user name or password ("
                    + cause.getMessage() + "). Check ~/.pgpass or PGPASSWORD", cause, false, null, new Object[] {where});
            case NOT_ALLOWED -> new StoreException(reason, action + " " + where + ": your role on this database does"
                    + " not allow it (" + cause.getMessage() + "); ask its owner", cause, false, null,
                    new Object[] {where});
            case UNTRUSTED_SERVER -> new StoreException(reason, where + ": the server's certificate is not trusted or"
                    + " does not name the host (" + cause.getMessage() + "). Give its CA with sslrootcert=FILE; do not"
                    + " lower sslmode", cause, false, null, new Object[] {where});
            case DAMAGED -> new StoreException(reason, where + " is damaged (" + cause.getMessage() + "). Restore a"
                    + " backup (see the backups folder beside it) or run check", cause, false, null,
                    new Object[] {where, String.valueOf(cause.getMessage())});
            case UNIQUE -> {
                Matcher named = UNIQUE_COLUMNS.matcher(String.valueOf(cause.getMessage()));
                String column = named.find() ? (named.group(1) != null ? named.group(1) : named.group(2))
                        .replaceFirst("^.*\\.", "") : null;
                yield new StoreException(reason, action + " " + where + ": a row with the same " + (column == null
                        ? "key" : column) + " is stored already (" + cause.getMessage() + ")", cause, false, column,
                        new Object[] {String.valueOf(column)});
            }
            default -> new StoreException(reason, action + " " + where + ": " + cause.getMessage(), cause, false,
                    null, new Object[] {where});
        };
    }

    private StoreException changedUnknown() {
        return new StoreException(reason, getMessage(), getCause(), false, column, details);
    }

    /** The reason behind a driver's exception: SQLite's (extended) result code, or PostgreSQL's SQLSTATE. */
    static Reason reasonOf(SQLException cause) {
        if (cause.getSQLState() != null && !(cause instanceof SQLiteException)) {
            return reasonOfState(cause);
        }
        if (!(cause instanceof SQLiteException sqlite) || sqlite.getResultCode() == null) {
            return Reason.OTHER;
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
            return Reason.UNIQUE;
        }
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
            return Reason.FOREIGN_KEY;
        }
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK || code == SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL) {
            return Reason.CHECK;
        }
        int primary = code.code & 0xff; // an extended code keeps its primary code in the low byte
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Reason.DISK_FULL;
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Reason.BUSY;
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return Reason.READ_ONLY;
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Reason.DAMAGED;
        }
        return Reason.OTHER;
    }

    /** PostgreSQL's SQLSTATE classes (appendix A of its manual); the driver's own states for TLS and connections. */
    private static Reason reasonOfState(SQLException cause) {
        String state = cause.getSQLState();
        // the driver gives a server without TLS the same SQLSTATE (08004) as a missing password, with no
        // cause: its message is the only difference, read here for TLS alone
        if (cause.getCause() instanceof javax.net.ssl.SSLException
                || String.valueOf(cause.getMessage()).contains("SSL") && state.startsWith("08")) {
            return Reason.UNTRUSTED_SERVER;
        }
        return switch (state) {
            case "23505" -> Reason.UNIQUE;
            case "23503" -> Reason.FOREIGN_KEY;
            case "23514", "23502" -> Reason.CHECK;
            case "42501" -> Reason.NOT_ALLOWED;
            case "25006" -> Reason.READ_ONLY;
            case "53100" -> Reason.DISK_FULL;
            case "40001", "40P01", "55P03" -> Reason.BUSY;
            // 08004: the driver's "server rejected the connection", which it also says when the server
            // wants a password and none was given: the window then asks for one
            case "28000", "28P01", "08004" -> Reason.AUTHENTICATION;
            case "XX001", "XX002" -> Reason.DAMAGED;
            default -> state.startsWith("08") || state.startsWith("57P") ? Reason.OFFLINE : Reason.OTHER;
        };
    }

    /** The file or its folder cannot be written: read-only media, permissions, another user's folder. */
    public static StoreException readOnly(Path file, Exception cause) {
        return readOnly(file.toString(), cause);
    }

    static StoreException readOnly(String where, Exception cause) {
        return new StoreException(Reason.READ_ONLY, where + " cannot be written: the file or its folder is"
                + " read-only or belongs to another user. Choose a folder you can write to (--db), or ask for write"
                + " access", cause, true, null, new Object[] {where});
    }

    /** The database failed its consistency check; writing to it would spread the damage. */
    public static StoreException damaged(Path file, String problems) {
        return damaged(file.toString(), problems);
    }

    public static StoreException damaged(String where, String problems) {
        String first = problems.lines().findFirst().orElse(problems);
        return new StoreException(Reason.DAMAGED, where + " is damaged (" + first + "). Nothing was written. Restore a"
                + " backup (see the backups folder beside it) or run check", null, true, null,
                new Object[] {where, first});
    }

    /** A commit failed and the database could not tell whether it took effect. */
    static StoreException outcomeUnknown(String where, SQLException cause) {
        return new StoreException(Reason.OUTCOME_UNKNOWN, where + ": saving failed (" + cause.getMessage() + ") and it"
                + " could not be checked whether the change was saved. Run check, then look at the data before trying"
                + " again", cause, false, null, new Object[] {where});
    }

    /** True when an I/O failure means that the caller may not write there. */
    public static boolean isAccessDenied(Exception e) {
        return e instanceof AccessDeniedException
                || e instanceof FileSystemException fs && fs.getReason() != null
                        && fs.getReason().contains("Read-only file system");
    }
}
