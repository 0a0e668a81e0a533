package id.desatumis.kit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of problem, served as a short explanation at {@code /problems/<slug>}. */
@Schema(description = "A kind of problem this service can answer with, and what it means")
public record ProblemType(
        @Schema(description = "Its name: a problem's type is /problems/<slug>", required = true, pattern = "^[a-z0-9-]+$", examples = "validation-failed") String slug,
        @Schema(description = "The HTTP status it is answered with", required = true, minimum = "400", maximum = "599", examples = "400") int status,
        @Schema(description = "Its title", required = true, examples = "The request breaks a rule") String title,
        @Schema(description = "What it means and what a client can do", required = true, examples = "A field is missing or breaks its rule: the problem names each") String description) {
    /** A rule about one field of the request, answered 400 with the field named. */
    public static ProblemType fieldRule(String slug, String title, String description) {
        return new ProblemType(slug, 400, title, description);
    }

    /** A rule about the state the request meets (what exists, what stage it is at), answered 409. */
    public static ProblemType stateRule(String slug, String title, String description) {
        return new ProblemType(slug, 409, title, description);
    }

    public String uri() {
        return "/problems/" + slug;
    }
}
