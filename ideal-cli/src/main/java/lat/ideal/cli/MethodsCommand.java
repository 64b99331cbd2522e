package lat.ideal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lat.ideal.scoring.Preset;
import lat.ideal.scoring.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ideal methods}: lists the presets, one line each. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        description = "Lists the methodology presets with their units and sources.")
final class MethodsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Texts texts = Texts.of(common.language);
        PrintWriter out = spec.commandLine().getOut();
        for (String name : Presets.names()) {
            Preset p = Presets.preset(name);
            out.println(texts.get("methods.line", name, p.title().in(common.language),
                    texts.get("units." + p.unitKind().name())));
            for (String source : p.sources()) {
                out.println("    " + source);
            }
        }
        out.flush();
        return Main.OK;
    }
}
