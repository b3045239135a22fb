package org.dyad.serve;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Guards a server bound to the loopback address against DNS rebinding: a web page on another
 * site can make a browser send requests to 127.0.0.1 under its own host name, so a request whose
 * Host header names anything but the loopback is refused before it reaches a route.
 */
final class LoopbackHosts {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private LoopbackHosts() {}

    static boolean isLoopback(String host) {
        return LOOPBACK.contains(host.toLowerCase(Locale.ROOT)) || host.startsWith("127.");
    }

    static void check(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || !isLoopback(hostName(header))) {
            throw new ApiError(
                    403,
                    "this server answers only requests addressed to the loopback (Host: localhost or "
                            + "127.0.0.1); start it with --host to serve other names");
        }
    }

    /** The name part of a Host header: "localhost:8080" is "localhost", "[::1]:8080" is "[::1]". */
    static String hostName(String header) {
        String h = header.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 ? h.substring(0, close + 1) : h;
        }
        int colon = h.lastIndexOf(':');
        return colon > 0 ? h.substring(0, colon) : h;
    }
}
