package dev.wedge.core.cli;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.core.provenance.Provenance;

/**
 * {@code wedge version [--format text|json]} (also {@code wedge --version}): Wedge's version and the installed
 * plug-ins with theirs, and any plug-in that is installed but could not be loaded, with the reason. Exits 1 when
 * one could not be loaded, so a script checking an installation notices.
 */
public final class VersionCommand extends ModelCommand {

  @Override
  protected CommandSyntax syntax() {
    return CommandSyntax.noModel().format("text", "json");
  }

  @Override
  protected int run(Call call) throws Exception {
    PrintStream out = call.out();
    PrintStream err = call.err();
    String format = call.format();
    if (format.equals("json")) {
      StringWriter w = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        Provenance.writeJson(g, List.of());
        g.writeEndObject();
      }
      out.println(w);
    } else {
      Provenance.describe().forEach(out::println);
    }
    List<Provenance.Unloaded> unloaded = Provenance.unloadedPlugins();
    for (Provenance.Unloaded u : unloaded) {
      err.println("wedge version: the plug-in " + u.plugin().id() + " " + u.plugin().build()
          + " is installed but not loaded: " + u.reason() + ".");
    }
    return unloaded.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }
}
