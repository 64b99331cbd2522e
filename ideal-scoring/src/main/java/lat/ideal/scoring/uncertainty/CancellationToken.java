package lat.ideal.scoring.uncertainty;

import java.util.concurrent.CancellationException;

/**
 * A flag by which one thread asks a running computation to stop; the computation checks it between units of work.
 *
 * <p>Once cancelled a token stays cancelled: use a new token for the next run. This class is thread-safe.
 *
 * @since 0.1
 */
public final class CancellationToken {
    private volatile boolean cancelled;

    private CancellationToken() {
    }

    /**
     * Returns a new token, not cancelled.
     *
     * @return the token, never null
     */
    public static CancellationToken create() {
        return new CancellationToken();
    }

    /** Asks the computations watching this token to stop. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Tells whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Throws if the token is cancelled.
     *
     * @param what what is being stopped, for the message
     * @throws CancellationException if cancelled
     */
    public void throwIfCancelled(String what) {
        if (cancelled) {
            throw new CancellationException(what + " was cancelled");
        }
    }
}
