package org.unionregions.app;

/** Wording shared by the commands' English output. */
final class CommandLine {

    private CommandLine() {
    }

    /** "1 row", "2 rows". */
    static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
