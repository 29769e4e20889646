package org.leafdrop.ui.panels;

/**
 * Typed input a panel cannot apply. The message says what is wrong without the field's name
 * ("must be above 0 ft"); the field puts its label in front for the user.
 */
final class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }
}
