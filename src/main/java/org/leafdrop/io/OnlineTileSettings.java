package org.leafdrop.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What the preferences say about an online tile server: the XYZ URL template (for example
 * {@code https://tile.example.org/{z}/{x}/{y}.png}), how to reach the user (sent in the
 * User-Agent, as tile usage policies ask), and where the disk cache lives. Validated on
 * construction; an invalid value throws {@link IllegalArgumentException} with a message for the
 * user. Immutable.
 *
 * @param name        for the layer list
 * @param urlTemplate http or https URL with {z}, {x} and {y}
 * @param attribution the credit the tile server requires (shown on the map)
 * @param contact     an e-mail address or web page, sent as {@code Leafdrop/<version> (+contact)};
 *                    may be empty, though servers such as OpenStreetMap's ask for one
 * @param cacheRoot   the folder holding one cache folder per server (see {@link #defaultCacheRoot})
 */
public record OnlineTileSettings(String name, String urlTemplate, String attribution, int minZoom, int maxZoom,
                                 String contact, Path cacheRoot) {
    /** OpenStreetMap's standard tiles; their use is bound by the OSMF tile usage policy. */
    public static final String OPENSTREETMAP_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OPENSTREETMAP_ATTRIBUTION = "© OpenStreetMap contributors";

    public OnlineTileSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        contact = Objects.requireNonNull(contact, "contact").trim();
        checkTemplate(urlTemplate);
        if (minZoom < 0 || maxZoom < minZoom || maxZoom > 24) {
            throw new IllegalArgumentException("tile zooms must satisfy 0 <= min <= max <= 24, were " + minZoom
                    + " and " + maxZoom);
        }
        for (char ch : contact.toCharArray()) {
            if (ch < 0x20 || ch > 0x7E) {
                throw new IllegalArgumentException("the contact for the tile server may hold printable ASCII only "
                        + "(it goes into an HTTP header)");
            }
        }
    }

    /** A server by its template alone: named after its host, zooms 0 to 19, no attribution stated. */
    public static OnlineTileSettings of(String urlTemplate, String contact, Path cacheRoot) {
        checkTemplate(urlTemplate);
        return new OnlineTileSettings(host(urlTemplate), urlTemplate, "", 0, 19, contact, cacheRoot);
    }

    /** OpenStreetMap's standard tiles (zooms 0 to 19) with their attribution. */
    public static OnlineTileSettings openStreetMap(String contact, Path cacheRoot) {
        return new OnlineTileSettings("OpenStreetMap", OPENSTREETMAP_TEMPLATE, OPENSTREETMAP_ATTRIBUTION, 0, 19, contact,
                cacheRoot);
    }

    /** {@code <home>/.cache/leafdrop/tiles}: the app passes the user's home folder. */
    public static Path defaultCacheRoot(Path userHome) {
        return userHome.resolve(".cache").resolve("leafdrop").resolve("tiles");
    }

    /** The server's host name, lower case. */
    public String host() {
        return host(urlTemplate);
    }

    public OnlineTileSettings withContact(String newContact) {
        return new OnlineTileSettings(name, urlTemplate, attribution, minZoom, maxZoom, newContact, cacheRoot);
    }

    public OnlineTileSettings withCacheRoot(Path newCacheRoot) {
        return new OnlineTileSettings(name, urlTemplate, attribution, minZoom, maxZoom, contact, newCacheRoot);
    }

    private static void checkTemplate(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("the tile URL template is empty; it looks like "
                    + "https://tile.example.org/{z}/{x}/{y}.png");
        }
        String lower = template.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException("the tile URL template '" + template
                    + "' must start with http:// or https://");
        }
        for (String part : new String[] {"{z}", "{x}", "{y}"}) {
            if (!template.contains(part)) {
                throw new IllegalArgumentException("the tile URL template '" + template + "' needs " + part
                        + " (all of {z}, {x} and {y})");
            }
        }
        host(template);
    }

    private static String host(String template) {
        try {
            URI uri = new URI(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("the tile URL template '" + template + "' names no server");
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the tile URL template '" + template + "' is not a valid URL: "
                    + e.getReason(), e);
        }
    }
}
