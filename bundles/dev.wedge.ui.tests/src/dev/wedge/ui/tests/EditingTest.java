package dev.wedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Initiative;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgeFactory;
import dev.wedge.model.WedgePackage;
import dev.wedge.ui.emf.DataTypeCellEditor;
import dev.wedge.ui.emf.ItemPropertySourceProvider;
import dev.wedge.ui.emf.LocalDates;
import dev.wedge.ui.emf.Values;
import dev.wedge.ui.models.ModelEditors;
import dev.wedge.ui.models.ModelsView;
import dev.wedge.ui.session.ModelEditorInput;
import dev.wedge.ui.session.ModelPropertySheetPage;
import dev.wedge.ui.session.SessionEditorPart;
import dev.wedge.ui.session.WorkbenchModels;

/**
 * Editing in the workbench never fails silently: each test here is a failure a user met (Properties empty or raw,
 * dates dropped, Ctrl+Y and Ctrl+S doing nothing, an error logged after closing an editor, a second editor on restart).
 */
class EditingTest {

  static final Path EXAMPLE = Path.of("../../examples/halden-mutual.wedge");

  @TempDir
  Path dir;

  private IWorkbenchWindow window;
  private IWorkbenchPage page;
  private Path model;
  private final List<IStatus> logged = new CopyOnWriteArrayList<>();
  private final ILogListener log = (status, plugin) -> {
    if (status.matches(IStatus.ERROR)) {
      logged.add(status);
    }
  };

  @BeforeEach
  void open() throws Exception {
    window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    page = window.getActivePage();
    model = dir.resolve("halden-mutual.wedge");
    Files.copy(EXAMPLE, model, StandardCopyOption.REPLACE_EXISTING);
    Platform.addLogListener(log);
  }

  @AfterEach
  void close() {
    Platform.removeLogListener(log);
    for (ModelSession s : WorkbenchModels.get().getModels()) {
      WorkbenchModels.get().closeDiscarding(s);
    }
    processEvents();
  }

  static void processEvents() {
    WorkbenchTest.processEvents();
  }

  private Stakeholder cfo(ModelSession s) {
    return s.getModel().getStakeholders().stream().filter(x -> x.getName().equals("Dana Whitfield")).findFirst()
        .orElseThrow();
  }

  private void assertNothingLogged() {
    processEvents();
    assertTrue(logged.isEmpty(), () -> "errors were logged: " + logged.stream()
        .map(st -> st.getMessage() + (st.getException() == null ? "" : " " + st.getException())).toList());
  }

  @Test
  void propertiesFollowTheModelsViewSelectionInTheMethodsGroupsWithIdsHidden() throws Exception {
    ModelsView models = (ModelsView) page.showView(ModelsView.ID);
    PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
    page.activate(models); // the Properties view asks the Models view for its page now, with no model open yet
    processEvents();
    ModelSession session = WorkbenchModels.get().open(model, null);
    processEvents();
    models.select(cfo(session));
    processEvents();
    assertTrue(properties.getCurrentPage() instanceof ModelPropertySheetPage,
        "the Models view gives Wedge's page even before a model is open: " + properties.getCurrentPage());
    Tree tree = (Tree) properties.getCurrentPage().getControl();
    List<String> groups = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    assertEquals("General", groups.get(0), "categories, General first: " + groups);
    assertTrue(groups.containsAll(List.of("Stakeholder", "ADKAR (1 to 5)")), groups.toString());
    List<String> rows = new ArrayList<>();
    for (TreeItem g : tree.getItems()) {
      g.setExpanded(true);
      for (TreeItem i : g.getItems()) {
        rows.add(i.getText(0) + "=" + i.getText(1));
      }
    }
    assertFalse(rows.stream().anyMatch(r -> r.startsWith("ID=")), "internal ids are advanced, hidden: " + rows);
    assertTrue(rows.contains("Group=Senior leader"), "enum values by their display names: " + rows);
    assertTrue(rows.indexOf("Role=Chief Financial Officer") < rows.indexOf("Group=Senior leader"),
        "in the order the model declares them, not alphabetical: " + rows);
    assertNothingLogged();
  }

  @Test
  void aNewInitiativeDoesNotSayWhetherItUsesAiContentAndCanBeSetToEither() throws Exception {
    ModelSession session = WorkbenchModels.get().open(model, null);
    Initiative fresh = WedgeFactory.eINSTANCE.createInitiative();
    fresh.setName("AI onboarding assistant");
    session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.getEditingDomain(), session.getModel(),
        WedgePackage.Literals.STRATEGY_MODEL__INITIATIVES, fresh));
    IPropertySource source = new ItemPropertySourceProvider(session.getAdapterFactory()).getPropertySource(fresh);
    IPropertyDescriptor ai = Arrays.stream(source.getPropertyDescriptors())
        .filter(d -> d.getDisplayName().equals("Uses AI content")).findFirst().orElseThrow();
    assertEquals("Governance", ai.getCategory());
    assertEquals(Values.NOT_RECORDED, ai.getLabelProvider().getText(source.getPropertyValue(ai.getId())),
        "not recorded: not 'false', which let an AI assistant pass the review-step gate");
    source.setPropertyValue(ai.getId(), Boolean.FALSE);
    assertTrue(fresh.isSetUsesAiContent());
    assertEquals(Values.NO, ai.getLabelProvider().getText(source.getPropertyValue(ai.getId())));
    source.setPropertyValue(ai.getId(), null);
    assertFalse(fresh.isSetUsesAiContent(), "back to not recorded, as one more undoable command");
    session.getCommandStack().undo();
    assertTrue(fresh.isSetUsesAiContent());
  }

  @Test
  void datesAreReadInIsoAndTheUsersLocaleAndShownInTheLocale() {
    assertEquals(LocalDate.of(2026, 11, 1), LocalDates.parse("01.11.2026", Locale.GERMANY));
    assertEquals(LocalDate.of(2026, 11, 1), LocalDates.parse("1.11.26", Locale.GERMANY));
    assertEquals(LocalDate.of(2026, 11, 1), LocalDates.parse("2026-11-01", Locale.GERMANY));
    assertEquals(LocalDate.of(2026, 11, 13), LocalDates.parse("11/13/2026", Locale.US));
    assertEquals(LocalDate.of(2026, 11, 1), LocalDates.parse("Nov 1, 2026", Locale.US));
    assertEquals(LocalDate.of(2026, 11, 13), LocalDates.parse("13/11/2026", Locale.UK));
    IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
        () -> LocalDates.parse("11/1/2026", Locale.US), "the locale does not decide 11/1/2026: the user does");
    assertEquals("'11/1/2026' can be read two ways: 11 January 2026 (day first) or 1 November 2026 (month first)."
        + " Write 2026-01-11 for the one, 2026-11-01 for the other", ambiguous.getMessage());
    assertEquals(LocalDate.of(2026, 11, 1), LocalDates.parse("01.11.2026", Locale.US),
        "day.month.year with dots reads one way in every locale");
    assertEquals("01.11.2026", LocalDates.format(LocalDate.of(2026, 11, 1), Locale.GERMANY));
    assertEquals("Nov 1, 2026", LocalDates.format(LocalDate.of(2026, 11, 1), Locale.US));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalDates.parse("30.02.2026", Locale.GERMANY), "strict: no 30 February moved to 2 March");
    assertTrue(e.getMessage().startsWith("'30.02.2026' is not a date: write it as 2026-11-01 or 01.11.26"),
        e.getMessage());
  }

  @Test
  void aWrongDateInAFieldIsExplainedNextToItAndTheTextStaysForCorrection() {
    Shell shell = new Shell(window.getShell());
    try {
      shell.setLayout(new org.eclipse.swt.layout.FillLayout());
      DataTypeCellEditor editor = new DataTypeCellEditor(shell, WedgePackage.Literals.DATE, "Start date");
      List<Object> applied = new ArrayList<>();
      editor.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
        @Override
        public void applyEditorValue() {
          applied.add(editor.getValue());
        }

        @Override
        public void cancelEditor() {
          // not in this test
        }

        @Override
        public void editorValueChanged(boolean oldValidState, boolean newValidState) {
          // not in this test
        }
      });
      shell.setSize(300, 60);
      shell.open();
      editor.setValue(LocalDate.of(2026, 5, 4));
      editor.activate();
      editor.getControl().setVisible(true); // what a table or the Properties view does when it opens the field
      editor.setFocus();
      Text text = (Text) editor.getControl();
      assertEquals(LocalDates.format(LocalDate.of(2026, 5, 4)), text.getText(), "shown in the user's locale");
      text.setText("31.13.2026");
      text.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
      processEvents();
      assertTrue(applied.isEmpty(), "a wrong date is not applied");
      assertTrue(editor.isActivated(), "the field stays open with the text for correction");
      assertEquals("31.13.2026", text.getText());
      assertNotNull(editor.balloonText(), "the reason is shown next to the field");
      assertTrue(editor.balloonText().startsWith("Start date: '31.13.2026' is not a date: write it as 2026-11-01"),
          editor.balloonText());
      text.setText("03/04/2026");
      text.notifyListeners(SWT.DefaultSelection, new Event());
      processEvents();
      assertTrue(applied.isEmpty(), "an ambiguous date is not applied either");
      assertTrue(editor.balloonText().startsWith("Start date: '03/04/2026' can be read two ways: 3 April 2026 (day"
          + " first) or 4 March 2026 (month first)."), editor.balloonText());
      text.setText("2026-05-11");
      assertNull(editor.balloonText(), "the explanation goes once the value fits");
      text.notifyListeners(SWT.DefaultSelection, new Event());
      assertEquals(List.of(LocalDate.of(2026, 5, 11)), applied);
    } finally {
      shell.dispose();
    }
  }

  @Test
  void ctrlYRedoesAsTheReadmeSays() throws Exception {
    IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
    Binding b = bindings.getPerfectMatch(KeySequence.getInstance("M1+Y"));
    assertNotNull(b, "Ctrl+Y is bound");
    assertEquals("org.eclipse.ui.edit.redo", b.getParameterizedCommand().getId());
    assertEquals("org.eclipse.ui.edit.redo",
        bindings.getPerfectMatch(KeySequence.getInstance("M1+M2+Z")).getParameterizedCommand().getId(),
        "Shift+Ctrl+Z still redoes");
  }

  @Test
  void saveIsEnabledRightAfterAnEditInThePropertiesView() throws Exception {
    ModelSession session = WorkbenchModels.get().open(model, null);
    IEditorPart editor = ModelEditors.openTree(page, session, cfo(session));
    processEvents();
    PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
    page.activate(properties);
    processEvents();
    Command save = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.eclipse.ui.file.save");
    assertFalse(save.isEnabled(), "nothing to save yet");
    // what OK in a reference dialog does: the Properties view applies the chosen value as a command
    IPropertySource source = new ItemPropertySourceProvider(session.getAdapterFactory()).getPropertySource(cfo(session));
    IPropertyDescriptor role = Arrays.stream(source.getPropertyDescriptors())
        .filter(d -> d.getDisplayName().equals("Role")).findFirst().orElseThrow();
    source.setPropertyValue(role.getId(), "Group CFO");
    processEvents();
    assertEquals("Group CFO", cfo(session).getRole());
    assertEquals(properties, page.getActivePart(), "the Properties view is still where the user is");
    assertTrue(properties.getAdapter(ISaveablePart.class).isDirty());
    assertTrue(save.isEnabled(), "Ctrl+S saves right away (it silently did nothing)");
    PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
        .executeCommand("org.eclipse.ui.file.save", null);
    processEvents();
    assertFalse(session.isDirty(), "saved");
    assertTrue(Files.readString(model).contains("Group CFO"));
    assertNotNull(editor);
    assertNothingLogged();
  }

  @Test
  void anEditorClosedWhileTheModelChangesLogsNothing() throws Exception {
    ModelSession session = WorkbenchModels.get().open(model, null);
    IEditorPart tree = ModelEditors.openTree(page, session, null);
    processEvents();
    // the model changes (a state change reaches the editor later, on the UI thread) and the editor closes first
    session.execute(SetCommand.create(session.getEditingDomain(), cfo(session),
        WedgePackage.Literals.STAKEHOLDER__ROLE, "Group CFO"));
    page.closeEditor(tree, false);
    processEvents();
    assertNothingLogged();
  }

  @Test
  void openingAFileAgainBringsUpItsEditorEvenOneNotShownYet() throws Exception {
    ModelSession session = WorkbenchModels.get().openWithEditor(model, window);
    processEvents();
    ModelEditorInput overview = new ModelEditorInput(session.getFile(), ModelEditors.OVERVIEW_PART, null);
    IEditorReference first = Arrays.stream(page.getEditorReferences())
        .filter(r -> r.getId().equals(ModelEditors.OVERVIEW_EDITOR_ID)).findFirst().orElseThrow();
    assertTrue(first.getPartName().startsWith("Overview \u2014 halden-mutual"),
        "tabs lead with the part: " + first.getPartName());
    // another editor on top, the overview's tab behind it, not shown yet; then the file is named again (a restart)
    page.openEditor(new ModelEditorInput(session.getFile(), "resistance", null), "dev.wedge.editor.resistance");
    processEvents();
    page.closeEditor(first.getEditor(false), false);
    page.openEditor(overview, ModelEditors.OVERVIEW_EDITOR_ID, false);
    processEvents();
    WorkbenchModels.get().openWithEditor(model, window);
    processEvents();
    long overviews = Arrays.stream(page.getEditorReferences())
        .filter(r -> r.getId().equals(ModelEditors.OVERVIEW_EDITOR_ID)).count();
    assertEquals(1, overviews, "one overview of the file, however often it is opened");
    assertTrue(page.getActiveEditor() instanceof SessionEditorPart p && p.getEditorInput().equals(overview),
        "and it is brought to the front");
    assertNothingLogged();
  }
}
