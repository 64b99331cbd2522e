// How sure is the default IDEAL threat ranking? Perturb every block weight by up to +/- 25 % in 1,000 seeded
// samples and report each cell's median rank and 5th-95th percentile rank interval.
// Run: ./ideal shell examples/uncertainty.jsh    Data: GI-TOC, Global Organized Crime Index 2023.
var data = Ideal.defaultDataset();
var result = Ideal.score("ideal-socta", data);
var spec = UncertaintySpec.of(42, List.of(UncertainFactor.uniformWeights(0.25))).withNodes(List.of("threat"));
var uncertainty = UncertaintyAnalysis.run(result.scorer(), data, spec, SampleRunner.withDefaults());
System.out.println(uncertainty.table("threat").lines().limit(12).collect(Collectors.joining("\n")));

// The same seed gives the same intervals on any machine and any number of threads.
var again = UncertaintyAnalysis.run(result.scorer(), data, spec, SampleRunner.withDefaults().withParallelism(1));
System.out.println("Colombia, drug trafficking: " + uncertainty.distribution("CO/drug-trafficking", "threat")
        + (again.distribution("CO/drug-trafficking", "threat").equals(
                uncertainty.distribution("CO/drug-trafficking", "threat")) ? " (reproduced)" : " (NOT reproduced)"));
/exit
