package org.unionregions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder read-only for the account running the tests. Permissions are enough for a normal
 * account; root ignores them, so the folder is also made immutable where the system has chattr.
 */
public final class ReadOnlyFolders {

    private ReadOnlyFolders() {
    }

    /** Locks {@code folder}; true when it is now read-only for this account (tests assume it). */
    public static boolean lock(Path folder) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            chattr("+i", folder);
        }
        return !Files.isWritable(folder);
    }

    /** Makes {@code folder} writable again, so the test's temporary folder can be removed. */
    public static void unlock(Path folder) throws IOException, InterruptedException {
        chattr("-i", folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void chattr(String change, Path folder) throws InterruptedException {
        try {
            new ProcessBuilder("chattr", change, folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException noChattr) {
            // a system without chattr: permissions are all there is
        }
    }
}
