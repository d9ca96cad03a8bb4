package dev.wedge.team.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The list of a merge's open conflicts beside the model, {@code NAME.wedge.conflicts.json}: for plain Git users and
 * scripts, who see which object and field each conflict is about, what each side had and which choices there are.
 */
public final class ConflictSidecar {

  /** What the sidecar of a model's conflicts adds to the model's name. */
  public static final String SUFFIX = ".conflicts.json";

  private ConflictSidecar() {
  }

  /** The sidecar of {@code model}. */
  public static Path of(Path model) {
    return model.resolveSibling(model.getFileName() + SUFFIX);
  }

  /** Writes (atomically) the sidecar {@code sidecar} listing {@code conflicts} of {@code model}. */
  public static void write(Path sidecar, Path model, List<Conflict> conflicts) throws IOException {
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
        g.writeStringField("kept", c.applied().choice().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("choices");
        for (var choice : c.choices()) {
          g.writeString(choice.name().toLowerCase(Locale.ROOT));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    Files.move(tmp, sidecar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
