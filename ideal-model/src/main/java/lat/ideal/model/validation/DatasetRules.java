package lat.ideal.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lat.ideal.model.Country;
import lat.ideal.model.CrimeArea;
import lat.ideal.model.CriminalGroup;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.Scale;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.TargetKind;

/** The dataset rules of one validation run: one instance per dataset, not thread-safe. */
final class DatasetRules {
    private final Dataset dataset;
    private final double coverageThreshold;
    private final Problems out;

    /** First position of each participating country. */
    private final Map<Country, Integer> countries = new LinkedHashMap<>();
    /** First position of each crime-area code. */
    private final Map<String, Integer> areas = new LinkedHashMap<>();
    /** First position of each indicator key. */
    private final Map<String, Integer> indicators = new LinkedHashMap<>();
    /** First position of each group id. */
    private final Map<String, Integer> groups = new LinkedHashMap<>();

    /** Targets observed per indicator key, for coverage. */
    private final Map<String, Set<Target>> observedTargets = new HashMap<>();

    DatasetRules(Dataset dataset, double coverageThreshold, Problems out) {
        this.dataset = dataset;
        this.coverageThreshold = coverageThreshold;
        this.out = out;
    }

    void run() {
        countries();
        crimeAreas();
        indicators();
        groups();
        observations();
        coverage();
    }

    // ---- declarations ----

    private void countries() {
        List<Country> list = dataset.countries();
        for (int i = 0; i < list.size(); i++) {
            Integer first = countries.putIfAbsent(list.get(i), i);
            if (first != null) {
                duplicateKey("countries[" + i + "]", list.get(i).code(), "countries[" + first + "]", Nouns.COUNTRY);
            }
        }
    }

    /**
     * Checks the annotations of each element of a list of declarations, indexes their keys and reports repeated
     * keys.
     */
    private <T> void declare(List<T> list, String listPath, Function<T, String> key, String keyName,
                             Map<String, Integer> index, LocalizedText noun) {
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            String path = listPath + "[" + i + "]";
            BeanConstraints.check(item, path, out);
            Integer first = index.putIfAbsent(key.apply(item), i);
            if (first != null) {
                duplicateKey(path + "." + keyName, key.apply(item), listPath + "[" + first + "]", noun);
            }
        }
    }

    private void crimeAreas() {
        List<CrimeArea> list = dataset.crimeAreas().areas();
        declare(list, "crimeAreas", CrimeArea::code, "code", areas, Nouns.AREA);
        Map<String, CrimeArea> byCode = dataset.crimeAreas().byCode();
        for (int i = 0; i < list.size(); i++) {
            CrimeArea area = list.get(i);
            if (area.parent().isEmpty()) {
                continue;
            }
            String path = "crimeAreas[" + i + "].parent";
            String parent = area.parent().get();
            if (!areas.containsKey(parent)) {
                unknownArea(path, parent);
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(area.code()));
            Set<String> seen = new HashSet<>(chain);
            Optional<String> next = Optional.of(parent);
            while (next.isPresent() && byCode.containsKey(next.get())) {
                chain.add(next.get());
                if (next.get().equals(area.code())) {
                    out.error(Rules.CRIME_AREA_CYCLE, path, parent, Texts.text(
                            "el área delictiva '%s' es su propio ancestro (%s): los padres deben formar una"
                                    + " jerarquía sin ciclos",
                            "crime area '%s' is its own ancestor (%s): parents must form a hierarchy without cycles",
                            "a área criminal '%s' é o seu próprio ancestral (%s): os pais devem formar uma"
                                    + " hierarquia sem ciclos", area.code(), String.join(" -> ", chain)));
                    break;
                }
                if (!seen.add(next.get())) {
                    break;
                }
                next = byCode.get(next.get()).parent();
            }
        }
    }

    private void indicators() {
        List<IndicatorDefinition> list = dataset.indicators();
        declare(list, "indicators", IndicatorDefinition::key, "key", indicators, Nouns.INDICATOR);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).scale() instanceof Scale.Ordinal) {
                levels((Scale.Ordinal) list.get(i).scale(), "indicators[" + i + "].scale");
            }
        }
    }

    private void levels(Scale.Ordinal scale, String path) {
        Map<String, Integer> codes = new HashMap<>();
        List<Scale.Level> levels = scale.levels();
        for (int k = 0; k < levels.size(); k++) {
            Scale.Level level = levels.get(k);
            String levelPath = path + ".levels[" + k + "]";
            Integer first = codes.putIfAbsent(level.code().toLowerCase(Locale.ROOT), k);
            if (first != null) {
                duplicateKey(levelPath + ".code", level.code(), path + ".levels[" + first + "]", Nouns.LEVEL);
            }
            reservedLevelCode(level.code(), levelPath + ".code");
            if (k > 0 && level.value() < levels.get(k - 1).value()) {
                Scale.Level before = levels.get(k - 1);
                out.warning(Rules.LEVELS_NOT_ASCENDING, levelPath + ".value", Texts.num(level.value()), Texts.text(
                        "el nivel '%s' vale %s, menos que %s del nivel anterior, '%s': ordene los niveles de menor"
                                + " a mayor amenaza",
                        "level '%s' stands for %s, less than %s of the level before it, '%s': list the levels in"
                                + " ascending order of threat",
                        "o nível '%s' vale %s, menos que %s do nível anterior, '%s': ordene os níveis da menor"
                                + " para a maior ameaça",
                        level.code(), Texts.num(level.value()), Texts.num(before.value()), before.code()));
            }
        }
        if (scale.unknownValue().isPresent() && !Double.isFinite(scale.unknownValue().getAsDouble())) {
            String v = Texts.num(scale.unknownValue().getAsDouble());
            out.error(Rules.NON_FINITE_VALUE, path + ".unknownValue", v, Texts.text(
                    "el valor de UNKNOWN, %s, no es un número finito", "the value of UNKNOWN, %s, is not a finite"
                            + " number", "o valor de UNKNOWN, %s, não é um número finito", v));
        }
    }

    private void reservedLevelCode(String code, String path) {
        LocalizedText reading;
        try {
            Measurement m = Measurement.parse(code);
            if (m instanceof Measurement.Ordinal) {
                return;
            }
            reading = m instanceof Measurement.Unknown ? LocalizedText.same("UNKNOWN")
                    : LocalizedText.of("un número", "a number", "um número");
        } catch (IllegalArgumentException e) {
            reading = LocalizedText.of("un número mal escrito", "a malformed number", "um número mal escrito");
        }
        out.error(Rules.RESERVED_LEVEL_CODE, path, code, Texts.text(
                "el código de nivel '%s' se leería como %s en un texto: elija otro código",
                "level code '%s' would read as %s in text: choose another code",
                "o código de nível '%s' seria lido como %s num texto: escolha outro código", code, reading));
    }

    private void groups() {
        List<CriminalGroup> list = dataset.groups();
        declare(list, "groups", CriminalGroup::id, "id", groups, Nouns.GROUP);
        for (int i = 0; i < list.size(); i++) {
            CriminalGroup g = list.get(i);
            String path = "groups[" + i + "]";
            if (g.mainCrimeArea().isPresent() && !areas.containsKey(g.mainCrimeArea().get())) {
                unknownArea(path + ".mainCrimeArea", g.mainCrimeArea().get());
            }
            for (int k = 0; k < g.secondaryCrimeAreas().size(); k++) {
                if (!areas.containsKey(g.secondaryCrimeAreas().get(k))) {
                    unknownArea(path + ".secondaryCrimeAreas[" + k + "]", g.secondaryCrimeAreas().get(k));
                }
            }
            for (int k = 0; k < g.links().size(); k++) {
                String other = g.links().get(k).group();
                String linkPath = path + ".links[" + k + "].group";
                if (other.equals(g.id())) {
                    out.error(Rules.SELF_LINK, linkPath, other, Texts.text(
                            "el grupo '%s' se enlaza consigo mismo: un enlace debe nombrar otro grupo",
                            "group '%s' links to itself: a link must name another group",
                            "o grupo '%s' liga-se a si mesmo: uma ligação deve nomear outro grupo", other));
                } else if (!groups.containsKey(other)) {
                    unknownGroup(linkPath, other);
                }
            }
        }
    }

    // ---- observations ----

    /** A cell: target x indicator x period, with its hash computed once. */
    private static final class Cell {
        final Target target;
        final String indicator;
        final ReportingPeriod period;
        private final int hash;

        Cell(Observation o) {
            this.target = o.target();
            this.indicator = o.indicator();
            this.period = o.period();
            this.hash = (31 * target.hashCode() + indicator.hashCode()) * 31 + period.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Cell)) {
                return false;
            }
            Cell c = (Cell) other;
            return hash == c.hash && target.equals(c.target) && indicator.equals(c.indicator)
                    && period.equals(c.period);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A cell and a source (contributor, agency, reference): two observations with equal keys are duplicates. */
    private record SourceKey(Cell cell, Optional<Country> contributor, Optional<String> agency,
                             Optional<String> source) {
    }

    /** What is known of a cell so far: where it first appears and whether every source is poorly graded. */
    private static final class CellState {
        final int first;
        boolean allPoor = true;

        CellState(int first) {
            this.first = first;
        }
    }

    private static String at(int i, String property) {
        return "observations[" + i + "]" + property;
    }

    private void observations() {
        List<Observation> list = dataset.observations();
        Map<SourceKey, Integer> seen = new HashMap<>(list.size() * 2);
        Map<Cell, CellState> cells = new LinkedHashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            Observation o = list.get(i);
            IndicatorDefinition def = dataset.indicator(o.indicator()).orElse(null);
            if (def == null) {
                out.error(Rules.UNKNOWN_INDICATOR, at(i, ".indicator"), o.indicator(), Texts.text(
                        "el indicador '%s' no está definido en este conjunto de datos: use uno de %s",
                        "indicator '%s' is not defined in this dataset: use one of %s",
                        "o indicador '%s' não está definido neste conjunto de dados: use um de %s",
                        o.indicator(), Texts.list(indicators.keySet())));
            } else {
                measurement(o.measurement(), def, i);
            }
            boolean knownTarget = target(o, i, def);
            if (o.contributor().isPresent() && !countries.containsKey(o.contributor().get())) {
                unknownCountry(at(i, ".contributor"), o.contributor().get());
            }
            if (o.grade().isPresent() && !o.grade().get().isWellFormed()) {
                malformedGrade(o.grade().get(), at(i, ".grade"));
            }
            if (!o.period().overlaps(dataset.period())) {
                out.warning(Rules.PERIOD_OUTSIDE_CYCLE, at(i, ".period"), o.period(), Texts.text(
                        "el período %s no se solapa con el período %s del conjunto de datos: revise el año",
                        "period %s does not overlap the dataset's period %s: check the year",
                        "o período %s não se sobrepõe ao período %s do conjunto de dados: verifique o ano",
                        o.period(), dataset.period()));
            }
            Cell cell = new Cell(o);
            CellState state = cells.get(cell);
            if (state == null) {
                state = new CellState(i);
                cells.put(cell, state);
                if (knownTarget && def != null && def.target() == o.target().kind()) {
                    observedTargets.computeIfAbsent(o.indicator(), k -> new HashSet<>()).add(o.target());
                }
            }
            state.allPoor &= o.grade().isPresent() && o.grade().get().isPoor();
            Integer first = seen.putIfAbsent(new SourceKey(cell, o.contributor(), o.agency(), o.source()), i);
            if (first != null) {
                duplicate(o, at(i, ""), first);
            }
        }
        for (Map.Entry<Cell, CellState> e : cells.entrySet()) {
            if (e.getValue().allPoor) {
                poorSourcesOnly(e.getKey(), e.getValue().first);
            }
        }
    }

    /** Checks an observation's target; true if every part of it is known. */
    private boolean target(Observation o, int i, IndicatorDefinition def) {
        Target t = o.target();
        if (def != null && def.target() == t.kind() && isKnown(t)) {
            return true;
        }
        String path = at(i, ".target");
        boolean known = true;
        if (t.country().isPresent() && !countries.containsKey(t.country().get())) {
            unknownCountry(path, t.country().get());
            known = false;
        }
        if (t.crimeArea().isPresent() && !areas.containsKey(t.crimeArea().get())) {
            unknownArea(path, t.crimeArea().get());
            known = false;
        }
        if (t.kind() == TargetKind.CRIMINAL_GROUP && !groups.containsKey(t.id().orElseThrow())) {
            unknownGroup(path, t.id().orElseThrow());
            known = false;
        }
        if (def != null && def.target() != t.kind()) {
            out.error(Rules.TARGET_KIND_MISMATCH, path, t, Texts.text(
                    "el objetivo %s es %s, pero el indicador '%s' describe %s",
                    "target %s is %s but indicator '%s' describes %s",
                    "o alvo %s é %s, mas o indicador '%s' descreve %s",
                    t, Texts.kind(t.kind()), def.key(), Texts.kind(def.target())));
        }
        return known;
    }

    /** Tells whether the country, crime area and group a target names are all declared. */
    private boolean isKnown(Target t) {
        return (t.country().isEmpty() || countries.containsKey(t.country().get()))
                && (t.crimeArea().isEmpty() || areas.containsKey(t.crimeArea().get()))
                && (t.kind() != TargetKind.CRIMINAL_GROUP || groups.containsKey(t.id().orElseThrow()));
    }

    private void measurement(Measurement m, IndicatorDefinition d, int i) {
        Scale scale = d.scale();
        if (m instanceof Measurement.Numeric) {
            number(((Measurement.Numeric) m).value(), d, i);
            return;
        }
        String path = at(i, ".measurement");
        if (m instanceof Measurement.Unknown) {
            if (!scale.allowsUnknown()) {
                out.error(Rules.UNKNOWN_NOT_ALLOWED, path, m, Texts.text(
                        "UNKNOWN no está permitido en la escala %s del indicador '%s': dé un valor, u omita la"
                                + " observación si falta",
                        "UNKNOWN is not allowed on the scale %s of indicator '%s': give a value, or leave the"
                                + " observation out if it is missing",
                        "UNKNOWN não é permitido na escala %s do indicador '%s': dê um valor, ou omita a observação"
                                + " se faltar", Texts.scale(scale), d.key()));
            }
        } else {
            String level = ((Measurement.Ordinal) m).level();
            if (!(scale instanceof Scale.Ordinal)) {
                out.error(Rules.MEASUREMENT_KIND_MISMATCH, path, m, Texts.text(
                        "'%s' es un nivel, pero el indicador '%s' toma números en la escala %s",
                        "'%s' is a level but indicator '%s' takes numbers on the scale %s",
                        "'%s' é um nível, mas o indicador '%s' toma números na escala %s", level, d.key(),
                        Texts.scale(scale)));
            } else if (((Scale.Ordinal) scale).level(level).isEmpty()) {
                out.error(Rules.LEVEL_UNKNOWN, path, m, Texts.text(
                        "el nivel '%s' no está en la escala del indicador '%s': use %s",
                        "level '%s' is not on the scale of indicator '%s': use %s",
                        "o nível '%s' não está na escala do indicador '%s': use %s", level, d.key(),
                        Texts.scale(scale)));
            }
        }
    }

    private void number(double v, IndicatorDefinition d, int i) {
        Scale scale = d.scale();
        if (onScale(v, scale)) {
            return;
        }
        String path = at(i, ".measurement");
        String text = Texts.num(v);
        LocalizedText allowed = Texts.scale(scale);
        if (scale instanceof Scale.Ordinal) {
            out.error(Rules.MEASUREMENT_KIND_MISMATCH, path, text, Texts.text(
                    "%s es un número, pero el indicador '%s' toma niveles: use %s",
                    "%s is a number but indicator '%s' takes levels: use %s",
                    "%s é um número, mas o indicador '%s' toma níveis: use %s", text, d.key(), allowed));
        } else if (!Double.isFinite(v)) {
            out.error(Rules.NON_FINITE_VALUE, path, text, Texts.text(
                    "%s no es un número finito: el indicador '%s' toma valores en la escala %s",
                    "%s is not a finite number: indicator '%s' takes values on the scale %s",
                    "%s não é um número finito: o indicador '%s' toma valores na escala %s", text, d.key(), allowed));
        } else if (v < scale.min() || v > scale.max()) {
            out.error(Rules.VALUE_OFF_SCALE, path, text, Texts.text(
                    "%s está fuera de la escala %s del indicador '%s'",
                    "%s is outside the scale %s of indicator '%s'",
                    "%s está fora da escala %s do indicador '%s'", text, allowed, d.key()));
        } else {
            double step = step(scale);
            out.error(Rules.VALUE_OFF_STEP, path, text, Texts.text(
                    "%s no está en la escala %s del indicador '%s': %s",
                    "%s is not on the scale %s of indicator '%s': %s",
                    "%s não está na escala %s do indicador '%s': %s",
                    text, allowed, d.key(), nearest(v, scale.min(), scale.max(), step)));
        }
    }

    /** Tells whether a number is on a numeric scale: in range and on a step. */
    private static boolean onScale(double v, Scale scale) {
        if (scale instanceof Scale.Ordinal || !(v >= scale.min() && v <= scale.max())) {
            return false;
        }
        if (scale instanceof Scale.Continuous) {
            return ((Scale.Continuous) scale).contains(v);
        }
        return v == Math.rint(v);
    }

    /** The step of a numeric scale: 1 for counts and 0/1, the scale's step, or 0 for a continuous range. */
    private static double step(Scale scale) {
        if (scale instanceof Scale.Continuous) {
            return ((Scale.Continuous) scale).step().orElse(0);
        }
        return 1;
    }

    /** Names the allowed values either side of {@code v}, computed in decimal so that they print as written. */
    private static LocalizedText nearest(double v, double min, double max, double step) {
        BigDecimal s = BigDecimal.valueOf(step);
        BigDecimal below = BigDecimal.valueOf(min).add(s.multiply(BigDecimal.valueOf(Math.floor((v - min) / step))));
        BigDecimal above = below.add(s);
        String lo = Texts.num(below.doubleValue());
        if (above.doubleValue() > max) {
            return Texts.text("el valor permitido más cercano es %s", "the nearest allowed value is %s",
                    "o valor permitido mais próximo é %s", lo);
        }
        return Texts.text("los valores permitidos más cercanos son %s y %s", "the nearest allowed values are %s and %s",
                "os valores permitidos mais próximos são %s e %s", lo, Texts.num(above.doubleValue()));
    }

    private void malformedGrade(SourceGrade g, String path) {
        if (g.system() == SourceGrade.GradingSystem.ADMIRALTY) {
            out.error(Rules.MALFORMED_GRADE, path, g.code(), Texts.text(
                    "'%s' no es un grado del código del Almirantazgo: fiabilidad de la fuente A-F seguida de"
                            + " credibilidad de la información 1-6, p. ej. B2",
                    "'%s' is not an Admiralty grade: source reliability A-F followed by information credibility"
                            + " 1-6, e.g. B2",
                    "'%s' não é uma classificação do código do Almirantado: fiabilidade da fonte A-F seguida de"
                            + " credibilidade da informação 1-6, p. ex. B2", g.code()));
        } else {
            out.error(Rules.MALFORMED_GRADE, path, g.code(), Texts.text(
                    "'%s' no es un grado 3x5x2: fuente 1-3, inteligencia A-E y manejo P o C, p. ej. 2BP",
                    "'%s' is not a UK 3x5x2 grade: source 1-3, intelligence A-E and handling P or C, e.g. 2BP",
                    "'%s' não é uma classificação 3x5x2: fonte 1-3, inteligência A-E e tratamento P ou C,"
                            + " p. ex. 2BP", g.code()));
        }
    }

    private void duplicate(Observation o, String path, int first) {
        String source = o.contributor().map(Country::code).orElse("-") + " / " + o.agency().orElse("-") + " / "
                + o.source().orElse("-");
        out.error(Rules.DUPLICATE_OBSERVATION, path, o.target() + " " + o.indicator() + " " + o.period(), Texts.text(
                "la observación repite observations[%d]: mismo objetivo %s, indicador '%s', período %s y fuente"
                        + " (%s); conserve una o distinga las fuentes",
                "the observation repeats observations[%d]: same target %s, indicator '%s', period %s and source"
                        + " (%s); keep one, or tell the sources apart",
                "a observação repete observations[%d]: mesmo alvo %s, indicador '%s', período %s e fonte (%s);"
                        + " mantenha uma ou distinga as fontes",
                first, o.target(), o.indicator(), o.period(), source));
    }

    private void poorSourcesOnly(Cell cell, int first) {
        List<String> grades = new ArrayList<>();
        for (Observation o : dataset.observationsFor(cell.target)) {
            if (o.indicator().equals(cell.indicator) && o.period().equals(cell.period)) {
                grades.add(o.grade().orElseThrow().code());
            }
        }
        String codes = String.join(", ", grades);
        out.warning(Rules.POOR_SOURCES_ONLY, at(first, ".grade"), codes, Texts.text(
                "%s, indicador '%s', período %s, se apoya solo en fuentes mal calificadas (%s): corrobórelo con una"
                        + " fuente A-D y 1-4 (o 1-2 y A-C en 3x5x2)",
                "%s, indicator '%s', period %s rests only on poorly graded sources (%s): corroborate it with a"
                        + " source graded A-D and 1-4 (or 1-2 and A-C in 3x5x2)",
                "%s, indicador '%s', período %s, apoia-se só em fontes mal classificadas (%s): corrobore-o com uma"
                        + " fonte A-D e 1-4 (ou 1-2 e A-C em 3x5x2)",
                cell.target, cell.indicator, cell.period, codes));
    }

    // ---- coverage ----

    private void coverage() {
        if (coverageThreshold <= 0) {
            return;
        }
        List<String> cellIndicators = new ArrayList<>();
        for (Map.Entry<String, Integer> e : indicators.entrySet()) {
            IndicatorDefinition d = dataset.indicators().get(e.getValue());
            int expected = expected(d.target());
            if (expected == 0) {
                continue;
            }
            if (d.target() == TargetKind.COUNTRY_CRIME_AREA) {
                cellIndicators.add(d.key());
            }
            int observed = observedTargets.getOrDefault(d.key(), Set.of()).size();
            double share = (double) observed / expected;
            if (share < coverageThreshold) {
                out.warning(Rules.LOW_COVERAGE, "indicators[" + e.getValue() + "]", observed + "/" + expected,
                        Texts.text("el indicador '%s' tiene observaciones para %d de %d %s (%s%%), por debajo del"
                                        + " umbral de cobertura de %s%%",
                                "indicator '%s' has observations for %d of %d %s (%s%%), below the coverage threshold"
                                        + " of %s%%",
                                "o indicador '%s' tem observações para %d de %d %s (%s%%), abaixo do limiar de"
                                        + " cobertura de %s%%",
                                d.key(), observed, expected, units(d.target()), Texts.percent(share),
                                Texts.percent(coverageThreshold)));
            }
        }
        if (!cellIndicators.isEmpty()) {
            cells(cellIndicators);
        }
    }

    private void cells(List<String> cellIndicators) {
        int expected = cellIndicators.size();
        for (Map.Entry<Country, Integer> c : countries.entrySet()) {
            for (String area : areas.keySet()) {
                Target cell = Target.countryArea(c.getKey(), area);
                int observed = 0;
                for (String key : cellIndicators) {
                    if (observedTargets.getOrDefault(key, Set.of()).contains(cell)) {
                        observed++;
                    }
                }
                double share = (double) observed / expected;
                if (share < coverageThreshold) {
                    out.warning(Rules.LOW_COVERAGE, "countries[" + c.getValue() + "]", cell, Texts.text(
                            "%s tiene observaciones para %d de %d indicadores de país y área delictiva (%s%%), por"
                                    + " debajo del umbral de cobertura de %s%%",
                            "%s has observations for %d of %d country x crime area indicators (%s%%), below the"
                                    + " coverage threshold of %s%%",
                            "%s tem observações para %d de %d indicadores de país e área criminal (%s%%), abaixo do"
                                    + " limiar de cobertura de %s%%",
                            cell, observed, expected, Texts.percent(share), Texts.percent(coverageThreshold)));
                }
            }
        }
    }

    /** How many targets an indicator of a kind is expected to cover; 0 where nothing is expected (regions). */
    private int expected(TargetKind kind) {
        switch (kind) {
            case COUNTRY:
                return countries.size();
            case COUNTRY_CRIME_AREA:
                return countries.size() * areas.size();
            case CRIMINAL_GROUP:
                return groups.size();
            default:
                return 0;
        }
    }

    /** The units an indicator is expected to cover, with "expected" agreeing with the noun in each language. */
    private static LocalizedText units(TargetKind kind) {
        switch (kind) {
            case COUNTRY:
                return LocalizedText.of("países participantes esperados", "expected participating countries",
                        "países participantes esperados");
            case COUNTRY_CRIME_AREA:
                return LocalizedText.of("celdas país x área delictiva esperadas",
                        "expected country x crime area cells", "células país x área criminal esperadas");
            default:
                return LocalizedText.of("grupos criminales esperados", "expected criminal groups",
                        "grupos criminosos esperados");
        }
    }

    // ---- shared reports ----

    private void duplicateKey(String path, String key, String firstPath, LocalizedText noun) {
        Nouns.duplicateKey(out, path, key, firstPath, noun);
    }

    private void unknownArea(String path, String code) {
        out.error(Rules.UNKNOWN_CRIME_AREA, path, code, Texts.text(
                "el área delictiva '%s' no está en el catálogo: use una de %s",
                "crime area '%s' is not in the catalogue: use one of %s",
                "a área criminal '%s' não está no catálogo: use uma de %s", code, Texts.list(areas.keySet())));
    }

    private void unknownCountry(String path, Country country) {
        List<String> codes = new ArrayList<>();
        countries.keySet().forEach(c -> codes.add(c.code()));
        out.error(Rules.UNKNOWN_COUNTRY, path, country.code(), Texts.text(
                "el país %s no participa en este conjunto de datos: use uno de %s",
                "country %s is not a participating country of this dataset: use one of %s",
                "o país %s não participa deste conjunto de dados: use um de %s", country.code(), Texts.list(codes)));
    }

    private void unknownGroup(String path, String id) {
        out.error(Rules.UNKNOWN_GROUP, path, id, Texts.text(
                "el grupo '%s' no está definido en este conjunto de datos: defínalo en groups o use uno de %s",
                "group '%s' is not defined in this dataset: define it under groups or use one of %s",
                "o grupo '%s' não está definido neste conjunto de dados: defina-o em groups ou use um de %s",
                id, Texts.list(groups.keySet())));
    }
}
