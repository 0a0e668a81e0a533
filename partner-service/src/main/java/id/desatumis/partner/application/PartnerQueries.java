package id.desatumis.partner.application;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.partner.application.views.ViewFreshness;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.persistence.views.PartnerView;
import id.desatumis.partner.persistence.views.PartnerViews;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Partners as the read models have them: by type, or one; a partner's or an office's token sees its own only. */
@ApplicationScoped
public class PartnerQueries {

    /** A partner as the queries answer it; a contact is a role, never a person. */
    @Schema(name = "Partner", description = "A registered actor: an OPD, a village government (PEMDES) or a partner",
            requiredProperties = {"partnerId", "type", "name", "contactRole", "status", "registeredAt", "version"})
    public record PartnerItem(
            @Schema(description = "The partner's id", format = "uuid", examples = "7d1c2f3e-5b8a-4c61-9e0f-2a4b6c8d0e1f") UUID partnerId,
            @Schema(description = "What kind of actor it is", type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}) String type,
            @Schema(description = "The partner's name", examples = "Baznas Kabupaten Sragen", maxLength = 200) String name,
            @Schema(nullable = true, pattern = "^[A-Za-z0-9._-]{2,30}$", examples = "DINSOS",
                    description = "An OPD's office code; null for every other type") String opdCode,
            @Schema(examples = "Ketua Bidang Pendistribusian", maxLength = 200,
                    description = "The role to contact, never a person's name") String contactRole,
            @Schema(description = "ACTIVE or SUSPENDED", type = SchemaType.STRING, enumeration = {"ACTIVE", "SUSPENDED"}) String status,
            @Schema(nullable = true, examples = "Laporan penyaluran 2026 belum diserahkan",
                    description = "Why it was last suspended or reinstated; null when never") String statusReason,
            @Schema(description = "When it was registered") OffsetDateTime registeredAt,
            @Schema(minimum = "1", examples = "1", description = "The partner stream's version") long version) {

        static PartnerItem of(PartnerView p) {
            return new PartnerItem(p.partnerId, p.type, p.name, p.opdCode, p.contactRole, p.status, p.statusReason,
                    p.registeredAt, p.version);
        }
    }

    private final PartnerViews partners;
    private final ViewAccess access;
    private final ViewFreshness freshness;

    public PartnerQueries(PartnerViews partners, ViewAccess access, ViewFreshness freshness) {
        this.partners = partners;
        this.access = access;
        this.freshness = freshness;
    }

    /** Partners by name, of one type ({@code type} null for all). */
    @WithSession
    public Uni<Fresh<PageOf<PartnerItem>>> page(Caller caller, PartnerType type, int page, int size) {
        return freshness.now().chain(f -> access.onlyPartner(caller)
                .chain(only -> partners.page(type, only.orElse(null), page, size))
                .map(rows -> new Fresh<>(new PageOf<>(rows.rows().stream().map(PartnerItem::of).toList(), page, size,
                        rows.total()), f)));
    }

    /** One partner; 404 for one the caller may not see. */
    @WithSession
    public Uni<Fresh<PartnerItem>> one(Caller caller, UUID partnerId) {
        return freshness.now().chain(f -> access.onlyPartner(caller).chain(only -> {
            if (only.isPresent() && !only.get().equals(partnerId)) throw Problems.notFound("partner");
            return partners.findById(partnerId);
        }).map(p -> {
            if (p == null) throw Problems.notFound("partner");
            return new Fresh<>(PartnerItem.of(p), f);
        }));
    }
}
