package id.desatumis.assistance.reference;

import id.desatumis.assistance.application.FieldProblems;
import id.desatumis.assistance.application.ReferenceProblems;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import id.desatumis.kit.api.Problems;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reference data's rules are served as problem pages, and each is declared once across the kit's problems and
 * every catalog of the service, so no part's page of a rule silently replaces another's.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ReferenceProblemsTest {

    @Inject
    Instance<ProblemTypeCatalog> catalogs;

    @Test
    void everyRuleIsDeclaredOnceAcrossTheServicesCatalogs() {
        Map<String, List<String>> declaredBy = new TreeMap<>();
        Problems.ALL.forEach(t -> declaredBy.computeIfAbsent(t.slug(), s -> new ArrayList<>()).add("kit Problems"));
        for (ProblemTypeCatalog catalog : catalogs) {
            String name = ClientProxy.unwrap(catalog).getClass().getSimpleName();
            for (ProblemType t : catalog.types()) declaredBy.computeIfAbsent(t.slug(), s -> new ArrayList<>()).add(name);
        }
        assertThat(declaredBy.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
    }

    @Test
    void eachRuleOfTheReferenceDataHasItsPage() {
        List<ProblemType> ours = new ArrayList<>(new ReferenceProblems().types());
        ours.addAll(new FieldProblems().types());
        for (ProblemType t : ours) {
            given().get("/problems/" + t.slug()).then().statusCode(200)
                    .body("status", equalTo(t.status())).body("title", equalTo(t.title()));
        }
    }
}
