package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;

/** API tokens: issued with the password, used as bearer, expiring, revocable, stored hashed. */
class TokenTest extends ApiTest {
    String monitor;
    String token;
    long tokenId;

    @BeforeEach
    void issue() {
        monitor = user(Role.MONITOR);
        Response r = callWith(basic(monitor), "POST", "/api/tokens", Map.of("label", "laptop"));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        token = r.get("token").asString();
        tokenId = r.get("id").asLong();
        assertThat(token).startsWith("mrw_").hasSizeGreaterThan(40);
        assertThat(r.get("expires_at").asString()).isNotBlank();
    }

    private Response me(String authorization) {
        return callWith(authorization, "GET", "/api/me", null);
    }

    @Test
    void aTokenAuthenticatesAsItsUser() {
        Response r = me("Bearer " + token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("username").asString()).isEqualTo(monitor);
    }

    @Test
    void onlyTheSha256OfTheTokenIsStored() throws Exception {
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?")
                        .param(tokenId)
                        .query(String.class)
                        .single())
                .isEqualTo(expected);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR label = ?")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE new_value::text LIKE ?")
                        .param("%" + token.substring(4) + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongTokenIs401WithoutFallingBack() {
        Response r = me("Bearer mrw_not-a-token");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.get("message").asString()).contains("unknown, expired or revoked");
        assertThat(me("Bearer " + token.substring(0, token.length() - 1) + "x").status())
                .isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = ?")
                .param(tokenId)
                .update();
        assertThat(me("Bearer " + token).status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenIs401AndTheRevocationIsAudited() {
        assertThat(callWith("Bearer " + token, "DELETE", "/api/tokens/" + tokenId, null)
                        .status())
                .isEqualTo(204);
        assertThat(me("Bearer " + token).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT reason FROM audit_log WHERE table_name = 'api_token' AND record_id = ?"
                                + " AND action = 'UPDATE'")
                        .param(tokenId)
                        .query(String.class)
                        .single())
                .isEqualTo("revoked by " + monitor);
    }

    @Test
    void anotherUserCannotRevokeTheToken() {
        String other = user(Role.MONITOR);
        assertThat(call(other, "DELETE", "/api/tokens/" + tokenId, null).status())
                .isEqualTo(404);
        assertThat(me("Bearer " + token).status()).isEqualTo(200);
    }

    @Test
    void aTokenCannotIssueTokens() {
        assertThat(callWith("Bearer " + token, "POST", "/api/tokens", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void theLifetimeIsBounded() {
        Response r = callWith(basic(monitor), "POST", "/api/tokens", Map.of("expires_in_seconds", 31L * 24 * 3600));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("expires_in_seconds");
        Response list = callWith("Bearer " + token, "GET", "/api/tokens", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().toString()).contains("laptop").doesNotContain(token);
    }
}
