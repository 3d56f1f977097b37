package fr.renfortrh.deploy;

import fr.renfortrh.contracts.Topics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests read through the Kubernetes API models (fabric8): every object must be a valid instance of
 * its kind, and the rules production relies on must hold (probes, resources, autoscaling, disruption
 * budgets, no secret in git, every topic the services use declared with its dead-letter topic).
 */
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("k8s/base");
    private static final Path NATIONAL = Path.of("k8s/overlays/national");
    private static final Pattern SECRET_NAMES = Pattern.compile(".*(PASSWORD|SECRET|API_KEY|MONGODB_URI).*");

    private static final List<HasMetadata> BASE_OBJECTS = objects(BASE);

    @Test
    void everyFileOfTheBaseIsListedInTheKustomizationAndEveryObjectIsAValidKubernetesObject() throws IOException {
        List<String> listed = resources(BASE);
        try (Stream<Path> files = Files.walk(BASE)) {
            assertThat(files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
                    .map(f -> BASE.relativize(f).toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(BASE_OBJECTS).allSatisfy(o -> {
            assertThat(o.getApiVersion()).isNotBlank();
            assertThat(o.getMetadata().getName()).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
        });
        assertThat(BASE_OBJECTS).filteredOn(o -> o instanceof GenericKubernetesResource)
                .extracting(HasMetadata::getKind)
                .as("only custom resources of the operators are left untyped")
                .allMatch(Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "Keycloak")::contains);
    }

    @Test
    void everyApplicationHasActuatorProbesResourcesAndRunsAsAnUnprivilegedUser() {
        List<Deployment> deployments = of(Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("volunteer-profile", "establishment-needs", "matching", "notification", "gateway");
        for (Deployment deployment : deployments) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            Container app = pod.getContainers().getFirst();
            assertThat(app.getAdditionalProperties()).as("fields unknown to Kubernetes (typos)").isEmpty();
            assertThat(pod.getAdditionalProperties()).as("fields unknown to Kubernetes (typos)").isEmpty();
            assertThat(app.getImage()).doesNotEndWith(":latest").contains(":");
            assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(app.getStartupProbe()).isNotNull();
            assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(app.getResources().getLimits()).containsKey("memory");
            assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        }
    }

    @Test
    void everyApplicationIsAutoscaledProtectedFromDisruptionAndReachableThroughAServiceSelectingItsPods() {
        for (Deployment deployment : of(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            HorizontalPodAutoscaler hpa = named(HorizontalPodAutoscaler.class, name);
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(labels).containsAllEntriesOf(named(PodDisruptionBudget.class, name).getSpec().getSelector().getMatchLabels());
            assertThat(labels).containsAllEntriesOf(named(Service.class, name).getSpec().getSelector());
        }
        assertThat(named(Service.class, "gateway").getSpec().getSessionAffinity())
                .as("browser sessions are shared in MongoDB: any gateway replica serves any browser").isNotEqualTo("ClientIP");
        assertThat(named(Deployment.class, "gateway").getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv())
                .anySatisfy(env -> assertThat(env.getName()).isEqualTo("MONGODB_URI"));
    }

    @Test
    void noSecretIsWrittenInTheManifestsOnlyReferencedFromTheSecret() throws IOException {
        List<EnvVar> env = of(Deployment.class).stream()
                .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                .flatMap(c -> c.getEnv().stream()).toList();
        assertThat(env).filteredOn(e -> SECRET_NAMES.matcher(e.getName()).matches()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("renfort-secrets"));
        String kustomization = Files.readString(BASE.resolve("kustomization.yaml"));
        assertThat(Arrays.stream(kustomization.split("\n")).filter(line -> line.trim().startsWith("- ") && line.contains("=")))
                .noneMatch(line -> SECRET_NAMES.matcher(line.split("=")[0]).matches());
        assertThat(BASE_OBJECTS).noneMatch(o -> o.getKind().equals("Secret"));
    }

    @Test
    void everyTopicTheServicesUseIsDeclaredWithItsDeadLetterTopicReplicatedThreeTimes() {
        List<Map<String, Object>> topics = of(GenericKubernetesResource.class).stream()
                .filter(o -> o.getKind().equals("KafkaTopic"))
                .map(o -> (Map<String, Object>) o.getAdditionalProperties().get("spec")).toList();
        List<String> names = topics.stream().map(spec -> (String) spec.get("topicName")).toList();
        for (String topic : List.of(Topics.VOLUNTEERS, Topics.ESTABLISHMENTS, Topics.NEEDS, Topics.MATCHING, Topics.CONTACT_POINTS)) {
            assertThat(names).contains(topic, Topics.deadLetterOf(topic));
        }
        assertThat(topics).allSatisfy(spec -> assertThat(spec.get("replicas")).isEqualTo(3));
    }

    @Test
    void theNationalOverlayOnlyPatchesObjectsOfTheBase() {
        assertThat(resources(NATIONAL)).containsExactly("../../base");
        List<HasMetadata> patches = parse(NATIONAL.resolve("scale.yaml"));
        assertThat(patches).isNotEmpty().allSatisfy(patch -> assertThat(BASE_OBJECTS)
                .anyMatch(o -> o.getKind().equals(patch.getKind()) && o.getMetadata().getName().equals(patch.getMetadata().getName())));
        assertThat(patches).filteredOn(p -> p instanceof HorizontalPodAutoscaler).allSatisfy(p ->
                assertThat(((HorizontalPodAutoscaler) p).getSpec().getMaxReplicas())
                        .as("no more matching instances than partitions to share").isLessThanOrEqualTo(24));
    }

    private static <T extends HasMetadata> List<T> of(Class<T> type) {
        return BASE_OBJECTS.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T named(Class<T> type, String name) {
        return of(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    @SuppressWarnings("unchecked")
    private static List<String> resources(Path kustomizationDirectory) {
        Map<String, Object> kustomization = Serialization.unmarshal(read(kustomizationDirectory.resolve("kustomization.yaml")), Map.class);
        return (List<String>) kustomization.get("resources");
    }

    private static List<HasMetadata> objects(Path base) {
        return resources(base).stream().flatMap(file -> parse(base.resolve(file)).stream()).toList();
    }

    private static List<HasMetadata> parse(Path file) {
        List<HasMetadata> parsed = new ArrayList<>();
        for (String document : read(file).split("(?m)^---\\s*$")) {
            if (!document.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("#"))) {
                parsed.add(Serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return parsed;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
