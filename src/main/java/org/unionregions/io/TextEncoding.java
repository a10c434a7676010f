package org.unionregions.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides, honestly, how a text file is encoded, by reading its bytes once (a file larger than memory
 * included): UTF-8 when every byte is valid UTF-8; UTF-16 when it starts with a byte-order mark;
 * Windows-1251 or KOI8-R only when every byte of the file is plausible Cyrillic text in it (their
 * letters swap case ranges, so the share of lower-case letters tells them apart). Anything else is
 * refused with the line of the first byte that cannot be read, never decoded into mojibake.
 */
final class TextEncoding {

    /** The charset a file is read with, its name for people, and how many leading bytes are its byte-order mark. */
    record Detected(Charset charset, String name, int bomLength) {

        /** A strict reader of the file's text: a byte that does not decode is an error, never U+FFFD. */
        Reader open(InputStream in) throws IOException {
            in.skipNBytes(bomLength);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(in, decoder);
        }
    }

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");

    /** Bytes 0x80-0xBF that Russian or Belarusian text in Windows-1251 uses: punctuation, Ё ё, І і, Ў ў, №. */
    private static final String PLAUSIBLE_1251 = "\u0082\u0084\u0085\u0088\u008b\u0091\u0092\u0093\u0094\u0095"
            + "\u0096\u0097\u0099\u009b\u00a0\u00a1\u00a2\u00a7\u00a8\u00a9\u00ab\u00ad\u00ae\u00b0\u00b1\u00b2\u00b3"
            + "\u00b7\u00b8\u00b9\u00bb";
    /** Bytes 0x80-0xBF that text in KOI8-R uses (the rest draw boxes): no-break space, °, ·, ё, Ё, ©. */
    private static final String PLAUSIBLE_KOI8 = "\u009a\u009c\u009e\u00a3\u00b3\u00bf";

    private TextEncoding() {
    }

    static Detected detect(Path file, String name) throws TableReader.UnreadableFileException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] start = in.readNBytes(4);
            if (startsWith(start, 0x00, 0x00, 0xFE, 0xFF) || startsWith(start, 0xFF, 0xFE, 0x00, 0x00)) {
                throw new TableReader.UnreadableFileException(name + ":1: UTF-32 text is not read; save the file as"
                        + " UTF-8 (in Excel: CSV UTF-8)");
            }
            if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
                Charset utf16 = start[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                Detected detected = new Detected(utf16, "UTF-16 (BOM)", 2);
                checkDecodes(file, name, detected);
                return detected;
            }
            if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
                Detected detected = new Detected(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3);
                checkDecodes(file, name, detected);
                return detected;
            }
            ByteCensus census = new ByteCensus();
            census.count(start, start.length);
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                census.count(buffer, read);
            }
            return census.decide(name);
        } catch (IOException e) {
            throw new TableReader.UnreadableFileException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads the whole file through a strict decoder: the first character that does not decode names its line. */
    private static void checkDecodes(Path file, String name, Detected detected)
            throws IOException, TableReader.UnreadableFileException {
        CharsetDecoder decoder = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(detected.bomLength());
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                    } else if (c == 0) {
                        throw new TableReader.UnreadableFileException(name + ":" + line + ": contains a NUL character:"
                                + " not a text table");
                    }
                }
                chars.clear();
                if (result.isError()) {
                    String encoding = detected.name().replace(" (BOM)", "");
                    throw new TableReader.UnreadableFileException(name + ":" + line + ": the file starts with a"
                            + " byte-order mark for " + encoding + ", but this line holds bytes that are not " + encoding
                            + "; save the file again as UTF-8");
                }
                bytes.compact();
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** What the bytes of a file without a byte-order mark look like, counted in one pass. */
    private static final class ByteCensus {
        private long line = 1;
        private long bytes;
        private long nulAtEven;
        private long nulAtOdd;
        private long firstNulLine;
        private long firstControlLine;
        private int firstControl = -1;
        // UTF-8
        private int continuationsExpected;
        private long validSequences;
        private long invalidSequences;
        private long firstInvalidLine;
        private int firstInvalidByte = -1;
        // single-byte Cyrillic
        private long range192to223;
        private long range224to255;
        private long firstImplausible1251Line;
        private int firstImplausible1251 = -1;
        private long firstImplausibleKoi8Line;
        private int firstImplausibleKoi8 = -1;

        void count(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                int b = buffer[i] & 0xFF;
                if (b == 0) {
                    if (bytes % 2 == 0) {
                        nulAtEven++;
                    } else {
                        nulAtOdd++;
                    }
                    if (firstNulLine == 0) {
                        firstNulLine = line;
                    }
                } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && firstControl < 0) {
                    firstControl = b;
                    firstControlLine = line;
                }
                utf8(b);
                singleByte(b);
                if (b == '\n') {
                    line++;
                }
                bytes++;
            }
        }

        private void utf8(int b) {
            if (continuationsExpected > 0) {
                if ((b & 0xC0) == 0x80) {
                    if (--continuationsExpected == 0) {
                        validSequences++;
                    }
                    return;
                }
                continuationsExpected = 0;
                invalid(b);
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                continuationsExpected = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuationsExpected = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuationsExpected = 3;
            } else {
                invalid(b);
            }
        }

        private void invalid(int b) {
            invalidSequences++;
            if (firstInvalidByte < 0) {
                firstInvalidByte = b;
                firstInvalidLine = line;
            }
        }

        private void singleByte(int b) {
            if (b >= 0xC0 && b <= 0xDF) {
                range192to223++;
            } else if (b >= 0xE0) {
                range224to255++;
            } else if (b >= 0x80) {
                if (PLAUSIBLE_1251.indexOf((char) b) < 0 && firstImplausible1251 < 0) {
                    firstImplausible1251 = b;
                    firstImplausible1251Line = line;
                }
                if (PLAUSIBLE_KOI8.indexOf((char) b) < 0 && firstImplausibleKoi8 < 0) {
                    firstImplausibleKoi8 = b;
                    firstImplausibleKoi8Line = line;
                }
            }
        }

        Detected decide(String name) throws TableReader.UnreadableFileException {
            long nuls = nulAtEven + nulAtOdd;
            if (nuls > 0) {
                if (nuls * 3 >= bytes && (nulAtEven == 0 || nulAtOdd == 0)) {
                    throw new TableReader.UnreadableFileException(name + ":1: looks like UTF-16 text without a"
                            + " byte-order mark; save the file as UTF-8 (in Excel: CSV UTF-8)");
                }
                throw new TableReader.UnreadableFileException(name + ":" + firstNulLine + ": contains NUL bytes:"
                        + " not a text table");
            }
            if (firstControl >= 0) {
                throw new TableReader.UnreadableFileException(String.format("%s:%d: holds the control byte 0x%02X:"
                        + " not a text table", name, firstControlLine, firstControl));
            }
            if (continuationsExpected > 0) { // the file ends inside a character
                invalid(0);
                continuationsExpected = 0;
            }
            if (invalidSequences == 0) {
                return new Detected(StandardCharsets.UTF_8, "UTF-8", 0);
            }
            if (validSequences >= invalidSequences) {
                throw new TableReader.UnreadableFileException(String.format("%s:%d: byte 0x%02X is not UTF-8, though"
                        + " the rest of the file is UTF-8 (a damaged file, or two files joined); save it again as UTF-8",
                        name, firstInvalidLine, firstInvalidByte));
            }
            // Windows-1251 keeps lower-case letters in 0xE0-0xFF, KOI8-R in 0xC0-0xDF; text is mostly lower case.
            boolean looks1251 = range224to255 >= range192to223;
            boolean plausible1251 = firstImplausible1251 < 0;
            boolean plausibleKoi8 = firstImplausibleKoi8 < 0;
            if (plausible1251 && (looks1251 || !plausibleKoi8)) {
                return new Detected(WINDOWS_1251, "Windows-1251", 0);
            }
            if (plausibleKoi8) {
                return new Detected(KOI8_R, "KOI8-R", 0);
            }
            throw new TableReader.UnreadableFileException(String.format("%s:%d: byte 0x%02X is not text in UTF-8,"
                            + " Windows-1251 or KOI8-R; save the file as UTF-8 (in Excel: CSV UTF-8)", name,
                    looks1251 ? firstImplausible1251Line : firstImplausibleKoi8Line,
                    looks1251 ? firstImplausible1251 : firstImplausibleKoi8));
        }
    }
}
