package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A signed-in session on the pages over HTTP, as a browser without scripts has it: the login form with its
 * CSRF token, a session cookie, GETs and form POSTs (with the page's CSRF token), redirects followed.
 */
public final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final int port;
    private String csrf;

    /**
     * A page's answer.
     *
     * @param status the HTTP status
     * @param body the HTML
     * @param path the path answered (after redirects)
     * @param contentType the Content-Type
     */
    public record Page(int status, String body, String path, String contentType) {}

    /**
     * Signs in.
     *
     * @param port the server's port
     * @param user the user name
     * @param password the password
     */
    public PageSession(int port, String user, String password) {
        this.port = port;
        Page login = get("/login");
        Matcher m = CSRF.matcher(login.body());
        assertThat(m.find()).as("CSRF token on the login page").isTrue();
        Page landed = post("/login", Map.of("username", user, "password", password), m.group(1));
        assertThat(landed.path()).as("signed in").isEqualTo("/studies");
    }

    /**
     * A page.
     *
     * @param path the path and query
     * @return the answer
     */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /**
     * A page that must answer 200.
     *
     * @param path the path and query
     * @return its HTML
     */
    public String html(String path) {
        Page p = get(path);
        assertThat(p.status()).as(path).isEqualTo(200);
        return p.body();
    }

    /**
     * Posts a form with the CSRF token of the last page read.
     *
     * @param path the form's action
     * @param fields the fields
     * @return the answer
     */
    public Page post(String path, Map<String, String> fields) {
        return post(path, fields, csrf);
    }

    private Page post(String path, Map<String, String> fields, String token) {
        StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        fields.forEach((k, v) -> form.append('&')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(
                    r.statusCode(),
                    r.body(),
                    r.uri().getPath(),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
