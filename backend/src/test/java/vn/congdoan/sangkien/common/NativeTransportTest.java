package vn.congdoan.sangkien.common;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP server runs on Linux epoll: without the native library Vert.x falls back to NIO silently (bench/README.md). */
@QuarkusTest
class NativeTransportTest {

    @Inject
    Vertx vertx;

    @Test
    void theServerUsesEpollOnLinux() {
        assertTrue(vertx.isNativeTransportEnabled(), "netty-transport-native-epoll (linux-x86_64) must be on the classpath: "
                + vertx.unavailableNativeTransportCause());
    }
}
