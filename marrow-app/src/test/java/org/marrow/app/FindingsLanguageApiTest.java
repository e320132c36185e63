package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import tools.jackson.databind.JsonNode;

/**
 * The rules' findings through the API in the request's language (Accept-Language, English by default),
 * with the message code and arguments beside each text.
 */
class FindingsLanguageApiTest extends ApiTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private JsonNode get(String user, String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(user));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void findingsAreInTheRequestsLanguageWithTheirMessages() throws Exception {
        Site site = site();
        String coordinator = user(Role.COORDINATOR, site);
        Study study = studies.create(unique("STUDY"), "A study", "ctx-ist", "1.0");
        long id = subject(coordinator, study, site, "LANG-1");
        Response visit = post(
                coordinator,
                "/api/subjects/" + id + "/visits",
                Map.of(
                        "date",
                        "2024-01-03",
                        "labs",
                        List.of(
                                Map.of("test", "PLAT", "value", 8, "unit", "10^9/L"),
                                Map.of("test", "NEUT", "value", 0.3, "unit", "10^9/L"),
                                Map.of("test", "RETI", "value", 9, "unit", "10^9/L"),
                                Map.of("test", "CELLULARITY", "value", 10, "unit", "%"))));
        assertThat(visit.status()).as("%s", visit.body()).isEqualTo(201);

        String screening = "/api/subjects/" + id + "/screening?on=2024-01-04";
        JsonNode english = get(coordinator, screening, null).get("criteria");
        JsonNode chinese = get(coordinator, screening, "zh-CN,zh;q=0.9").get("criteria");
        for (int i = 0; i < english.size(); i++) {
            assertThat(chinese.get(i).get("reason_message"))
                    .isEqualTo(english.get(i).get("reason_message"));
            assertThat(english.get(i).get("reason_message").get("code").asString())
                    .matches("(clinical|protocol)\\..+");
            assertThat(english.get(i).get("reason").asString()).doesNotContainPattern("\\p{IsHan}");
        }
        // ctx-ist I2: severe or very severe AA (document 000) by the modified Camitta criteria
        JsonNode i2 = chinese.get(1);
        assertThat(i2.get("id").asString()).isEqualTo("I2");
        assertThat(i2.get("reason").asString()).contains("重型再生障碍性贫血（SAA）");

        JsonNode assessment =
                get(coordinator, "/api/subjects/" + id + "/assessment", "zh-CN").get("visits");
        assertThat(assessment.get(0).get("severity_reasons").get(0).asString())
                .isEqualTo("2024-01-03 严重程度：重型再生障碍性贫血（SAA）");
        assertThat(assessment.get(0).get("response_summary").asString()).isEqualTo("首次给药前不评价疗效");
        JsonNode inEnglish =
                get(coordinator, "/api/subjects/" + id + "/assessment", "en").get("visits");
        assertThat(inEnglish.get(0).get("severity_reasons").get(0).asString()).isEqualTo("severity SAA on 2024-01-03");
    }
}
