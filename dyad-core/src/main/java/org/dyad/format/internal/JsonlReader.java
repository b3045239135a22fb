package org.dyad.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.format.ReadResult;
import org.dyad.model.Diagnostic;

/**
 * Reads a JSON Lines stream of articles line by line. Each line is decoded and parsed on its
 * own, so a line with bad bytes, bad JSON or no text is reported with its number and skipped,
 * and every good line around it is still read. Blank lines are skipped silently.
 */
public final class JsonlReader {

    private final JsonlArticleParser parser;
    private final long maxLineBytes;

    public JsonlReader(JsonlArticleParser parser, long maxLineBytes) {
        this.parser = parser;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads {@code in}, positioned after {@code bom}, handing each article to {@code sink} as its
     * line is read; answers the diagnostics. {@code name} prefixes them.
     */
    public ReadResult read(String name, InputStream in, Bom bom, ArticleSink sink) throws IOException {
        ByteLineReader lines = new ByteLineReader(in, bom, maxLineBytes);
        int before = sink.count();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Optional<ByteLine> line = lines.next(); line.isPresent(); line = lines.next()) {
            ReadResult result = readLine(name + ":" + line.get().number(), line.get(), bom);
            result.articles().forEach(sink);
            diagnostics.addAll(result.diagnostics());
        }
        if (sink.count() == before && diagnostics.isEmpty()) {
            return ReadResult.failed(name, "empty text");
        }
        return new ReadResult(List.of(), diagnostics);
    }

    private ReadResult readLine(String where, ByteLine line, Bom bom) {
        if (line.tooLong()) {
            return ReadResult.failed(where, "line is longer than the limit of " + maxLineBytes + " bytes; skipped");
        }
        byte[] bytes = line.bytes();
        Decoded decoded = StrictDecoder.decode(bytes, 0, bytes.length, bom.charset());
        if (decoded instanceof Decoded.Malformed bad) {
            return ReadResult.failed(
                    where, "not valid " + bom.encodingName() + " (byte offset " + bad.byteOffset() + " in the line)");
        }
        String text = ((Decoded.Text) decoded).value();
        if (text.isBlank()) {
            return ReadResult.empty();
        }
        return parser.parse(text, where);
    }
}
