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

import java.time.OffsetDateTime;
import java.util.UUID;

/** Partners as the read models have them: by type, or one; a partner's or an office's token sees its own only. */
@ApplicationScoped
public class PartnerQueries {

    /** A partner as the queries answer it; a contact is a role, never a person. */
    public record PartnerItem(UUID partnerId, String type, String name, String opdCode, String contactRole, String status,
                              String statusReason, OffsetDateTime registeredAt, long version) {

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
