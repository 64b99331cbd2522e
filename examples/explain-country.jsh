// Explain one cell of the default IDEAL matrix: drug trafficking in Colombia, block by block and indicator by
// indicator, and show where its market scale comes from.
// Run: ./ideal shell examples/explain-country.jsh    Data: GI-TOC, Global Organized Crime Index 2023.
var data = Ideal.defaultDataset();
var result = Ideal.score("ideal-socta", data);
System.out.println(result.node("threat").score("CO/drug-trafficking"));
System.out.println(result.explain("CO/drug-trafficking", "threat"));

// The market scale is derived by the mapping (gitoc-to-ideal.properties); its rationale names every input.
for (var o : data.observationsFor(Target.countryArea(Country.of("CO"), "drug-trafficking"))) {
    System.out.println(o.indicator() + " = " + o.measurement() + " <- " + o.rationale().orElse(""));
}
/exit
