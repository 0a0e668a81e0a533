package id.desatumis.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A household as the caller may see it. Personal fields (KK number, address, NIK, name, birth date) are
 * present only for Dinas Sosial and the household's own village operator; others get ids, sex and age bands.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdView(String householdId, String desaCode, long version, String kkNumber, String address,
                            int memberCount, List<MemberView> members, String mergedInto, Boolean erased, Integer desil) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberView(String memberId, String relationship, String sex, String ageBand, String nik, String name,
                             String birthDate) {
    }
}
