package id.desatumis.assistance.api;

import id.desatumis.assistance.application.OpdQueries;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Stage;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The OPD lists' parameters: {@code stage}, {@code desa}, {@code kind}, {@code since} (changed at or after: an
 * ISO-8601 date-time with its offset, or a date, from its start in Sragen), {@code page} from 0 and {@code size} up to
 * 200. Every broken one is named in one problem, never with the value sent.
 */
public class OpdListParams {

    private static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");

    @QueryParam("stage")
    @Parameter(description = "The stage", schema = @Schema(implementation = Stage.class))
    String stage;
    @QueryParam("desa")
    @Parameter(description = "A desa's Kemendagri code (one of Sragen's)", example = ApiSchema.DESA_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, pattern = ApiSchema.DESA_PATTERN))
    String desa;
    @QueryParam("kind")
    @Parameter(description = "The kind of need", schema = @Schema(implementation = NeedKind.class))
    String kind;
    @QueryParam("since")
    @Parameter(description = "Changed at or after: an ISO-8601 date-time with its offset, or a date (from its start "
            + "in Sragen)", example = ApiSchema.DATE_TIME_EXAMPLE, schema = @Schema(type = SchemaType.STRING))
    String since;
    @QueryParam("page")
    @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
    String page;
    @QueryParam("size")
    @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
    String size;

    record Read(OpdQueries.Filter filter, int page, int size) {
    }

    /** Every parameter: the interventions' list. */
    Read read(RegionCatalog regions) {
        List<FieldError> errors = new ArrayList<>();
        var filter = new OpdQueries.Filter(FieldReaders.oneOf("stage", stage, Stage.class, "stage-unknown", errors),
                FieldReaders.desa("desa", desa, regions, errors),
                FieldReaders.oneOf("kind", kind, NeedKind.class, "kind-unknown", errors), since(errors));
        Read read = new Read(filter, FieldReaders.page(page, errors), FieldReaders.size(size, errors));
        FieldReaders.refuse(errors);
        return read;
    }

    /** The page alone: the overdue list has no filter (its own parameters, so that the document lists no other). */
    public static class Paging {

        @QueryParam("page")
        @Parameter(description = ApiSchema.PAGE_DESCRIPTION, example = "0",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000"))
        String page;
        @QueryParam("size")
        @Parameter(description = ApiSchema.SIZE_DESCRIPTION, example = "50",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
        String size;

        Read paging() {
            List<FieldError> errors = new ArrayList<>();
            Read read = new Read(new OpdQueries.Filter(null, null, null, null), FieldReaders.page(page, errors),
                    FieldReaders.size(size, errors));
            FieldReaders.refuse(errors);
            return read;
        }
    }

    private OffsetDateTime since(List<FieldError> errors) {
        if (since == null || since.isBlank()) return null;
        try {
            return OffsetDateTime.parse(since.strip());
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(since.strip()).atStartOfDay(SRAGEN).toOffsetDateTime();
            } catch (DateTimeParseException notADate) {
                errors.add(new FieldError("since", "since-format",
                        "since is an ISO-8601 date-time with its offset, or a date YYYY-MM-DD"));
                return null;
            }
        }
    }
}
