package id.desatumis.kit.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request's path and query before any resource does, and refuses with a problem what no parameter of ours
 * may hold: a target longer than {@code desatumis.http.max-target-length} (414), a percent-encoding that is not
 * UTF-8 or not an encoding at all, and control characters (a NUL, a line break). Without it a NUL in a query
 * parameter reaches PostgreSQL, which cannot store it in text and fails the request with a 500; and the HTTP server's
 * own limit on the request line answers 414 with no body. The server's limit is set above this one (the kit's
 * configuration), so that every request this guard can read is answered by it.
 */
@ApplicationScoped
public class RequestTargetGuard {

    private final int maxTargetLength;

    public RequestTargetGuard(@ConfigProperty(name = "desatumis.http.max-target-length", defaultValue = "8192") int maxTargetLength) {
        this.maxTargetLength = maxTargetLength;
    }

    void install(@Observes Router router) {
        router.route().order(-1001).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String target = ctx.request().uri();
        if (target.length() > maxTargetLength) {
            EarlyRefusals.refuse(ctx, 414, "uri-too-long", "The request's address is too long",
                    "at most " + maxTargetLength + " characters of path and query");
            return;
        }
        String path = ctx.request().path();
        for (String segment : path.split("/")) {
            if (broken(ctx, "path", segment, false)) return;
        }
        String query = ctx.request().query();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (broken(ctx, "query", name, true)) return;
                String shown = decodedOrRaw(name);
                if (eq >= 0 && broken(ctx, shown, pair.substring(eq + 1), true)) return;
            }
        }
        ctx.next();
    }

    /** Refuses and answers true when a part of the target is not readable text. */
    private static boolean broken(RoutingContext ctx, String field, String raw, boolean plusIsSpace) {
        String text;
        try {
            text = decode(raw, plusIsSpace);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            EarlyRefusals.refuseField(ctx, 400, "validation-failed", "The request breaks a rule", field,
                    "text-encoding", "must be percent-encoded UTF-8");
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                EarlyRefusals.refuseField(ctx, 400, "validation-failed", "The request breaks a rule", field,
                        "text-control-character", "must not hold control characters");
                return true;
            }
        }
        return false;
    }

    private static String decodedOrRaw(String raw) {
        try {
            String name = decode(raw, true);
            return name.chars().allMatch(c -> c >= 0x20 && c != 0x7F) && name.length() <= 64 ? name : "query";
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return "query";
        }
    }

    /** Percent-decoding as UTF-8 that refuses, rather than replaces, what is not UTF-8. */
    static String decode(String raw, boolean plusIsSpace) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) throw new IllegalArgumentException("a truncated percent-encoding");
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw new IllegalArgumentException("not a percent-encoding");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    }
}
