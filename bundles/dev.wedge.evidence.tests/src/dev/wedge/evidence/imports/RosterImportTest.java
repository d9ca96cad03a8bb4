package dev.wedge.evidence.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.model.AiUse;
import dev.wedge.model.Initiative;
import dev.wedge.model.InitiativeStatus;
import dev.wedge.model.Intent;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.StakeholderGroup;
import dev.wedge.model.Stance;
import dev.wedge.model.StrategyModel;

/** Initiatives and stakeholders from a spreadsheet, on a copy of the example (which has five stakeholders named). */
class RosterImportTest {

  @TempDir
  Path dir;
  private final ModelSessions sessions = new ModelSessions();
  private ModelSession session;
  private StrategyModel model;

  @BeforeEach
  void open() throws Exception {
    Path copy = dir.resolve("halden.wedge");
    Files.copy(Path.of("../../examples/halden-mutual.wedge"), copy);
    session = sessions.acquire(copy);
    model = session.getModel();
  }

  @AfterEach
  void close() {
    sessions.release(session);
  }

  private RosterPreview read(String text, RosterImport.Options o) {
    return RosterImport.analyse(text.getBytes(StandardCharsets.UTF_8), "people.csv", o, model);
  }

  private RosterPreview stakeholders(String text) {
    return read(text, RosterImport.Options.of(RosterImport.Kind.STAKEHOLDERS));
  }

  @Test
  void stakeholdersAreReadByTheirHeadersWhateverTheOrderAndTheWording() {
    RosterPreview p = stakeholders("Stance;Full name;Job title;Einfluss;Interest;Group\n"
        + "Supporter;Lena Voss;Head of Service;4;5;Manager\n"
        + "skeptic;Ravi Patel;Works council chair;5;2;employee\n");
    assertNull(p.fatal());
    assertTrue(p.ready(), p.questions().toString());
    assertEquals(2, p.added().size());
    assertEquals(0, p.refused().size());
    var lena = p.added().get(0).values();
    assertEquals("Lena Voss", lena.get(dev.wedge.model.WedgePackage.Literals.NAMED__NAME));
    assertEquals("Head of Service", lena.get(dev.wedge.model.WedgePackage.Literals.STAKEHOLDER__ROLE));
    assertEquals(4, lena.get(dev.wedge.model.WedgePackage.Literals.STAKEHOLDER__INFLUENCE));
    assertEquals(StakeholderGroup.MANAGER, lena.get(dev.wedge.model.WedgePackage.Literals.STAKEHOLDER__GROUP));
    assertTrue(p.notes().get(0).contains("separated by ';'"), p.notes().toString());
  }

  @Test
  void theImportIsOneCommandThatUndoTakesBackWhole() {
    int before = model.getStakeholders().size();
    RosterPreview p = stakeholders("name,role,influence,interest,stance\n"
        + "Lena Voss,Head of Service,4,5,supporter\nRavi Patel,Works council chair,5,2,opponent\n");
    assertTrue(session.execute(p.command(session.getEditingDomain(), model)), session.lastRefusal());
    assertEquals(before + 2, model.getStakeholders().size());
    Stakeholder ravi = model.getStakeholders().get(before + 1);
    assertEquals("Ravi Patel", ravi.getName());
    assertEquals(Stance.OPPONENT, ravi.getStance());
    assertEquals(5, ravi.getInfluence());
    assertEquals(2, ravi.getInterest());
    assertNotNull(ravi.getId());
    assertFalse(ravi.getId().equals(model.getStakeholders().get(before).getId()));
    assertEquals("Import stakeholders from people.csv", session.getCommandStack().getUndoCommand().getLabel());
    session.getCommandStack().undo();
    assertEquals(before, model.getStakeholders().size(), "one undo takes both back");
    assertEquals("2 stakeholders added, 0 updated, 0 skipped (already in the model), 0 refused, from people.csv.",
        p.summary());
  }

  @Test
  void aNameAlreadyInTheModelIsAskedAboutNeverDecidedSilently() {
    String text = "name,role,stance\nDana Whitfield,CFO,supporter\nLena Voss,Head of Service,neutral\n";
    RosterPreview asked = stakeholders(text);
    assertFalse(asked.ready());
    assertEquals(1, asked.questions().size());
    Question q = asked.questions().get(0);
    assertEquals(Question.Topic.EXISTING, q.topic());
    assertTrue(q.text().contains("'Dana Whitfield', line 2"), q.text());
    assertTrue(q.forCommandLine().contains("--existing update"), q.forCommandLine());
    assertNull(asked.command(session.getEditingDomain(), model), "nothing is imported while it is asked");

    Stakeholder dana = model.getStakeholders().stream().filter(s -> s.getId().equals("s-cfo")).findFirst()
        .orElseThrow();
    RosterPreview skip = read(text, RosterImport.Options.of(RosterImport.Kind.STAKEHOLDERS).withExisting(
        RosterImport.Existing.SKIP));
    assertEquals(1, skip.skipped().size());
    assertEquals(1, skip.added().size());
    assertTrue(session.execute(skip.command(session.getEditingDomain(), model)));
    assertEquals(Stance.SKEPTIC, dana.getStance(), "skipped: left as it was");
    session.getCommandStack().undo();

    RosterPreview update = read(text, RosterImport.Options.of(RosterImport.Kind.STAKEHOLDERS).withExisting(
        RosterImport.Existing.UPDATE));
    assertEquals(1, update.updated().size());
    assertTrue(session.execute(update.command(session.getEditingDomain(), model)));
    assertEquals(Stance.SUPPORTER, dana.getStance());
    assertEquals("CFO", dana.getRole());
    assertEquals(5, dana.getInfluence(), "a column the file does not have is left alone");
  }

  @Test
  void rowsThatCannotBeReadAreRefusedWithTheirLineAndTheFix() {
    RosterPreview p = stakeholders("name,influence,stance,group\n"
        + "Lena Voss,7,supporter,manager\n"
        + "Ravi Patel,3,maybe,manager\n"
        + ",3,neutral,manager\n"
        + "Ann Lee,2,neutral,board\n"
        + "Lena Voss,2,neutral,manager\n"
        + "Bo Chen,3.5,neutral,manager\n"
        + "Kim Roe,2,neutral,it/legal\n");
    List<ImportProblem> problems = p.problems();
    assertEquals(6, problems.size(), problems.toString());
    assertEquals("line 2: '7' is out of range for influence: write a whole number from 1 to 5",
        problems.get(0).toString());
    assertEquals("line 3: 'maybe' is not a stance: write one of champion, supporter, neutral, skeptic, opponent",
        problems.get(1).toString());
    assertEquals("line 4: the cell of name is empty: every row needs a name", problems.get(2).toString());
    assertTrue(problems.get(3).toString().startsWith("line 5: 'board' is not a group: write one of senior leader,"),
        problems.get(3).toString());
    assertEquals(6, problems.get(4).line());
    assertTrue(problems.get(5).toString().startsWith("line 7: influence: '3.5' is not a whole number"),
        problems.get(5).toString());
    assertEquals(List.of("Kim Roe"), p.added().stream().map(RosterPreview.Row::name).toList(),
        "'Lena Voss' on line 6 is refused as a second Lena; 'it/legal' reads as IT_LEGAL");
    assertEquals(StakeholderGroup.IT_LEGAL, p.added().get(0).values().get(
        dev.wedge.model.WedgePackage.Literals.STAKEHOLDER__GROUP));
  }

  @Test
  void aFileWithoutAColumnOfNamesIsRefusedWholeWithTheHeaderToWrite() {
    RosterPreview p = stakeholders("Lena Voss,Head of Service\nRavi Patel,Works council chair\n");
    assertNotNull(p.fatal());
    assertTrue(p.fatal().startsWith("people.csv has no column of names: its first line ('Lena Voss', 'Head of"
        + " Service') names none of the columns Wedge reads."), p.fatal());
    assertTrue(p.fatal().contains("name,role,group,influence,interest,stance,description"), p.fatal());
    RosterPreview two = stakeholders("name,full name\nA,B\n");
    assertEquals("Two columns can be the name: 'name' and 'full name'. Rename or remove one of them in the"
        + " spreadsheet, or choose the column of the name, and import again.", two.fatal());
    RosterPreview chosen = read("name,full name\nA,B\n", RosterImport.Options.of(RosterImport.Kind.STAKEHOLDERS)
        .withColumn("name", "full name"));
    assertEquals("B", chosen.added().get(0).name(), "the column chosen is read");
    assertTrue(stakeholders("").fatal().startsWith("people.csv is empty."));
    assertEquals("people.csv has a header but no rows of stakeholders.", stakeholders("name,role\n").fatal());
  }

  @Test
  void initiativesAreReadWithTheirUseIntentAndStatus() throws Exception {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    byte[] bytes = ("Initiative;Use;Intent;Status;Owner;Business problem;AI content\n"
        + "Übersetzung der Kurse;translation;efficiency;idea;Jörg Ahn;Courses reach Malmö late;yes\n").getBytes(latin1);
    RosterPreview p = RosterImport.analyse(bytes, "plans.csv", RosterImport.Options.of(RosterImport.Kind.INITIATIVES),
        model);
    assertTrue(p.ready(), p.questions() + " " + p.fatal());
    int before = model.getInitiatives().size();
    assertTrue(session.execute(p.command(session.getEditingDomain(), model)));
    Initiative i = model.getInitiatives().get(before);
    assertEquals("Übersetzung der Kurse", i.getName(), "ISO-8859-1 detected, not read as UTF-8");
    assertEquals(AiUse.TRANSLATION, i.getUse());
    assertEquals(Intent.EFFICIENCY, i.getIntent());
    assertEquals(InitiativeStatus.IDEA, i.getStatus());
    assertEquals("Jörg Ahn", i.getOwner());
    assertTrue(i.isUsesAiContent());
    assertEquals("Courses reach Malmö late", i.getBusinessProblem());
  }

  @Test
  void theFileIsOnlyRead() throws Exception {
    Path file = dir.resolve("people.csv");
    byte[] content = "name,stance\nLena Voss,supporter\n".getBytes(StandardCharsets.UTF_8);
    Files.write(file, content);
    RosterPreview p = RosterImport.analyse(ImportFiles.read(file, ImportFiles.maxBytes()), "people.csv",
        RosterImport.Options.of(RosterImport.Kind.STAKEHOLDERS), model);
    assertTrue(session.execute(p.command(session.getEditingDomain(), model)));
    session.save();
    assertArrayEquals(content, Files.readAllBytes(file));
    assertEquals(ImportFiles.sha256(content), p.sha256());
  }
}
