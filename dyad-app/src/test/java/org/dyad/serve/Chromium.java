package org.dyad.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium (Debian's, or the one DYAD_CHROMIUM names) through chromedriver, for the browser tests; the flags keep it from reaching for the network it does not have. */
final class Chromium {
    private Chromium() {}

    /** A new browser with its profile in a fresh directory under {@code dir}. */
    static ChromeDriver start(Path dir) throws Exception {
        Path binary = Path.of(System.getenv().getOrDefault("DYAD_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("DYAD_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("the browser tests need Chromium at " + binary + " and chromedriver at "
                    + driver + " (Debian: apt-get install chromium chromium-driver, which ./run-tests does; elsewhere"
                    + " name them with DYAD_CHROMIUM and DYAD_CHROMEDRIVER)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
