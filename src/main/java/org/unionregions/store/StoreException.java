package org.unionregions.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A database problem worded for the person who has to act on it. */
public class StoreException extends RuntimeException {

    /** The problems a user must act on, so the interface can word them in its language. */
    public enum Reason { NOT_SQLITE, OTHER_PROGRAM, NEWER_SCHEMA, REFERENCED, READ_ONLY, DISK_FULL, BUSY, OTHER }

    private final Reason reason;
    private final transient Object[] details;

    /** A problem with a reason; {@code details} fill the worded message (file, versions). */
    public StoreException(Reason reason, String message, Object... details) {
        super(message);
        this.reason = reason;
        this.details = details.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] details() {
        return details.clone();
    }

    public StoreException(String message) {
        super(message);
        this.reason = Reason.OTHER;
        this.details = new Object[0];
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.reason = cause instanceof StoreException store ? store.reason : Reason.OTHER;
        this.details = cause instanceof StoreException store ? store.details : new Object[0];
    }

    /**
     * A failed database operation on {@code file}, with the causes a user can act on (a read-only
     * place, a full disk, another instance writing) told apart. The transaction is undone in each
     * case, so the message can promise that nothing was changed.
     */
    public static StoreException of(String action, Path file, SQLException cause) {
        String message = action + " " + file + ": " + cause.getMessage();
        if (cause instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            int primary = code == null ? -1 : code.code & 0xff; // extended codes keep the primary in the low byte
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                return new StoreException(Reason.DISK_FULL, file + ": the disk is full. Nothing was changed;"
                        + " free some space and try again.", cause, file.toString());
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new StoreException(Reason.BUSY, file + " is busy: another Union Regions window or program"
                        + " is writing to it. Nothing was changed; try again in a moment.", cause, file.toString());
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                    || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                return readOnly(file, cause);
            }
        }
        return new StoreException(message, cause);
    }

    /** The file or its folder cannot be written: read-only media, permissions, another user's folder. */
    public static StoreException readOnly(Path file, Exception cause) {
        return new StoreException(Reason.READ_ONLY, file + " cannot be written: the file or its folder is"
                + " read-only or belongs to another user. Nothing was changed. Choose a folder you can write"
                + " to (--db), or ask for write access.", cause, file.toString());
    }

    /** True when an I/O failure means that the caller may not write there. */
    public static boolean isAccessDenied(Exception e) {
        return e instanceof AccessDeniedException
                || e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                        && fs.getReason().contains("Read-only file system");
    }

    private StoreException(Reason reason, String message, Throwable cause, Object... details) {
        super(message, cause);
        this.reason = reason;
        this.details = details.clone();
    }
}
