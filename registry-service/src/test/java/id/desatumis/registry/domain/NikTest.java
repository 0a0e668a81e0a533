package id.desatumis.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NikTest {

    private static final LocalDate BORN = LocalDate.of(1985, 3, 12);

    private static List<String> rules(String nik, Sex sex, LocalDate birth) {
        return Nik.check("nik", nik, sex, birth, TestRegions.INSTANCE).stream().map(RuleViolation::rule).toList();
    }

    @Test
    void aManBornOn12March1985InKecamatanSragenPasses() {
        assertThat(rules("3314071203850001", Sex.M, BORN)).isEmpty();
    }

    @Test
    void aWomanCarriesHerDayPlusForty() {
        assertThat(rules("3314075203850002", Sex.F, BORN)).isEmpty();
        assertThat(rules("3314071203850002", Sex.F, BORN)).containsExactly("nik-sex-mismatch");
        assertThat(rules("3314075203850002", Sex.M, BORN)).containsExactly("nik-sex-mismatch");
    }

    @Test
    void theFormatIsSixteenDigits() {
        assertThat(rules("331407120385001", Sex.M, BORN)).containsExactly("nik-format");
        assertThat(rules("33140712038500A1", Sex.M, BORN)).containsExactly("nik-format");
        assertThat(rules(null, Sex.M, BORN)).containsExactly("nik-format");
    }

    @Test
    void theFirstSixDigitsAreAKnownKecamatanCurrentOrFormer() {
        assertThat(rules("9999991203850001", Sex.M, BORN)).containsExactly("nik-kecamatan-unknown");
        // Merauke was 91.01 before it became 93.01: a NIK first issued there keeps 9101xx
        assertThat(rules("9101011203850001", Sex.M, BORN)).isEmpty();
    }

    @Test
    void theDateMustBeRealAndAgreeWithTheBirthDate() {
        assertThat(rules("3314073202850001", Sex.M, BORN)).containsExactly("nik-date-invalid"); // 32 Feb
        assertThat(rules("3314071303850001", Sex.M, BORN)).containsExactly("nik-birth-date-mismatch");
        assertThat(rules("3314071203860001", Sex.M, BORN)).containsExactly("nik-birth-date-mismatch");
    }

    @Test
    void theSerialStartsAtOne() {
        assertThat(rules("3314071203850000", Sex.M, BORN)).containsExactly("nik-serial-invalid");
    }
}
