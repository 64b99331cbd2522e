package lat.ideal.scoring.uncertainty;

/**
 * Receives the progress of a long computation, e.g. to draw a progress bar.
 *
 * <p>A {@link SampleRunner} calls it after each finished unit of work, from worker threads but never concurrently,
 * with {@code done} rising by one each call up to {@code total}. It should return quickly.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param done the units finished so far, 1 to {@code total}
     * @param total the units in all
     */
    void progress(long done, long total);
}
