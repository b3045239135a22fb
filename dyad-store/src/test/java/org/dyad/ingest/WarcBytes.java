package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Uncompressed WARC records written by jwarc, as bytes to cut and damage. */
final class WarcBytes {
    private WarcBytes() {}

    /** One response record: a 200 HTML page whose story is {@code story}. */
    static byte[] response(String url, String story) throws IOException {
        String page =
                "<html><head><title>News</title></head><body><article><p>" + story + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
            w.write(new WarcResponse.Builder(URI.create(url))
                    .date(Instant.parse("2019-05-14T09:30:00Z"))
                    .body(http)
                    .build());
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
