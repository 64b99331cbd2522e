package lat.ideal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import lat.ideal.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;

/**
 * The {@code ideal} command line: {@code assess}, {@code init}, {@code validate}, {@code methods},
 * {@code convert} and the analyses, each with {@code --help}.
 *
 * <p>Exit codes: {@value #OK} success; {@value #INVALID_INPUT} invalid input, with every problem printed as
 * {@code FILE:LINE:COL: message}; {@value #USAGE} usage error. A failure never prints a stack trace unless
 * {@code --debug} is given.
 *
 * @since 0.1
 */
public final class Main {
    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code of a run that found invalid input (or could not read or write a file). */
    public static final int INVALID_INPUT = 1;
    /** Exit code of a usage error (an unknown option, a missing argument). */
    public static final int USAGE = 2;

    private Main() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        // Hibernate Validator announces its version on first use; a command's output is no place for that.
        Logger validatorLog = Logger.getLogger("org.hibernate.validator");
        validatorLog.setLevel(Level.WARNING);
        int code = commandLine().execute(args);
        Reference.reachabilityFence(validatorLog);
        System.exit(code);
    }

    /**
     * Returns the configured command line, to run in-process: {@code commandLine().execute(args)} returns the exit
     * code; {@link CommandLine#setOut} and {@link CommandLine#setErr} redirect its output.
     *
     * @return a new command line, never null
     */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new IdealCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            boolean debug = debug(cl);
            if (e instanceof UserException) {
                ((UserException) e).lines().forEach(err::println);
            } else if (e instanceof IOException || e instanceof UncheckedIOException) {
                IOException io = e instanceof IOException ? (IOException) e : ((UncheckedIOException) e).getCause();
                err.println("ideal: " + ioMessage(io, language(cl)));
            } else {
                err.println("ideal: internal error: " + e + (debug ? "" : " (--debug shows the stack trace)"));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return INVALID_INPUT;
        });
        cmd.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            CommandLine cl = e.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println("ideal: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
            }
            err.flush();
            return USAGE;
        });
        return cmd;
    }

    /**
     * Says what went wrong with a file in words: a file system's exception often carries only the path (no such
     * file, permission denied).
     */
    static String ioMessage(IOException e, Language language) {
        Texts t = Texts.of(language);
        if (!(e instanceof FileSystemException)) {
            return t.get("io.failed", String.valueOf(e.getMessage()));
        }
        FileSystemException f = (FileSystemException) e;
        String reason = e instanceof NoSuchFileException ? t.get("io.no-such-file")
                : e instanceof AccessDeniedException ? t.get("io.access-denied")
                : e instanceof FileAlreadyExistsException ? t.get("io.already-exists")
                : e instanceof NotDirectoryException ? t.get("io.not-a-directory")
                : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        String file = f.getFile() != null ? f.getFile() : "";
        return t.get("io.file", file + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : ""), reason);
    }

    private static Language language(CommandLine cl) {
        CommonOptions common = common(cl);
        return common != null ? common.language : Language.of(Locale.getDefault());
    }

    private static boolean debug(CommandLine cl) {
        CommonOptions common = common(cl);
        return common != null && common.debug;
    }

    /** The command's {@code --lang} and {@code --debug}, or null for a command without them. */
    private static CommonOptions common(CommandLine cl) {
        Object mixin = cl.getMixins().get("common");
        return mixin instanceof CommonOptions ? (CommonOptions) mixin : null;
    }

    /** Reads the version written into the jar at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"ideal " + p.getProperty("version", "(unknown version)")};
        }
    }
}
