package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of the API states who may call it. */
class EndpointSecurityTest extends ApiTest {
    @Autowired
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointHasARoleCheck() {
        List<String> unchecked = new ArrayList<>();
        int apiEndpoints = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Method m = e.getValue().getMethod();
            if (!m.getDeclaringClass().getPackageName().startsWith("org.marrow.app")) {
                continue;
            }
            apiEndpoints++;
            if (!m.isAnnotationPresent(PreAuthorize.class)) {
                unchecked.add(e.getKey().toString());
            }
        }
        assertThat(apiEndpoints).isGreaterThan(20);
        assertThat(unchecked).isEmpty();
    }

    @Test
    void loginIsThrottledAfterFiveFailures() {
        String victim = user(org.marrow.app.security.Role.MONITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(callAs(victim, "wrong-password-" + i).status()).isEqualTo(401);
        }
        assertThat(callAs(victim, PASSWORD).status()).isEqualTo(401);
    }

    private Response callAs(String user, String password) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/me"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + java.util.Base64.getEncoder()
                                            .encodeToString((user + ":" + password)
                                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
            var r = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), null, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
