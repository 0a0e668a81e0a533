package id.desatumis.kit.api;

/** A kind of problem, served as a short explanation at {@code /problems/<slug>}. */
public record ProblemType(String slug, int status, String title, String description) {
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
