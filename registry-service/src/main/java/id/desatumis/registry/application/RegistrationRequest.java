package id.desatumis.registry.application;

import id.desatumis.registry.domain.MemberDraft;

import java.util.List;

/** A registration as submitted. */
public record RegistrationRequest(String kkNumber, String desaCode, String address, String desil, List<MemberDraft> members) {
}
