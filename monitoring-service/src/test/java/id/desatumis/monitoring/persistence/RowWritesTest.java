package id.desatumis.monitoring.persistence;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How a batch's writes of one statement become one statement over arrays, a round per repeated row. */
class RowWritesTest {

    @Test
    void valuesBecomeASelectFromUnnestedArraysKeepingEverythingElse() {
        String sql = new NeedsTable.Named(UUID.randomUUID(), UUID.randomUUID(), "EDUCATION", "33.14.07.2003",
                null, null).statement();
        String unnested = RowWrites.unnest(sql);
        assertThat(unnested).contains("SELECT u.c1, u.c2, u.c3, u.c4, u.c5, u.c6, u.c6 FROM unnest($1::uuid[], "
                        + "$2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[]) "
                        + "AS u(c1, c2, c3, c4, c5, c6)")
                .doesNotContain("VALUES").endsWith(sql.substring(sql.indexOf(")\nON CONFLICT") + 1));
    }

    @Test
    void aStatementWithAnArrayParameterGoesOneWriteAtATime() {
        String sql = new NeedListingsTable.Listed(UUID.randomUUID(), "33.14.07.2003", null, null, List.of()).statement();
        assertThat(RowWrites.types(sql)).containsExactly("uuid", "text", "uuid", "timestamptz", "uuid[]");
        assertThat(RowWrites.unnest(sql)).isNull();
    }

    @Test
    void aRowWrittenTwiceGoesInALaterRoundInItsOrder() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-03-01T00:00:00Z");
        var a1 = new InterventionsTable.Supply(a, "RESERVATION_REQUESTED", 2, null);
        var b1 = new InterventionsTable.Supply(b, "RESOURCED", 2, at);
        var a2 = new InterventionsTable.Supply(a, "RESOURCED", 3, at);
        var a3 = new InterventionsTable.Supply(a, "PLANNED", 4, null);
        assertThat(RowWrites.rounds(List.of(a1, b1, a2, a3))).containsExactly(List.of(a1, b1), List.of(a2), List.of(a3));
    }
}
