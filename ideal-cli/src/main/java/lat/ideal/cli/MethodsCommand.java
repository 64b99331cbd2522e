package lat.ideal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import lat.ideal.scoring.Preset;
import lat.ideal.scoring.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ideal methods}: lists the presets, one line each. */
@Command(name = "methods", description = "Lists the methodology presets with their units and main source.")
final class MethodsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Texts texts = Texts.of(common.language);
        PrintWriter out = spec.commandLine().getOut();
        Table t = new Table(List.of(texts.get("column.preset"), texts.get("column.units"),
                texts.get("column.title"), texts.get("column.source")));
        for (String name : Presets.names()) {
            Preset p = Presets.preset(name);
            t.row(List.of(name, texts.get("units." + p.unitKind().name()), p.title().in(common.language),
                    p.sources().isEmpty() ? "" : p.sources().get(0)));
        }
        t.printFull(out, "");
        out.flush();
        return Main.OK;
    }
}
