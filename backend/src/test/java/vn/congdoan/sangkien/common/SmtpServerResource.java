package vn.congdoan.sangkien.common;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the whole test run; the backend's mailer sends there.
 * A test gets the handle in a field of type {@link Smtp}: the mails it received, and stop and start to take the server
 * away for a while (on the same port, so the mailer finds it again).
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

    /** The test's view of the SMTP server. */
    public interface Smtp {
        /** Every mail received since the server started, to any address. */
        List<MimeMessage> received();

        /** The mails received for this address (To). */
        default List<MimeMessage> receivedFor(String address) {
            return received().stream().filter(message -> {
                try {
                    return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        /** Refuses connections from now on (mails in it are lost). */
        void stop();

        /** Takes mails again, on the same port. */
        void start();
    }

    private int port;
    private GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    private synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    private synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void inject(TestInjector injector) {
        Smtp smtp = new Smtp() {
            @Override
            public List<MimeMessage> received() {
                synchronized (SmtpServerResource.this) {
                    return server == null ? List.of() : List.of(server.getReceivedMessages());
                }
            }

            @Override
            public void stop() {
                stopServer();
            }

            @Override
            public void start() {
                startServer();
            }
        };
        injector.injectIntoFields(smtp, field -> field.getType().getName().equals(Smtp.class.getName()));
    }

    @Override
    public void stop() {
        stopServer();
    }
}
