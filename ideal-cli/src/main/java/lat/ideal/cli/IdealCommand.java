package lat.ideal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code ideal} command: its sub-commands do the work. */
@Command(name = "ideal", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Transparent, reproducible threat scores and priority rankings for transnational organised crime"
                + " (IDEAL, on Europol's SOCTA model).",
        subcommands = {AssessCommand.class, InitCommand.class, ValidateCommand.class, MethodsCommand.class,
            ConvertCommand.class, SensitivityCommand.class,
            TrendCommand.class, PrioritizeCommand.class},
        footer = {"", "Exit codes: 0 success, 1 invalid input (every problem printed as FILE:LINE:COL: message),"
                + " 2 usage error.", "./ideal shell opens JShell with the library on the class path."})
final class IdealCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
