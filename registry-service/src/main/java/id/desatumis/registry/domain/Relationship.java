package id.desatumis.registry.domain;

/** A member's relationship to the head, as the KK's "status hubungan dalam keluarga" lists them. */
public enum Relationship {
    HEAD,            // kepala keluarga
    HUSBAND,         // suami
    WIFE,            // istri
    CHILD,           // anak
    CHILD_IN_LAW,    // menantu
    GRANDCHILD,      // cucu
    PARENT,          // orang tua
    PARENT_IN_LAW,   // mertua
    OTHER_RELATIVE,  // famili lain
    HOUSEHOLD_HELPER, // pembantu
    OTHER            // lainnya
}
