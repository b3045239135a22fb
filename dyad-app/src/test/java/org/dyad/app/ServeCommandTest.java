package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}'s checks before it listens: the store must exist, the port fit, and a non-loopback host is named. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void loopbackAddressesAreTold() {
        assertThat(ServeCommand.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServeCommand.isLoopback("::1")).isTrue();
        assertThat(ServeCommand.isLoopback("localhost")).isTrue();
        assertThat(ServeCommand.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void listeningBeyondLoopbackIsWarnedOfWithOrWithoutAToken() {
        assertThat(ServeCommand.warnings("127.0.0.1", false)).isEmpty();
        assertThat(ServeCommand.warnings("localhost", true)).isEmpty();
        assertThat(ServeCommand.warnings("0.0.0.0", false))
                .singleElement()
                .asString()
                .contains("not on loopback")
                .contains("no login")
                .contains("--token");
        assertThat(ServeCommand.warnings("0.0.0.0", true))
                .singleElement()
                .asString()
                .contains("not on loopback")
                .contains("unencrypted");
    }

    @Test
    void aTokenThatCannotTravelInAHeaderIsAUsageError() throws Exception {
        // The token is checked before the store is opened: any file will do.
        Path db = java.nio.file.Files.writeString(dir.resolve("store.duckdb"), "");
        CliRun spaced = CliRun.of("serve", "--db", db.toString(), "--port", "0", "--token", "two words");
        assertThat(spaced.exitCode()).as(spaced.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(spaced.err()).contains("--token").contains("printable ASCII");
    }

    @Test
    void aMissingStoreOrABadPortStopsBeforeListening() {
        CliRun missing = CliRun.of("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).contains("no event store at").contains("dyad ingest");
        CliRun port = CliRun.of("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(port.err()).contains("--port 70000");
    }
}
