package org.mutabaa.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way Kustomize does, for the features deploy/ uses: resources (files
 * and directories), components, configMapGenerator (without name hashes), patches (strategic
 * merge, by the patch's own kind and name or by a target kind, {@code $patch: delete}), images,
 * replicas and namespace. Anything else in a kustomization is refused, so that a feature this
 * renderer does not know cannot pass unchecked. {@code DeployManifestsTest} compares its output
 * with {@code kubectl kustomize} where kubectl is installed.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "components",
            "configMapGenerator", "patches", "images", "replicas", "namespace");

    /** List fields of built-in kinds merged element by element, with their merge key. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "imagePullSecrets", "name", "volumeMounts", "mountPath",
            "ports", "containerPort");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path dir) {
        ObjectNode k = kustomization(dir);
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            out.addAll(Files.isDirectory(path) ? render(path) : read(path));
        }
        for (JsonNode component : k.path("components")) {
            applyComponent(out, dir.resolve(component.asText()).normalize());
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            out.add(configMap(dir, generator));
        }
        applyPatches(out, dir, k.path("patches"));
        for (JsonNode image : k.path("images")) {
            out.forEach(resource -> setImage(resource, image));
        }
        for (JsonNode replicas : k.path("replicas")) {
            out.stream().filter(r -> r.path("metadata").path("name").asText().equals(replicas.get("name").asText()))
                    .filter(r -> Set.of("Deployment", "StatefulSet", "ReplicaSet").contains(r.path("kind").asText()))
                    .forEach(r -> ((ObjectNode) r.get("spec")).put("replicas", replicas.get("count").asInt()));
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            out.stream().filter(r -> !r.path("kind").asText().equals("Namespace"))
                    .forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", namespace));
        }
        return out;
    }

    private static void applyComponent(List<ObjectNode> out, Path dir) {
        ObjectNode c = kustomization(dir);
        for (JsonNode resource : c.path("resources")) {
            out.addAll(read(dir.resolve(resource.asText()).normalize()));
        }
        applyPatches(out, dir, c.path("patches"));
    }

    private static ObjectNode kustomization(Path dir) {
        ObjectNode k = read(dir.resolve("kustomization.yaml")).get(0);
        k.fieldNames().forEachRemaining(field -> {
            if (!KNOWN.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field " + field + " is not rendered here");
            }
        });
        return k;
    }

    private static ObjectNode configMap(Path dir, JsonNode generator) {
        if (!generator.path("options").path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException(dir + ": generated names need disableNameSuffixHash: true here");
        }
        ObjectNode cm = YAML.createObjectNode();
        cm.put("apiVersion", "v1").put("kind", "ConfigMap");
        ObjectNode metadata = cm.putObject("metadata");
        if (generator.path("options").has("labels")) {
            metadata.set("labels", generator.get("options").get("labels").deepCopy());
        }
        metadata.put("name", generator.get("name").asText());
        ObjectNode data = cm.putObject("data");
        for (JsonNode file : generator.path("files")) {
            try {
                data.put(Path.of(file.asText()).getFileName().toString(), Files.readString(dir.resolve(file.asText())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cm;
    }

    private static void applyPatches(List<ObjectNode> out, Path dir, JsonNode patches) {
        for (JsonNode patch : patches) {
            JsonNode target = patch.get("target");
            for (ObjectNode doc : read(dir.resolve(patch.get("path").asText()))) {
                boolean delete = "delete".equals(doc.path("$patch").asText());
                List<ObjectNode> matches = out.stream().filter(r -> target == null
                        ? sameObject(r, doc)
                        : r.path("kind").asText().equals(target.get("kind").asText())
                          && (!target.has("name") || r.path("metadata").path("name").asText().equals(target.get("name").asText())))
                        .toList();
                if (matches.isEmpty()) {
                    throw new IllegalArgumentException(dir + ": patch " + patch.get("path").asText() + " matches nothing");
                }
                for (ObjectNode match : matches) {
                    if (delete) {
                        out.remove(match);
                    } else {
                        ObjectNode body = doc.deepCopy();
                        body.remove(List.of("apiVersion", "kind"));
                        ((ObjectNode) body.get("metadata")).remove("name");
                        merge(match, body, builtIn(match));
                    }
                }
            }
        }
    }

    private static boolean sameObject(JsonNode a, JsonNode b) {
        return a.path("kind").asText().equals(b.path("kind").asText())
                && a.path("metadata").path("name").asText().equals(b.path("metadata").path("name").asText());
    }

    /** Built-in kinds have merge keys on their lists; custom resources' lists are replaced whole. */
    private static boolean builtIn(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        return !apiVersion.contains(".") || apiVersion.contains(".k8s.io/");
    }

    static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, builtIn);
            } else if (value.isArray() && existing != null && existing.isArray() && builtIn
                    && MERGE_KEYS.containsKey(field.getKey())) {
                mergeList((ArrayNode) existing, (ArrayNode) value, MERGE_KEYS.get(field.getKey()), builtIn);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String key, boolean builtIn) {
        for (JsonNode element : patch) {
            JsonNode match = null;
            for (JsonNode candidate : target) {
                if (candidate.path(key).equals(element.path(key))) {
                    match = candidate;
                }
            }
            if (match == null) {
                target.add(element.deepCopy());
            } else {
                merge((ObjectNode) match, (ObjectNode) element, builtIn);
            }
        }
    }

    private static void setImage(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            JsonNode current = node.get("image");
            if (node.has("name") && current != null && current.isTextual()
                    && imageName(current.asText()).equals(image.get("name").asText())) {
                String name = image.hasNonNull("newName") ? image.get("newName").asText() : imageName(current.asText());
                ((ObjectNode) node).put("image", image.hasNonNull("newTag") ? name + ":" + image.get("newTag").asText() : name);
            }
            node.elements().forEachRemaining(child -> setImage(child, image));
        } else if (node.isArray()) {
            node.forEach(child -> setImage(child, image));
        }
    }

    private static String imageName(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }

    /** The YAML documents of a file, as JSON trees (empty documents left out). */
    static List<ObjectNode> read(Path file) {
        try {
            List<ObjectNode> docs = new ArrayList<>();
            YAML.readValues(YAML.getFactory().createParser(file.toFile()), JsonNode.class)
                    .forEachRemaining(doc -> {
                        if (doc != null && doc.isObject() && doc.size() > 0) {
                            docs.add((ObjectNode) doc);
                        }
                    });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
