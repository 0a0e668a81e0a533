package id.desatumis.monitoring.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorGroupTest {

    @Test
    void eachPartnerTypeFallsInTheStudysGroup() {
        assertThat(ActorGroup.of("OPD")).isEqualTo(ActorGroup.GOVERNMENT);
        assertThat(ActorGroup.of("PEMDES")).isEqualTo(ActorGroup.VILLAGE);
        assertThat(ActorGroup.of("BUMD")).isEqualTo(ActorGroup.CSR_BUMN_BUMD);
        assertThat(ActorGroup.of("LAZ")).isEqualTo(ActorGroup.ZAKAT);
    }

    @Test
    void anActorNotReadYetOrOfATypeAddedSinceIsUnknownNotAFailure() {
        assertThat(ActorGroup.of(null)).isEqualTo(ActorGroup.UNKNOWN);
        assertThat(ActorGroup.of("SOMETHING_NEW")).isEqualTo(ActorGroup.UNKNOWN);
    }
}
