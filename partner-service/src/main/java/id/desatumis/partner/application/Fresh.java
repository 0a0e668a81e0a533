package id.desatumis.partner.application;

import id.desatumis.partner.application.views.ViewFreshness.Freshness;

/** An answer from the read models, and how fresh they were when it was read. */
public record Fresh<T>(T answer, Freshness freshness) {
}
