package id.desatumis.kit.api;

import java.util.List;

/** A service's own problem types, beside the kit's {@link Problems}; a CDI bean per service. */
public interface ProblemTypeCatalog {
    List<ProblemType> types();
}
