package org.unionregions.io;

import java.util.List;

/**
 * What was read of a file, for the preview: its name and headers, the encoding and separator
 * detected, how many data rows it has, and its first data row as read (so a person sees whether the
 * letters came out right).
 */
public record TableFile(String fileName, List<String> headers, String encoding, char separator, long dataRows,
                        String sample) {
}
