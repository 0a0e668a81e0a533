package id.desatumis.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final MemberDraft HEAD = new MemberDraft("3314071203850001", "Sutarno", "M", "1985-03-12", "HEAD");
    private static final MemberDraft WIFE = new MemberDraft("3314075706880003", "Sri Wahyuni", "F", "1988-06-17", "WIFE");

    private static List<RuleViolation> check(String kk, String desa, String address, MemberDraft... members) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < members.length; i++) ids.add(UUID.randomUUID());
        return RegistrationRules.check(UUID.randomUUID(), kk, desa, address, Arrays.asList(members), ids, TODAY,
                TestRegions.INSTANCE).violations();
    }

    private static List<String> fieldRules(List<RuleViolation> v) {
        return v.stream().map(x -> x.field() + ":" + x.rule()).toList();
    }

    @Test
    void aCompleteRegistrationPasses() {
        assertThat(check("3314071001200001", "33.14.07.2003", "Dukuh Ngrampal RT 02", HEAD, WIFE)).isEmpty();
    }

    @Test
    void theDesaMustBeOneOfSragens() {
        assertThat(fieldRules(check("3314071001200001", "33.14.99.2999", "a", HEAD))).containsExactly("desaCode:desa-unknown");
        assertThat(fieldRules(check("3314071001200001", "3314072003", "a", HEAD))).containsExactly("desaCode:desa-format");
        // a real desa outside Sragen (Kabupaten Karanganyar) is refused too
        assertThat(fieldRules(check("3314071001200001", "33.13.01.2001", "a", HEAD))).containsExactly("desaCode:desa-unknown");
    }

    @Test
    void theKkNumberIsSixteenDigitsOfAKnownRegion() {
        assertThat(fieldRules(check("331407100120000", "33.14.07.2003", "a", HEAD))).containsExactly("kkNumber:kk-format");
        assertThat(fieldRules(check("9999991001200001", "33.14.07.2003", "a", HEAD))).containsExactly("kkNumber:kk-region-unknown");
    }

    @Test
    void exactlyOneHead() {
        assertThat(fieldRules(check("3314071001200001", "33.14.07.2003", "a", WIFE))).containsExactly("members:head-exactly-one");
        var secondHead = new MemberDraft("3314071505900001", "Budi", "M", "1990-05-15", "HEAD");
        assertThat(fieldRules(check("3314071001200001", "33.14.07.2003", "a", HEAD, secondHead))).containsExactly("members:head-exactly-one");
        assertThat(fieldRules(check("3314071001200001", "33.14.07.2003", "a"))).containsExactly("members:required");
    }

    @Test
    void eachMemberFieldIsNamedWhenItBreaksARule() {
        var bad = new MemberDraft("3314071203850001", " ", "X", "2030-01-01", "COUSIN");
        assertThat(fieldRules(check("3314071001200001", "33.14.07.2003", "a", HEAD, bad))).containsExactlyInAnyOrder(
                "members[1].name:required", "members[1].sex:sex", "members[1].birthDate:date-in-future",
                "members[1].relationship:relationship");
    }

    @Test
    void theSameNikTwiceInOneRequestIsRefused() {
        var twin = new MemberDraft("3314071203850001", "Sutarno Kembar", "M", "1985-03-12", "OTHER_RELATIVE");
        assertThat(fieldRules(check("3314071001200001", "33.14.07.2003", "a", HEAD, twin)))
                .containsExactly("members[1].nik:nik-duplicate-in-request");
    }

    @Test
    void aNewbornMayComeWithoutANikButAnAdultMayNot() {
        var baby = new MemberDraft(null, "Bayi", "F", "2026-09-01", "CHILD");
        assertThat(check("3314071001200001", "33.14.07.2003", "a", HEAD, baby)).isEmpty();
        var adult = new MemberDraft("", "Tanpa NIK", "F", "2000-09-01", "CHILD");
        assertThat(fieldRules(check("3314071001200001", "33.14.07.2003", "a", HEAD, adult))).containsExactly("members[1].nik:nik-required");
    }
}
