package dev.rehearsal.internal.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Makes a fresh JVM's first connection to PostgreSQL cheap while a server starts: loads the driver and the classes of
 * its connection path, and has the JIT compile the SCRAM key derivation that every connection makes (4096 rounds of
 * HMAC-SHA-256). In a JVM that just started, the first connection otherwise costs a few hundred milliseconds, all of
 * them after the server is ready: the difference is what a rerun from the IDE waits for. Harmless when nothing
 * connects afterwards; never throws.
 */
final class ConnectionWarmUp {
    private ConnectionWarmUp() {}

    /** Starts the warm-up on a daemon thread. */
    static void inBackground() {
        Thread thread = new Thread(ConnectionWarmUp::run, "rehearsal-connection-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        connectToNothing();
        for (int i = 0; i < 2; i++) {
            ScramVerifier.of("warm-up", new byte[16], ScramVerifier.ITERATIONS);
        }
    }

    /**
     * The driver's connection path up to the server's first answer: a listener of this JVM's own, on the loopback
     * interface, accepts the connection and closes it at once, so the attempt fails without reaching anything else.
     */
    private static void connectToNothing() {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread closer = new Thread(
                    () -> {
                        try {
                            listener.accept().close(); // the driver sees the connection end
                        } catch (IOException e) {
                            // the listener closed first
                        }
                    },
                    "rehearsal-connection-warm-up-listener");
            closer.setDaemon(true);
            closer.start();
            Properties properties = new Properties();
            properties.setProperty("user", "warm-up");
            properties.setProperty("connectTimeout", "2");
            properties.setProperty("socketTimeout", "2");
            try {
                DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + listener.getLocalPort() + "/warm-up", properties)
                        .close();
            } catch (SQLException expected) {
                // the connection was closed by this JVM's listener: as intended
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up only
        }
    }
}
