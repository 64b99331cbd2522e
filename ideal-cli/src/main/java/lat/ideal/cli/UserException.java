package lat.ideal.cli;

import java.util.List;

/**
 * A failure the user can fix (invalid input, an unreadable file): its lines are printed as they are, without a
 * stack trace, and the command exits with {@link Main#INVALID_INPUT}.
 */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The lines to print, each a complete message (for a file problem {@code FILE:LINE:COL: message}). */
    private final List<String> lines;

    UserException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    UserException(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
