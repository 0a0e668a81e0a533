package id.desatumis.kit.api;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Aggregate versions as strong ETags ({@code "5"}), and If-Match parsing. */
public final class Versions {

    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Empty when there is no If-Match; a malformed one is a 400 problem. */
    public static OptionalLong parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        var m = STRONG.matcher(header.trim());
        if (!m.matches()) {
            throw Problems.invalid("If-Match", "etag", "If-Match must be one strong ETag as this API returns it, for example \"3\"");
        }
        return OptionalLong.of(Long.parseLong(m.group(1)));
    }

    /** A stale If-Match is refused before any decision is taken. */
    public static void checkIfMatch(OptionalLong ifMatch, long currentVersion) {
        if (ifMatch.isPresent() && ifMatch.getAsLong() != currentVersion) {
            throw Problems.preconditionFailed(currentVersion);
        }
    }
}
