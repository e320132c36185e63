package org.marrow.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of the visit save ({@code POST /api/subjects/{id}/visits}: four labs of one subject and
 * date, each checked and audited, the response re-derived) against a running Marrow server on the
 * loopback interface, with a bounded number of requests and a bounded time. Not run by the build:
 * {@code scripts/loadtest.sh} runs it (see docs/performance.md).
 *
 * <pre>
 * setup  --base URL --admin USER (password in MARROW_ADMIN_PASSWORD) --subjects N --state FILE
 * load   --state FILE --clients 32 --seconds S --warmup S --max-requests N --acks FILE
 * verify --state FILE --acks FILE
 * </pre>
 *
 * {@code setup} creates a site, a study (protocol ctx-ist 1.0), a coordinator, an API token and the
 * subjects (enrolled, with a baseline visit). {@code load} writes the lab ids of every acknowledged
 * (2xx) save to the acks file. {@code verify} checks that each of them is stored; exit code 1 if any
 * is missing.
 */
public final class VisitLoad {
    private static final Pattern ID = Pattern.compile("[{,]\"id\":(\\d+)");
    private static final String[] LAB_TEMPLATE = {
        "{\"test\":\"HGB\",\"value\":%s,\"unit\":\"g/dL\"}",
        "{\"test\":\"PLAT\",\"value\":%s,\"unit\":\"10^9/L\"}",
        "{\"test\":\"NEUT\",\"value\":%s,\"unit\":\"10^9/L\"}",
        "{\"test\":\"RETI\",\"value\":%s,\"unit\":\"10^9/L\"}"
    };

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private VisitLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: VisitLoad setup|load|verify [--option value]...");
            System.exit(2);
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        VisitLoad load = new VisitLoad();
        int code =
                switch (args[0]) {
                    case "setup" -> load.setup(o);
                    case "load" -> load.load(o);
                    case "verify" -> load.verify(o);
                    default -> {
                        System.err.println("unknown mode " + args[0] + "; expected setup, load or verify");
                        yield 2;
                    }
                };
        System.exit(code);
    }

    // ---- setup ----

    private int setup(Map<String, String> o) throws Exception {
        String base = loopback(o.getOrDefault("base", "http://127.0.0.1:8080"));
        String admin = o.getOrDefault("admin", "admin");
        String adminPassword = System.getenv("MARROW_ADMIN_PASSWORD");
        if (adminPassword == null) {
            System.err.println("MARROW_ADMIN_PASSWORD is not set");
            return 2;
        }
        int subjects = Integer.parseInt(o.getOrDefault("subjects", "64"));
        String tag = Long.toString(System.currentTimeMillis(), 36);
        String adminAuth = basic(admin, adminPassword);
        long site = id(
                send(base, adminAuth, "POST", "/api/sites", "{\"code\":\"LOAD-" + tag + "\",\"name\":\"Load\"}", 201));
        long study = id(send(
                base,
                adminAuth,
                "POST",
                "/api/studies",
                "{\"code\":\"LOAD-" + tag + "\",\"title\":\"Load test\",\"protocol_id\":\"ctx-ist\","
                        + "\"protocol_version\":\"1.0\"}",
                201));
        String user = "load-" + tag;
        String oneTime = "load-test-one-time-" + tag;
        String password = "load-test-password-" + tag;
        send(
                base,
                adminAuth,
                "POST",
                "/api/users",
                "{\"username\":\"" + user + "\",\"display_name\":\"Load\",\"password\":\"" + oneTime
                        + "\",\"roles\":[\"COORDINATOR\"],\"site_ids\":[" + site + "]}",
                201);
        // An account an admin creates has a one-time password: the coordinator chooses their own first.
        send(
                base,
                basic(user, oneTime),
                "POST",
                "/api/me/password",
                "{\"current\":\"" + oneTime + "\",\"replacement\":\"" + password + "\"}",
                204);
        String token = field(
                send(base, basic(user, password), "POST", "/api/tokens", "{\"label\":\"load test\"}", 201), "token");
        String bearer = "Bearer " + token;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            long id = id(send(
                    base,
                    bearer,
                    "POST",
                    "/api/studies/" + study + "/subjects",
                    "{\"subject_code\":\"L-" + i + "\",\"site_id\":" + site + ",\"sex\":\"" + (i % 2 == 0 ? "F" : "M")
                            + "\",\"birth_date\":\"1980-01-01\",\"weight_kg\":60,\"height_cm\":165,"
                            + "\"enrolled_on\":\"2024-01-02\",\"first_dose_on\":\"2024-01-03\"}",
                    201));
            send(base, bearer, "POST", "/api/subjects/" + id + "/visits", visit(LocalDate.of(2024, 1, 1), 0), 201);
            ids.add(id);
        }
        Path state = Path.of(o.getOrDefault("state", "loadtest-state.txt"));
        Files.writeString(
                state,
                "base=" + base + "\nauthorization=" + bearer + "\nsubjects="
                        + String.join(",", ids.stream().map(String::valueOf).toList()) + "\n",
                StandardCharsets.UTF_8);
        System.out.println(
                "setup: study " + study + ", site " + site + ", " + subjects + " subjects, state in " + state);
        return 0;
    }

    // ---- load ----

    private int load(Map<String, String> o) throws Exception {
        Map<String, String> state = state(o);
        String base = loopback(state.get("base"));
        String auth = state.get("authorization");
        long[] subjects = Arrays.stream(state.get("subjects").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        int clients = Integer.parseInt(o.getOrDefault("clients", "32"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "20"));
        double warmup = Double.parseDouble(o.getOrDefault("warmup", "5"));
        int maxRequests = Integer.parseInt(o.getOrDefault("max-requests", "100000"));
        Path acksFile = Path.of(o.getOrDefault("acks", "loadtest-acks.txt"));
        // Offered load in saves/s over all clients; 0 = each client sends its next save as soon as the
        // previous one is answered (saturation). With a rate, each client sends on a fixed schedule and
        // a save's latency is counted from its scheduled time, so a stall is not hidden by the clients
        // waiting (no coordinated omission).
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        long intervalNanos = rate > 0 ? (long) (clients / rate * 1e9) : 0;

        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        AtomicInteger issued = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong measuredOk = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<List<String>> acks = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Map<Integer, String> firstErrors = new java.util.concurrent.ConcurrentHashMap<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[maxRequests + 1];
            List<String> ack = new ArrayList<>();
            latencies.add(lat);
            acks.add(ack);
            int client = c;
            Thread t = new Thread(() -> {
                int n = 0;
                int k = 0;
                long next = start + (intervalNanos * client) / clients;
                while (System.nanoTime() < end && issued.incrementAndGet() <= maxRequests) {
                    long scheduled = System.nanoTime();
                    if (intervalNanos > 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        scheduled = next;
                        next += intervalNanos;
                    }
                    long subject = subjects[
                            (client + clients * (k % Math.max(1, subjects.length / clients))) % subjects.length];
                    LocalDate date =
                            LocalDate.of(2024, 1, 4).plusDays((k / Math.max(1, subjects.length / clients)) % 700);
                    k++;
                    long t0 = scheduled;
                    try {
                        HttpResponse<String> r = http.send(
                                request(base, auth, "POST", "/api/subjects/" + subject + "/visits", visit(date, k)),
                                HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (r.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                            Matcher m = ID.matcher(r.body().substring(r.body().indexOf("\"labs\"")));
                            StringBuilder line = new StringBuilder().append(subject);
                            while (m.find()) {
                                line.append(' ').append(m.group(1));
                            }
                            ack.add(line.toString());
                            if (t0 >= measureFrom) {
                                measuredOk.incrementAndGet();
                                lat[n++] = t1 - t0;
                            }
                        } else {
                            failed.incrementAndGet();
                            firstErrors.putIfAbsent(r.statusCode(), r.body());
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        firstErrors.putIfAbsent(-1, String.valueOf(e));
                        pause();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                lat[lat.length - 1] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long finished = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(acksFile, StandardCharsets.UTF_8)) {
            for (List<String> list : acks) {
                for (String line : list) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        int total = 0;
        for (long[] lat : latencies) {
            total += (int) lat[lat.length - 1];
        }
        long[] all = new long[total];
        int p = 0;
        for (long[] lat : latencies) {
            int n = (int) lat[lat.length - 1];
            System.arraycopy(lat, 0, all, p, n);
            p += n;
        }
        Arrays.sort(all);
        double window = (Math.min(finished, end) - measureFrom) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "load: %d clients, offered %s, %.1f s measured after %.1f s warm-up; acknowledged %d saves (%d failed),"
                        + " measured %d saves = %.1f saves/s; latency ms p50 %.2f p95 %.2f p99 %.2f max %.2f%n",
                clients,
                rate > 0 ? rate + " saves/s" : "as fast as answered",
                window,
                warmup,
                ok.get(),
                failed.get(),
                measuredOk.get(),
                measuredOk.get() / window,
                pct(all, 0.50),
                pct(all, 0.95),
                pct(all, 0.99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6);
        firstErrors.forEach((status, body) -> System.out.println(
                "first failure with status " + status + ": " + body.substring(0, Math.min(200, body.length()))));
        System.out.println("acks written to " + acksFile);
        return 0;
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- verify ----

    private int verify(Map<String, String> o) throws Exception {
        Map<String, String> state = state(o);
        String base = loopback(state.get("base"));
        String auth = state.get("authorization");
        Map<Long, Set<Long>> expected = new HashMap<>();
        int acked = 0;
        for (String line : Files.readAllLines(Path.of(o.getOrDefault("acks", "loadtest-acks.txt")))) {
            String[] parts = line.trim().split(" ");
            if (parts.length < 2) {
                continue;
            }
            Set<Long> set = expected.computeIfAbsent(Long.parseLong(parts[0]), k -> new HashSet<>());
            for (int i = 1; i < parts.length; i++) {
                set.add(Long.parseLong(parts[i]));
            }
            acked++;
        }
        long missing = 0;
        long labs = 0;
        for (Map.Entry<Long, Set<Long>> e : expected.entrySet()) {
            String body = send(base, auth, "GET", "/api/subjects/" + e.getKey() + "/labs", null, 200);
            Set<Long> stored = new HashSet<>();
            Matcher m = ID.matcher(body);
            while (m.find()) {
                stored.add(Long.parseLong(m.group(1)));
            }
            for (long id : e.getValue()) {
                labs++;
                if (!stored.contains(id)) {
                    missing++;
                }
            }
        }
        System.out.println(
                "verify: " + acked + " acknowledged saves (" + labs + " labs) checked, " + missing + " missing");
        return missing == 0 ? 0 : 1;
    }

    // ---- HTTP ----

    private static String visit(LocalDate date, int k) {
        String[] values = {
            String.valueOf(7 + (k % 40) / 10.0),
            String.valueOf(10 + k % 90),
            String.valueOf(0.3 + (k % 20) / 10.0),
            String.valueOf(15 + k % 50)
        };
        StringBuilder labs = new StringBuilder();
        for (int i = 0; i < LAB_TEMPLATE.length; i++) {
            labs.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, LAB_TEMPLATE[i], values[i]));
        }
        return "{\"date\":\"" + date + "\",\"labs\":[" + labs + "]}";
    }

    private HttpRequest request(String base, String auth, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", auth);
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String send(String base, String auth, String method, String path, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r =
                http.send(request(base, auth, method, path, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + body);
        }
        return m.group(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> state(Map<String, String> o) {
        try {
            Map<String, String> state = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(o.getOrDefault("state", "loadtest-state.txt")))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    state.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, if its host is a loopback address: the load test never leaves the machine. */
    private static String loopback(String base) {
        try {
            String host = URI.create(base).getHost();
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("--base " + base + " is not a loopback address; expected 127.0.0.1");
            }
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("--base " + base + ": unknown host", e);
        }
    }
}
