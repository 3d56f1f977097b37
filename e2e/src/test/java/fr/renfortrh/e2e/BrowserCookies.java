package fr.renfortrh.e2e;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A cookie jar that, like browsers, treats http://localhost as a secure context, so Keycloak's Secure
 * cookies are sent back during the login (java.net's CookieManager never sends them over http).
 */
final class BrowserCookies extends CookieHandler {

    private final CookieManager jar = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return jar.get(asSecureIfLocal(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        jar.put(asSecureIfLocal(uri), responseHeaders);
    }

    private static URI asSecureIfLocal(URI uri) {
        return "localhost".equals(uri.getHost()) && "http".equals(uri.getScheme())
                ? URI.create("https" + uri.toString().substring(4))
                : uri;
    }
}
