package org.mutabaa.infra.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mutabaa.infra.ApiRequests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stream of decisions through meetings-service's public API, as a secretariat records them:
 * each decision is recorded in a meeting with its owners, then adopted. A request that fails
 * because a service or the database is away (no answer, 5xx) is tried again until it succeeds
 * or {@code patience} has passed, so a stream carries on through a fault.
 */
public final class DecisionStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI meetings;
    private final String token;
    private final String meetingId;
    private final List<String> ownerPool;
    private final int ownersPerDecision;
    private final String text;
    private final Duration patience;
    private final AtomicInteger retried = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
    private int itemsPerDecision;
    private LocalDate itemsDue;

    /**
     * @param ownerPool         officials that own decisions, taken {@code ownersPerDecision} at a
     *                          time in turn
     * @param text              the decision's Arabic text; each decision adds its number
     */
    public DecisionStream(URI meetings, String token, String meetingId, List<String> ownerPool,
                          int ownersPerDecision, String text, Duration patience) {
        if (ownersPerDecision < 1 || ownersPerDecision > ownerPool.size()) {
            throw new IllegalArgumentException("owners per decision must be between 1 and " + ownerPool.size());
        }
        this.meetings = meetings;
        this.token = token;
        this.meetingId = meetingId;
        this.ownerPool = List.copyOf(ownerPool);
        this.ownersPerDecision = ownersPerDecision;
        this.text = text;
        this.patience = patience;
    }

    /**
     * From now on each decision carries {@code perDecision} explicit action items instead of owners,
     * owned by the pool's officials in turn and all due on {@code due}: one action per item (the
     * decision's owners are then told of it, no action of their own).
     */
    public DecisionStream withActionItems(int perDecision, LocalDate due) {
        if (perDecision < 1 || perDecision > 100) {
            throw new IllegalArgumentException("action items per decision must be between 1 and 100");
        }
        this.itemsPerDecision = perDecision;
        this.itemsDue = due;
        return this;
    }

    /** One decision the API accepted: recorded, then adopted at {@code adoptedAtMillis}. */
    public record Issued(int number, String decisionId, List<String> ownerIds, long sentAtMillis,
                         long adoptedAtMillis) {
    }

    /** Issues no decision after the ones under way: {@link #run} returns once they are accepted. */
    public void stop() {
        stopped.set(true);
    }

    /** Requests that failed and were tried again so far (a service or the database away). */
    public int retried() {
        return retried.get();
    }

    /** Records and adopts decision {@code number}, trying again through faults. */
    public Issued issue(int number) {
        List<String> owners = new ArrayList<>(ownersPerDecision);
        for (int i = 0; i < ownersPerDecision; i++) {
            owners.add(ownerPool.get((number * ownersPerDecision + i) % ownerPool.size()));
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "COMMITMENT");
        body.put("textAr", text + " " + number);
        if (itemsPerDecision > 0) {
            ArrayNode items = body.putArray("actionItems");
            for (int i = 0; i < itemsPerDecision; i++) {
                ObjectNode item = items.addObject();
                item.put("textAr", text + " " + number + "." + (i + 1));
                item.put("ownerId", ownerPool.get(i % ownerPool.size()));
                item.put("dueDate", itemsDue.toString());
            }
        }
        body.set("ownerIds", JSON.valueToTree(owners));
        long sent = System.currentTimeMillis();
        long deadline = System.nanoTime() + patience.toNanos();
        String decisionId = send("POST", "/meetings/" + meetingId + "/decisions", body, 201, deadline)
                .get("id").asText();
        adopt(decisionId, deadline);
        return new Issued(number, decisionId, List.copyOf(owners), sent, System.currentTimeMillis());
    }

    private void adopt(String decisionId, long deadline) {
        boolean again = false;
        while (true) {
            HttpResponse<String> response = attempt("POST", "/decisions/" + decisionId + "/adopt", null);
            if (response != null && response.statusCode() == 200) {
                return;
            }
            // An adoption whose answer was lost is seen as a conflict when tried again.
            if (again && response != null && response.statusCode() == 409
                    && "ADOPTED".equals(send("GET", "/decisions/" + decisionId, null, 200, deadline)
                    .path("status").asText())) {
                return;
            }
            failedOrRetry(response, "adopt " + decisionId, deadline);
            again = true;
        }
    }

    /**
     * Issues {@code count} decisions: at {@code perSecond} decisions a second when it is above 0
     * (an open stream: each starts on its schedule, however long the others take), otherwise as
     * fast as {@code clients} parallel clients go, or until {@link #stop()}. {@code onIssued} sees
     * each accepted decision. Returns the decisions in the order they were accepted.
     */
    public List<Issued> run(int count, double perSecond, int clients, Consumer<Issued> onIssued) {
        List<Issued> issued = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "decision-stream");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        long start = System.nanoTime();
        try {
            if (perSecond > 0) {
                for (int i = 0; i < count && !stopped.get(); i++) {
                    long due = start + (long) (i * 1_000_000_000L / perSecond);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    int number = i;
                    tasks.add(pool.submit(() -> {
                        if (!stopped.get()) {
                            accept(issue(number), issued, onIssued);
                        }
                    }));
                }
            } else {
                for (int c = 0; c < clients; c++) {
                    tasks.add(pool.submit(() -> {
                        for (int n = next.getAndIncrement(); n < count && !stopped.get(); n = next.getAndIncrement()) {
                            accept(issue(n), issued, onIssued);
                        }
                    }));
                }
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("decision stream interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("decision stream failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(issued);
    }

    private static void accept(Issued decision, List<Issued> issued, Consumer<Issued> onIssued) {
        issued.add(decision);
        onIssued.accept(decision);
    }

    private JsonNode send(String method, String path, JsonNode body, int expected, long deadline) {
        while (true) {
            HttpResponse<String> response = attempt(method, path, body);
            if (response != null && response.statusCode() == expected) {
                try {
                    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new IllegalStateException(method + " " + path + " answered unreadable JSON", e);
                }
            }
            failedOrRetry(response, method + " " + path, deadline);
        }
    }

    /** The response, or null when the service did not answer. */
    private HttpResponse<String> attempt(String method, String path, JsonNode body) {
        try {
            return http.send(ApiRequests.of(meetings, token, method, path, body),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException away) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Throws for an answer that trying again cannot change; otherwise waits a little. */
    private void failedOrRetry(HttpResponse<String> response, String what, long deadline) {
        if (response != null && response.statusCode() < 500) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(what + " still failing after " + patience + ": "
                    + (response == null ? "no answer" : response.statusCode() + " " + response.body()));
        }
        retried.incrementAndGet();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
