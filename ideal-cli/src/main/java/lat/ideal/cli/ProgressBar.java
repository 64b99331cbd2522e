package lat.ideal.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import lat.ideal.scoring.uncertainty.ProgressListener;

/**
 * A one-line progress bar on standard error, redrawn when the percentage changes; shown only when standard error
 * is a terminal ({@link #forTerminal(PrintWriter, String)}), so that logs and pipes get no control characters.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private long shown = -1;

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** Returns a bar on {@code err} when the process has a terminal, else a listener that draws nothing. */
    static ProgressListener forTerminal(PrintWriter err, String label) {
        return isTerminal() ? new ProgressBar(err, label) : ProgressListener.NONE;
    }

    /**
     * Tells whether the process talks to a terminal: up to JDK 21 {@link System#console()} is null otherwise; from
     * JDK 22 it may not be, and {@code Console.isTerminal()} (not in the JDK 17 API this module compiles against)
     * tells.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public void progress(long done, long total) {
        long percent = total == 0 ? 100 : done * 100 / total;
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = (int) (percent * WIDTH / 100);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% "
                + done + "/" + total);
        if (done >= total) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
        }
        err.flush();
    }
}
