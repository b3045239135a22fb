package org.dyad.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.dyad.model.OneLine;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it refuses before any route sees them (a path that climbs above
 * the root, such as {@code /../../etc/passwd}, or an unparseable request line): the same JSON
 * errors and headers as every other answer, instead of Jetty's HTML page.
 */
final class BadMessages extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        fields.put("Content-Security-Policy", SecurityHeaders.CSP);
        fields.put("X-Content-Type-Options", "nosniff");
        String message =
                "the request was refused before routing: " + (reason == null ? "bad request" : OneLine.of(reason));
        String body =
                "{\"status\":" + status + ",\"error\":\"" + escape(org.eclipse.jetty.http.HttpStatus.getMessage(status))
                        + "\",\"message\":\"" + escape(message) + "\"}";
        return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
