package id.desatumis.registry.domain;

/**
 * A household's reference code: like a parcel's tracking number, the key to the public status lookup of its
 * assistance and to following up a grievance, printed by the village on the household's receipt. {@code canonical} is
 * its 17 characters (16 random, one check character), {@code hash} the only form other services ever hold.
 *
 * <p>Both are made by event-contracts' {@code ReferenceCodes}, the one definition of the alphabet, the check character
 * and the hash, which the registry shares with the services that hash what a household types. The domain imports
 * plain Java only, so the application hands it codes already made; the domain decides who gets one and when.
 */
public record ReferenceCode(String canonical, String hash) {

    private static final int LENGTH = 17;

    public ReferenceCode {
        if (canonical == null || canonical.length() != LENGTH) {
            throw new IllegalArgumentException("a reference code has " + LENGTH + " characters");
        }
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a reference code's hash is a lowercase hex SHA-256");
        }
    }

    /** Never the code itself: it is the key to a household's status, and logs are no place for it. */
    @Override
    public String toString() {
        return "ReferenceCode[hash=" + hash + "]";
    }
}
