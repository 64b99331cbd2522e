/**
 * Trends between assessment cycles: per unit and node score change, rank movement, band change and emerging threats,
 * on the units, nodes and (when asked) indicators the two assessments share.
 *
 * @since 0.1
 */
package lat.ideal.scoring.trend;
