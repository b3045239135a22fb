package org.dyad.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dashboard's static files, read from the class path once at start into memory. A request
 * path is only ever a key into this map, never part of a file path, so no request can reach a
 * file outside the dashboard however it spells {@code ..}.
 */
final class WebAssets {
    /** One served file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {}

    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "json",
            "application/json; charset=utf-8",
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "txt",
            "text/plain; charset=utf-8");

    private final Map<String, Asset> assets;

    private WebAssets(Map<String, Asset> assets) {
        this.assets = Collections.unmodifiableMap(assets);
    }

    /** Every file under {@code root} (e.g. {@code dyad/web}) on the class path of {@code loader}, by path below it. */
    static WebAssets load(ClassLoader loader, String root) {
        URL url = loader.getResource(root);
        if (url == null) {
            throw new IllegalStateException("the dashboard's files (" + root + ") are not on the class path");
        }
        Map<String, Asset> found = new HashMap<>();
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    collect(jar.getPath(root), found);
                }
            } else {
                collect(Path.of(url.toURI()), found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard's files", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the dashboard's files: " + url, e);
        }
        return new WebAssets(found);
    }

    private static void collect(Path dir, Map<String, Asset> into) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = dir.relativize(f).toString().replace('\\', '/');
                String ext = name.substring(name.lastIndexOf('.') + 1);
                String type = TYPES.get(ext);
                if (type != null) {
                    try (InputStream in = Files.newInputStream(f)) {
                        into.put(name, new Asset(in.readAllBytes(), type));
                    }
                }
            }
        }
    }

    /** Sends the file at request path {@code path} ("/" is index.html), or a 404. */
    void serve(Context ctx, String path) {
        String key =
                path.equals("/") || path.isEmpty() ? "index.html" : path.startsWith("/") ? path.substring(1) : path;
        Asset asset = assets.get(key);
        if (asset == null) {
            throw ApiError.notFound("no such page: " + clip(path));
        }
        ctx.contentType(asset.contentType());
        ctx.header("Cache-Control", "no-cache");
        ctx.result(asset.bytes());
    }

    boolean has(String name) {
        return assets.containsKey(name);
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
