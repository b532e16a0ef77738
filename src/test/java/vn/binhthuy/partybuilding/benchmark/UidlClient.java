package vn.binhthuy.partybuilding.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session without a browser: signs in through the login form, opens a Vaadin UI
 * ({@code ?v-r=init}) and navigates it with the same UIDL messages the Flow client sends
 * ({@code ?v-r=uidl}, a {@code ui-navigate} event on the UI's root node). The server builds the real views.
 */
final class UidlClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Only these two counters are read from an answer: parsing 100 KB of UIDL per request loaded the load generator. */
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    /** What one navigation cost and returned. */
    record Navigation(long nanos, int bytes, String body) {}

    private final String base;
    private final HttpClient http;
    private String csrfToken;
    private int uiId;
    private long syncId;
    private long clientId;

    UidlClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void login(String username, String password) {
        send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build());
        String form = "username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login failed for " + username + ": " + response.statusCode() + " " + location);
        }
    }

    /** Opens a UI in the session, as the bootstrap script does on page load. */
    void openUi() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query=")).GET().build());
        JsonNode config = JSON.readTree(requireOk(response)).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asLong();
        clientId = uidl.get("clientId").asLong();
    }

    /** Navigates the UI to a route with a query string; fails on anything but a normal UIDL answer. */
    Navigation navigate(String route, String query) {
        Map<String, Object> data = Map.of("route", route, "query", query, "appShellTitle", "",
                "historyState", Map.of("idx", 1), "trigger", "");
        Map<String, Object> message = Map.of("csrfToken", csrfToken, "syncId", syncId, "clientId", clientId,
                "rpc", new Object[]{Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", data)});
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build();
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        long nanos = System.nanoTime() - start;
        String body = requireOk(response);
        if (body.contains("\"appError\"") || body.contains("\"sessionExpired\"")) {
            throw new IllegalStateException("Vaadin refused the navigation: " + body.substring(0, Math.min(300, body.length())));
        }
        syncId = counter(SYNC_ID, body);
        clientId = counter(CLIENT_ID, body);
        return new Navigation(nanos, body.getBytes(StandardCharsets.UTF_8).length, body);
    }

    private static long counter(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in the answer: " + body.substring(0, Math.min(300, body.length())));
        }
        return Long.parseLong(matcher.group(1));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String requireOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
