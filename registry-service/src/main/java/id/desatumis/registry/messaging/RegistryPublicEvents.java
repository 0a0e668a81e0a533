package id.desatumis.registry.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.AgeBand;
import id.desatumis.contracts.registry.HeadChangedV1;
import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdReferenceCodeIssuedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.KkNumberChangedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.MembersSplitOffV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.kit.aggregate.AggregateEventCatalog;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.registry.application.HouseholdAggregate;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.Member;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the registry publishes, and in what form: ids, desa, member count, sex and age band (as of the
 * event's time), the hash of a household's reference code. Names, NIK, KK numbers, birth dates, addresses and
 * reference codes stop here. The relay's batch is read with birth
 * dates alone opened (one key lookup for the batch, a decryption per member), every other personal field left
 * sealed; the review queue's events are internal and never opened.
 */
@Singleton
public class RegistryPublicEvents extends AggregateEventCatalog<Household.State, HouseholdEvent> {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Set<String> PUBLISHED = Set.of("HouseholdRegistered", "MemberAdded", "MemberDied",
            "MemberMovedOut", "HeadChanged", "HouseholdMoved", "KkNumberChanged", "MembersSplitOff", "HouseholdMergedInto",
            "HouseholdAbsorbed", "HouseholdErased", "PersonErased", "ReferenceCodeIssued");

    private final ObjectMapper mapper;

    public RegistryPublicEvents(AggregateStore aggregates, Pool pool, HouseholdAggregate households, ObjectMapper mapper) {
        super(aggregates, pool, households.forPublishing(), PUBLISHED);
        this.mapper = mapper;
    }

    @Override
    public String source() {
        return RegistryTopics.SOURCE;
    }

    @Override
    public Set<String> topics() {
        return Set.of(RegistryTopics.HOUSEHOLD);
    }

    @Override
    protected Optional<PublicRecord> map(StoredEvent stored, HouseholdEvent event) {
        LocalDate asOf = stored.recordedAt().atZoneSameInstant(WIB).toLocalDate();
        String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
        String id = event.householdId().toString();
        if (event instanceof HouseholdEvent.HouseholdRegistered e) {
            return publish(HouseholdRegisteredV1.CE_TYPE, new HouseholdRegisteredV1(id, e.desaCode(), e.members().size(),
                    members(e.members(), asOf), at, e.desil()));
        }
        if (event instanceof HouseholdEvent.MemberAdded e) {
            return publish(MemberAddedV1.CE_TYPE, new MemberAddedV1(id, e.desaCode(), member(e.member(), asOf), at));
        }
        if (event instanceof HouseholdEvent.MemberDied e) {
            return publish(MemberDiedV1.CE_TYPE, new MemberDiedV1(id, e.desaCode(), e.memberId().toString(), at));
        }
        if (event instanceof HouseholdEvent.MemberMovedOut e) {
            return publish(MemberMovedOutV1.CE_TYPE, new MemberMovedOutV1(id, e.desaCode(), e.memberId().toString(),
                    e.toHouseholdId() == null ? null : e.toHouseholdId().toString(), at));
        }
        if (event instanceof HouseholdEvent.HeadChanged e) {
            return publish(HeadChangedV1.CE_TYPE, new HeadChangedV1(id, e.desaCode(), e.newHeadMemberId().toString(), at));
        }
        if (event instanceof HouseholdEvent.HouseholdMoved e) {
            return publish(HouseholdMovedV1.CE_TYPE, new HouseholdMovedV1(id, e.fromDesaCode(), e.toDesaCode(),
                    e.memberCount(), at));
        }
        if (event instanceof HouseholdEvent.KkNumberChanged e) {
            return publish(KkNumberChangedV1.CE_TYPE, new KkNumberChangedV1(id, e.desaCode(), at));
        }
        if (event instanceof HouseholdEvent.MembersSplitOff e) {
            return publish(MembersSplitOffV1.CE_TYPE, new MembersSplitOffV1(id, e.desaCode(), e.newHouseholdId().toString(),
                    e.memberIds().stream().map(UUID::toString).toList(), at));
        }
        if (event instanceof HouseholdEvent.HouseholdMergedInto e) {
            return publish(HouseholdMergedV1.CE_TYPE, new HouseholdMergedV1(id, e.desaCode(), e.survivorId().toString(),
                    e.memberCount(), at));
        }
        if (event instanceof HouseholdEvent.HouseholdAbsorbed e) {
            return publish(HouseholdAbsorbedV1.CE_TYPE, new HouseholdAbsorbedV1(id, e.desaCode(), e.duplicateId().toString(),
                    members(e.membersTaken(), asOf), at));
        }
        if (event instanceof HouseholdEvent.HouseholdErased e) {
            return publish(HouseholdErasedV1.CE_TYPE, new HouseholdErasedV1(id, e.desaCode(), e.memberCount(), at));
        }
        if (event instanceof HouseholdEvent.PersonErased e) {
            return publish(PersonErasedV1.CE_TYPE, new PersonErasedV1(id, e.desaCode(), e.memberId().toString(), at));
        }
        if (event instanceof HouseholdEvent.ReferenceCodeIssued e) {
            // the hash alone: the code stays sealed (this catalog never opens it)
            return publish(HouseholdReferenceCodeIssuedV1.CE_TYPE, new HouseholdReferenceCodeIssuedV1(id, e.desaCode(),
                    e.referenceCodeHash(), DateTimeFormatter.ISO_INSTANT.format(e.issuedAt())));
        }
        return Optional.empty(); // every other household event is internal (and not among PUBLISHED)
    }

    private static List<HouseholdRegisteredV1.Member> members(List<Member> members, LocalDate asOf) {
        return members.stream().map(m -> member(m, asOf)).toList();
    }

    private static HouseholdRegisteredV1.Member member(Member m, LocalDate asOf) {
        // an erased person's birth date is unreadable: the age band is then unknown (null)
        return new HouseholdRegisteredV1.Member(m.memberId().toString(), m.sex().name(),
                m.birthDate() == null ? null : AgeBand.of(m.birthDate(), asOf).label(), m.isHead());
    }

    private Optional<PublicRecord> publish(String type, Object contract) {
        return PublicRecord.of(RegistryTopics.HOUSEHOLD, type, mapper, contract);
    }
}
