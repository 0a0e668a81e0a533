package id.desatumis.partner.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.desatumis.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each endpoint, held against the issue's rules in one table: a partner (its partner or opd token) only
 * its own pledges; a village operator the forums and decisions of its desa (and the partners it invites to them) and
 * the matrix where it applies to its desa; an office the matrix and its own pledges; TKPKD, Dinas Sosial and auditors
 * read all; the public nothing. Every endpoint states its roles (a new one without is refused by configuration too,
 * quarkus.security.jaxrs.deny-unannotated-endpoints); which scope each role then sees is the API tests' business.
 */
class EndpointRolesTest {

    private static final Set<String> STAFF = Set.of(Roles.DINSOS, Roles.TKPKD);
    private static final Set<String> READ_ALL = Set.of(Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR);
    private static final Set<String> FORUM_READERS = Set.of(Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.VILLAGE_OPERATOR);
    private static final Set<String> PLEDGE_READERS = Set.of(Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.PARTNER, Roles.OPD);
    private static final Set<String> MATRIX_READERS = Set.of(Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD,
            Roles.VILLAGE_OPERATOR);

    private static final Map<String, Set<String>> POLICY = Map.ofEntries(
            entry("POST /partners", STAFF),
            entry("POST /partners/{id}/suspension", STAFF),
            entry("POST /partners/{id}/reinstatement", STAFF),
            entry("GET /partners", union(READ_ALL, Set.of(Roles.VILLAGE_OPERATOR, Roles.PARTNER, Roles.OPD))),
            entry("GET /partners/{id}", union(READ_ALL, Set.of(Roles.VILLAGE_OPERATOR, Roles.PARTNER, Roles.OPD))),
            entry("POST /partners/{id}/pledges", Set.of(Roles.DINSOS, Roles.PARTNER, Roles.OPD)),
            entry("GET /partners/{id}/pledges", PLEDGE_READERS),
            entry("GET /partners/{id}/allocations", PLEDGE_READERS),
            entry("POST /pledges/{id}/acceptance", STAFF),
            entry("POST /pledges/{id}/decline", STAFF),
            entry("POST /pledges/{id}/withdrawal", Set.of(Roles.DINSOS, Roles.PARTNER, Roles.OPD)),
            entry("GET /pledges/{id}", PLEDGE_READERS),
            entry("POST /forums", union(STAFF, Set.of(Roles.VILLAGE_OPERATOR))),
            entry("POST /forums/{id}/invitations", union(STAFF, Set.of(Roles.VILLAGE_OPERATOR))),
            entry("POST /forums/{id}/attendance", union(STAFF, Set.of(Roles.VILLAGE_OPERATOR))),
            entry("POST /forums/{id}/decisions", union(STAFF, Set.of(Roles.VILLAGE_OPERATOR))),
            entry("GET /forums", FORUM_READERS),
            entry("GET /forums/{id}", FORUM_READERS),
            entry("GET /attendance", FORUM_READERS),
            entry("GET /decisions/{number: .+}", FORUM_READERS),
            entry("POST /matrix/{kind}/{areaCode}/assignments", STAFF),
            entry("POST /matrix/{kind}/{areaCode}/clearances", STAFF),
            entry("GET /matrix", union(MATRIX_READERS, Set.of(Roles.PARTNER))),
            entry("GET /matrix/{kind}/{areaCode}", MATRIX_READERS),
            entry("GET /matrix/{kind}/{areaCode}/history", MATRIX_READERS),
            entry("GET /matrix/gaps", MATRIX_READERS));

    @Test
    void everyEndpointAllowsExactlyTheRolesOfTheIssue() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.desatumis.partner.api")) {
            Class<?> resource = c.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) continue;
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) continue;
                Path sub = m.getAnnotation(Path.class);
                RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                        : resource.getAnnotation(RolesAllowed.class);
                assertThat(roles).as(verb + " " + root.value() + " states its roles").isNotNull();
                declared.put(verb + " " + root.value() + (sub == null ? "" : sub.value()), Set.of(roles.value()));
            }
        }
        assertThat(declared).isEqualTo(new TreeMap<>(POLICY));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(Stream.concat(a.stream(), b.stream()).toList());
    }
}
