package lat.ideal.cli;

import java.util.List;

/**
 * A failure the user can fix (invalid input, an unreadable file): its lines are printed as they are, without a
 * stack trace, and the command exits with {@link Main#INVALID_INPUT}.
 */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; each line is a complete message (for a file problem {@code FILE:LINE:COL: message}). */
    UserException(List<String> lines) {
        super(String.join("\n", lines));
    }

    UserException(String line) {
        this(List.of(line));
    }

    /** Returns the lines to print. */
    List<String> lines() {
        return List.of(getMessage().split("\n", -1));
    }
}
