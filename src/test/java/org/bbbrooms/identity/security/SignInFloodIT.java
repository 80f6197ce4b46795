package org.bbbrooms.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bbbrooms.testing.Server;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A guessing address is turned away before the login page is built: {@code 429} with how long to wait, in the
 * browser's language, while the page stays open to it and every other address signs in as before. The requests come
 * from 127.0.0.2, a loopback address of its own, so that the throttle sees a client other than the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInFloodIT {

    private static final String GUESSER = "127.0.0.2";

    @ArquillianResource
    URL base;

    @Test
    void aBlockedAddressGetsTooManyRequestsWithTheWaitAndALinkBackWhateverTheName() throws IOException {
        Server server = Server.at(base);
        server.throttleAddress(GUESSER, Duration.ofSeconds(30));
        try {
            for (String name : new String[] {"admin", "no-such-user-7f3a"}) {
                String answer = fromGuesser("POST", "login=login&login%3Ausername=" + name
                        + "&login%3Apassword=guess&login%3Asubmit=");
                assertTrue(answer.startsWith("HTTP/1.1 429"), answer);
                assertTrue(answer.contains("\r\nRetry-After: 30\r\n"), answer);
                assertTrue(answer.contains("Attendez 30 secondes avant de réessayer."), answer);
                assertTrue(answer.contains("<a href=\"" + base.getPath() + "login.xhtml\">"), answer);
                assertTrue(answer.contains("\r\nContent-Security-Policy: default-src 'self';"), answer);
                assertTrue(answer.contains("\r\nX-Content-Type-Options: nosniff\r\n"), answer);
            }
            assertTrue(fromGuesser("GET", null).startsWith("HTTP/1.1 200"), "the form itself still opens");
        } finally {
            server.throttleAddress(GUESSER, Duration.ZERO);
        }
        String again = fromGuesser("POST", "login=login&login%3Ausername=admin&login%3Apassword=guess");
        assertEquals("HTTP/1.1 200", again.substring(0, 12), "the backoff lifted, the login page answers: " + again);
    }

    /** One request to the login page over a connection from {@link #GUESSER}: the whole answer, headers first. */
    private String fromGuesser(String method, String form) throws IOException {
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(GUESSER, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + base.getPath() + "login.xhtml HTTP/1.0\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\nAccept-Language: fr\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
