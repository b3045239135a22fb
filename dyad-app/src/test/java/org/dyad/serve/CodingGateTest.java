package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The coding pool: workers plus queue places are let in, the next is turned away with Retry-After, places come back. */
class CodingGateTest {
    @Test
    void oneWorkingOneWaitingAndTheThirdIsTurnedAway() throws Exception {
        CodingGate gate = new CodingGate(1, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> working = CompletableFuture.supplyAsync(() -> run(gate, () -> {
            started.countDown();
            await(release);
            return "first";
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> run(gate, () -> "second"));
        // The waiting one holds its queue place before the third comes: wait until it has it.
        for (int i = 0; i < 1000 && gate.placesFree() > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(gate.placesFree()).isZero();
        assertThatThrownBy(() -> gate.run(() -> "third")).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.headers()).containsKey("Retry-After");
            assertThat(Long.parseLong(e.headers().get("Retry-After"))).isBetween(1L, 120L);
        });
        release.countDown();
        assertThat(working.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(gate.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void aFailedJobGivesItsPlaceBack() throws Exception {
        CodingGate gate = new CodingGate(1, 0);
        assertThatThrownBy(() -> gate.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void badBoundsAreRefused() {
        assertThatThrownBy(() -> new CodingGate(0, 1)).hasMessageContaining("workers 0");
        assertThatThrownBy(() -> new CodingGate(1, -1)).hasMessageContaining("queue -1");
    }

    private static <T> T run(CodingGate gate, java.util.function.Supplier<T> job) {
        try {
            return gate.run(job);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
