// Score the GI-TOC Global Organized Crime Index 2023 and list the ten countries with the highest criminality.
// Run: ./ideal shell examples/gitoc-top-ten.jsh    Data: GI-TOC, Global Organized Crime Index 2023.
var gitoc = Ideal.gitoc2023();
var result = Ideal.score("gitoc-ocindex", gitoc.dataset());
System.out.println(Ideal.table(result.top("criminality", 10)));

// Every computed composite equals the published one, digit for digit.
var first = result.top("criminality", 1).get(0);
System.out.println(first.name() + ": computed " + first.published().orElseThrow() + ", published "
        + gitoc.composite(Country.of(first.unit()), "criminality").orElseThrow());
/exit
