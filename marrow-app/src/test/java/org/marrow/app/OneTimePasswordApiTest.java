package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Passwords;
import org.marrow.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-time password rule on the API (as on the pages): until the user has chosen their own
 * password, only {@code GET /api/me} and {@code POST /api/me/password} answer.
 */
class OneTimePasswordApiTest extends ApiTest {
    private static final String ONE_TIME = "one-time-Xq7-password";
    private static final String OWN = "my-own-password-2026";

    @Autowired
    Passwords passwords;

    String name;
    long id;
    String tokenBeforeReset;

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void resetToOneTime() {
        name = user(Role.MONITOR);
        tokenBeforeReset = token(name);
        id = users.list().stream()
                .filter(a -> a.username().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        passwords.setOneTime(id, ONE_TIME, "reset by the admin (test)");
    }

    @Test
    void everyOtherRequestIs403AndSaysWhatToDo() {
        Response r = callWith(basic(name, ONE_TIME), "GET", "/api/studies", null);
        assertThat(r.status()).as("%s", r.body()).isEqualTo(403);
        assertThat(r.get("field").asString()).isEqualTo("password");
        assertThat(r.get("message").asString())
                .contains(name)
                .contains("one-time password")
                .contains("POST /api/me/password");
        Response token = callWith(basic(name, ONE_TIME), "POST", "/api/tokens", Map.of("label", "x"));
        assertThat(token.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id"
                                + " WHERE u.username = ? AND t.label = 'x'")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theResetRevokedTheTokensIssuedBeforeAndAuditedIt() {
        assertThat(callWith("Bearer " + tokenBeforeReset, "GET", "/api/me", null)
                        .status())
                .isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = ? AND revoked_at IS NULL")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = 'api_token' AND reason LIKE ?")
                        .param("password reset: reset by the admin (test)")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAccountAnAdminCreatesHasAOneTimePasswordUnlessTheAdminSaysOtherwise() {
        String admin = user(Role.ADMIN);
        String first = unique("new").toLowerCase();
        Response created = post(
                admin,
                "/api/users",
                Map.of("username", first, "display_name", "New", "password", ONE_TIME, "roles", new String[] {"MONITOR"
                }));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.get("must_change_password").asBoolean()).isTrue();
        assertThat(callWith(basic(first, ONE_TIME), "GET", "/api/studies", null).status())
                .isEqualTo(403);

        String second = unique("new").toLowerCase();
        Response own = post(
                admin,
                "/api/users",
                Map.of(
                        "username",
                        second,
                        "display_name",
                        "New",
                        "password",
                        ONE_TIME,
                        "roles",
                        new String[] {"MONITOR"},
                        "one_time_password",
                        false));
        assertThat(own.status()).as("%s", own.body()).isEqualTo(201);
        assertThat(own.get("must_change_password").asBoolean()).isFalse();
        assertThat(callWith(basic(second, ONE_TIME), "GET", "/api/studies", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void meAnswersAndShowsThePasswordMustChange() {
        Response me = callWith(basic(name, ONE_TIME), "GET", "/api/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.get("must_change_password").asBoolean()).isTrue();
    }

    @Test
    void aWrongCurrentPasswordOrAShortOneIs400AndChangesNothing() {
        Response wrong = callWith(
                basic(name, ONE_TIME), "POST", "/api/me/password", Map.of("current", "nope", "replacement", OWN));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.get("field").asString()).isEqualTo("current");
        Response shortOne = callWith(
                basic(name, ONE_TIME), "POST", "/api/me/password", Map.of("current", ONE_TIME, "replacement", "x"));
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.get("field").asString()).isEqualTo("replacement");
        assertThat(passwords.mustChange(id)).isTrue();
        assertThat(callWith(basic(name, ONE_TIME), "GET", "/api/studies", null).status())
                .isEqualTo(403);
    }

    @Test
    void afterTheChangeTheApiAnswersWithTheNewPasswordOnly() {
        Response change = callWith(
                basic(name, ONE_TIME), "POST", "/api/me/password", Map.of("current", ONE_TIME, "replacement", OWN));
        assertThat(change.status()).as("%s", change.body()).isEqualTo(204);
        assertThat(passwords.mustChange(id)).isFalse();
        assertThat(callWith(basic(name, OWN), "GET", "/api/studies", null).status())
                .isEqualTo(200);
        assertThat(callWith(basic(name, ONE_TIME), "GET", "/api/studies", null).status())
                .isEqualTo(401);
        assertThat(callWith("Bearer " + tokenBeforeReset, "GET", "/api/studies", null)
                        .status())
                .isEqualTo(401);
        assertThat(callWith(basic(name, OWN), "GET", "/api/me", null)
                        .get("must_change_password")
                        .asBoolean())
                .isFalse();
    }
}
