package dev.wedge.team.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.wedge.core.cli.CommandLine;
import dev.wedge.core.cli.ExitCodes;
import dev.wedge.core.cli.WedgeCommand;
import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.persistence.ModelStore;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ConflictRecords;
import dev.wedge.team.merge.MergeResult;
import dev.wedge.team.merge.ModelMerge;

/**
 * {@code wedge merge BASE OURS THEIRS -o OUT}: the model-aware three-way merge, also Git's merge driver for .wedge
 * files ({@code merge.wedge.driver = wedge merge %O %A %B -o %A --name %P}). A clean merge exits 0. A merge with
 * conflicts still writes a complete, valid model (each conflict holding the default that loses nothing), lists the
 * conflicts on stdout, in {@code NAME.conflicts.json} beside the model and as findings in the model itself, and exits
 * 1, so Git marks the file as conflicted: never a file with conflict markers.
 */
public final class MergeCommand implements WedgeCommand {

  static final String USAGE = "wedge merge BASE OURS THEIRS -o OUT [--name PATH] [--today yyyy-MM-dd]";

  /** What the sidecar of a model's conflicts adds to the model's name. */
  public static final String SIDECAR = ".conflicts.json";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    List<String> normalized = new ArrayList<>();
    for (String a : args) {
      normalized.add(a.equals("-o") ? "--out" : a);
    }
    CommandLine cl;
    LocalDate today;
    try {
      cl = CommandLine.parse(normalized, Set.of("out", "name", "today"), Set.of());
      if (cl.positional().size() != 3) {
        throw new CommandLine.UsageException("name three models: the common base, yours and theirs");
      }
      if (cl.option("out", null) == null) {
        throw new CommandLine.UsageException("say where the merged model goes (-o OUT; it may be OURS)");
      }
      today = cl.option("today", null) == null ? null : LocalDate.parse(cl.option("today", null));
    } catch (CommandLine.UsageException | DateTimeParseException e) {
      err.println("wedge merge: " + e.getMessage());
      err.println("usage: " + USAGE);
      return ExitCodes.USAGE;
    }
    Path basePath = Path.of(cl.positional().get(0));
    Path oursPath = Path.of(cl.positional().get(1));
    Path theirsPath = Path.of(cl.positional().get(2));
    Path target = Path.of(cl.option("out", null));
    Path name = Path.of(cl.option("name", target.toString()));
    StrategyModel base;
    StrategyModel ours;
    StrategyModel theirs;
    java.util.Set<String> seen = new java.util.HashSet<>();
    try {
      ours = Inputs.open(oursPath, "merge", err, seen);
      theirs = Inputs.open(theirsPath, "merge", err, seen);
      base = Inputs.none(basePath) ? Inputs.empty(ours.getId()) : Inputs.open(basePath, "merge", err, seen);
    } catch (ModelLoadException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_OPEN;
    }
    MergeResult result;
    try {
      result = ModelMerge.merge(base, ours, theirs, Map.of(),
          today != null ? today : ModelSessions.getDefault().today(ours));
    } catch (IllegalArgumentException e) {
      err.println("wedge merge: cannot merge " + oursPath + " and " + theirsPath + ": " + e.getMessage()
          + "; nothing was written.");
      return ExitCodes.FAILED_CHECK;
    }
    List<Conflict> open = result.unresolved();
    ConflictRecords.write(result.model(), open);
    try {
      if (target.toAbsolutePath().normalize().equals(oursPath.toAbsolutePath().normalize())) {
        ModelStore.saveWithoutBackup(result.model().eResource(), target); // Git's own copy of "ours"
      } else {
        ModelStore.save(result.model().eResource(), target);
      }
    } catch (ModelSaveException e) {
      err.println(e.getMessage());
      return ExitCodes.CANNOT_WRITE;
    }
    Path sidecar = name.resolveSibling(name.getFileName() + SIDECAR);
    if (open.isEmpty()) {
      Files.deleteIfExists(sidecar); // an earlier merge's conflicts, now resolved
      out.println("Merged " + name + ": no conflicts.");
      return ExitCodes.OK;
    }
    writeSidecar(sidecar, name, open);
    out.println("Merged " + name + " with " + open.size() + (open.size() == 1 ? " conflict" : " conflicts")
        + " (the model holds yours, or what loses nothing, until you resolve each; they are listed in " + sidecar
        + " and as findings in the model):");
    for (Conflict c : open) {
      out.println("  " + c.message());
    }
    return ExitCodes.FAILED_CHECK;
  }

  static void writeSidecar(Path sidecar, Path model, List<Conflict> conflicts) throws IOException {
    Path tmp = sidecar.resolveSibling("." + sidecar.getFileName() + ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp);
        JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("model", model.toString());
      g.writeArrayFieldStart("conflicts");
      for (Conflict c : conflicts) {
        g.writeStartObject();
        g.writeStringField("key", c.key());
        g.writeStringField("kind", c.kind().name());
        g.writeStringField("objectId", c.objectId());
        g.writeStringField("feature", c.feature());
        g.writeStringField("message", c.message());
        g.writeStringField("before", c.before());
        g.writeStringField("ours", c.ours());
        g.writeStringField("theirs", c.theirs());
        g.writeStringField("kept", c.applied().choice().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("choices");
        for (var choice : c.choices()) {
          g.writeString(choice.name().toLowerCase(java.util.Locale.ROOT));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    Files.move(tmp, sidecar, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
