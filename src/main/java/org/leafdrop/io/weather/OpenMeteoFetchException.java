package org.leafdrop.io.weather;

/**
 * A forecast could not be fetched from Open-Meteo. The message is for the user as it stands,
 * e.g. "cannot reach api.open-meteo.com: connection refused or no network"; the cause, when
 * there is one, is for {@code --debug}.
 */
public final class OpenMeteoFetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public OpenMeteoFetchException(String message, Throwable cause) {
        super(message, cause);
    }

    public OpenMeteoFetchException(String message) {
        super(message);
    }
}
