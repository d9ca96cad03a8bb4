package dev.wedge.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.wedge.ui.testing.UiTesting.closeAllModels;
import static dev.wedge.ui.testing.UiTesting.copyExample;
import static dev.wedge.ui.testing.UiTesting.processEvents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.report.BriefOptions;
import dev.wedge.ui.session.WorkbenchModels;
import dev.wedge.ui.wizards.WizardJob;

/** File › Export Executive Brief: options, a preview of the PDF pages, and the file written on Finish. */
class BriefWizardTest {

  @TempDir
  Path dir;

  static final class Dialog extends WizardDialog {
    Dialog(Shell shell, BriefWizard wizard) {
      super(shell, wizard);
      setBlockOnOpen(false);
    }

    void press(int id) {
      buttonPressed(id);
    }

    boolean enabled(int id) {
      return getButton(id) != null && !getButton(id).isDisposed() && getButton(id).isEnabled();
    }
  }

  private static void awaitBrief(BriefWizard wizard) {
    dev.wedge.ui.testing.UiTesting.waitUntil(() -> wizard.job().getResult() != null, "the brief's job to end");
    processEvents();
    assertTrue(wizard.written() != null, () -> "the brief's job wrote it: " + WizardJob.last());
  }

  @org.junit.jupiter.api.BeforeEach
  @AfterEach
  void close() {
    closeAllModels();
    for (String key : new String[] {BriefDefaults.PAPER, BriefDefaults.LANGUAGE, BriefDefaults.COLOR,
        BriefDefaults.LOGO, BriefDefaults.APPENDIX}) {
      BriefDefaults.store().setToDefault(key);
    }
  }

  @Test
  void theWizardStartsFromThePreferencesAndKeepsWhatItWroteWithThere() throws Exception {
    BriefDefaults.store().setValue(BriefDefaults.LANGUAGE, "de");
    BriefDefaults.store().setValue(BriefDefaults.APPENDIX, BriefOptions.Appendix.FULL.name());
    BriefDefaults.store().setValue(BriefDefaults.PAPER, BriefOptions.Paper.LETTER.name());
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    BriefWizard wizard = new BriefWizard(session);
    Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    dialog.open();
    processEvents();
    BriefOptions o = wizard.page.options();
    assertEquals("de", o.language().getLanguage(), "the language of Preferences › Executive Brief");
    assertEquals(BriefOptions.Appendix.FULL, o.appendix(), "and its appendix");
    assertTrue(wizard.page.fullAppendix.getSelection(), "shown on the page, not applied unseen");
    assertEquals(BriefOptions.Paper.LETTER, o.paper());
    assertEquals(BriefOptions.DEFAULT_ACCENT, wizard.page.color.getText(), "the default colour");

    wizard.page.fullAppendix.setSelection(false);
    wizard.page.a4.setSelection(true);
    wizard.page.letter.setSelection(false);
    wizard.page.color.setText("#0a6e4f");
    dialog.press(IDialogConstants.FINISH_ID);
    processEvents();
    awaitBrief(wizard);
    assertFalse(BriefDefaults.fullAppendix(), "the choice of the last brief is the next one's default");
    assertFalse(BriefDefaults.letter());
    assertEquals("#0a6e4f", BriefDefaults.color());
    assertEquals("de", BriefDefaults.language());
  }

  @Test
  void previewThenWriteThePdf() throws Exception {
    assertTrue(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("dev.wedge.report.ui.brief")
        .isDefined(), "File › Export Executive Brief… is a command");
    Path model = copyExample(dir);
    ModelSession session = WorkbenchModels.get().open(model, null);
    BriefWizard wizard = new BriefWizard(session);
    Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    dialog.open();
    processEvents();
    BriefPage page = wizard.page;
    assertEquals(dir.resolve("halden-mutual-brief.pdf").toAbsolutePath(), page.target());
    assertTrue(page.pageCount() >= 3, "the first preview comes by itself: " + page.pageCount());

    page.color.setText("blue");
    assertFalse(dialog.enabled(IDialogConstants.FINISH_ID), "a wrong colour is refused");
    assertTrue(page.getErrorMessage().startsWith("Colour:"));
    page.color.setText("#7a1f5c");
    assertTrue(page.pageLabel.getText().contains("options changed"), page.pageLabel.getText());
    page.a4.setSelection(false);
    page.letter.setSelection(true);
    assertTrue(dialog.enabled(IDialogConstants.FINISH_ID));

    assertTrue(page.preview(), page.getErrorMessage());
    assertTrue(page.pageCount() >= 3, "pages: " + page.pageCount());
    assertTrue(page.pageLabel.getText().startsWith("Page 1 of "));
    assertEquals(8.5 / 11, page.pageAspect(), 0.01, "Letter pages in the preview");

    Path target = page.target();
    long before = session.getCommandStack().getUndoCommand() == null ? 0 : 1;
    dialog.press(IDialogConstants.FINISH_ID);
    processEvents();
    assertTrue(wizard.job() != null && wizard.job().isUser(), "Finish writes the brief in a job of the Progress view");
    awaitBrief(wizard);
    Path written = wizard.written();
    assertEquals(target, written, "written where the page said");
    assertEquals("The executive brief is written to " + target + ".", WizardJob.last(), "and says where");
    assertEquals(before, session.getCommandStack().getUndoCommand() == null ? 0 : 1, "writing changes no model");
    assertFalse(session.isDirty(), "the model is not dirtied by the copy the brief is written from");
    assertTrue(Files.readString(written, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertTrue(Files.exists(model), "the model is untouched");

    BriefWizard again = new BriefWizard(session);
    Dialog second = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), again);
    second.open();
    processEvents();
    assertEquals("#7a1f5c", again.page.color.getText(), "the house colour is kept for the next brief");
    assertTrue(again.page.letter.getSelection(), "and the paper");
    assertFalse(again.page.names.getSelection(), "names are asked afresh: off by default");
    second.press(IDialogConstants.CANCEL_ID);
    processEvents();
  }

  @Test
  void theBriefIsWrittenInTheLanguageChosen() throws Exception {
    ModelSession session = WorkbenchModels.get().open(copyExample(dir), null);
    BriefWizard wizard = new BriefWizard(session);
    Dialog dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
    dialog.open();
    processEvents();
    BriefPage page = wizard.page;
    assertEquals("en", page.options().language().getLanguage(), "English unless chosen");
    assertEquals("Deutsch", page.language.getCombo().getItem(1), "each language in its own words");
    page.language.setSelection(new org.eclipse.jface.viewers.StructuredSelection("de"), true);
    assertEquals("de", page.options().language().getLanguage());
    assertTrue(page.pageLabel.getText().contains("options changed"), page.pageLabel.getText());
    dialog.press(IDialogConstants.FINISH_ID);
    processEvents();
    awaitBrief(wizard);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(wizard.written().toFile())) {
      assertEquals("de", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("Executive Brief \u2014 "),
          doc.getDocumentInformation().getTitle());
    }

    BriefWizard again = new BriefWizard(session);
    Dialog second = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), again);
    second.open();
    processEvents();
    assertEquals("de", again.page.options().language().getLanguage(), "the language is kept for the next brief");
    second.press(IDialogConstants.CANCEL_ID);
    processEvents();
  }
}
