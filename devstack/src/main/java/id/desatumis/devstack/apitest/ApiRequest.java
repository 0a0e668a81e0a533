package id.desatumis.devstack.apitest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request a generator makes: the operation it aims at, what it changes from a valid call (said in words, for the
 * report), and the request itself. The path and query are sent as written, already percent-encoded.
 */
public record ApiRequest(ApiOperation operation, String variant, String method, String path, String query,
                         Map<String, String> headers, byte[] body) {

    public static ApiRequest of(ApiOperation operation, String variant, String path, String query) {
        return new ApiRequest(operation, variant, operation.method(), path, query, new LinkedHashMap<>(), null);
    }

    public ApiRequest header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        if (value == null) copy.remove(name);
        else copy.put(name, value);
        return new ApiRequest(operation, variant, method, path, query, copy, body);
    }

    public ApiRequest body(byte[] bytes, String contentType) {
        return new ApiRequest(operation, variant, method, path, query, headers, bytes).header("Content-Type", contentType);
    }

    public ApiRequest body(String json) {
        return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public ApiRequest variant(String words) {
        return new ApiRequest(operation, words, method, path, query, headers, body);
    }

    public String target() {
        return path + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8));
        return method + " " + abbreviate(target()) + " [" + variant + "]" + shown;
    }

    static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "...(" + s.length() + " chars)";
    }
}
