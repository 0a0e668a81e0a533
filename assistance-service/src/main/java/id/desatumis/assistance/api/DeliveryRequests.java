package id.desatumis.assistance.api;

import id.desatumis.assistance.application.DeliveryCommands;
import id.desatumis.assistance.application.UnplannedDeliveries;
import id.desatumis.assistance.domain.Confirmation;
import id.desatumis.assistance.domain.DisputeGround;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Resolution;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery requests read into the use cases' terms, every field checked ({@link DeliveryFields}); a request that
 * breaks any rule is refused whole with all of them named ({@code Problems.invalid}).
 */
final class DeliveryRequests {

    /** A request read: its value, or the rules it broke. */
    record Read<T>(T value, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }

        T orRefuse() {
            if (!valid()) throw Problems.invalid(errors);
            return value;
        }
    }

    /** One report of a batch, with the intervention it is for. */
    record BatchReport(UUID interventionId, DeliveryCommands.Report report) {
    }

    private DeliveryRequests() {
    }

    static Read<DeliveryCommands.Report> report(DeliveryBodies.Report b) {
        DeliveryFields f = fields("");
        if (b == null) return body(f);
        var report = new DeliveryCommands.Report(f.date("deliveredOn", b.deliveredOn()),
                f.text("description", b.description(), DeliveryFields.DESCRIPTION_MAX), f.amount("amount", b.amount()),
                f.tranche("tranche", b.tranche()), f.evidence("evidence", b.evidence()),
                f.optionalText("onBehalfReason", b.onBehalfReason(), DeliveryFields.REASON_MAX));
        return read(report, f);
    }

    /** An item of a batch: its fields named under {@code items[i].}. */
    static Read<BatchReport> item(DeliveryBodies.BatchItem b, int index) {
        DeliveryFields f = fields("items[" + index + "].");
        if (b == null) return body(f);
        UUID interventionId = f.id("interventionId", b.interventionId());
        var report = new DeliveryCommands.Report(f.date("deliveredOn", b.deliveredOn()),
                f.text("description", b.description(), DeliveryFields.DESCRIPTION_MAX), f.amount("amount", b.amount()),
                f.tranche("tranche", b.tranche()), f.evidence("evidence", b.evidence()), null);
        return read(new BatchReport(interventionId, report), f);
    }

    static Read<DeliveryCommands.Confirmed> verification(DeliveryBodies.Verification b) {
        DeliveryFields f = fields("");
        if (b == null) return body(f);
        return read(new DeliveryCommands.Confirmed(
                f.oneOf("confirmedBy", b.confirmedBy(), Confirmation.ConfirmedBy.class, "confirmed-by-unknown"),
                f.date("confirmedOn", b.confirmedOn()),
                f.oneOf("method", b.method(), Confirmation.Method.class, "confirmation-method-unknown")), f);
    }

    record Disputed(DisputeGround ground, String reason) {
    }

    static Read<Disputed> dispute(DeliveryBodies.Dispute b) {
        DeliveryFields f = fields("");
        if (b == null) return body(f);
        return read(new Disputed(f.oneOf("ground", b.ground(), DisputeGround.class, "dispute-ground-unknown"),
                f.text("reason", b.reason(), DeliveryFields.REASON_MAX)), f);
    }

    record Resolved(Resolution resolution, String reason) {
    }

    static Read<Resolved> resolution(DeliveryBodies.Resolution b) {
        DeliveryFields f = fields("");
        if (b == null) return body(f);
        return read(new Resolved(f.oneOf("resolution", b.resolution(), Resolution.class, "resolution-unknown"),
                f.text("reason", b.reason(), DeliveryFields.REASON_MAX)), f);
    }

    /** An unplanned delivery; a personal kind names the member, a household's kind none. */
    static Read<UnplannedDeliveries.Unplanned> unplanned(DeliveryBodies.Unplanned b) {
        DeliveryFields f = fields("");
        if (b == null) return body(f);
        UUID household = f.id("householdId", b.householdId());
        NeedKind kind = f.oneOf("kind", b.kind(), NeedKind.class, "kind-unknown");
        UUID member = f.optionalId("memberId", b.memberId());
        if (kind != null && kind.personal() && b.memberId() == null) {
            f.error("memberId", "member-required", kind + " is a member's need: name the member");
        } else if (kind != null && !kind.personal() && member != null) {
            f.error("memberId", "member-not-for-kind", kind + " is the household's need: name no member");
        }
        return read(new UnplannedDeliveries.Unplanned(household, member, kind,
                f.text("programme", b.programme(), DeliveryFields.PROGRAMME_MAX), f.date("deliveredOn", b.deliveredOn()),
                f.text("description", b.description(), DeliveryFields.DESCRIPTION_MAX), f.amount("amount", b.amount()),
                f.evidence("evidence", b.evidence())), f);
    }

    private static DeliveryFields fields(String prefix) {
        return new DeliveryFields(new ArrayList<>(), prefix);
    }

    private static <T> Read<T> read(T value, DeliveryFields f) {
        return new Read<>(value, f.errors());
    }

    private static <T> Read<T> body(DeliveryFields f) {
        f.required("body");
        return new Read<>(null, f.errors());
    }
}
