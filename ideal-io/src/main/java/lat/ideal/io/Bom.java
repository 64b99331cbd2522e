package lat.ideal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Skips a leading UTF-8 byte order mark (U+FEFF) that some spreadsheet programs write. */
final class Bom {
    private static final char MARK = '\uFEFF';

    private Bom() {
    }

    static Reader skip(Reader in) throws IOException {
        BufferedReader b = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
        b.mark(1);
        int c = b.read();
        if (c != MARK && c != -1) {
            b.reset();
        }
        return b;
    }
}
