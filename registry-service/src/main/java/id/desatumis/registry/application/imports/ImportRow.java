package id.desatumis.registry.application.imports;

/**
 * One row of the national list (a person). Columns, in a header row: {@code kk_number, nik, name, sex,
 * birth_date, relationship, desa_code, address, desil}. Rows of one family (one KK number) come together.
 */
public record ImportRow(int rowNumber, String kkNumber, String nik, String name, String sex, String birthDate,
                        String relationship, String desaCode, String address, String desil) {
}
