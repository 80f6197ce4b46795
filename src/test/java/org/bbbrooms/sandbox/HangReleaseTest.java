package org.bbbrooms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A hanging call holds its answer until a test lets it go, however long the hang was armed for. */
class HangReleaseTest {

    @Test
    void disarmingAHangLetsTheHeldAnswerGoAndItIsTheNormalAnswer() throws Exception {
        try (Sandbox sandbox = new Sandbox()) {
            sandbox.server.injectFault("create", FaultMode.HANG, 1, SandboxServer.MAX_HANG);
            CompletableFuture<XmlDoc> created = new CompletableFuture<>();
            Thread caller = new Thread(() -> created.complete(sandbox.create("held", "")));
            caller.start();
            while (caller.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            assertFalse(created.isDone(), "held for five minutes");
            sandbox.server.injectFault("create", FaultMode.HANG, 0, Duration.ZERO);
            assertEquals("SUCCESS", created.get(10, TimeUnit.SECONDS).text("/response/returncode"), "let go at once");
        }
    }
}
