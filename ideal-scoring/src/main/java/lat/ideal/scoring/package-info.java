/**
 * The scoring engine: {@link lat.ideal.scoring.Scorer} turns a {@link lat.ideal.model.Dataset} (or a column-major
 * {@link lat.ideal.scoring.ScoringInput}) and a {@link lat.ideal.model.method.Methodology} into an immutable
 * {@link lat.ideal.scoring.ScoringResult}; {@link lat.ideal.scoring.Presets} ships documented methodologies as data;
 * {@link lat.ideal.scoring.Agreement} compares two results.
 *
 * <p>Numeric conventions throughout: NaN marks a missing cell inside primitive arrays only; results never carry NaN,
 * they say "no score" with a {@link lat.ideal.scoring.ScoreStatus}. Rank 1 is the highest score.
 *
 * @since 0.1
 */
package lat.ideal.scoring;
