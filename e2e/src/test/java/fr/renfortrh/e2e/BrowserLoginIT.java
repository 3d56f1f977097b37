package fr.renfortrh.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postForm;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

/** What a browser goes through: the UI's files, then the backend-for-frontend login (Keycloak's form, a session cookie, CSRF). */
class BrowserLoginIT {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    @Test
    void aBrowserPageWithoutSessionIsRedirectedToTheLogin() {
        var response = send(get(Stack.GATEWAY + "/espace").header("Accept", "text/html"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));
    }

    @Test
    void aUserLogsInWithKeycloakAndTheSessionCarriesTheirRoles() {
        var user = Keycloak.newUser("volunteer");
        var browser = HttpClient.newBuilder().cookieHandler(new BrowserCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        var loginPage = follow(browser, Stack.GATEWAY + "/oauth2/authorization/keycloak",
                send(browser, get(Stack.GATEWAY + "/oauth2/authorization/keycloak")));
        Matcher form = LOGIN_FORM_ACTION.matcher(loginPage.body());
        assertThat(form.find()).as("Keycloak login form").isTrue();
        String action = form.group(1).replace("&amp;", "&");
        follow(browser, action, send(browser, postForm(action,
                Map.of("username", user.username(), "password", user.password()))));

        var me = send(browser, get(Stack.GATEWAY + "/api/me").header("Accept", "application/json"));
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(user.username());
        assertThat(me.body()).contains("volunteer");

        var withoutCsrf = send(browser, postJson(Stack.GATEWAY + "/api/volunteers/me", Map.of()));
        assertThat(withoutCsrf.status()).isEqualTo(403);
    }

    @Test
    void theUiIsSentCompressedAndWhatThePageLoadsIsKeptForAYear() {
        Matcher asset = Pattern.compile("/assets/[^\"]+\\.(js|css)").matcher(send(get(Stack.GATEWAY + "/")).body());
        assertThat(asset.find()).as("the page loads a built script or style sheet").isTrue();

        var response = send(get(Stack.GATEWAY + asset.group()).header("Accept-Encoding", "gzip"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("max-age=31536000", "immutable"));
    }

    /** Follows redirects as a browser would, keeping cookies, up to the first non-redirect answer. */
    private static Http.Response follow(HttpClient browser, String url, Http.Response response) {
        String location = url;
        for (int hops = 0; hops < 10 && response.status() / 100 == 3; hops++) {
            location = resolve(location, response.raw().headers().firstValue("Location").orElseThrow());
            response = send(browser, get(location));
        }
        return response;
    }

    private static String resolve(String base, String location) {
        return URI.create(base).resolve(location).toString();
    }
}
