package org.mutabaa.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/ as an operator applies it, proven without a cluster: each kustomization renders into
 * typed Kubernetes objects with no unknown field, and what the manifests say agrees with what the
 * services need — probes on their health endpoints, every topic they use declared with its ACLs,
 * every environment variable their {@code %prod} configuration reads set, non-root images,
 * overlays that change only replicas, images, resources and config.
 */
class DeployManifestsTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final List<String> SERVICES = List.of("meetings-service", "actions-service", "notifications-service");
    static final KubernetesSerialization K8S = new KubernetesSerialization();

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void rendersIntoTypedObjectsWithNoUnknownField(String kustomization) {
        List<ObjectNode> rendered = Kustomize.render(DEPLOY.resolve(kustomization));
        Map<String, Long> kinds = rendered.stream().collect(Collectors.groupingBy(r -> r.get("kind").asText(),
                java.util.TreeMap::new, Collectors.counting()));
        // Three services and the web console (which has no autoscaler: it serves pages).
        assertThat(kinds).containsEntry("Deployment", 4L).containsEntry("Service", 4L)
                .containsEntry("ServiceAccount", 4L).containsEntry("PodDisruptionBudget", 4L)
                .containsEntry("HorizontalPodAutoscaler", 3L).containsEntry("NetworkPolicy", 5L)
                .containsEntry("Kafka", 1L).containsEntry("KafkaNodePool", 1L).containsEntry("KafkaTopic", 6L)
                .containsEntry("KafkaUser", 3L).containsEntry("Cluster", 1L).containsEntry("Database", 2L)
                .containsEntry("ServiceMonitor", 3L).containsEntry("PrometheusRule", 1L);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ObjectNode node : rendered) {
            HasMetadata object = K8S.unmarshal(node.toString());
            String id = object.getKind() + "/" + object.getMetadata().getName();
            if (!seen.add(id)) {
                problems.add(id + " is declared twice");
            }
            if (object instanceof GenericKubernetesResource) {
                if (!CUSTOM_KINDS.contains(object.getApiVersion() + " " + object.getKind())) {
                    problems.add(id + ": " + object.getApiVersion() + " is not a kind we know");
                }
            } else {
                unknownFields(object, id, problems, new IdentityHashMap<>());
            }
            if (!object.getKind().equals("Namespace") && !"mutabaa".equals(object.getMetadata().getNamespace())) {
                problems.add(id + " is not in the mutabaa namespace");
            }
        }
        assertThat(problems).isEmpty();
    }

    static final Set<String> CUSTOM_KINDS = Set.of("kafka.strimzi.io/v1beta2 Kafka",
            "kafka.strimzi.io/v1beta2 KafkaNodePool", "kafka.strimzi.io/v1beta2 KafkaTopic",
            "kafka.strimzi.io/v1beta2 KafkaUser", "postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database",
            "monitoring.coreos.com/v1 ServiceMonitor", "monitoring.coreos.com/v1 PrometheusRule",
            "keda.sh/v1alpha1 ScaledObject", "keda.sh/v1alpha1 TriggerAuthentication");

    @Test
    void theKedaComponentReplacesTheConsumersCpuAutoscalers() throws IOException {
        Path overlay = Files.createTempDirectory(DEPLOY.resolve("overlays"), "keda-");
        try {
            Files.writeString(overlay.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    resources:
                      - ../production
                    components:
                      - ../../components/keda
                    """);
            Map<String, ObjectNode> rendered = byId(Kustomize.render(overlay));
            assertThat(rendered).containsKeys("ScaledObject/actions-service", "ScaledObject/notifications-service",
                    "HorizontalPodAutoscaler/meetings-service")
                    .doesNotContainKeys("HorizontalPodAutoscaler/actions-service",
                            "HorizontalPodAutoscaler/notifications-service");
            for (ObjectNode node : rendered.values()) {
                K8S.unmarshal(node.toString());
            }
        } finally {
            try (var files = Files.list(overlay)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(overlay);
        }
    }

    @Test
    void probesAskTheHealthEndpointsOnTheHttpPortAndContainersRunAsNonRoot() throws IOException {
        for (Deployment d : deployments("overlays/production")) {
            var pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            Container c = pod.getContainers().get(0);
            assertThat(c.getPorts()).singleElement().satisfies(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getContainerPort()).isEqualTo(prodPort(d.getMetadata().getName()));
            });
            assertThat(path(c.getStartupProbe())).isEqualTo("/q/health/started");
            assertThat(path(c.getLivenessProbe())).isEqualTo("/q/health/live");
            assertThat(path(c.getReadinessProbe())).isEqualTo("/q/health/ready");
            for (Probe probe : List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())) {
                assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
            }
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(c.getResources().getLimits()).containsKey("memory");
            assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
            // The image runs as the same non-root user.
            String dockerfile = Files.readString(ROOT.resolve(d.getMetadata().getName()).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).contains("\nUSER " + pod.getSecurityContext().getRunAsUser() + "\n")
                    .contains("target/quarkus-app/lib/");
            // The service has the health checks the probes ask.
            assertThat(Files.readString(ROOT.resolve(d.getMetadata().getName()).resolve("pom.xml")))
                    .contains("<artifactId>quarkus-smallrye-health</artifactId>");
        }
    }

    @Test
    void webhooksAndMailCannotReachAnAddressInsideTheCluster() {
        List<ObjectNode> rendered = Kustomize.render(DEPLOY.resolve("overlays/production"));
        JsonNode policy = rendered.stream().filter(r -> r.get("kind").asText().equals("NetworkPolicy")
                && r.at("/metadata/name").asText().equals("notifications-service")).findFirst().orElseThrow();
        int outward = 0;
        for (JsonNode rule : policy.at("/spec/egress")) {
            List<Integer> ports = new ArrayList<>();
            rule.path("ports").forEach(p -> ports.add(p.path("port").asInt()));
            if (ports.isEmpty() || ports.stream().anyMatch(p -> p == 443 || p == 587 || p == 465)) {
                outward++;
                assertThat(rule.path("to").size()).as("egress to %s names its destinations", ports).isPositive();
                for (JsonNode to : rule.path("to")) {
                    assertThat(to.has("ipBlock")).as("egress to %s goes to address blocks", ports).isTrue();
                    List<String> except = new ArrayList<>();
                    to.at("/ipBlock/except").forEach(e -> except.add(e.asText()));
                    assertThat(except).as(to.at("/ipBlock/cidr").asText()).containsAnyOf("10.0.0.0/8", "fc00::/7");
                    if (to.at("/ipBlock/cidr").asText().equals("0.0.0.0/0")) {
                        assertThat(except).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                "169.254.0.0/16", "100.64.0.0/10");
                    } else {
                        assertThat(except).contains("fc00::/7", "fe80::/10", "::/96", "64:ff9b::/96", "2002::/16");
                    }
                }
            }
        }
        assertThat(outward).isPositive();
    }

    @Test
    void everyTopicAServiceUsesIsDeclaredAndItsUserMayUseIt() throws IOException {
        Map<String, ObjectNode> rendered = byId(Kustomize.render(DEPLOY.resolve("overlays/production")));
        Map<String, JsonNode> topics = new HashMap<>();
        rendered.values().stream().filter(r -> r.get("kind").asText().equals("KafkaTopic"))
                .forEach(t -> topics.put(t.get("spec").get("topicName").asText(), t.get("spec")));
        for (String service : SERVICES) {
            Properties props = properties(service);
            Set<String> reads = new TreeSet<>();
            Set<String> writes = new TreeSet<>();
            for (String key : props.stringPropertyNames()) {
                String value = props.getProperty(key);
                if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                    reads.add(value);
                } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")
                        || key.matches("mutabaa\\.outbox\\.topics\\..+")) {
                    writes.add(value);
                }
            }
            assertThat(reads.size() + writes.size()).as(service + " uses topics").isPositive();
            Set<String> used = new TreeSet<>(reads);
            used.addAll(writes);
            assertThat(topics.keySet()).as(service + " uses only declared topics").containsAll(used);
            JsonNode acls = rendered.get("KafkaUser/" + service).get("spec").get("authorization").get("acls");
            for (String topic : reads) {
                assertThat(allowed(acls, "topic", topic)).as(service + " reads " + topic).contains("Read");
            }
            for (String topic : writes) {
                assertThat(allowed(acls, "topic", topic)).as(service + " writes " + topic).contains("Write");
            }
            for (String key : props.stringPropertyNames()) {
                if (key.endsWith(".group.id")) {
                    assertThat(allowed(acls, "group", props.getProperty(key))).as(service + " group").contains("Read");
                }
            }
        }
        for (Map.Entry<String, JsonNode> topic : topics.entrySet()) {
            assertThat(topic.getValue().get("replicas").asInt()).as(topic.getKey()).isEqualTo(3);
            assertThat(topic.getValue().get("config").get("min.insync.replicas").asInt()).as(topic.getKey()).isEqualTo(2);
        }
        assertThat(topics.get("directory.officials").get("config").get("cleanup.policy").asText()).isEqualTo("compact");
        assertThat(topics.keySet()).contains("meetings.decisions.dlq", "directory.officials.dlq", "actions.lifecycle.dlq");
    }

    @Test
    void everyVariableAServiceReadsInProductionIsSetByItsDeployment() throws IOException {
        Map<String, ObjectNode> rendered = byId(Kustomize.render(DEPLOY.resolve("overlays/production")));
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");
        for (Deployment d : deployments("overlays/production")) {
            String service = d.getMetadata().getName();
            Set<String> read = new TreeSet<>();
            for (String line : configLines(service)) {
                if (line.startsWith("%prod.")) {
                    Matcher m = placeholder.matcher(line);
                    while (m.find()) {
                        read.add(m.group(1));
                    }
                }
            }
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> set = new TreeSet<>();
            c.getEnv().stream().map(EnvVar::getName).forEach(set::add);
            for (EnvFromSource from : c.getEnvFrom()) {
                JsonNode data = rendered.get("ConfigMap/" + from.getConfigMapRef().getName()).get("data");
                data.fieldNames().forEachRemaining(set::add);
            }
            assertThat(set).as(service).containsAll(read);
            // Secrets come from the operators' Secrets, never from the ConfigMap.
            for (EnvVar e : c.getEnv()) {
                assertThat(e.getValueFrom().getSecretKeyRef()).as(service + " " + e.getName()).isNotNull();
            }
            if (!SERVICES.contains(service)) {
                // The web console: no database, no Kafka; where the APIs are and how to sign in.
                assertThat(read).as(service).contains("MUTABAA_CONSOLE_API_MEETINGS", "MUTABAA_CONSOLE_OIDC_ISSUER");
                assertThat(c.getEnv()).as(service).isEmpty();
                continue;
            }
            assertThat(read).as(service + " reads its settings from the environment in %prod")
                    .contains("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SASL_JAAS_CONFIG",
                            "MUTABAA_CONSOLE_ORIGIN");
            String db = d.getMetadata().getName().replace("-service", "");
            assertThat(c.getEnv()).filteredOn(e -> e.getName().startsWith("QUARKUS_DATASOURCE_"))
                    .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("mutabaa-db-" + db));
            assertThat(c.getEnv()).filteredOn(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .singleElement().satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo(service));
            assertThat(rendered.get("ConfigMap/" + service).get("data").get("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .isEqualTo("jdbc:postgresql://mutabaa-db-rw:5432/" + db);
        }
        // One database and role per service in the one PostgreSQL cluster.
        JsonNode cluster = rendered.get("Cluster/mutabaa-db").get("spec");
        assertThat(cluster.get("bootstrap").get("initdb").get("owner").asText()).isEqualTo("meetings");
        assertThat(cluster.get("bootstrap").get("initdb").get("secret").get("name").asText()).isEqualTo("mutabaa-db-meetings");
        for (String db : List.of("actions", "notifications")) {
            assertThat(rendered.get("Database/mutabaa-db-" + db).get("spec").get("owner").asText()).isEqualTo(db);
            assertThat(cluster.get("managed").get("roles").findValuesAsText("name")).contains(db, "mutabaa-db-" + db);
        }
    }

    @Test
    void overlaysChangeOnlyReplicasImagesResourcesAndConfig() {
        Map<String, ObjectNode> base = byId(Kustomize.render(DEPLOY.resolve("base")));
        Pattern allowed = Pattern.compile(String.join("|",
                "spec\\.replicas", "spec\\.instances", "spec\\.minReplicas", "spec\\.maxReplicas",
                "spec\\.template\\.spec\\.containers\\[\\d+]\\.image",
                "spec\\.template\\.spec\\.containers\\[\\d+]\\.resources(\\..+)?", "spec\\.resources(\\..+)?",
                "data\\..+", "spec\\.kafka\\.config\\..+", "spec\\.config\\..+"));
        for (String overlay : List.of("overlays/local", "overlays/production")) {
            Map<String, ObjectNode> rendered = byId(Kustomize.render(DEPLOY.resolve(overlay)));
            assertThat(rendered.keySet()).as(overlay).isEqualTo(base.keySet());
            List<String> changed = new ArrayList<>();
            for (String id : base.keySet()) {
                Map<String, JsonNode> before = flatten(base.get(id));
                Map<String, JsonNode> after = flatten(rendered.get(id));
                Set<String> paths = new TreeSet<>(before.keySet());
                paths.addAll(after.keySet());
                for (String path : paths) {
                    if (!java.util.Objects.equals(before.get(path), after.get(path)) && !allowed.matcher(path).matches()) {
                        changed.add(id + " " + path);
                    }
                }
            }
            assertThat(changed).as(overlay).isEmpty();
        }
    }

    @Test
    void imageNamesAndTagsAreThoseOfImagesEnv() throws IOException {
        Properties images = new Properties();
        try (var in = Files.newBufferedReader(DEPLOY.resolve("images.env"))) {
            images.load(in);
        }
        Map<String, String> expected = Map.of(
                "overlays/production", images.getProperty("MUTABAA_REGISTRY") + "/%s:" + images.getProperty("MUTABAA_TAG"),
                "overlays/local", images.getProperty("MUTABAA_LOCAL_REGISTRY") + "/%s:" + images.getProperty("MUTABAA_LOCAL_TAG"));
        for (Map.Entry<String, String> overlay : expected.entrySet()) {
            for (Deployment d : deployments(overlay.getKey())) {
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                        .isEqualTo(overlay.getValue().formatted(d.getMetadata().getName()));
            }
        }
    }

    // --- helpers

    static List<Deployment> deployments(String kustomization) {
        return Kustomize.render(DEPLOY.resolve(kustomization)).stream()
                .filter(r -> r.get("kind").asText().equals("Deployment"))
                .map(r -> (Deployment) K8S.unmarshal(r.toString())).toList();
    }

    static Map<String, ObjectNode> byId(List<ObjectNode> resources) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (ObjectNode r : resources) {
            byId.put(r.get("kind").asText() + "/" + r.get("metadata").get("name").asText(), r);
        }
        return byId;
    }

    /**
     * The platform's shared settings (for the three services, which are built on it), then the
     * module's own, which win where both set a key.
     */
    static final Path SHARED_CONFIG = ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties");

    static Properties properties(String service) throws IOException {
        Properties props = new Properties();
        for (Path file : configFiles(service)) {
            try (var in = Files.newBufferedReader(file)) {
                props.load(in);
            }
        }
        return props;
    }

    static List<Path> configFiles(String module) {
        Path own = ROOT.resolve(module).resolve("src/main/resources/application.properties");
        return SERVICES.contains(module) ? List.of(SHARED_CONFIG, own) : List.of(own);
    }

    static List<String> configLines(String module) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : configFiles(module)) {
            lines.addAll(Files.readAllLines(file));
        }
        return lines;
    }

    static int prodPort(String service) throws IOException {
        return Integer.parseInt(properties(service).getProperty("%prod.quarkus.http.port", "").replaceAll("\\$\\{[A-Z_]+:(\\d+)}", "$1"));
    }

    static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    static Set<String> allowed(JsonNode acls, String type, String name) {
        Set<String> operations = new TreeSet<>();
        for (JsonNode acl : acls) {
            if (acl.get("resource").get("type").asText().equals(type) && acl.get("resource").get("name").asText().equals(name)) {
                acl.get("operations").forEach(o -> operations.add(o.asText()));
            }
        }
        return operations;
    }

    static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(prefix, node);
        }
    }

    /** Fields fabric8's model did not recognise end up in additionalProperties: a typo, a wrong level. */
    static void unknownFields(Object object, String path, List<String> problems, Map<Object, Boolean> visited) {
        if (object == null || visited.put(object, Boolean.TRUE) != null) {
            return;
        }
        if (object instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", problems, visited);
            }
            return;
        }
        if (object instanceof Map<?, ?> || !object.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : object.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = m.invoke(object);
                if (m.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown fields " + extra.keySet());
                    }
                } else {
                    unknownFields(value, path + "." + m.getName().substring(3), problems, visited);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
