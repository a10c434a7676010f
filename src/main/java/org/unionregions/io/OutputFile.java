package org.unionregions.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Every file the app writes for the user (an export, a template, a deck, a brief, a chart picture)
 * is written here: to a temporary file beside the target, moved into place when complete, so a
 * failure never leaves half a file. A target that is a SQLite database (any: the one open, a backup,
 * another program's), the journal of one, a folder, a device or a place in a missing folder is refused
 * before anything is written: "save as" onto the database must not destroy it.
 */
public final class OutputFile {

    /** A target that must not be written: the message says why. */
    public static final class RefusedException extends IOException {
        public RefusedException(String message) {
            super(message);
        }
    }

    /** Writes the content to the temporary file it is given. */
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> JOURNAL_SUFFIXES = List.of("-wal", "-shm", "-journal");

    private OutputFile() {
    }

    /** Writes {@code target} whole, or not at all; refuses the targets named above. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuse(absolute);
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        boolean moved = false;
        try {
            content.writeTo(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Throws if {@code target} must not be written; the checks {@link #write} makes first. */
    public static void refuse(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RefusedException(absolute + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new RefusedException(absolute + " is a folder; give the name of the file to write");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            throw new RefusedException(absolute + " is a device, a pipe or another special file; it was not written");
        }
        if (isDatabase(absolute)) {
            throw new RefusedException(absolute + " is a database; writing over it would destroy it. Choose another"
                    + " file name");
        }
        String name = absolute.getFileName().toString();
        for (String suffix : JOURNAL_SUFFIXES) {
            if (name.endsWith(suffix) && isDatabase(absolute.resolveSibling(name.substring(0, name.length()
                    - suffix.length())))) {
                throw new RefusedException(absolute + " is the " + suffix.substring(1) + " file of a database;"
                        + " writing over it would damage the database. Choose another file name");
            }
        }
    }

    private static boolean isDatabase(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }
}
