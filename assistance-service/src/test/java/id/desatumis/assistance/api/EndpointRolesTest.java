package id.desatumis.assistance.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.desatumis.kit.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each endpoint, held against issue 10 in one table: Dinas Sosial (or the desa's operator for its desa)
 * plans, resources again, cancels and closes needs; Dinas Sosial alone keeps the budget lines and resolves disputes;
 * the responsible actor (its opd or partner token), Dinas Sosial or the desa's operator reports a delivery; the desa's
 * operator alone verifies or disputes it; an office (or a partner) uses the OPD API, and only an office reports
 * assistance outside any plan; TKPKD and auditors read; the public only looks its household's status up. Every
 * endpoint states its roles (one without is refused by configuration too, deny-unannotated-endpoints, checked here);
 * which scope each role then sees is the API tests' business.
 */
class EndpointRolesTest {

    /** What @PermitAll reads as in the table. */
    private static final String PUBLIC = "public";
    private static final Set<String> PLANNERS = Set.of(Roles.DINSOS, Roles.VILLAGE_OPERATOR);
    private static final Set<String> READERS = Set.of(Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR);
    private static final Set<String> ACTORS = Set.of(Roles.OPD, Roles.PARTNER);

    private static final Map<String, Set<String>> POLICY = Map.ofEntries(
            entry("POST /interventions", PLANNERS),
            entry("POST /interventions/{id}/resourcing", PLANNERS),
            entry("POST /interventions/{id}/cancellation", PLANNERS),
            entry("GET /interventions", READERS),
            entry("GET /interventions/{id}", union(READERS, ACTORS)),
            entry("POST /interventions/{interventionId}/deliveries", union(PLANNERS, ACTORS)),
            entry("GET /interventions/{interventionId}/deliveries", union(READERS, ACTORS)),
            entry("GET /interventions/{interventionId}/deliveries/{deliveryId}", union(READERS, ACTORS)),
            entry("POST /interventions/{interventionId}/deliveries/{deliveryId}/verification", Set.of(Roles.VILLAGE_OPERATOR)),
            entry("POST /interventions/{interventionId}/deliveries/{deliveryId}/dispute", Set.of(Roles.VILLAGE_OPERATOR)),
            entry("POST /interventions/{interventionId}/deliveries/{deliveryId}/resolution", Set.of(Roles.DINSOS)),
            entry("GET /opd/interventions", ACTORS),
            entry("GET /opd/overdue", ACTORS),
            entry("POST /opd/deliveries", ACTORS),
            entry("POST /opd/unplanned-deliveries", Set.of(Roles.OPD)),
            entry("POST /budget-lines", Set.of(Roles.DINSOS)),
            entry("POST /budget-lines/imports", Set.of(Roles.DINSOS)),
            entry("POST /budget-lines/{id}/ceiling-revisions", Set.of(Roles.DINSOS)),
            // the owning office reads its lines, the desa's operator its desa's APBDES lines
            entry("GET /budget-lines", union(READERS, Set.of(Roles.OPD))),
            entry("GET /budget-lines/{id}", union(READERS, Set.of(Roles.OPD))),
            entry("GET /budget-lines/{id}/commitments", union(READERS, Set.of(Roles.OPD))),
            entry("POST /households/{householdId}/needs/{needId}/closure", PLANNERS),
            entry("GET /households/{householdId}/needs", READERS),
            entry("GET /needs", READERS),
            entry("GET /actors", READERS),
            entry("GET /responsibility-leads/{kind}/{desaCode}", READERS),
            entry("POST /status-lookups", Set.of(PUBLIC)));

    @Test
    void everyEndpointAllowsExactlyTheRolesOfTheIssue() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.desatumis.assistance")) {
            Class<?> resource = c.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) continue;
            for (Method m : resource.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb == null) continue;
                Path sub = m.getAnnotation(Path.class);
                String endpoint = verb + " " + join(root.value(), sub == null ? "" : sub.value());
                declared.put(endpoint, roles(endpoint, resource, m));
            }
        }
        assertThat(declared).isEqualTo(new TreeMap<>(POLICY));
    }

    @Test
    void anEndpointThatStatesNoRolesIsRefused() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("quarkus.security.jaxrs.deny-unannotated-endpoints")).isEqualTo("true");
    }

    private static Set<String> roles(String endpoint, Class<?> resource, Method m) {
        if (m.isAnnotationPresent(PermitAll.class)) return Set.of(PUBLIC);
        RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        if (roles == null && resource.isAnnotationPresent(PermitAll.class)) return Set.of(PUBLIC);
        assertThat(roles).as(endpoint + " states its roles").isNotNull();
        return Set.of(roles.value());
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) return "GET";
        if (m.isAnnotationPresent(POST.class)) return "POST";
        if (m.isAnnotationPresent(PUT.class)) return "PUT";
        if (m.isAnnotationPresent(DELETE.class)) return "DELETE";
        if (m.isAnnotationPresent(PATCH.class)) return "PATCH";
        return null;
    }

    /** The root and the method's path as the router joins them: one slash between, none at the end. */
    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(Stream.concat(a.stream(), b.stream()).toList());
    }
}
