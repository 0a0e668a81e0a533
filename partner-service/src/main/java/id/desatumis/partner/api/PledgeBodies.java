package id.desatumis.partner.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeTerms;
import id.desatumis.partner.domain.PledgeUnit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the pledge commands, and how their fields are read: names into the domain's kinds, levels and units,
 * area codes against the region catalog, amounts into whole rupiah and units (never a fraction, never a double).
 * The rules of the terms themselves are the domain's ({@link PledgeTerms#broken}).
 */
public final class PledgeBodies {

    /** The largest amount of rupiah or units taken: sums of a pledge's figures stay far from overflowing a long. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000_000_000L);

    private PledgeBodies() {
    }

    /** @param validFrom and {@code validUntil}: ISO dates (YYYY-MM-DD), the first and the last day */
    @Schema(name = "PledgeOffer", description = "What a partner offers: kinds of need, where, how much, and when",
            requiredProperties = {"kinds", "scope", "capacity", "validFrom", "validUntil"})
    public record Offer(
            @Schema(type = SchemaType.ARRAY, implementation = NeedKind.class, minItems = 1, maxItems = 8, uniqueItems = true,
                    examples = "[\"HOUSE_REPAIR\"]", description = "The kinds of need it serves, each once") List<String> kinds,
            @Schema(description = "Where it may be used") Scope scope,
            @Schema(description = "What was offered") Capacity capacity,
            @Schema(format = "date", examples = "2026-12-01", description = "The first day") String validFrom,
            @Schema(format = "date", examples = "2027-11-30", description = "The last day: on or after validFrom, not "
                    + "past") String validUntil) {
    }

    /** {@code codes} may be left out for the regency (33.14). */
    @Schema(name = "PledgeOfferScope", description = "Where the pledge may be used: areas all of one level",
            requiredProperties = "level")
    public record Scope(
            @Schema(description = "The level of every area", type = SchemaType.STRING, enumeration = {"REGENCY", "KECAMATAN", "DESA"}) String level,
            @Schema(type = SchemaType.ARRAY, implementation = ApiSchemas.AreaCode.class, minItems = 1, uniqueItems = true,
                    examples = "[\"33.14.07\"]", description = "Kemendagri codes of Sragen of that level, each once; may "
                    + "be left out for REGENCY (33.14)") List<String> codes) {
    }

    /** Rupiah and/or units (JSON integers), with the unit when units are offered. */
    @Schema(name = "PledgeCapacity", description = "Rupiah and/or units (JSON integers): at least one; the unit exactly "
            + "when units are offered")
    public record Capacity(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = "1000000000000000",
                    examples = "500000000", description = "Whole rupiah") BigDecimal rupiah,
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = "1000000000000000",
                    examples = "25", description = "Whole units") BigDecimal units,
            @Schema(type = SchemaType.STRING, enumeration = {"HOUSE", "CONNECTION", "LATRINE", "SCHOLARSHIP", "POLICY", "PERSON", "PACKAGE", "BUSINESS"}, description = "What a unit is") String unit) {
    }

    @Schema(name = "PledgeAcceptance", requiredProperties = "decisionNumber")
    public record Acceptance(
            @Schema(pattern = ApiSchemas.DECISION_PATTERN, examples = ApiSchemas.DECISION_EXAMPLE, description = "A "
                    + "recorded forum decision approving PLEDGE (this pledge, if it names one) whose area holds every "
                    + "area of the scope") String decisionNumber) {
    }

    @Schema(name = "PledgeDecline", requiredProperties = "reason")
    public record Decline(
            @Schema(description = "Why", minLength = 1, maxLength = FieldChecks.REASON_MAX, examples = "Di luar prioritas tahun 2027")
            String reason) {
    }

    /** Rupiah and/or units, or {@code entire} for all that remains; and why. */
    @Schema(name = "PledgeWithdrawal", description = "Rupiah and/or units of the unreserved remainder, or entire for all "
            + "of it (which closes the pledge to new reservations), not both; and why", requiredProperties = "reason")
    public record Withdrawal(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = "1000000000000000",
                    examples = "100000000", description = "Whole rupiah") BigDecimal rupiah,
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = "1000000000000000",
                    examples = "5", description = "Whole units") BigDecimal units,
            @Schema(examples = "false", description = "All that remains") Boolean entire,
            @Schema(description = "Why", minLength = 1, maxLength = FieldChecks.REASON_MAX, examples = "Anggaran CSR 2027 dialihkan")
            String reason) {
    }

    /** The body, which every command has. */
    static <T> T required(T body) {
        if (body == null) throw Problems.invalid("body", "required", "a JSON object is required");
        return body;
    }

    /** The domain's rules broken by a request's fields, as field errors to answer with the request's own. */
    static List<FieldError> fieldErrors(List<RuleBroken> broken) {
        return broken.stream().map(r -> new FieldError(r.field(), r.rule(), r.getMessage())).toList();
    }

    static PledgeTerms terms(Offer b, RegionCatalog regions, List<FieldError> errors) {
        Capacity c = b.capacity();
        Amounts capacity = c == null ? null : new Amounts(whole("capacity.rupiah", "rupiah-whole", c.rupiah(), errors),
                whole("capacity.units", "units-whole", c.units(), errors));
        PledgeUnit unit = c == null ? null : unit(c.unit(), errors);
        return new PledgeTerms(kinds(b.kinds(), errors), scope(b.scope(), regions, errors), capacity, unit,
                FieldChecks.optionalDate("validFrom", b.validFrom(), errors),
                FieldChecks.optionalDate("validUntil", b.validUntil(), errors));
    }

    static Amounts amounts(Withdrawal b, List<FieldError> errors) {
        return new Amounts(whole("rupiah", "rupiah-whole", b.rupiah(), errors), whole("units", "units-whole", b.units(), errors));
    }

    /** The kinds named; unknown ones are errors (and left out). */
    private static List<NeedKind> kinds(List<String> names, List<FieldError> errors) {
        if (names == null) return null;
        if (names.size() > NeedKind.values().length) {
            errors.add(new FieldError("kinds", "kind-repeated", "each kind of need at most once"));
            return null;
        }
        List<NeedKind> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            NeedKind kind = FieldChecks.oneOf("kinds[" + i + "]", names.get(i), NeedKind.class, "kind-unknown", errors);
            if (kind != null) out.add(kind);
        }
        return out;
    }

    private static AreaScope scope(Scope s, RegionCatalog regions, List<FieldError> errors) {
        if (s == null) return null;
        Area.Level level = FieldChecks.oneOf("scope.level", s.level(), Area.Level.class, "scope-level-unknown", errors);
        if (level == null) return null;
        List<String> codes = s.codes() == null && level == Area.Level.REGENCY ? List.of(RegionCatalog.SRAGEN) : s.codes();
        if (codes == null) return new AreaScope(level, List.of());
        if (codes.size() > regions.sragenDesa().size()) {
            errors.add(new FieldError("scope.codes", "area-repeated", "each area of Sragen at most once"));
            return null;
        }
        boolean known = true;
        for (int i = 0; i < codes.size(); i++) {
            known &= FieldChecks.area("scope.codes[" + i + "]", codes.get(i), regions, errors) != null;
        }
        return known ? new AreaScope(level, codes) : null;
    }

    private static PledgeUnit unit(String name, List<FieldError> errors) {
        return FieldChecks.optionalOneOf("capacity.unit", name, PledgeUnit.class, "unit-unknown", errors);
    }

    /** A whole amount, or null when not given; a fraction or an amount past the largest is an error. */
    private static Long whole(String field, String rule, BigDecimal value, List<FieldError> errors) {
        if (value == null) return null;
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, rule, "a whole number, without a fraction"));
            return null;
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "amount-too-large", "at most " + MAX_AMOUNT.toPlainString()));
            return null;
        }
        return value.longValueExact();
    }
}
