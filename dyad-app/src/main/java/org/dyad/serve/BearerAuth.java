package org.dyad.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * The API's gate when the server has a token: every request under {@code /api/} must carry
 * {@code Authorization: Bearer TOKEN}, or gets a JSON 401. The dashboard's static files stay
 * open, since they hold no data and the page has to load to ask for the token.
 */
final class BearerAuth {
    private static final String SCHEME = "Bearer ";

    /** A digest of the token, so that the comparison takes the same time whatever the guess's length or prefix. */
    private final byte[] expected;

    BearerAuth(String token) {
        this.expected = sha256(token);
    }

    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw unauthorized("this server needs a token: send 'Authorization: Bearer TOKEN'", "");
        }
        if (!matches(header.substring(SCHEME.length()).strip())) {
            throw unauthorized("the token is wrong", ", error=\"invalid_token\"");
        }
    }

    boolean matches(String given) {
        // MessageDigest.isEqual looks at every byte whatever differs; equal-length digests hide the length too.
        return MessageDigest.isEqual(expected, sha256(given));
    }

    private static ApiError unauthorized(String message, String detail) {
        return new ApiError(401, message, Map.of("WWW-Authenticate", "Bearer realm=\"dyad\"" + detail));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
