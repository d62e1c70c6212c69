package org.mutabaa.e2e.faults;

import io.restassured.path.json.JsonPath;
import org.mutabaa.infra.testkit.DecisionStream;
import org.mutabaa.infra.MailServer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * What a stream of decisions should have produced, compared with what the services show through
 * their APIs: one action per owner of each decision; a notification of the adoption to each owner
 * and each head of delegation, and of the new action to each owner; and, for officials with an
 * email address, one mail of each.
 */
final class Outcome {

    static final String ADOPTED = "org.mutabaa.decision.adopted.v1";
    static final String CREATED = "org.mutabaa.action.created.v1";
    /** The subjects of the two mails an owner gets, in Arabic: the decision adopted, the new action. */
    private static final List<String> MAIL_SUBJECTS = List.of("قرار معتمد بانتظار متابعتك", "مهمة متابعة جديدة مسندة إليك");

    private final FaultSuite suite;
    private final String token;
    private final List<String> heads;

    Outcome(FaultSuite suite, String token, List<String> heads) {
        this.suite = suite;
        this.token = token;
        this.heads = List.copyOf(heads);
    }

    /** Missing and doubled items of the stream; {@code expected} counts what should exist. */
    record Tally(int expected, int missing, int duplicated, List<String> examples) {

        boolean complete() {
            return missing == 0;
        }

        Tally plus(Tally other) {
            List<String> all = new ArrayList<>(examples);
            all.addAll(other.examples);
            return new Tally(expected + other.expected, missing + other.missing, duplicated + other.duplicated,
                    all.subList(0, Math.min(all.size(), 10)));
        }
    }

    /** Actions and notifications of the decisions issued. */
    Tally of(Collection<DecisionStream.Issued> issued) {
        return actions(issued).plus(notifications(issued));
    }

    Tally actions(Collection<DecisionStream.Issued> issued) {
        Map<String, Integer> found = new HashMap<>();
        Set<String> decisions = new HashSet<>();
        issued.forEach(d -> decisions.add(d.decisionId()));
        for (JsonPath page : pages(suite.service("actions").baseUri() + "/actions",
                Map.of("meetingId", suite.seed.meetingId()))) {
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> action : items) {
                String decision = (String) action.get("decisionId");
                if (decisions.contains(decision)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> owner = (Map<String, Object>) action.get("owner");
                    found.merge(decision + " action of " + owner.get("officialId"), 1, Integer::sum);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (DecisionStream.Issued d : issued) {
            d.ownerIds().forEach(o -> expected.add(d.decisionId() + " action of " + o));
        }
        return compare(expected, found);
    }

    Tally notifications(Collection<DecisionStream.Issued> issued) {
        Set<String> recipients = new HashSet<>(heads);
        Set<String> decisions = new HashSet<>();
        List<String> expected = new ArrayList<>();
        for (DecisionStream.Issued d : issued) {
            decisions.add(d.decisionId());
            recipients.addAll(d.ownerIds());
            for (String owner : d.ownerIds()) {
                expected.add(d.decisionId() + " " + ADOPTED + " to " + owner);
                expected.add(d.decisionId() + " " + CREATED + " to " + owner);
            }
            heads.forEach(h -> expected.add(d.decisionId() + " " + ADOPTED + " to " + h));
        }
        Map<String, Integer> found = new HashMap<>();
        for (String recipient : recipients) {
            for (JsonPath page : pages(suite.service("notifications").baseUri() + "/notifications",
                    Map.of("recipientId", recipient))) {
                List<Map<String, Object>> items = page.getList("items");
                for (Map<String, Object> n : items) {
                    if (decisions.contains((String) n.get("decisionId"))) {
                        found.merge(n.get("decisionId") + " " + n.get("eventType") + " to " + recipient, 1,
                                Integer::sum);
                    }
                }
            }
        }
        return compare(expected, found);
    }

    /**
     * Mails of the decisions issued: two to each owner whose address is in {@code addresses}
     * (adopted, new action), told apart by the decision's number at the end of its text; what the
     * mail server took before it was stopped and after it came back. A mail found once in each with
     * the same Message-ID was sent again because the stop cut its session after the server had
     * taken it and before its reply (RFC 1047): listed in {@code sentAgain}, not counted twice.
     */
    static Mails mails(Collection<DecisionStream.Issued> issued, Map<String, String> addresses, String text,
                       List<MailServer.Mail> before, List<MailServer.Mail> after) {
        Map<String, List<MailServer.Mail>> beforeByKey = byKey(before, text);
        Map<String, List<MailServer.Mail>> afterByKey = byKey(after, text);
        Map<String, Integer> found = new HashMap<>();
        List<String> sentAgain = new ArrayList<>();
        Set<String> keys = new HashSet<>(beforeByKey.keySet());
        keys.addAll(afterByKey.keySet());
        for (String key : keys) {
            List<MailServer.Mail> first = beforeByKey.getOrDefault(key, List.of());
            List<MailServer.Mail> second = afterByKey.getOrDefault(key, List.of());
            if (first.size() == 1 && second.size() == 1 && first.get(0).messageId() != null
                    && first.get(0).messageId().equals(second.get(0).messageId())) {
                sentAgain.add(key + " " + first.get(0).messageId());
                found.put(key, 1);
            } else {
                found.put(key, first.size() + second.size());
            }
        }
        List<String> expected = new ArrayList<>();
        for (DecisionStream.Issued d : issued) {
            for (String owner : d.ownerIds()) {
                String address = addresses.get(owner);
                if (address != null) {
                    MAIL_SUBJECTS.forEach(subject -> expected.add(address + " #" + d.number() + " " + subject));
                }
            }
        }
        return new Mails(compare(expected, found), sentAgain);
    }

    /** The mails of a stream, and those sent again after a cut session. */
    record Mails(Tally tally, List<String> sentAgain) {
    }

    private static Map<String, List<MailServer.Mail>> byKey(List<MailServer.Mail> mails, String text) {
        Pattern numbered = Pattern.compile(Pattern.quote(text) + " (\\d+)");
        Map<String, List<MailServer.Mail>> byKey = new HashMap<>();
        for (MailServer.Mail mail : mails) {
            Matcher m = numbered.matcher(mail.text());
            String subject = MAIL_SUBJECTS.stream().filter(mail.subject()::startsWith).findFirst()
                    .orElse(mail.subject());
            if (m.find()) {
                byKey.computeIfAbsent(mail.to() + " #" + m.group(1) + " " + subject, k -> new ArrayList<>()).add(mail);
            }
        }
        return byKey;
    }

    /** How notifications-service's email deliveries to these officials stand: count by status, then the unsent. */
    String emailDeliveries(Collection<String> officials) {
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        List<String> unsent = new ArrayList<>();
        for (String official : officials) {
            for (JsonPath page : pages(suite.service("notifications").baseUri() + "/deliveries",
                    Map.of("channel", "EMAIL", "recipientId", official))) {
                List<Map<String, Object>> items = page.getList("items");
                for (Map<String, Object> d : items) {
                    byStatus.merge((String) d.get("status"), 1, Integer::sum);
                    if (!"SENT".equals(d.get("status")) && unsent.size() < 5) {
                        unsent.add(d.toString());
                    }
                }
            }
        }
        return "email deliveries " + byStatus + (unsent.isEmpty() ? "" : ", not sent: " + unsent);
    }

    private static Tally compare(List<String> expected, Map<String, Integer> found) {
        int missing = 0;
        int duplicated = 0;
        List<String> examples = new ArrayList<>();
        for (String item : expected) {
            int count = found.getOrDefault(item, 0);
            if (count == 0) {
                missing++;
                if (examples.size() < 5) {
                    examples.add("missing: " + item);
                }
            } else if (count > 1) {
                duplicated += count - 1;
                if (examples.size() < 5) {
                    examples.add(count + " times: " + item);
                }
            }
        }
        Set<String> wanted = new HashSet<>(expected);
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            if (!wanted.contains(e.getKey())) {
                duplicated += e.getValue();
                if (examples.size() < 5) {
                    examples.add("unexpected: " + e.getKey());
                }
            }
        }
        return new Tally(expected.size(), missing, duplicated, examples);
    }

    private List<JsonPath> pages(String url, Map<String, String> query) {
        List<JsonPath> pages = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = given().auth().oauth2(token).queryParams(query)
                    .queryParam("size", 200).queryParam("page", page)
                    .get(url).then().statusCode(200).extract().jsonPath();
            pages.add(json);
            if ((long) (page + 1) * 200 >= json.getLong("total")) {
                return pages;
            }
        }
    }
}
