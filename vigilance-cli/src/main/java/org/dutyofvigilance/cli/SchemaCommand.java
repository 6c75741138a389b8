package org.dutyofvigilance.cli;

import java.util.concurrent.Callable;
import org.dutyofvigilance.Vigilance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigilance schema}: prints the JSON Schema of the chain format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of the chain file format.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Vigilance.schema());
        spec.commandLine().getOut().flush();
        return ExitCode.COMPLETE;
    }
}
