package id.desatumis.assistance.api;

/** The address a rate limit counts a client by. */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The peer's address; or, when a proxy in front is trusted to append the address it saw, the last one of
     * X-Forwarded-For (the ones before it are the client's own to write).
     */
    static String of(String peer, String forwardedFor, boolean trustForwardedFor) {
        if (!trustForwardedFor || forwardedFor == null || forwardedFor.isBlank()) return peer;
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }
}
