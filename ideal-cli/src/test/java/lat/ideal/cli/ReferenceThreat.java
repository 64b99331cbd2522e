package lat.ideal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default assessment's threat scores computed independently of the library: plain exact arithmetic on the
 * GI-TOC 2023 CSV, following the documented mapping and the {@code ideal-socta} preset.
 *
 * <p>Per country and crime area (the formula written out, not read from the library):
 * <ul>
 *   <li>market m = the largest of the mapped GI-TOC markets (mapping {@code combine = max}); money laundering takes
 *       financial crimes and 11 - anti-money laundering;</li>
 *   <li>capability c = mean of the five criminal-actor indicators; resilience r = mean of the twelve resilience
 *       indicators;</li>
 *   <li>each block rescaled from GI-TOC's 1..10 to 0..100 (goalposts at the scale's bounds): M = (m - 1) x 100 / 9,
 *       C = (c - 1) x 100 / 9, and vulnerability V = 100 - (r - 1) x 100 / 9 (negative polarity turned round after
 *       rescaling);</li>
 *   <li>threat T = (0.25 M + 0.30 C + 0.15 V) / 0.70: the preset's weights, with the harm block (weight 0.30)
 *       left out for want of data and the rest reweighted (exclude-and-reweight, 3 of 4 blocks above the 0.5
 *       availability threshold);</li>
 *   <li>published T: half-up to one decimal from the exact value.</li>
 * </ul>
 */
final class ReferenceThreat {
    /** The twelve IDEAL countries as GI-TOC names them, in the mapping's order, with their ISO codes. */
    static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
    /** The seven threats, in the mapping's order, with their GI-TOC markets; "~" marks 11 - x. */
    static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        String[][] c = {{"Bolivia", "BO"}, {"Chile", "CL"}, {"Costa Rica", "CR"}, {"Ecuador", "EC"},
            {"El Salvador", "SV"}, {"Mexico", "MX"}, {"Panama", "PA"}, {"Argentina", "AR"}, {"Brazil", "BR"},
            {"Colombia", "CO"}, {"Peru", "PE"}, {"Paraguay", "PY"}};
        for (String[] e : c) {
            COUNTRIES.put(e[0], e[1]);
        }
        AREAS.put("drug-trafficking", List.of("Cocaine trade", "Cannabis trade", "Synthetic drug trade",
                "Heroin trade"));
        AREAS.put("human-trafficking-migrant-smuggling", List.of("Human trafficking", "Human smuggling"));
        AREAS.put("cybercrime", List.of("Cyber-dependent crimes"));
        AREAS.put("smuggling-of-goods", List.of("Trade in counterfeit goods", "Illicit trade in excisable goods"));
        AREAS.put("environmental-crime", List.of("Flora crimes", "Fauna crimes", "Non-renewable resource crimes"));
        AREAS.put("arms-trafficking", List.of("Arms trafficking"));
        AREAS.put("money-laundering", List.of("Financial crimes", "~Anti-money laundering"));
    }

    static final List<String> ACTORS = List.of("Mafia-style groups", "Criminal networks", "State-embedded actors",
            "Foreign actors", "Private sector actors");
    static final List<String> RESILIENCE = List.of("Political leadership and governance",
            "Government transparency and accountability", "International cooperation", "National policies and laws",
            "Judicial system and detention", "Law enforcement", "Territorial integrity", "Anti-money laundering",
            "Economic regulatory capacity", "Victim and witness support", "Prevention", "Non-state actors");

    /** One country x crime-area threat. */
    record Cell(String country, String area, int order, Exact threat) {
        String unit() {
            return country + "/" + area;
        }
    }

    private ReferenceThreat() {
    }

    /** Computes every cell, in input order (country, then area). */
    static List<Cell> cells() {
        Map<String, Map<String, String>> rows = gitoc2023();
        Exact hundred = Exact.of(100);
        Exact nine = Exact.of(9);
        Exact one = Exact.of(1);
        List<Cell> out = new ArrayList<>();
        int order = 0;
        for (Map.Entry<String, String> country : COUNTRIES.entrySet()) {
            Map<String, String> row = rows.get(country.getKey());
            Exact c = mean(row, ACTORS);
            Exact r = mean(row, RESILIENCE);
            Exact bigC = c.minus(one).times(hundred).over(nine);
            Exact bigV = hundred.minus(r.minus(one).times(hundred).over(nine));
            for (Map.Entry<String, List<String>> area : AREAS.entrySet()) {
                Exact m = null;
                for (String column : area.getValue()) {
                    Exact v = column.startsWith("~") ? Exact.of(11).minus(Exact.parse(row.get(column.substring(1))))
                            : Exact.parse(row.get(column));
                    m = m == null || v.compareTo(m) > 0 ? v : m;
                }
                Exact bigM = m.minus(one).times(hundred).over(nine);
                Exact t = Exact.parse("0.25").times(bigM).plus(Exact.parse("0.30").times(bigC))
                        .plus(Exact.parse("0.15").times(bigV)).over(Exact.parse("0.70"));
                out.add(new Cell(country.getValue(), area.getKey(), order++, t));
            }
        }
        return out;
    }

    /** The cells by published threat, highest first, ties in input order (competition ranking). */
    static List<Cell> ranked() {
        List<Cell> cells = new ArrayList<>(cells());
        cells.sort(Comparator.comparing((Cell x) -> x.threat().roundHalfUp(1)).reversed()
                .thenComparingInt(Cell::order));
        return cells;
    }

    /** The crime areas by the mean of the exact threat over the twelve countries, highest first. */
    static List<Map.Entry<String, Exact>> areasByMean() {
        Map<String, Exact> sums = new LinkedHashMap<>();
        for (Cell c : cells()) {
            sums.merge(c.area(), c.threat(), Exact::plus);
        }
        List<Map.Entry<String, Exact>> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(Map.entry(k, v.over(Exact.of(COUNTRIES.size())))));
        out.sort(Map.Entry.<String, Exact>comparingByValue().reversed());
        return out;
    }

    private static Exact mean(Map<String, String> row, List<String> columns) {
        Exact sum = Exact.ZERO;
        for (String col : columns) {
            sum = sum.plus(Exact.parse(row.get(col)));
        }
        return sum.over(Exact.of(columns.size()));
    }

    /** Reads the embedded GI-TOC 2023 CSV into rows keyed by country name, cells keyed by header. */
    static Map<String, Map<String, String>> gitoc2023() {
        try (InputStream in = ReferenceThreat.class.getResourceAsStream("default/gitoc-ocindex-2023.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> header = split(lines.get(0));
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.put(row.get("Country"), row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a CSV line with double-quoted cells (the 2023 headers contain commas inside quotes). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
