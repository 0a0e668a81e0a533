package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.SourceType;

import java.util.UUID;

/**
 * A source as a request names it: a pledge by id, or a budget line by its fund (APBD, APBDES, APBN), code and fiscal
 * year (null: the year the plan is due). {@link PlanSources} finds what it names.
 */
public record SourceRequest(SourceType type, UUID pledgeId, String code, Integer fiscalYear) {
}
