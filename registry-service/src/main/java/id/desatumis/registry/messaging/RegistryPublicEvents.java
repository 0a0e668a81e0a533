package id.desatumis.registry.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.AgeBand;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.outbox.PublicEventCatalog;
import id.desatumis.kit.outbox.PublicRecord;
import id.desatumis.registry.application.HouseholdEventCodec;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.Member;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * What the registry publishes, and in what form: ids, desa, member count, sex and age band (as of the
 * event's time). Names, NIK, KK numbers, birth dates and addresses stop here.
 */
@ApplicationScoped
public class RegistryPublicEvents implements PublicEventCatalog {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final HouseholdEventCodec codec;
    private final ObjectMapper mapper;

    public RegistryPublicEvents(HouseholdEventCodec codec, ObjectMapper mapper) {
        this.codec = codec;
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
    public Optional<PublicRecord> toPublic(StoredEvent stored) {
        if (!HouseholdEventCodec.STREAM_TYPE.equals(stored.streamType())) {
            return Optional.empty();
        }
        LocalDate asOf = stored.recordedAt().atZoneSameInstant(WIB).toLocalDate();
        String at = DateTimeFormatter.ISO_INSTANT.format(stored.recordedAt().toInstant());
        HouseholdEvent event = codec.decode(stored);
        if (event instanceof HouseholdEvent.HouseholdRegistered e) {
            return publish(HouseholdRegisteredV1.CE_TYPE, new HouseholdRegisteredV1(e.householdId().toString(),
                    e.desaCode(), e.members().size(), e.members().stream().map(m -> member(m, asOf)).toList(), at));
        }
        if (event instanceof HouseholdEvent.MemberAdded e) {
            return publish(MemberAddedV1.CE_TYPE, new MemberAddedV1(e.householdId().toString(), e.desaCode(),
                    member(e.member(), asOf), at));
        }
        return Optional.empty(); // every other household event is internal
    }

    private static HouseholdRegisteredV1.Member member(Member m, LocalDate asOf) {
        return new HouseholdRegisteredV1.Member(m.memberId().toString(), m.sex().name(),
                AgeBand.of(m.birthDate(), asOf).label(), m.isHead());
    }

    private Optional<PublicRecord> publish(String type, Object contract) {
        try {
            return Optional.of(new PublicRecord(RegistryTopics.HOUSEHOLD, type, mapper.writeValueAsBytes(contract)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type, e);
        }
    }
}
