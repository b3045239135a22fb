package org.dyad.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * Opens an input file as UTF-8 lines, whatever its packing: plain, gzip, or a zip archive's first
 * entry (GDELT publishes {@code .CSV.zip}). The packing is told by the first bytes, not the name.
 * A byte that is not UTF-8 becomes U+FFFD rather than stopping the file.
 */
final class InputFile {
    private InputFile() {}

    static BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            int b3 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new GZIPInputStream(in, 1 << 16);
            } else if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
                if (zip.getNextEntry() == null) {
                    throw new IOException("an empty zip archive");
                }
                in = zip;
            }
            return new BufferedReader(
                    new InputStreamReader(
                            in,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPLACE)
                                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    1 << 16);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
