package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.monitoring.config.DashboardConfig;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.time.Instant;
import java.util.Date;

/**
 * The dashboard's browser session. A browser's EventSource sends no Authorization header, and a token kept in
 * localStorage or a URL leaks, so the dashboard keeps the token in an HttpOnly, SameSite=Strict cookie that
 * smallrye-jwt reads ({@code mp.jwt.token.cookie}); bearer headers still work for every API.
 */
@Path("/dasbor")
@Tag(name = "Dashboard")
public class DashboardSessionResource {

    static final String COOKIE = "dasbor";
    private static final int MAX_TOKEN_LENGTH = 16_384;
    private static final String SESSION_COOKIE = "dasbor=eyJhbGciOiJSUzI1NiJ9...; Path=/; HttpOnly; SameSite=Strict";

    private final JWTParser parser;
    private final DashboardConfig config;
    private final CurrentIdentityAssociation identities;

    public DashboardSessionResource(JWTParser parser, DashboardConfig config, CurrentIdentityAssociation identities) {
        this.parser = parser;
        this.config = config;
        this.identities = identities;
    }

    @Schema(description = "A sign-in: the token to keep in the dashboard's cookie")
    public record SignIn(@Schema(description = "A bearer JWT this service accepts (not expired, ours)", required = true,
            minLength = 1, maxLength = MAX_TOKEN_LENGTH, examples = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkaW5zb3Mtc3JpIn0.c2ln")
                         String token) {
    }

    @POST
    @Path("/sesi")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signInDashboard", summary = "Sign the browser in",
            description = "Anyone: verifies the token and keeps it in the HttpOnly, SameSite=Strict cookie 'dasbor' "
                    + "until it expires. An invalid token is 400 (valid-token); a request whose Origin names another "
                    + "host is 403. A plain form (application/x-www-form-urlencoded, field token) is answered 303 to "
                    + "/dasbor/ with the same cookie.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignIn.class)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = SignIn.class))})
    @APIResponse(responseCode = "200", description = "Signed in (a JSON sign-in): who the session is",
            headers = @Header(name = "Set-Cookie", description = "The session cookie",
                    schema = @Schema(type = SchemaType.STRING, examples = SESSION_COOKIE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardSession.class)))
    @APIResponse(responseCode = "303", description = "Signed in (a form sign-in): on to the dashboard", headers = {
            @Header(name = "Location", description = "The dashboard", schema = @Schema(type = SchemaType.STRING,
                    examples = "/dasbor/")),
            @Header(name = "Set-Cookie", description = "The session cookie",
                    schema = @Schema(type = SchemaType.STRING, examples = SESSION_COOKIE))})
    @APIResponse(responseCode = "403", description = "Posted from another site's page (its Origin names another host)")
    public Response signIn(SignIn body, @Context UriInfo uri, @Context HttpHeaders headers) {
        sameOrigin(headers);
        JsonWebToken jwt = verified(body == null ? null : body.token());
        return Response.ok(DashboardSessions.of(jwt, loginUrl())).cookie(cookie(jwt, uri)).build();
    }

    @POST
    @Path("/sesi")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signInForm(@FormParam("token") String token, @Context UriInfo uri, @Context HttpHeaders headers) {
        sameOrigin(headers);
        JsonWebToken jwt = verified(token);
        return Response.seeOther(URI.create("/dasbor/")).cookie(cookie(jwt, uri)).build();
    }

    @GET
    @Path("/sesi")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDashboardSession", summary = "Who the browser's session is",
            description = "Anyone: the session's subject, roles and scope from its verified token; signedIn=false (and "
                    + "a stale cookie cleared) when there is none.")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardSession.class)))
    public Uni<Response> current(@Parameter(description = "The session cookie, set by signing in",
            example = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkaW5zb3Mtc3JpIn0.c2ln", schema = @Schema(type = SchemaType.STRING))
                                 @CookieParam(COOKIE) String cookie, @Context UriInfo uri) {
        DashboardSession signedOut = DashboardSession.signedOut(loginUrl());
        return identities.getDeferredIdentity()
                .map(id -> !id.isAnonymous() && id.getPrincipal() instanceof JsonWebToken jwt
                        ? Response.ok(DashboardSessions.of(jwt, loginUrl())).build()
                        : signedOut(signedOut, cookie, uri))
                .onFailure().recoverWithItem(() -> signedOut(signedOut, cookie, uri));
    }

    @POST
    @Path("/keluar")
    @PermitAll
    @Operation(operationId = "signOutDashboard", summary = "Sign the browser out",
            description = "Anyone: clears the session cookie.")
    @APIResponse(responseCode = "204", description = "Signed out", headers = @Header(name = "Set-Cookie",
            description = "The cookie, cleared", schema = @Schema(type = SchemaType.STRING,
            examples = "dasbor=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict")))
    @APIResponse(responseCode = "413", description = "A body over 1 MB (the operation reads none)")
    public Response signOut(@Context UriInfo uri) {
        return Response.noContent().cookie(cleared(uri)).build();
    }

    private Response signedOut(DashboardSession body, String cookie, UriInfo uri) {
        Response.ResponseBuilder r = Response.ok(body);
        return (cookie == null ? r : r.cookie(cleared(uri))).build();
    }

    private JsonWebToken verified(String token) {
        if (token == null || token.isBlank()) throw Problems.invalid("token", "required", "paste a token");
        if (token.length() > MAX_TOKEN_LENGTH) throw Problems.invalid("token", "max-length", "the token is too long");
        try {
            return parser.parse(token.strip());
        } catch (ParseException e) {
            throw Problems.invalid("token", "valid-token", "the token is not valid here (expired, or not ours)");
        }
    }

    /**
     * A sign-in posted from another site's page (login CSRF) is refused: the Origin a browser sends must name the host
     * the request was made to (as the browser saw it: Host, or X-Forwarded-Host behind a proxy). A request without
     * Origin is not a browser's cross-site post.
     */
    private static void sameOrigin(HttpHeaders headers) {
        String origin = headers.getHeaderString("Origin");
        if (origin == null) return;
        String host;
        try {
            host = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || !(host.equalsIgnoreCase(headers.getHeaderString("Host"))
                || host.equalsIgnoreCase(headers.getHeaderString("X-Forwarded-Host")))) {
            throw new ProblemException(Problems.FORBIDDEN, "sign in from the dashboard's own page");
        }
    }

    private static NewCookie cookie(JsonWebToken jwt, UriInfo uri) {
        long expires = jwt.getExpirationTime();
        int maxAge = (int) Math.max(0, expires - Instant.now().getEpochSecond());
        return base(uri).value(jwt.getRawToken()).maxAge(maxAge).expiry(Date.from(Instant.ofEpochSecond(expires)))
                .build();
    }

    private static NewCookie cleared(UriInfo uri) {
        return base(uri).value("").maxAge(0).expiry(Date.from(Instant.EPOCH)).build();
    }

    private static NewCookie.Builder base(UriInfo uri) {
        return new NewCookie.Builder(COOKIE).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme()));
    }

    private String loginUrl() {
        return config.loginUrl().filter(s -> !s.isBlank()).orElse(null);
    }
}
