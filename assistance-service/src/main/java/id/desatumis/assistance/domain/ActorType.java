package id.desatumis.assistance.domain;

/**
 * What kind of actor a partner of partner-service is. Government offices (OPD) and village governments (PEMDES) are
 * partners too, so a plan names every responsible actor the same way.
 */
public enum ActorType {
    OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY, COMMUNITY
}
