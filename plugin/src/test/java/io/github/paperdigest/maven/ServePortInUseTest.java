package io.github.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.serve.Preview;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn paper-digest:serve} on a port another program holds fails saying so, and how to choose another port,
 * once: the message named the property and then asked to "check the 'port' parameter" as well.
 */
class ServePortInUseTest {

    @TempDir
    Path work;

    @Test
    void aPortInUseIsNamedWithTheOneWayToChooseAnother() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            IllegalArgumentException inUse = assertThrows(IllegalArgumentException.class, () -> new Preview(
                    () -> null, work.resolve("site"), new Preview.Sources(digests, Optional.empty(), Optional.empty(),
                            Optional.empty()), port, BuildLog.silent()));

            assertEquals("Cannot serve the paper site: port " + port + " is in use. Choose another with"
                    + " -DpaperDigest.port=<n>, or with <port> where the POM configures the plugin (0 takes any free"
                    + " port)", ServeMojo.portProblem(inUse.getMessage()));
        }
    }

    @Test
    void aNumberThatIsNoPortIsToldAsSuch() {
        IllegalArgumentException noPort = assertThrows(IllegalArgumentException.class, () -> new Preview(() -> null,
                work.resolve("site"), new Preview.Sources(work, Optional.empty(), Optional.empty(), Optional.empty()),
                70_000, BuildLog.silent()));

        assertEquals("Cannot serve the paper site: port 70000 is no port number (1 to 65535). Choose another with"
                + " -DpaperDigest.port=<n>, or with <port> where the POM configures the plugin (0 takes any free port)",
                ServeMojo.portProblem(noPort.getMessage()));
    }
}
