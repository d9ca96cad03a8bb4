package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.ui.application.LanguageSetting;

/** The language Wedge starts in is osgi.nl in the product's config.ini; the rest of the file is left as it was. */
class LanguageSettingTest {

  @TempDir
  Path dir;

  @Test
  void theLanguageIsSetChangedAndRemovedKeepingEveryOtherLine() throws Exception {
    Path ini = dir.resolve("config.ini");
    Files.write(ini, List.of("#Product Runtime Configuration File", "osgi.startLevel=4",
        "eclipse.product=dev.wedge.ui.product"), StandardCharsets.ISO_8859_1);
    assertEquals(Optional.empty(), LanguageSetting.read(ini), "no entry: the system's language");

    LanguageSetting.write(ini, "de");
    assertEquals(Optional.of("de"), LanguageSetting.read(ini));
    assertEquals(List.of("#Product Runtime Configuration File", "osgi.startLevel=4",
        "eclipse.product=dev.wedge.ui.product", "osgi.nl=de"), Files.readAllLines(ini, StandardCharsets.ISO_8859_1));

    LanguageSetting.write(ini, "en");
    assertEquals(List.of("#Product Runtime Configuration File", "osgi.startLevel=4",
        "eclipse.product=dev.wedge.ui.product", "osgi.nl=en"), Files.readAllLines(ini, StandardCharsets.ISO_8859_1),
        "one entry, replaced");

    LanguageSetting.write(ini, "");
    assertEquals(Optional.empty(), LanguageSetting.read(ini));
    assertEquals(List.of("#Product Runtime Configuration File", "osgi.startLevel=4",
        "eclipse.product=dev.wedge.ui.product"), Files.readAllLines(ini, StandardCharsets.ISO_8859_1));
    assertEquals(List.of("config.ini"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
        "nothing left beside it");
  }

  @Test
  void anEntryWrittenByHandIsRead() throws Exception {
    Path ini = dir.resolve("config.ini");
    Files.writeString(ini, "osgi.nl = de_CH\nosgi.nl.user=x\n", StandardCharsets.ISO_8859_1);
    assertEquals(Optional.of("de_CH"), LanguageSetting.read(ini));
    assertEquals(Optional.empty(), LanguageSetting.read(dir.resolve("missing.ini")), "no file: the system's");
  }
}
