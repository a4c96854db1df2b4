package org.crossfield.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The example deployment files in docs/deploy parse and say what docs/operations.md promises: two replicas with session
 * affinity, liveness and readiness probes on the actuator, a non-root user, the same environment variables as the jar.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("../docs/deploy");

    @Test
    void theComposeFileRunsCrossfieldWithMariaDbAndAMailCatcher() throws IOException {
        Map<String, Object> compose = only(load(DEPLOY.resolve("compose.yaml")));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("db", "mail", "crossfield");
        Map<String, Object> crossfield = map(services.get("crossfield"));
        assertThat(map(crossfield.get("environment"))).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "CROSSFIELD_BASE_URL");
        assertThat(map(crossfield.get("depends_on"))).containsKey("db");
    }

    @Test
    void theKubernetesManifestsRunTwoReplicasWithProbesAndSessionAffinity() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (var files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(load(file));
            }
        }
        Map<String, Object> deployment = kind(documents, "Deployment");
        Map<String, Object> spec = map(deployment.get("spec"));
        assertThat(spec.get("replicas")).isEqualTo(2);
        Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 10001);
        Map<String, Object> container = map(((List<?>) pod.get("containers")).getFirst());
        assertThat(path(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "startupProbe")).isEqualTo("/actuator/health/liveness");

        assertThat(map(kind(documents, "Service").get("spec"))).containsEntry("sessionAffinity", "ClientIP");
        assertThat(map(map(kind(documents, "Ingress").get("metadata")).get("annotations")))
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(map(kind(documents, "Secret").get("stringData"))).containsKeys("SPRING_DATASOURCE_URL",
                "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "CROSSFIELD_MONITORING_PASSWORD");
    }

    private static String path(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> only(List<Map<String, Object>> documents) {
        assertThat(documents).hasSize(1);
        return documents.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
