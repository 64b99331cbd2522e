// Compare two presets on the same (fictional) criminal groups: RCMP Sleipnir v1 (attribute-based) against a
// MoRiLE-style harm x likelihood risk. Attribute-based and harm-based rankings often disagree; see where.
// Run: ./ideal shell examples/compare-presets.jsh    The groups are fictional, for demonstration.
var data = Ideal.defaultDataset();
var sleipnir = Ideal.score("sleipnir-v1", data);
var morile = Ideal.score("morile-risk", data);
System.out.println(Ideal.table(sleipnir.top("sleipnir", 8)));
System.out.println(Ideal.table(morile.top("risk", 8)));

var agreement = Agreement.of(sleipnir, "sleipnir", morile, "risk");
System.out.printf("Spearman %.2f, Kendall tau-b %.2f, top-3 overlap %d%n", agreement.spearman().orElseThrow(),
        agreement.kendallTauB().orElseThrow(), agreement.topKOverlap(3));
agreement.largestShifts(3).forEach(s -> System.out.println("  " + s.unit() + ": Sleipnir #" + s.rankA()
        + ", MoRiLE #" + s.rankB()));

// Sleipnir scores an UNKNOWN attribute like Medium and reports it as an intelligence gap.
for (var gap : sleipnir.intelligenceGaps()) {
    System.out.println("  intelligence gap: " + gap.unit() + " " + gap.indicator());
}
/exit
