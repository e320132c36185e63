package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;

/**
 * A generated fuzz of every write endpoint: malformed JSON, wrong types, overflow, fractions for whole numbers,
 * unknown and misspelt fields, missing fields, control characters, unpaired surrogates, huge strings, bad ids and
 * path variables. Every bad request is answered 4xx naming a field, never 500, and nothing is stored.
 */
class ApiFuzzTest extends ApiTest {
    private static final List<String> TABLES = List.of(
            "subject",
            "lab",
            "transfusion",
            "dose",
            "adverse_event",
            "study_event",
            "screening_history",
            "data_query",
            "app_user",
            "user_role",
            "site_member",
            "site",
            "study",
            "audit_log",
            "data_export",
            "randomization_slot");

    /** Stands for an unpaired surrogate, which only an escape in the JSON text can carry (UTF-8 cannot). */
    private static final String SURROGATE = "@@surrogate@@";

    /** The body as sent: a map as JSON, with the surrogate stand-in as the escape {@code \\ud800}. */
    private Object sent(Object body) {
        if (body instanceof Map<?, ?> m && m.containsValue(SURROGATE)) {
            return json.writeValueAsString(m).replace("\"" + SURROGATE + "\"", "\"\\ud800x\"");
        }
        return body;
    }

    /** One write endpoint: method, path, who calls, a valid body. */
    private record Endpoint(
            String method, String path, String caller, Map<String, Object> body, List<String> required) {}

    /** One bad request. */
    private record Case(String what, String method, String path, String caller, Object body) {}

    @Test
    void everyBadRequestToEveryWriteEndpointIs4xxWithAFieldAndStoresNothing() {
        Site site = site();
        Study study = study();
        String admin = user(Role.ADMIN);
        String coord = user(Role.COORDINATOR, site);
        String monitor = user(Role.MONITOR, site);
        long subject = subject(coord, study, site, "FZ-1");
        long lab = post(coord, "/api/subjects/" + subject + "/labs", lab("2024-01-03"))
                .get("id")
                .asLong();
        long query = post(monitor, "/api/subjects/" + subject + "/queries", Map.of("question", "Checked?"))
                .get("id")
                .asLong();
        long userId = get(coord, "/api/me").get("id").asLong();
        String s = "/api/subjects/" + subject;

        List<Endpoint> endpoints = List.of(
                new Endpoint(
                        "POST",
                        "/api/studies",
                        admin,
                        map("code", "FZ-STUDY", "title", "Fuzz", "protocol_id", "ctx-ist", "protocol_version", "1.0"),
                        List.of("code", "title", "protocol_id", "protocol_version")),
                new Endpoint(
                        "POST", "/api/sites", admin, map("code", "FZ-SITE", "name", "Fuzz"), List.of("code", "name")),
                new Endpoint(
                        "POST",
                        "/api/studies/" + study.id() + "/subjects",
                        coord,
                        map(
                                "subject_code",
                                "FZ-2",
                                "site_id",
                                site.id(),
                                "sex",
                                "F",
                                "birth_date",
                                "1980-01-01",
                                "weight_kg",
                                60,
                                "height_cm",
                                165),
                        List.of("subject_code", "site_id", "sex", "birth_date", "weight_kg", "height_cm")),
                new Endpoint(
                        "PUT",
                        s,
                        coord,
                        map(
                                "subject_code",
                                "FZ-1",
                                "site_id",
                                site.id(),
                                "sex",
                                "F",
                                "birth_date",
                                "1980-01-01",
                                "weight_kg",
                                61,
                                "height_cm",
                                165,
                                "version",
                                0,
                                "reason",
                                "weight corrected"),
                        List.of(
                                "subject_code",
                                "site_id",
                                "sex",
                                "birth_date",
                                "weight_kg",
                                "height_cm",
                                "version",
                                "reason")),
                new Endpoint("POST", s + "/labs", coord, lab("2024-01-04"), List.of("date", "test", "value", "unit")),
                new Endpoint(
                        "PUT",
                        s + "/labs/" + lab,
                        coord,
                        withEdit(lab("2024-01-03"), 0),
                        List.of("date", "test", "value", "unit", "version", "reason")),
                new Endpoint(
                        "POST",
                        s + "/transfusions",
                        coord,
                        map("date", "2024-01-03", "product", "RBC", "units", 2),
                        List.of("date", "product", "units")),
                new Endpoint(
                        "POST",
                        s + "/doses",
                        coord,
                        map("date", "2024-01-03", "drug", "csa", "dose", 150, "unit", "mg"),
                        List.of("date", "drug", "dose", "unit")),
                new Endpoint(
                        "POST",
                        s + "/adverse-events",
                        coord,
                        map("term", "Fever", "grade", 1, "start_date", "2024-01-03", "serious", false),
                        List.of("term", "grade", "start_date")),
                new Endpoint(
                        "POST",
                        s + "/events",
                        coord,
                        map("date", "2024-01-03", "type", "DEATH"),
                        List.of("date", "type")),
                new Endpoint(
                        "POST", s + "/history", coord, map("item", "x_note", "value", "yes"), List.of("item", "value")),
                new Endpoint(
                        "POST",
                        s + "/visits",
                        coord,
                        map("date", "2024-01-05", "labs", List.of(map("test", "PLAT", "value", 20, "unit", "10^9/L"))),
                        List.of("date", "labs")),
                new Endpoint(
                        "POST",
                        s + "/queries",
                        monitor,
                        map("record_table", "lab", "record_id", lab, "field", "value", "question", "Confirmed?"),
                        List.of("question")),
                new Endpoint(
                        "POST",
                        s + "/queries/" + query + "/answer",
                        coord,
                        map("version", 0, "answer", "Yes"),
                        List.of("version", "answer")),
                new Endpoint(
                        "POST", s + "/queries/" + query + "/close", monitor, map("version", 1), List.of("version")),
                new Endpoint(
                        "POST",
                        "/api/users",
                        admin,
                        map(
                                "username",
                                "fuzz-user",
                                "display_name",
                                "Fuzz",
                                "password",
                                "a-long-secret-phrase",
                                "roles",
                                List.of("MONITOR")),
                        List.of("username", "display_name", "password", "roles")),
                new Endpoint(
                        "POST",
                        "/api/users/" + userId + "/sites",
                        admin,
                        map("site_id", site.id(), "reason", "moved"),
                        List.of("site_id", "reason")),
                new Endpoint(
                        "POST",
                        "/api/users/" + userId + "/disable",
                        admin,
                        map("reason", "left the team"),
                        List.of("reason")),
                new Endpoint(
                        "POST",
                        "/api/me/password",
                        coord,
                        map("current", PASSWORD, "replacement", "another-long-secret"),
                        List.of("current", "replacement")));

        List<Case> cases = new ArrayList<>();
        for (Endpoint e : endpoints) {
            cases.addAll(mutations(e));
        }
        // Bad ids and path variables.
        for (String bad : new String[] {"abc", "1.5", "-1", "0", "99999999999999999999", "987654321", "%20", "1e3"}) {
            cases.add(new Case("bad subject id", "POST", "/api/subjects/" + bad + "/labs", coord, lab("2024-01-04")));
            cases.add(new Case("bad subject id", "PUT", "/api/subjects/" + bad, coord, map("version", 0)));
            cases.add(new Case("bad record id", "PUT", s + "/labs/" + bad, coord, withEdit(lab("2024-01-03"), 0)));
            cases.add(new Case(
                    "bad record id", "DELETE", s + "/labs/" + bad + "?version=0&reason=duplicate", coord, null));
            cases.add(new Case(
                    "bad query id",
                    "POST",
                    s + "/queries/" + bad + "/answer",
                    coord,
                    map("version", 0, "answer", "Y")));
            cases.add(new Case(
                    "bad study id", "POST", "/api/studies/" + bad + "/subjects", coord, map("subject_code", "Q")));
            cases.add(new Case("bad user id", "POST", "/api/users/" + bad + "/disable", admin, map("reason", "left")));
            cases.add(new Case("bad token id", "DELETE", "/api/tokens/" + bad, coord, null));
        }
        for (String kind : new String[] {"lab", "labz", "..", "LABS", "adverse_events"}) {
            cases.add(new Case("bad kind", "POST", s + "/" + kind, coord, lab("2024-01-04")));
        }
        for (String q : new String[] {
            "version=abc",
            "version=1.5",
            "version=99999999999",
            "reason=duplicate",
            "version=0&reason=%00%00%00",
            "version=0&reason=%E2%80%8B%E2%80%8B%E2%80%8B",
            "version=0&reason=ab"
        }) {
            cases.add(new Case("bad delete parameters", "DELETE", s + "/labs/" + lab + "?" + q, coord, null));
        }
        for (String body : new String[] {
            "{",
            "]",
            "not json",
            "{\"a\":}",
            "\u0000",
            "{\"expires_in_seconds\":1.5}",
            "{\"expires_in_seconds\":99999999999999999999}",
            "{\"label\":{}}",
            "{\"label\":\"a\u0001\"}",
            "{\"zz\":1}",
            "[]",
            "42"
        }) {
            cases.add(new Case("token body", "POST", "/api/tokens", null, body));
        }

        Map<String, Long> before = counts();
        int fourXx = 0;
        int errors500 = 0;
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            Response r = c.caller() == null
                    ? callWith(basic(coord), c.method(), c.path(), sent(c.body()))
                    : call(c.caller(), c.method(), c.path(), sent(c.body()));
            if (r.status() >= 500) {
                errors500++;
            }
            boolean named = r.body() != null
                    && r.body().has("field")
                    && !r.body().get("field").isNull()
                    && r.body().has("message");
            if (r.status() >= 400 && r.status() < 500 && named) {
                fourXx++;
            } else if (problems.size() < 20) {
                problems.add(c.what() + " " + c.method() + " " + c.path() + " "
                        + String.valueOf(c.body()).replace('\u0000', '0') + " -> " + r.status() + " " + r.body());
            }
        }
        Map<String, Long> after = counts();
        long stored = 0;
        for (String t : TABLES) {
            stored += after.get(t) - before.get(t);
        }
        System.out.printf(
                "API fuzz: %d bad requests tried, %d answered 4xx naming a field, %d answered 500, %d rows stored%n",
                cases.size(), fourXx, errors500, stored);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
        problems.forEach(p -> System.out.println("API fuzz problem: " + p));
        assertThat(problems).isEmpty();
        assertThat(errors500).isZero();
        assertThat(after).isEqualTo(before);
    }

    /** A case as printed: control characters and surrogates escaped, long runs cut. */
    private static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.chars()
                .limit(400)
                .forEach(c -> b.append(
                        Character.isISOControl(c) || Character.isSurrogate((char) c)
                                ? String.format("\\u%04X", c)
                                : (char) c));
        return b.toString();
    }

    private List<Case> mutations(Endpoint e) {
        List<Case> out = new ArrayList<>();
        String m = e.method();
        String p = e.path();
        String u = e.caller();
        for (String raw : new String[] {
            "",
            "{",
            "}",
            "{\"a\"",
            "{\"a\":}",
            "[",
            "[]",
            "\"text\"",
            "42",
            "true",
            "null",
            "nul",
            "{}x",
            "{\"a\":1}}",
            "{'a':1}",
            "\u00ff\u00fe"
        }) {
            out.add(new Case("malformed or wrong root", m, p, u, raw));
        }
        for (String field : e.body().keySet()) {
            for (Object bad : badValues(field, e.body().get(field))) {
                Map<String, Object> b = new LinkedHashMap<>(e.body());
                b.put(field, bad);
                out.add(new Case("bad " + field, m, p, u, b));
            }
            Map<String, Object> camel = new LinkedHashMap<>(e.body());
            Object v = camel.remove(field);
            String camelName = camelCase(field);
            camel.put(camelName.equals(field) ? field + "X" : camelName, v);
            out.add(new Case("misspelt " + field, m, p, u, camel));
        }
        for (String field : e.required()) {
            Map<String, Object> b = new LinkedHashMap<>(e.body());
            b.remove(field);
            out.add(new Case("missing " + field, m, p, u, b));
        }
        Map<String, Object> unknown = new LinkedHashMap<>(e.body());
        unknown.put("zz_unknown", 1);
        out.add(new Case("unknown field", m, p, u, unknown));
        Map<String, Object> huge = new LinkedHashMap<>(e.body());
        huge.put(e.body().keySet().iterator().next(), "x".repeat(2_000_000));
        out.add(new Case("huge string", m, p, u, huge));
        return out;
    }

    private static List<Object> badValues(String field, Object valid) {
        List<Object> bad = new ArrayList<>();
        bad.add(Map.of("a", 1));
        bad.add(List.of(1, 2));
        bad.add("\u0000");
        bad.add("ab\u0007c");
        bad.add(SURROGATE);
        if (valid instanceof Number) {
            bad.add("abc");
            bad.add(true);
            if (!(field.endsWith("_kg") || field.endsWith("_cm") || field.equals("value") || field.equals("dose"))) {
                bad.add(2147483648L);
                bad.add(new java.math.BigInteger("99999999999999999999"));
                bad.add(new java.math.BigDecimal("1.5"));
                bad.add(-1);
            }
        } else if (valid instanceof Boolean) {
            bad.add("maybe");
        } else if (valid instanceof String
                && !field.equals("question")
                && !field.equals("answer")
                && !field.equals("title")
                && !field.equals("name")
                && !field.equals("display_name")
                && !field.equals("field")) {
            bad.add("");
        }
        return bad;
    }

    private static String camelCase(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    private Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : TABLES) {
            c.put(t, jdbc.sql("SELECT count(*) FROM " + t).query(Long.class).single());
        }
        return c;
    }

    private static Map<String, Object> lab(String date) {
        return map("date", date, "test", "PLAT", "value", 12, "unit", "10^9/L");
    }

    private static Map<String, Object> withEdit(Map<String, Object> body, int version) {
        Map<String, Object> b = new LinkedHashMap<>(body);
        b.put("version", version);
        b.put("reason", "value corrected");
        return b;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
