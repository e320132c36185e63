package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;

/**
 * Sign-in: the throttle counted before the password check and kept in the database; passwords that the policy
 * refuses; a password change that ends the other tokens; disabling a user; all of it audited.
 */
class SignInTest extends ApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void forgetThrottle() {
        // The tests share one client address (127.0.0.1): leave it clean for the next test class.
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    private int me(String user, String password) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((user + ":" + password)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thirtyParallelWrongPasswordsAreCountedBeforeTheCheckSoTheRightOneAfterThemIsRefused() throws Exception {
        String victim = user(Role.MONITOR);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                answers.add(pool.submit(() -> me(victim, "wrong-password-" + n)));
            }
            for (Future<Integer> f : answers) {
                assertThat(f.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        long checked = jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = 'sign_in_event'"
                        + " AND new_value ->> 'username' = ? AND new_value ->> 'outcome' = 'FAILED'")
                .param(victim)
                .query(Long.class)
                .single();
        long throttled = jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = 'sign_in_event'"
                        + " AND new_value ->> 'username' = ? AND new_value ->> 'outcome' = 'THROTTLED'")
                .param(victim)
                .query(Long.class)
                .single();
        assertThat(checked).as("passwords actually checked").isBetween(5L, 8L);
        assertThat(checked + throttled).as("every attempt audited").isEqualTo(30);
        assertThat(jdbc.sql("SELECT attempts FROM sign_in_throttle WHERE scope = 'USER_ADDRESS' AND key = ?")
                        .param(victim + " 127.0.0.1")
                        .query(Integer.class)
                        .single())
                .as("counted in the database before each check: exactly the checked ones")
                .isEqualTo((int) checked);
        // Right after them (the last attempt now), the right password is refused unchecked.
        jdbc.sql("UPDATE sign_in_throttle SET last_attempt = now() WHERE scope = 'USER_ADDRESS' AND key = ?")
                .param(victim + " 127.0.0.1")
                .update();
        assertThat(me(victim, PASSWORD)).isEqualTo(401);
    }

    @Test
    void aLockedNameStillSignsInFromAnAddressThatHasNotFailed() throws Exception {
        String admin = user(Role.ADMIN);
        // Failures of the administrator's name from elsewhere (as the throttle records them).
        jdbc.sql("INSERT INTO sign_in_throttle (scope, key, attempts, last_attempt) VALUES ('USER', ?, 40, now())")
                .param(admin)
                .update();
        assertThat(me(admin, PASSWORD))
                .as("from 127.0.0.1, which has not failed")
                .isEqualTo(200);
        // From an address that has failed too, the name's delay holds.
        jdbc.sql("INSERT INTO sign_in_throttle (scope, key, attempts, last_attempt) VALUES ('USER', ?, 40, now())")
                .param(admin)
                .update();
        jdbc.sql("INSERT INTO sign_in_throttle (scope, key, attempts, last_attempt) VALUES ('ADDRESS', '127.0.0.1', 1,"
                        + " now()) ON CONFLICT (scope, key) DO UPDATE SET attempts = 1")
                .update();
        assertThat(me(admin, PASSWORD)).isEqualTo(401);
    }

    @Test
    void weakPasswordsAreRefused() {
        String admin = user(Role.ADMIN);
        for (String weak :
                new String[] {"aaaaaaaaaaaa", "password1234", "short-pass", "qwertyuiop12", "Password2024!"}) {
            Response r = post(
                    admin,
                    "/api/users",
                    Map.of(
                            "username",
                            unique("weak").toLowerCase(),
                            "display_name",
                            "W",
                            "password",
                            weak,
                            "roles",
                            List.of("MONITOR")));
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.get("field").asString()).isEqualTo("password");
            assertThat(r.body().toString()).doesNotContain(weak);
        }
        String name = unique("carol").toLowerCase();
        Response twice = post(
                admin,
                "/api/users",
                Map.of("username", name, "display_name", "C", "password", name + name, "roles", List.of("MONITOR")));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.get("message").asString()).contains("user name");
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherTokensButNotTheOneUsed() {
        String monitor = user(Role.MONITOR);
        String other = callWith(basic(monitor), "POST", "/api/tokens", Map.of("label", "other"))
                .get("token")
                .asString();
        Response changed =
                post(monitor, "/api/me/password", Map.of("current", PASSWORD, "replacement", "a-new-secret-2026"));
        assertThat(changed.status()).as("%s", changed.body()).isEqualTo(204);
        assertThat(callWith("Bearer " + other, "GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(get(monitor, "/api/me").status())
                .as("the token used for the change")
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE table_name = 'api_token' AND reason = ?")
                        .param("password changed by the user")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aDisabledUsersTokensStopAtOnceAndBothChangesAreAudited() {
        String admin = user(Role.ADMIN);
        String coord = user(Role.COORDINATOR);
        long id = get(coord, "/api/me").get("id").asLong();
        Response disabled = post(admin, "/api/users/" + id + "/disable", Map.of("reason", "left the trial team"));
        assertThat(disabled.status()).as("%s", disabled.body()).isEqualTo(200);
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(get(coord, "/api/me").status()).isEqualTo(401);
        assertThat(me(coord, PASSWORD)).isEqualTo(401);
        Response enabled = post(admin, "/api/users/" + id + "/enable", Map.of("reason", "rejoined the team"));
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        assertThat(me(coord, PASSWORD)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE table_name = 'app_user' AND record_id = ?"
                                + " AND action = 'UPDATE' ORDER BY seq")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("left the trial team", "rejoined the team");
        long adminId = get(admin, "/api/me").get("id").asLong();
        Response self = post(admin, "/api/users/" + adminId + "/disable", Map.of("reason", "testing myself"));
        assertThat(self.status()).isEqualTo(409);
        Response noReason = post(admin, "/api/users/" + id + "/disable", Map.of("reason", "\u200B\u200B"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.get("field").asString()).isEqualTo("reason");
    }

    @Test
    void theThrottleDelayDoublesFromOneSecondToFifteenMinutes() throws Exception {
        var delay = Class.forName("org.marrow.app.security.SignInThrottle").getDeclaredMethod("delay", int.class);
        delay.setAccessible(true);
        assertThat(delay.invoke(null, 4)).isEqualTo(Duration.ZERO);
        assertThat(delay.invoke(null, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delay.invoke(null, 6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay.invoke(null, 14)).isEqualTo(Duration.ofSeconds(512));
        assertThat(delay.invoke(null, 15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delay.invoke(null, 1000)).isEqualTo(Duration.ofMinutes(15));
    }
}
