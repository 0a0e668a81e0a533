package id.desatumis.registry.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.HouseholdEvent.MemberAdded;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Domain events to stored JSON and back. The stored type name is the record's simple name, schema version 1. */
@ApplicationScoped
public class HouseholdEventCodec {

    public static final String STREAM_TYPE = "household";

    private static final Map<String, Class<? extends HouseholdEvent>> TYPES = Map.of(
            "HouseholdRegistered", HouseholdRegistered.class,
            "MemberAdded", MemberAdded.class,
            "MemberDied", HouseholdEvent.MemberDied.class,
            "MemberMovedOut", HouseholdEvent.MemberMovedOut.class,
            "HeadChanged", HouseholdEvent.HeadChanged.class,
            "HouseholdMoved", HouseholdEvent.HouseholdMoved.class,
            "KkNumberChanged", HouseholdEvent.KkNumberChanged.class,
            "MembersSplitOff", HouseholdEvent.MembersSplitOff.class,
            "HouseholdMergedInto", HouseholdEvent.HouseholdMergedInto.class,
            "HouseholdAbsorbed", HouseholdEvent.HouseholdAbsorbed.class);

    private final ObjectMapper mapper;

    public HouseholdEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static String streamId(java.util.UUID householdId) {
        return STREAM_TYPE + "-" + householdId;
    }

    public NewEvent encode(HouseholdEvent event) {
        try {
            return NewEvent.of(event.getClass().getSimpleName(), 1, mapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public HouseholdEvent decode(StoredEvent stored) {
        Class<? extends HouseholdEvent> type = TYPES.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown household event type " + stored.type() + " at " + stored.streamId());
        }
        try {
            return mapper.readValue(stored.payloadJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " cannot be read", e);
        }
    }
}
