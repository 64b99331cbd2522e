/**
 * Uncertainty and sensitivity analysis: a deterministic parallel sampling engine, Monte Carlo rank intervals and
 * variance-based (Sobol) sensitivity indices.
 *
 * <p>Every random draw is reproducible: sample {@code i} of a run with seed {@code s} draws from its own generator,
 * seeded from {@code (s, i)} alone ({@link lat.ideal.scoring.uncertainty.SampleRunner#sampleSeed(long, long)}), and
 * writes its result to slot {@code i}; so the output is identical whatever the number of threads.
 *
 * @since 0.1
 */
package lat.ideal.scoring.uncertainty;
