package lat.ideal.io;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;

/**
 * The JSON parser's messages as whoever edits the file can use them: without the parser's own descriptions of the
 * input (the problem already gives the line and column) and advice to enable parser features (documents are read
 * strictly), and in Spanish and Portuguese for the mistakes hand-edited JSON usually has. A message no rule here
 * knows keeps the parser's English words in every language.
 */
final class ParserMessages {
    /** The parser's description of where an array or object began: it names no place a reader could find. */
    private static final Pattern START_MARKER = Pattern.compile(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)");
    /** Any other description of the input, which the parser is set not to include. */
    private static final Pattern SOURCE = Pattern.compile(" ?(?:at )?\\[Source: [^\\]]*\\]");
    /** Advice to switch on a parser feature. */
    private static final Pattern ENABLE = Pattern.compile("(require|requires) enabling `[^`]*`");
    private static final Pattern ENABLE_TO_ALLOW = Pattern.compile(":? ?enable `[^`]*` to allow");
    private static final Pattern COMMENT_FEATURE = Pattern.compile(
            " ?\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

    /** A known English message and its Spanish and Portuguese wording; {@code %1$s} and on are the groups. */
    private record Rule(Pattern english, String es, String pt) {
    }

    private static final String CHAR = "^Unexpected character \\((.+) \\(code \\d+\\)\\)";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^the document is empty$"), "el documento está vacío", "o documento está vazio"),
            new Rule(Pattern.compile("^Unexpected end-of-input: expected close marker for (Array|Object)$"),
                    "el archivo termina sin cerrar %s", "o arquivo termina sem fechar %s"),
            new Rule(Pattern.compile("^Unexpected end-of-input(?: in VALUE_STRING|: was expecting closing quote for a"
                    + " string value)$"),
                    "el archivo termina dentro de un texto entre comillas",
                    "o arquivo termina dentro de um texto entre aspas"),
            new Rule(Pattern.compile("^Unexpected end-of-input.*$"), "el archivo termina antes de tiempo",
                    "o arquivo termina antes do tempo"),
            new Rule(Pattern.compile("^Unrecognized token '(.*)': was expecting .*$"),
                    "símbolo no reconocido '%s': se esperaba un texto entre comillas, un número, un arreglo, un"
                            + " objeto, null, true o false",
                    "símbolo não reconhecido '%s': esperava-se um texto entre aspas, um número, um array, um"
                            + " objeto, null, true ou false"),
            new Rule(Pattern.compile(CHAR + ": was expecting double-quote to start property name$"),
                    "carácter inesperado %s: se esperaba una comilla doble al comienzo del nombre de una propiedad",
                    "caractere inesperado %s: esperavam-se aspas duplas no início do nome de uma propriedade"),
            new Rule(Pattern.compile(CHAR + ": was expecting comma to separate (Array|Object) entries$"),
                    "carácter inesperado %s: falta una coma entre los elementos de %s",
                    "caractere inesperado %s: falta uma vírgula entre os elementos de %s"),
            new Rule(Pattern.compile(CHAR + ": expected a hex-digit for character escape sequence$"),
                    "carácter inesperado %s: se esperaba una cifra hexadecimal tras \\u",
                    "caractere inesperado %s: esperava-se um dígito hexadecimal após \\u"),
            new Rule(Pattern.compile(CHAR + ": expected a (?:valid )?value.*$"),
                    "carácter inesperado %s: se esperaba un valor", "caractere inesperado %s: esperava-se um valor"),
            new Rule(Pattern.compile(CHAR + " in numeric value.*$"),
                    "carácter inesperado %s en un número", "caractere inesperado %s em um número"),
            new Rule(Pattern.compile(CHAR + ": maybe a \\(non-standard\\) comment\\?.*$"),
                    "carácter inesperado %s: JSON no admite comentarios",
                    "caractere inesperado %s: JSON não admite comentários"),
            new Rule(Pattern.compile("^Invalid numeric value: Leading zeroes not allowed$"),
                    "número no válido: no se admiten ceros a la izquierda",
                    "número inválido: zeros à esquerda não são permitidos"),
            new Rule(Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*$"),
                    "carácter de control (código %s) dentro de un texto: escríbalo con barra invertida (\\n, \\t)",
                    "caractere de controle (código %s) dentro de um texto: escreva-o com barra invertida (\\n, \\t)"),
            new Rule(Pattern.compile("^Unrecognized character escape (.+) \\(code \\d+\\)$"),
                    "secuencia de escape no reconocida: %s tras una barra invertida",
                    "sequência de escape não reconhecida: %s após uma barra invertida"));

    private ParserMessages() {
    }

    /**
     * Returns a parser's message without its descriptions of the input and its advice to enable features.
     *
     * @param detail the parser's message, may be null
     * @return the message, never null
     */
    static String clean(String detail) {
        if (detail == null) {
            return "";
        }
        String d = START_MARKER.matcher(detail).replaceAll("");
        d = SOURCE.matcher(d).replaceAll("");
        d = COMMENT_FEATURE.matcher(d).replaceAll("");
        d = ENABLE.matcher(d).replaceAll(r -> r.group(1).equals("require") ? "are not allowed" : "is not allowed");
        d = ENABLE_TO_ALLOW.matcher(d).replaceAll("");
        // Non-numeric literals are let through the tokenizer only to be reported as errors with their path.
        return d.replace(" (or 'NaN'/'+INF'/'-INF')", "").trim();
    }

    /**
     * Returns a parser's message in es, en and pt: cleaned, and worded in Spanish and Portuguese where a rule knows
     * it (English in every language otherwise).
     *
     * @param detail the parser's message, may be null
     * @return the message, never null
     */
    static LocalizedText of(String detail) {
        String en = clean(detail);
        if (en.isEmpty()) {
            return LocalizedText.same("-");
        }
        for (Rule rule : RULES) {
            Matcher m = rule.english().matcher(en);
            if (m.matches()) {
                return LocalizedText.of(fill(rule.es(), m, Language.ES), en, fill(rule.pt(), m, Language.PT));
            }
        }
        return LocalizedText.same(en);
    }

    /** Fills a pattern with the groups, the parser's container names ({@code Array}, {@code Object}) translated. */
    private static String fill(String pattern, Matcher m, Language language) {
        Object[] args = new Object[m.groupCount()];
        for (int g = 1; g <= m.groupCount(); g++) {
            String v = m.group(g);
            boolean es = language == Language.ES;
            args[g - 1] = v.equals("Array") ? (es ? "un arreglo" : "um array")
                    : v.equals("Object") ? (es ? "un objeto" : "um objeto") : v;
        }
        return String.format(Locale.ROOT, pattern, args);
    }
}
