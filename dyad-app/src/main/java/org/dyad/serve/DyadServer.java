package org.dyad.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.LazyPipeline;
import org.dyad.store.EventStore;

/**
 * The HTTP server: the JSON API under {@code /api/v1}, its OpenAPI document at
 * {@code /openapi.json}, and the dashboard's static files, over one read-only store. Built from
 * its dependencies; it owns the store and the pipeline it is given and closes them on {@link #close()}.
 */
public final class DyadServer implements AutoCloseable {
    /** The largest article {@code POST /api/v1/code} takes. */
    public static final long MAX_ARTICLE_BYTES = 1_000_000;
    /** The most a request's line and headers may take together; Jetty answers 431 past it. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    private final StoreAccess store;
    private final LazyPipeline pipeline;
    private final Javalin app;
    /** Set by {@link #start}: a server on the loopback answers only requests addressed to it. */
    private volatile boolean loopbackOnly;

    /**
     * A server over {@code store} (opened read-only) that loads the pipeline with {@code pipeline}
     * on first need; when {@code ownsPipeline}, closing the server closes the pipeline too.
     * Messages about failed requests go to {@code log}.
     */
    public DyadServer(
            EventStore store,
            Supplier<DyadPipeline> pipeline,
            boolean ownsPipeline,
            Explainer explainer,
            PrintWriter log) {
        this(store, pipeline, ownsPipeline, explainer, ServerSettings.open(), log);
    }

    /** As above, guarded as {@code settings} say: the API's token, the coding pool's bounds. */
    public DyadServer(
            EventStore store,
            Supplier<DyadPipeline> pipeline,
            boolean ownsPipeline,
            Explainer explainer,
            ServerSettings settings,
            PrintWriter log) {
        this.store = new StoreAccess(Objects.requireNonNull(store, "store"));
        this.pipeline = new LazyPipeline(Objects.requireNonNull(pipeline, "pipeline"), ownsPipeline);
        WebAssets web = WebAssets.load(DyadServer.class.getClassLoader(), "dyad/web");
        String openApi = OpenApi.document(DyadServer.class.getClassLoader());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_ARTICLE_BYTES;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new BadMessages()));
        });
        app.before(SecurityHeaders::apply);
        app.before(ctx -> {
            if (loopbackOnly) {
                LoopbackHosts.check(ctx);
            }
        });
        settings.token().map(BearerAuth::new).ifPresent(auth -> app.before("/api/*", auth::check));
        ErrorMapping.install(app, log);
        CodingGate gate = new CodingGate(settings.codingWorkers(), settings.codingQueue());
        new EventRoutes(this.store, this.pipeline, explainer, gate).install(app);
        SourceRoutes sources = new SourceRoutes(this.store);
        sources.install(app);
        new AnalysisRoutes(this.store, sources).install(app);
        new PlaceRoutes(this.store).install(app);
        new CodeRoutes(this.pipeline, gate, MAX_ARTICLE_BYTES).install(app);
        app.get("/openapi.json", ctx -> {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(openApi);
        });
        app.get("/api/<rest>", ctx -> {
            throw ApiError.notFound("no such API path: " + EventRoutes.clip(ctx.path()));
        });
        app.get("/", ctx -> web.serve(ctx, "/"));
        app.get("/<path>", (Context ctx) -> web.serve(ctx, ctx.pathParam("path")));
    }

    /** Starts listening on {@code host}:{@code port} (0 for any free port) and answers the port. */
    public int start(String host, int port) {
        loopbackOnly = LoopbackHosts.isLoopback(host);
        app.start(host, port);
        return app.port();
    }

    /** Whether the NLP pipeline has been loaded (by a first article coded or sentence explained). */
    public boolean pipelineLoaded() {
        return pipeline.loaded();
    }

    @Override
    public void close() {
        app.stop();
        pipeline.close();
        store.close();
    }
}
