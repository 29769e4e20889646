package org.leafdrop.cli;

/** A problem with what the user gave (a file, an option): printed as is, exit code 2. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message, null, false, false);
    }
}
