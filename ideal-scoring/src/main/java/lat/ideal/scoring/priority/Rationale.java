package lat.ideal.scoring.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import lat.ideal.model.Country;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.Banding;
import lat.ideal.scoring.evidence.Confidence;

/** Writes a priority's rationale in es/en/pt from its numbers. */
final class Rationale {
    private Rationale() {
    }

    /** The parts of a rationale. */
    static final class Facts {
        int rank;
        int areas;
        LocalizedText label;
        RegionalScore method;
        double regionalScore;
        int assessed;
        String topBandLabel;
        List<Country> topBand;
        Country lead;
        double leadScore;
        Confidence leadConfidence;
        Confidence minimumLeadConfidence;
        Confidence confidence;
        OptionalDouble change;
        boolean previousGiven;
        int decimals;
    }

    static LocalizedText of(Facts f) {
        return LocalizedText.of(text(f, Language.ES), text(f, Language.EN), text(f, Language.PT));
    }

    /** The sentences of a rationale in one language, as {@link String#format} patterns. */
    private record Phrases(String head, String country, String countries, String noTop, String top, String noLead,
                           String lead, String confidence, String trend, String notAssessedBefore,
                           String noPrevious) {
    }

    private static final Phrases ES = new Phrases(
            "%s ocupa el puesto %d de %d áreas delictivas: puntuación regional %s de %s en %d %s. ", "país", "países",
            "No está en la banda superior (%s) en ningún país. ", "Está en la banda superior (%s) en %d %s: %s. ",
            "Ningún país está afectado con confianza suficiente (al menos %s). ",
            "País más afectado con confianza suficiente: %s (%s, confianza %s). ", "Confianza: %s. ",
            "Tendencia: %s desde la evaluación anterior.",
            "Tendencia: el área no se evaluó en la evaluación anterior.",
            "Tendencia: sin evaluación anterior con la que comparar.");
    private static final Phrases EN = new Phrases(
            "%s ranks %d of %d crime areas: regional %s score %s over %d %s. ", "country", "countries",
            "It is in the top band (%s) in no country. ", "It is in the top band (%s) in %d %s: %s. ",
            "No country is affected with adequate confidence (at least %s). ",
            "Most affected with adequate confidence: %s (%s, %s confidence). ", "Confidence: %s. ",
            "Trend: %s since the previous assessment.",
            "Trend: the area was not assessed in the previous assessment.",
            "Trend: no previous assessment to compare with.");
    private static final Phrases PT = new Phrases(
            "%s ocupa a posição %d de %d áreas criminais: pontuação regional %s de %s em %d %s. ", "país", "países",
            "Não está na faixa superior (%s) em nenhum país. ", "Está na faixa superior (%s) em %d %s: %s. ",
            "Nenhum país está afetado com confiança suficiente (pelo menos %s). ",
            "País mais afetado com confiança suficiente: %s (%s, confiança %s). ", "Confiança: %s. ",
            "Tendência: %s desde a avaliação anterior.",
            "Tendência: a área não foi avaliada na avaliação anterior.",
            "Tendência: sem avaliação anterior com que comparar.");

    private static String text(Facts f, Language l) {
        Phrases p = l == Language.ES ? ES : l == Language.PT ? PT : EN;
        Locale root = Locale.ROOT;
        StringBuilder b = new StringBuilder();
        b.append(String.format(root, p.head(), f.label.in(l), f.rank, f.areas, f.method.label().in(l),
                number(f.regionalScore, f.decimals, l), f.assessed, f.assessed == 1 ? p.country() : p.countries()));
        int reach = f.topBand.size();
        String band = Banding.displayName(f.topBandLabel).in(l);
        b.append(reach == 0 ? String.format(root, p.noTop(), band) : String.format(root, p.top(),
                band, reach, reach == 1 ? p.country() : p.countries(), names(f.topBand, l)));
        b.append(f.lead == null ? String.format(root, p.noLead(), f.minimumLeadConfidence.label(l))
                : String.format(root, p.lead(), f.lead.displayName(l), number(f.leadScore, f.decimals, l),
                f.leadConfidence.label(l)));
        b.append(String.format(root, p.confidence(), f.confidence.label(l)));
        b.append(f.change.isPresent() ? String.format(root, p.trend(), signed(f.change.getAsDouble(), f.decimals, l))
                : f.previousGiven ? p.notAssessedBefore() : p.noPrevious());
        return b.toString();
    }

    private static String names(List<Country> countries, Language l) {
        List<String> names = new ArrayList<>();
        for (Country c : countries) {
            names.add(c.displayName(l));
        }
        return String.join(", ", names);
    }

    /** Rounds half-up to the node's decimals from the exact value; decimal comma in es and pt. */
    static String number(double value, int decimals, Language l) {
        BigDecimal v = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(l.locale()));
        return f.format(v);
    }

    private static String signed(double value, int decimals, Language l) {
        String s = number(value, decimals, l);
        return s.startsWith("-") ? s : "+" + s;
    }
}
