package id.desatumis.kit.inbox;

import id.desatumis.kit.inbox.BatchProjection.Change;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BatchPlanTest {

    @Test
    void theHighestSequenceOfEachStreamCountsUnusedTypesToo() {
        var batch = List.of(event("a", 1), event("b", 7), event("a", 3), event("a", 2));
        assertThat(BatchPlan.highest(batch)).containsExactly(Map.entry("a", 3L), Map.entry("b", 7L));
    }

    @Test
    void onlyEventsPastTheirStreamsMarkAreFreshEachOnceInBatchOrder() {
        var batch = List.of(known("a", 1), unused("a", 2), known("a", 1), known("a", 3), known("b", 4), known("c", 9));
        // a: never seen; b: its mark moved from 3; c: not in the answer, so its mark is at 9 or above already
        var fresh = BatchPlan.fresh(batch, Map.of("a", 0L, "b", 3L));
        assertThat(fresh).extracting(c -> c.event().subject() + c.event().sequence()).containsExactly("a1", "a3", "b4");
    }

    @Test
    void anEventAtOrBelowAnUnusedEventAlreadyPassedIsARedelivery() {
        var batch = List.of(unused("a", 5), known("a", 4));
        assertThat(BatchPlan.fresh(batch, Map.of("a", 3L))).isEmpty();
    }

    @Test
    void keyedBySourceTwoServicesStreamsOfTheSameNameKeepTheirOwnMarks() {
        // the registry's household-1 at version 5 and assistance-service's household-1 at version 2
        var registry = new Change<>(new ConsumedEvent(UUID.randomUUID(), "t", "/desatumis/registry", "household-1", null, 5,
                null, "{}"), "change");
        var assistance = new Change<>(new ConsumedEvent(UUID.randomUUID(), "t", "/desatumis/assistance", "household-1", null,
                2, null, "{}"), "change");
        var batch = List.of(registry, assistance);
        var highest = BatchPlan.highest(batch.stream().map(Change::event).toList(), StreamKey.SOURCE_AND_STREAM);
        assertThat(highest).containsOnlyKeys("/desatumis/registry household-1", "/desatumis/assistance household-1");
        var marks = Map.of("/desatumis/registry household-1", 0L, "/desatumis/assistance household-1", 0L);
        assertThat(BatchPlan.fresh(batch, marks, StreamKey.SOURCE_AND_STREAM)).containsExactly(registry, assistance);
        // keyed by the stream alone, the second reads as a redelivery of the first: what SOURCE_AND_STREAM is for
        assertThat(BatchPlan.fresh(batch, Map.of("household-1", 0L))).containsExactly(registry);
    }

    private static Change<String> known(String stream, long sequence) {
        return new Change<>(event(stream, sequence), "change");
    }

    private static Change<String> unused(String stream, long sequence) {
        return new Change<>(event(stream, sequence), null);
    }

    private static ConsumedEvent event(String stream, long sequence) {
        return new ConsumedEvent(UUID.randomUUID(), "t", "/s", stream, null, sequence, null, "{}");
    }
}
