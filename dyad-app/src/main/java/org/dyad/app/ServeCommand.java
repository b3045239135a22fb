package org.dyad.app;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerSettings;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the REST API and the dashboard over a store. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the store read-only: a JSON API under /api/v1 (described at /openapi.json) and a dashboard "
                    + "(overview, dyad timelines, network, map, events with their evidence, article reader, coding a "
                    + "pasted article) at the printed URL. Runs until stopped (Ctrl-C).",
            "The NLP models load on the first article coded or sentence explained, so the server starts in seconds. "
                    + "The store stays open read-only while it runs: stop it to ingest more."
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description =
                    "Address to listen on. Default: ${DEFAULT-VALUE}, this machine only; anything else lets other "
                            + "machines in (and prints a warning): give them a --token.")
    String host = "127.0.0.1";

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            defaultValue = "${env:DYAD_TOKEN}",
            description =
                    "Require 'Authorization: Bearer TOKEN' on every API request (the dashboard asks for it once). "
                            + "Default: $DYAD_TOKEN, else none. Prefer the variable: a command line is visible to other users.")
    String token;

    @Option(
            names = "--coding-workers",
            paramLabel = "N",
            description = "Articles coded (or sentences explained) at once; ${DEFAULT-VALUE} by default, "
                    + "each takes a core. Up to four more wait; beyond that the answer is 503 with Retry-After.")
    int codingWorkers = ServerSettings.DEFAULT_CODING_WORKERS;

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new UserError("--port " + port + " is not between 0 and 65535", ExitCode.USAGE);
        }
        pipelineOptions.check();
        if (!java.nio.file.Files.isRegularFile(store.file())) {
            throw new UserError(
                    "no event store at " + store.file() + ": run 'dyad ingest' first, or give --db FILE",
                    ExitCode.NO_INPUT);
        }
        ServerSettings settings = settings();
        warnings(host, settings.token().isPresent()).forEach(w -> err.println("dyad: warning: " + w));
        EventStore opened = store.openReadOnly();
        DyadServer server =
                new DyadServer(opened, () -> Engine.load(err, pipelineOptions), true, new ExplainText(), settings, err);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            throw new UserError("cannot listen on " + host + ":" + port + ": " + e.getMessage(), ExitCode.USAGE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "dyad-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine()
                .getOut()
                .println("dyad: serving " + store.file() + " at http://" + shown + ":" + bound + "/");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCode.OK;
    }

    private ServerSettings settings() {
        if (codingWorkers < 1) {
            throw new UserError("--coding-workers " + codingWorkers + " is below 1", ExitCode.USAGE);
        }
        ServerSettings settings = ServerSettings.open().withCoding(codingWorkers, ServerSettings.DEFAULT_CODING_QUEUE);
        if (token == null) {
            return settings;
        }
        try {
            return settings.withToken(token);
        } catch (IllegalArgumentException e) {
            throw new UserError("--token (or DYAD_TOKEN): " + e.getMessage(), ExitCode.USAGE);
        }
    }

    /** What to tell the user before listening on {@code host}: other machines reach it, and a token crosses the wire in clear. */
    static List<String> warnings(String host, boolean token) {
        if (isLoopback(host)) {
            return List.of();
        }
        if (!token) {
            return List.of(
                    "listening on " + host + ", not on loopback: other machines can reach this server and "
                            + "its API has no login; give --token (or DYAD_TOKEN), or use --host 127.0.0.1 to keep it to this machine");
        }
        return List.of(
                "listening on " + host + ", not on loopback: other machines can reach this server; the token "
                        + "guards the API but travels unencrypted over plain HTTP, so put TLS in front on an untrusted network");
    }

    /** Whether {@code host} names this machine's loopback interface only. */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UserError("--host " + host + ": unknown host", ExitCode.USAGE);
        }
    }
}
