package org.dyad.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.dyad.model.OneLine;
import org.dyad.store.StoreException;

/**
 * The one place where exceptions become HTTP statuses. Every error goes out as JSON
 * {@code {"status": 404, "error": "Not Found", "message": "..."}}, the message on one line
 * whatever of the request it quotes; a bug's message stays in the server's log, not in the
 * answer, since it may hold internals.
 */
final class ErrorMapping {
    private ErrorMapping() {}

    static void install(Javalin app, java.io.PrintWriter log) {
        app.exception(ApiError.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.status(), e.getMessage());
        });
        // Javalin's own: an unknown route, a body over the size limit, a method not allowed.
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
        // Records and filters name the bad value in their message: that is the client's mistake.
        app.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            log.println("dyad serve: store error on " + ctx.method() + " " + ctx.path() + ": "
                    + OneLine.of(String.valueOf(e.getMessage())));
            log.flush();
            send(ctx, 500, "the store could not answer");
        });
        app.exception(Exception.class, (e, ctx) -> {
            log.println("dyad serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace(log);
            log.flush();
            send(ctx, 500, "internal error (a bug: see the server's log)");
        });
    }

    static void send(Context ctx, int status, String message) {
        ObjectNode body = Json.object();
        body.put("status", status);
        body.put("error", HttpStatus.forStatus(status).getMessage());
        boolean none = message == null || message.isBlank();
        body.put("message", none ? HttpStatus.forStatus(status).getMessage() : OneLine.of(message));
        ctx.status(status);
        Json.send(ctx, body);
    }
}
