package lat.ideal.io.report;

/** Escaping of text that comes from data, for HTML element content and quoted attribute values alike. */
final class Html {
    private static final char REPLACEMENT = '\uFFFD';

    private Html() {
    }

    /**
     * Escapes {@code & < > " '} and replaces control characters other than tab, line feed and carriage return by
     * U+FFFD, so that no data text can open a tag, close an attribute or smuggle an invisible control.
     */
    static String esc(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = replacement(c);
            if (r != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (r == null) {
                    b.append(c);
                } else {
                    b.append(r);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            case '\t':
            case '\n':
            case '\r':
                return null;
            default:
                return Character.isISOControl(c) ? String.valueOf(REPLACEMENT) : null;
        }
    }
}
