package lat.ideal.io;

import java.util.Collection;
import java.util.Locale;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;

/** The es/en/pt messages of the readers' own rules. */
final class Messages {
    private Messages() {
    }

    static String warningWord(Language language) {
        return language == Language.EN ? "warning" : "aviso";
    }

    private static LocalizedText text(String es, String en, String pt, Object... args) {
        return LocalizedText.of(String.format(Locale.ROOT, es, args), String.format(Locale.ROOT, en, args),
                String.format(Locale.ROOT, pt, args));
    }

    private static String list(Collection<String> values) {
        return String.join(", ", values);
    }

    static LocalizedText syntax(String detail) {
        LocalizedText d = ParserMessages.of(detail);
        return LocalizedText.of("JSON no válido: " + d.es(), "invalid JSON: " + d.en(), "JSON inválido: " + d.pt());
    }

    static LocalizedText encoding(String detail) {
        return text("el archivo no es JSON en UTF-8, UTF-16 ni UTF-32: %s",
                "the file is not JSON in UTF-8, UTF-16 or UTF-32: %s",
                "o arquivo não é JSON em UTF-8, UTF-16 nem UTF-32: %s", ParserMessages.clean(detail));
    }

    static LocalizedText limit(String detail) {
        return text("el archivo supera un límite de lectura: %s", "the file exceeds a read limit: %s",
                "o arquivo excede um limite de leitura: %s", ParserMessages.clean(detail));
    }

    static LocalizedText io(String detail) {
        return text("no se pudo leer el archivo: %s", "the file could not be read: %s",
                "não foi possível ler o arquivo: %s", detail);
    }

    static LocalizedText tooManyProblems(int max) {
        return text("más de %d problemas: la lectura se detiene aquí", "more than %d problems: reading stops here",
                "mais de %d problemas: a leitura para aqui", max);
    }

    static LocalizedText duplicateKey(String name) {
        return text("la propiedad '%s' aparece dos veces en el mismo objeto",
                "property '%s' appears twice in the same object",
                "a propriedade '%s' aparece duas vezes no mesmo objeto", name);
    }

    static LocalizedText unknownProperty(String name, Collection<String> allowed) {
        return text("propiedad desconocida '%s'; se admiten: %s", "unknown property '%s'; allowed: %s",
                "propriedade desconhecida '%s'; permitidas: %s", name, list(allowed));
    }

    static LocalizedText missingProperty(String name) {
        return text("falta la propiedad obligatoria '%s'", "required property '%s' is missing",
                "falta a propriedade obrigatória '%s'", name);
    }

    static LocalizedText wrongType(JsonType expected, JsonType found) {
        return LocalizedText.of(
                String.format(Locale.ROOT, "se esperaba %s y se encontró %s", expected.in(Language.ES),
                        found.in(Language.ES)),
                String.format(Locale.ROOT, "expected %s, found %s", expected.in(Language.EN), found.in(Language.EN)),
                String.format(Locale.ROOT, "esperava-se %s e encontrou-se %s", expected.in(Language.PT),
                        found.in(Language.PT)));
    }

    static LocalizedText nonFinite(String literal) {
        return text("'%s' no es un número JSON: NaN e infinito no se admiten",
                "'%s' is not a JSON number: NaN and infinities are not allowed",
                "'%s' não é um número JSON: NaN e infinito não são permitidos", literal);
    }

    static LocalizedText trailing() {
        return text("contenido inesperado después del final del documento",
                "unexpected content after the end of the document",
                "conteúdo inesperado depois do fim do documento");
    }

    static LocalizedText schemaVersion(String found, String supported) {
        return text("schemaVersion '%s' no es compatible; esta versión lee '%s'",
                "schemaVersion '%s' is not supported; this version reads '%s'",
                "schemaVersion '%s' não é suportada; esta versão lê '%s'", found, supported);
    }

    static LocalizedText blank() {
        return text("no debe estar vacío", "must not be blank", "não deve estar vazio");
    }

    static LocalizedText badCountry(String value) {
        return text("'%s' no es un país: escriba un código ISO 3166-1 alfa-2 o alfa-3 o un nombre en es/en/pt",
                "'%s' is not a country: write an ISO 3166-1 alpha-2 or alpha-3 code or a name in es/en/pt",
                "'%s' não é um país: escreva um código ISO 3166-1 alfa-2 ou alfa-3 ou um nome em es/en/pt", value);
    }

    static LocalizedText badPeriod(String value) {
        return text("'%s' no es un período: escriba 2023, 2023-05, 2023-05-01 o 2022-07-01/2023-06-30",
                "'%s' is not a period: write 2023, 2023-05, 2023-05-01 or 2022-07-01/2023-06-30",
                "'%s' não é um período: escreva 2023, 2023-05, 2023-05-01 ou 2022-07-01/2023-06-30", value);
    }

    static LocalizedText badDate(String value) {
        return text("'%s' no es una fecha: escriba 2023-05-01", "'%s' is not a date: write 2023-05-01",
                "'%s' não é uma data: escreva 2023-05-01", value);
    }

    static LocalizedText badMarking(String value) {
        return text("'%s' no es una marca TLP 2.0: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT o TLP:RED",
                "'%s' is not a TLP 2.0 marking: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED",
                "'%s' não é uma marca TLP 2.0: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT ou TLP:RED",
                value);
    }

    static LocalizedText badGrade(String value) {
        return text("'%s' no es una calificación: Admiralty A-F seguido de 1-6 (B2) o UK 3x5x2 1-3, A-E y P o C (2BP)",
                "'%s' is not a source grade: Admiralty A-F followed by 1-6 (B2) or UK 3x5x2 1-3, A-E and P or C (2BP)",
                "'%s' não é uma classificação: Admiralty A-F seguido de 1-6 (B2) ou UK 3x5x2 1-3, A-E e P ou C (2BP)",
                value);
    }

    static LocalizedText halfGrade() {
        return text("source_reliability e information_credibility van juntas: complete ambas o ninguna",
                "source_reliability and information_credibility go together: fill both or neither",
                "source_reliability e information_credibility andam juntas: preencha ambas ou nenhuma");
    }

    static LocalizedText badTarget(String value) {
        return text("'%s' no es un objetivo: escriba CC, CC/area-delictiva, group:<id> o region:<código>",
                "'%s' is not a target: write CC, CC/crime-area, group:<id> or region:<code>",
                "'%s' não é um alvo: escreva CC, CC/area-criminal, group:<id> ou region:<código>", value);
    }

    static LocalizedText decimalComma(String value) {
        return text("'%s' usa coma decimal: escriba los números con punto decimal (7.5)",
                "'%s' uses a decimal comma: write numbers with a decimal point (7.5)",
                "'%s' usa vírgula decimal: escreva os números com ponto decimal (7.5)", value);
    }

    static LocalizedText badNumber(String value) {
        return text("'%s' no es un número", "'%s' is not a number", "'%s' não é um número", value);
    }

    static LocalizedText quotedNumber(String value) {
        return text("'%s' es un número entre comillas: escríbalo sin comillas",
                "'%s' is a number in quotes: write it without quotes",
                "'%s' é um número entre aspas: escreva-o sem aspas", value);
    }

    static LocalizedText notInteger(String value) {
        return text("'%s' no es un número entero", "'%s' is not a whole number", "'%s' não é um número inteiro",
                value);
    }

    static LocalizedText badEnum(String value, Collection<String> allowed) {
        return text("'%s' no es válido; se admiten: %s", "'%s' is not allowed; allowed: %s",
                "'%s' não é válido; permitidos: %s", value, list(allowed));
    }

    static LocalizedText invalid(String detail) {
        return text("valor no válido: %s", "invalid value: %s", "valor inválido: %s", detail);
    }

    static LocalizedText leafAndChildren() {
        return text("un nodo tiene 'children' o 'indicator', no ambos",
                "a node has either 'children' or 'indicator', not both",
                "um nó tem 'children' ou 'indicator', não ambos");
    }

    static LocalizedText unclosedQuote() {
        return text("comillas sin cerrar: el campo continúa hasta el final del archivo",
                "unclosed quote: the field runs to the end of the file",
                "aspas não fechadas: o campo continua até o fim do arquivo");
    }

    static LocalizedText strayQuote() {
        return text("comillas dentro de un campo sin comillas: encierre el campo entre comillas y duplique las internas",
                "quote inside an unquoted field: quote the whole field and double the inner quotes",
                "aspas dentro de um campo sem aspas: coloque o campo entre aspas e duplique as internas");
    }

    static LocalizedText textAfterQuote() {
        return text("texto después de las comillas de cierre", "text after the closing quote",
                "texto depois das aspas de fechamento");
    }

    static LocalizedText columnCount(int expected, int found) {
        return text("la fila tiene %2$d columnas; el encabezado tiene %1$d",
                "the row has %2$d columns; the header has %1$d", "a linha tem %2$d colunas; o cabeçalho tem %1$d",
                expected, found);
    }

    static LocalizedText unknownColumn(String name, Collection<String> allowed) {
        return text("columna desconocida '%s'; se admiten: %s", "unknown column '%s'; allowed: %s",
                "coluna desconhecida '%s'; permitidas: %s", name, list(allowed));
    }

    static LocalizedText missingColumn(String name) {
        return text("falta la columna obligatoria '%s'", "required column '%s' is missing",
                "falta a coluna obrigatória '%s'", name);
    }

    static LocalizedText missingTargetColumn() {
        return text("se necesita una columna 'country', 'group' o 'region' para saber a qué se refiere cada fila",
                "a 'country', 'group' or 'region' column is needed to know what each row is about",
                "é necessária uma coluna 'country', 'group' ou 'region' para saber a que se refere cada linha");
    }

    static LocalizedText duplicateColumn(String name) {
        return text("la columna '%s' aparece dos veces", "column '%s' appears twice", "a coluna '%s' aparece duas vezes",
                name);
    }

    static LocalizedText semicolon() {
        return text("el archivo usa ';' como separador: guárdelo como CSV separado por comas, con punto decimal",
                "the file uses ';' as separator: save it as comma-separated CSV with a decimal point",
                "o arquivo usa ';' como separador: salve-o como CSV separado por vírgulas, com ponto decimal");
    }

    static LocalizedText emptyFile() {
        return text("el archivo está vacío: falta la fila de encabezado", "the file is empty: the header row is missing",
                "o arquivo está vazio: falta a linha de cabeçalho");
    }

    static LocalizedText requiredCell(String column) {
        return text("la celda de '%s' no debe estar vacía", "the '%s' cell must not be empty",
                "a célula de '%s' não deve estar vazia", column);
    }

    static LocalizedText noTarget() {
        return text("la fila no dice a qué se refiere: complete 'country', 'group' o 'region'",
                "the row does not say what it is about: fill 'country', 'group' or 'region'",
                "a linha não diz a que se refere: preencha 'country', 'group' ou 'region'");
    }

    static LocalizedText severalTargets() {
        return text("la fila se refiere a más de un objetivo: complete solo uno de 'country', 'group' y 'region'",
                "the row is about more than one target: fill only one of 'country', 'group' and 'region'",
                "a linha se refere a mais de um alvo: preencha só um de 'country', 'group' e 'region'");
    }

    static LocalizedText areaWithoutCountry() {
        return text("'crime_area' necesita un 'country'", "'crime_area' needs a 'country'",
                "'crime_area' precisa de um 'country'");
    }

    static LocalizedText noPeriod() {
        return text("la fila no tiene período y no se dio un período por defecto",
                "the row has no period and no default period was given",
                "a linha não tem período e não foi dado um período padrão");
    }

    static LocalizedText unknownGitocColumn(String name) {
        return text("columna '%s' desconocida en el formato del GI-TOC: no es un indicador, un compuesto ni una"
                + " columna de país conocidos", "column '%s' is not a known GI-TOC indicator, composite or country"
                + " column", "coluna '%s' desconhecida no formato do GI-TOC: não é um indicador, um composto nem uma"
                + " coluna de país conhecidos", name);
    }

    static LocalizedText noCountryColumn() {
        return text("falta la columna del país ('Country', 'name', 'code' o 'iso3')",
                "the country column ('Country', 'name', 'code' or 'iso3') is missing",
                "falta a coluna do país ('Country', 'name', 'code' ou 'iso3')");
    }

    static LocalizedText duplicateUnit(String unit) {
        return text("la unidad '%s' aparece en dos filas", "unit '%s' appears in two rows",
                "a unidade '%s' aparece em duas linhas", unit);
    }

    static LocalizedText badFingerprint(String value) {
        return text("'%s' no es una huella: se esperan 64 dígitos hexadecimales en minúscula",
                "'%s' is not a fingerprint: 64 lower-case hexadecimal digits are expected",
                "'%s' não é uma impressão digital: esperam-se 64 dígitos hexadecimais em minúscula", value);
    }

    static LocalizedText unitCode(String key, String expected) {
        return text("el código de la unidad '%s' es '%s'", "the code of unit '%s' is '%s'",
                "o código da unidade '%s' é '%s'", key, expected);
    }

    static LocalizedText unknownUnit(String code) {
        return text("'%s' no es una unidad de este documento (véase 'units')",
                "'%s' is not a unit of this document (see 'units')",
                "'%s' não é uma unidade deste documento (veja 'units')", code);
    }

    static LocalizedText unitOrder(int index, String expected) {
        return text("la puntuación %d debe ser la de la unidad '%s': una por unidad, en el orden de 'units'",
                "score %d must be that of unit '%s': one per unit, in the order of 'units'",
                "a pontuação %d deve ser a da unidade '%s': uma por unidade, na ordem de 'units'", index, expected);
    }

    static LocalizedText scoreCount(int found, int expected) {
        return text("el nodo lista %d puntuaciones; hay %d unidades", "the node lists %d scores; there are %d units",
                "o nó lista %d pontuações; há %d unidades", found, expected);
    }

    static LocalizedText duplicateNode(String key) {
        return text("el nodo '%s' aparece dos veces", "node '%s' appears twice", "o nó '%s' aparece duas vezes", key);
    }

    static LocalizedText scoreParts(String status) {
        return text("una unidad con estado %s no puede tener 'unrounded', 'published', 'rank' ni 'band'",
                "a unit with status %s cannot have 'unrounded', 'published', 'rank' or 'band'",
                "uma unidade com estado %s não pode ter 'unrounded', 'published', 'rank' nem 'band'", status);
    }

    static LocalizedText scoredParts() {
        return text("una unidad con estado SCORED necesita 'unrounded' y 'published'",
                "a unit with status SCORED needs 'unrounded' and 'published'",
                "uma unidade com estado SCORED precisa de 'unrounded' e 'published'");
    }

    static LocalizedText outOfRange(String value, String range) {
        return text("%s está fuera de %s", "%s is outside %s", "%s está fora de %s", value, range);
    }
}
