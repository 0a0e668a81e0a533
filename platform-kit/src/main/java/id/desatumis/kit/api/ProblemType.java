package id.desatumis.kit.api;

/** A kind of problem, served as a short explanation at {@code /problems/<slug>}. */
public record ProblemType(String slug, int status, String title, String description) {
    public String uri() {
        return "/problems/" + slug;
    }
}
