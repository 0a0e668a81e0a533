package id.desatumis.partner.domain;

/** The coordination meetings of the programme, and the level of area each is held for. */
public enum ForumType {
    TKPKD_COORDINATION(Area.Level.REGENCY),
    MUSYAWARAH_KECAMATAN(Area.Level.KECAMATAN),
    MUSYAWARAH_DESA(Area.Level.DESA);

    private final Area.Level level;

    ForumType(Area.Level level) {
        this.level = level;
    }

    public Area.Level level() {
        return level;
    }
}
