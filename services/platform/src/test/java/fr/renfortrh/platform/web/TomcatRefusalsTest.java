package fr.renfortrh.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TomcatRefusalsTest {

    @Test
    void whatTomcatRefusesItselfIsAProblemAndHeadersWithinTheGatewaysLimitsGetThrough() throws Exception {
        var factory = new TomcatServletWebServerFactory(0);
        new TomcatRefusals().customize(factory);
        WebServer server = factory.getWebServer();
        server.start();
        try (var client = HttpClient.newHttpClient()) {
            var tooLarge = client.send(request(server, 40_000), HttpResponse.BodyHandlers.ofString());
            assertThat(tooLarge.statusCode()).isEqualTo(400);
            assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(tooLarge.body()).contains("\"title\":\"Requête illisible\"").doesNotContain("Tomcat");

            var withinLimits = client.send(request(server, 24_000), HttpResponse.BodyHandlers.ofString());
            assertThat(withinLimits.statusCode()).isEqualTo(404); // nothing is served here: the headers were read
            assertThat(withinLimits.body()).startsWith("{").doesNotContain("Tomcat");
        } finally {
            server.stop();
        }
    }

    private static HttpRequest request(WebServer server, int headerBytes) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/anything"))
                .header("X-Padding", "a".repeat(headerBytes)).build();
    }
}
