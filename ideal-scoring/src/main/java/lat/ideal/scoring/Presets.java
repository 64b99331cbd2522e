package lat.ideal.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lat.ideal.model.Dataset;
import lat.ideal.model.IndicatorDefinition;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.Problem;

/**
 * The methodologies shipped with the library, each a data file in the jar ({@code lat/ideal/scoring/presets/NAME
 * .properties}, format in {@link Preset}) documented with its source.
 *
 * <ul>
 *   <li>{@code gitoc-ocindex}: the GI-TOC Global Organized Crime Index; markets and actors from the data by block.
 *   <li>{@code sleipnir-v1}: RCMP Sleipnir v1, 19 attributes rated High / Medium / Low / Nil / Unknown.
 *   <li>{@code ideal-socta}: an IDEAL/SOCTA-style assessment per country x crime area; configurable default weights,
 *       not an official IDEAL formula (which is unpublished).
 *   <li>{@code morile-risk}: MoRiLE-style harm x likelihood with confidence and organisational position; every level
 *       value a parameter with a documented default.
 *   <li>{@code crime-harm-index}: count x harm weight per offence type, excluding proactive detections.
 * </ul>
 *
 * <p>The shipped presets are read from the jar once, when the first of them is asked for, and then shared: a
 * {@link Preset} is immutable. A preset with replacement values is read on every call. There is no static mutable
 * state, and this class is thread-safe.
 *
 * @since 0.1
 */
public final class Presets {
    private static final List<String> NAMES = List.of("gitoc-ocindex", "sleipnir-v1", "ideal-socta", "morile-risk",
            "crime-harm-index");

    private Presets() {
    }

    /**
     * Returns the names of the shipped presets.
     *
     * @return the names, never null
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Returns a one-line description of a preset (id, title, main source), as {@code ideal methods} lists it.
     *
     * @param name a preset name, not null
     * @return the line, never null
     * @throws IllegalArgumentException if there is no such preset
     */
    public static String describe(String name) {
        return preset(name).describe();
    }

    /**
     * Returns a methodology's description in each working language where it is a shipped preset's methodology with
     * that preset's description unchanged (a methodology written out by {@code ideal init} and edited keeps it only
     * if its author left the description as it was).
     *
     * @param methodology a methodology, not null
     * @return the preset's description in es, en and pt, or empty
     */
    public static Optional<LocalizedText> descriptions(Methodology methodology) {
        if (!NAMES.contains(methodology.id())) {
            return Optional.empty();
        }
        Preset p = preset(methodology.id());
        return p.description().equals(methodology.description()) ? Optional.of(p.descriptions()) : Optional.empty();
    }

    /**
     * Returns a preset.
     *
     * @param name a preset name, not null
     * @return the preset, never null
     * @throws IllegalArgumentException if there is no such preset
     */
    public static Preset preset(String name) {
        return preset(name, Map.of());
    }

    /**
     * Returns a preset with some of its values replaced (e.g. a level value of {@code morile-risk} or the attribute
     * order of {@code sleipnir-v1}); the keys are those of the preset file.
     *
     * @param name a preset name, not null
     * @param parameters replacement values by file key, not null
     * @return the preset, never null
     * @throws IllegalArgumentException if there is no such preset or a replacement value is invalid (the message
     *         lists every problem with its key)
     */
    public static Preset preset(String name, Map<String, String> parameters) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no preset '" + name + "'; the presets are " + NAMES);
        }
        if (parameters.isEmpty()) {
            Preset shipped = Shipped.PRESETS.get(name);
            if (shipped != null) {
                return shipped;
            }
        }
        String file = name + ".properties";
        Preset.Parsed parsed = Preset.parse(file, read(file), parameters);
        if (parsed.preset().isEmpty()) {
            StringBuilder b = new StringBuilder("preset '" + name + "' cannot be read:");
            for (Problem p : parsed.report().errors()) {
                b.append("\n  ").append(p.path()).append(": ").append(p.message().en());
            }
            throw new IllegalArgumentException(b.toString());
        }
        return parsed.preset().get();
    }

    /**
     * Returns a preset's methodology with leaves from a dataset's indicators (by block) and the preset's own fixed
     * indicators.
     *
     * @param name a preset name, not null
     * @param dataset the dataset, not null
     * @return the methodology, never null
     * @throws IllegalArgumentException if there is no such preset, or it takes leaves from a block the dataset has
     *         no indicator of
     */
    public static Methodology methodology(String name, Dataset dataset) {
        return preset(name).methodology(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Returns the methodology of a preset with a fixed indicator set.
     *
     * @param name a preset name, not null
     * @return the methodology, never null
     * @throws IllegalArgumentException if there is no such preset or it takes its indicators from the data
     */
    public static Methodology methodology(String name) {
        Preset p = preset(name);
        if (p.leavesFromData()) {
            throw new IllegalArgumentException("preset '" + name + "' takes its indicators from the data: use"
                    + " methodology(name, dataset)");
        }
        return p.methodology(p.indicators());
    }

    /**
     * Returns the fixed indicator definitions a preset expects, so that a dataset can be built for it.
     *
     * @param name a preset name, not null
     * @return the definitions; for {@code gitoc-ocindex} the 2023 edition's 32 indicators
     * @throws IllegalArgumentException if there is no such preset
     */
    public static List<IndicatorDefinition> indicators(String name) {
        Preset p = preset(name);
        if (name.equals("gitoc-ocindex")) {
            return GitocIndicators.edition(2023);
        }
        return p.indicators();
    }

    /**
     * Returns the {@code crime-harm-index} preset with a country's harm weight table.
     *
     * <p>The table maps each offence indicator key to its weight in equivalent days of imprisonment; name both the
     * recorded-offences and the proactive-detections indicator of an offence with the same weight, so that its harm
     * is weight x (recorded - proactive).
     *
     * @param harmWeights days by indicator key, each finite and not negative, not null
     * @return the preset, never null
     * @throws IllegalArgumentException if a weight is negative or not finite
     */
    public static Preset crimeHarmIndex(Map<String, Double> harmWeights) {
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(harmWeights).entrySet()) {
            double days = e.getValue();
            if (!(days >= 0) || Double.isInfinite(days)) {
                throw new IllegalArgumentException("harm weight " + days + " of '" + e.getKey()
                        + "' is not a finite number >= 0");
            }
            table.append(table.length() == 0 ? "" : ", ").append(e.getKey()).append(':')
                    .append(lat.ideal.model.Doubles.format(days));
        }
        return preset("crime-harm-index", Map.of("node.crime-harm.weighting.allocation.1", table.toString()));
    }

    /** The shipped presets without replacements, read when this class is first initialised. */
    private static final class Shipped {
        /** By name; a preset file that cannot be read is left out, and {@link #preset} reports its problems. */
        static final Map<String, Preset> PRESETS = readAll();

        private static Map<String, Preset> readAll() {
            Map<String, Preset> presets = new LinkedHashMap<>();
            for (String name : NAMES) {
                String file = name + ".properties";
                Preset.parse(file, read(file), Map.of()).preset().ifPresent(p -> presets.put(name, p));
            }
            return Map.copyOf(presets);
        }
    }

    private static String read(String file) {
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("preset file presets/" + file + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
