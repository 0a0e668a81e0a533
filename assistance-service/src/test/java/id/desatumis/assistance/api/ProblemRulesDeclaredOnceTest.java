package id.desatumis.assistance.api;

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

/**
 * A rule is one problem type: declared once across the kit's problems and every catalog of the service (one per
 * part), so no part's page of a rule is silently replaced by another's; and the service serves its page.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ProblemRulesDeclaredOnceTest {

    @Inject
    Instance<ProblemTypeCatalog> catalogs;

    @Test
    void everyRuleIsDeclaredOnceAcrossTheServicesCatalogsAndServed() {
        Map<String, List<String>> declaredBy = new TreeMap<>();
        Problems.ALL.forEach(t -> declaredBy.computeIfAbsent(t.slug(), s -> new ArrayList<>()).add("kit Problems"));
        for (ProblemTypeCatalog catalog : catalogs) {
            String name = ClientProxy.unwrap(catalog).getClass().getSimpleName();
            for (ProblemType t : catalog.types()) declaredBy.computeIfAbsent(t.slug(), s -> new ArrayList<>()).add(name);
        }
        assertThat(declaredBy).containsKeys("budget-ceiling-exceeded", "rupiah-whole");
        assertThat(declaredBy.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
        for (String rule : declaredBy.keySet()) given().get("/problems/" + rule).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
