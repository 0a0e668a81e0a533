package id.desatumis.partner.domain;

/**
 * What kind of actor a partner is. Government offices (OPD) and the village governments (PEMDES) are registered as
 * partners too: the responsibility matrix and the pledges name every actor the same way.
 */
public enum PartnerType {
    OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY, COMMUNITY
}
