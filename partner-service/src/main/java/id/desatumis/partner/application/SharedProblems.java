package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The rules every part of partner-service shares (citing a forum decision, naming a partner, the fields every request
 * has); each part declares its own rules in its own catalog. Rule names are unique across the service's catalogs.
 */
@ApplicationScoped
public class SharedProblems implements ProblemTypeCatalog {

    @Override
    public List<ProblemType> types() {
        return List.of(
                new ProblemType("decision-unknown", 409, "No such forum decision",
                        "The decision cited must be recorded first, under its number, by the forum that took it."),
                new ProblemType("decision-approves-otherwise", 409, "The decision approves something else",
                        "A decision cited must approve this kind of thing (a pledge, a matrix entry, ...), and this one "
                                + "if it names what it approves."),
                new ProblemType("decision-other-area", 409, "A decision of another area",
                        "A forum decision holds for the forum's area and the areas within it: a musyawarah desa decides "
                                + "for its desa, a musyawarah kecamatan for its kecamatan, TKPKD for the regency."),
                new ProblemType("partner-unknown", 409, "No such partner", "The partner named is not registered."),
                new ProblemType("partner-suspended", 409, "The partner is suspended",
                        "A suspended partner cannot take on anything new until it is reinstated."),
                new ProblemType("not-your-partner", 403, "Another partner's",
                        "A partner's or an office's token acts for that partner only."),
                new ProblemType("required", 400, "A required field is missing", "The field named in errors is required."),
                new ProblemType("max-length", 400, "Too long", "The field named in errors is longer than allowed."),
                new ProblemType("text-control-character", 400, "A control character in a text",
                        "Texts hold no control characters but tab and line breaks (no NUL, no escape)."),
                new ProblemType("text-encoding", 400, "Not Unicode text",
                        "Texts are Unicode: no half of a UTF-16 surrogate pair (an escape \\uD800 to \\uDFFF alone)."),
                new ProblemType("max-size", 400, "Too many", "The list named in errors has more entries than allowed."),
                new ProblemType("date-format", 400, "Not a date",
                        "Dates are YYYY-MM-DD, from 2000-01-01 to 9999-12-31."),
                new ProblemType("id-format", 400, "Not an id", "Ids are UUIDs, as this API returns them."),
                new ProblemType("kind-unknown", 400, "No such kind of need",
                        "HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING "
                                + "or FOOD_ASSISTANCE."),
                new ProblemType("area-unknown", 400, "No such area",
                        "Areas are Kemendagri codes of Kabupaten Sragen: the regency 33.14, a kecamatan (33.14.07) or a "
                                + "desa (33.14.07.2003)."));
    }
}
