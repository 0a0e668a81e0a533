package id.desatumis.monitoring.bench;

import com.fasterxml.jackson.databind.JsonNode;

/** The figures of {@code GET /areas/{code}/funnel} the bench compares. */
record Funnel(long listed, long assessed, long foundPoor, long verifiedPoor, long allNeedsMet, long identified,
              long planned, long resourced, long delivered, long verified, long disputed, long cancelled, long closed) {

    static Funnel of(JsonNode answer) {
        JsonNode h = answer.path("households");
        JsonNode n = answer.path("needs");
        return new Funnel(h.path("listed").asLong(), h.path("assessed").asLong(), h.path("foundPoor").asLong(),
                h.path("verifiedPoor").asLong(), h.path("allNeedsMet").asLong(), n.path("identified").asLong(),
                n.path("planned").asLong(), n.path("resourced").asLong(), n.path("delivered").asLong(),
                n.path("verified").asLong(), n.path("disputed").asLong(), n.path("cancelled").asLong(),
                n.path("closed").asLong());
    }

    Funnel minus(Funnel o) {
        return new Funnel(listed - o.listed, assessed - o.assessed, foundPoor - o.foundPoor, verifiedPoor - o.verifiedPoor,
                allNeedsMet - o.allNeedsMet, identified - o.identified, planned - o.planned, resourced - o.resourced,
                delivered - o.delivered, verified - o.verified, disputed - o.disputed, cancelled - o.cancelled,
                closed - o.closed);
    }
}
