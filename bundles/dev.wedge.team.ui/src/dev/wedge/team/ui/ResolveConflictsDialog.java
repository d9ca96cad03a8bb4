package dev.wedge.team.ui;

import java.util.List;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import dev.wedge.core.session.ModelSession;
import dev.wedge.team.git.MergeInProgress;
import dev.wedge.team.merge.Choice;
import dev.wedge.team.merge.Conflict;
import dev.wedge.team.merge.ModelPatch;
import dev.wedge.team.merge.Resolution;
import org.eclipse.osgi.util.NLS;

/**
 * The open conflicts of a merge, one row per object and field in the method's words with the base's, your and their
 * value, each resolved on its own: keep yours, take theirs, type the value agreed, or for a running pilot's frozen
 * criterion keep it frozen or re-baseline it with a reason. Each resolution is one undoable change of the model (what
 * was edited since the merge stays); what it could not apply, or a conflict it brings, is said here.
 */
public final class ResolveConflictsDialog extends TitleAreaDialog {

  private final ModelSession session;
  private final MergeInProgress merge;
  private TableViewer viewer;
  private Label said;
  private Text detail;
  private Button yours;
  private Button theirs;
  private Button edit;
  private Button frozen;
  private Button rebaseline;

  public ResolveConflictsDialog(Shell parent, ModelSession session, MergeInProgress merge) {
    super(parent);
    this.session = session;
    this.merge = merge;
    setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(ResolveConflictsHandler.TITLE);
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    setTitle(NLS.bind(Messages.Resolve_Heading, merge.theirsCommit(), session.getName()));
    Composite body = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
    body.setLayout(new GridLayout(2, false));

    Composite tableBox = new Composite(body, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, true).hint(760, 200).applyTo(tableBox);
    TableColumnLayout columns = new TableColumnLayout();
    tableBox.setLayout(columns);
    viewer = new TableViewer(tableBox, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
    Table table = viewer.getTable();
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    column(columns, Messages.Resolve_ColumnObject, 4, c -> c.field() == null ? c.subject() : c.subject() + ": " + c.field());
    column(columns, Messages.Resolve_ColumnBefore, 2, Conflict::before);
    column(columns, Messages.Resolve_ColumnYours, 2, Conflict::ours);
    column(columns, Messages.Resolve_ColumnTheirs, 2, Conflict::theirs);
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    viewer.addSelectionChangedListener(e -> enable());
    viewer.addDoubleClickListener(e -> resolve(Resolution.of(Choice.THEIRS)));

    Composite buttons = new Composite(body, SWT.NONE);
    GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
    buttons.setLayout(new GridLayout(1, true));
    yours = button(buttons, Messages.Resolve_KeepYours, () -> resolve(Resolution.of(Choice.OURS)));
    theirs = button(buttons, Messages.Resolve_TakeTheirs, () -> resolve(Resolution.of(Choice.THEIRS)));
    edit = button(buttons, Messages.Resolve_EditValue, this::editValue);
    frozen = button(buttons, Messages.Resolve_KeepFrozen, () -> resolve(Resolution.of(Choice.FROZEN)));
    rebaseline = button(buttons, Messages.Resolve_Rebaseline, this::rebaseline);

    detail = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(760, 96).applyTo(detail);

    said = new Label(body, SWT.WRAP);
    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(760, SWT.DEFAULT).applyTo(said);
    refresh();
    return area;
  }

  private void column(TableColumnLayout layout, String title, int weight,
      java.util.function.Function<Conflict, String> text) {
    TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
    c.getColumn().setText(title);
    layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 90, true));
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return text.apply((Conflict) element);
      }

      @Override
      public String getToolTipText(Object element) {
        return ((Conflict) element).message();
      }
    });
  }

  private static Button button(Composite parent, String text, Runnable action) {
    Button b = new Button(parent, SWT.PUSH);
    b.setText(text);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
    b.addListener(SWT.Selection, e -> action.run());
    return b;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
  }

  @Override
  protected void buttonPressed(int buttonId) {
    if (buttonId == IDialogConstants.CLOSE_ID) {
      close();
    }
  }

  /** The conflicts still open in the model, shown; the first selected. */
  private void refresh() {
    List<Conflict> open = merge.open(session.getModel());
    viewer.setInput(open);
    if (!open.isEmpty() && viewer.getStructuredSelection().isEmpty()) {
      viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(open.get(0)), true);
    }
    if (open.isEmpty()) {
      setMessage(Messages.Resolve_AllResolved,
          IMessageProvider.INFORMATION);
    } else if (getErrorMessage() == null) {
      setMessage(open.size() == 1 ? Messages.Resolve_OneOpen : NLS.bind(Messages.Resolve_Open, open.size()),
          IMessageProvider.WARNING);
    }
    enable();
  }

  private Conflict selected() {
    IStructuredSelection s = viewer.getStructuredSelection();
    return s.isEmpty() ? null : (Conflict) s.getFirstElement();
  }

  private void enable() {
    Conflict c = selected();
    detail.setText(c == null ? "" : NLS.bind(Messages.Resolve_Detail, new Object[] {
        c.field() == null ? c.subject() : c.subject() + ": " + c.field(), c.before(), c.ours(), c.theirs()}));
    yours.setEnabled(c != null && c.choices().contains(Choice.OURS));
    theirs.setEnabled(c != null && c.choices().contains(Choice.THEIRS));
    edit.setEnabled(c != null && c.choices().contains(Choice.EDIT));
    frozen.setEnabled(c != null && c.choices().contains(Choice.FROZEN));
    rebaseline.setEnabled(c != null && c.choices().contains(Choice.REBASELINE));
  }

  private void editValue() {
    Conflict c = selected();
    if (c == null) {
      return;
    }
    InputDialog d = new InputDialog(getShell(), Messages.Resolve_EditTitle, NLS.bind(Messages.Resolve_ValueAgreed,
        c.message()), c.ours(), v -> v == null || v.isBlank() ? Messages.Resolve_TypeValue : null);
    if (d.open() == Window.OK) {
      resolve(Resolution.edit(d.getValue()));
    }
  }

  private void rebaseline() {
    Conflict c = selected();
    if (c == null) {
      return;
    }
    InputDialog d = new InputDialog(getShell(), Messages.Resolve_RebaselineTitle, NLS.bind(Messages.Resolve_RebaselineWhy,
        c.message()), "", v -> v == null || v.isBlank() ? Messages.Resolve_RebaselineNeedsReason : null);
    if (d.open() == Window.OK) {
      resolve(Resolution.rebaseline(d.getValue()));
    }
  }

  /** Resolves the selected conflict with {@code r}: one undoable change, and what it could not do said here. */
  void resolve(Resolution r) {
    Conflict c = selected();
    if (c == null || !c.choices().contains(r.choice())) {
      return;
    }
    MergeInProgress.Resolved resolved;
    try {
      resolved = merge.resolve(c, r);
    } catch (IllegalArgumentException e) {
      setErrorMessage(e.getMessage());
      return;
    }
    ModelPatch.Applied[] applied = new ModelPatch.Applied[1];
    ChangeCommand command = new ChangeCommand(session.getModel()) {
      @Override
      protected void doExecute() {
        applied[0] = MergeInProgress.apply(session.getModel(), resolved);
      }
    };
    command.setLabel(Messages.Resolve_Command);
    if (!session.execute(command) || applied[0] == null) {
      setErrorMessage(NLS.bind(Messages.Resolve_NotResolved, session.lastRefusal() != null ? session.lastRefusal()
          : NLS.bind(Messages.Resolve_CouldNotChange, c.message())));
      return;
    }
    setErrorMessage(null);
    StringBuilder b = new StringBuilder(NLS.bind(Messages.Resolve_Resolved, c.message()));
    applied[0].notApplied().forEach(s -> b.append('\n').append(NLS.bind(Messages.Resolve_NotApplied, s)));
    resolved.brought().forEach(x -> b.append('\n')
        .append(NLS.bind(Messages.Resolve_BringsConflict, x.message())));
    said.setText(b.toString());
    said.getParent().layout(true, true);
    refresh();
    if (!applied[0].notApplied().isEmpty()) {
      setErrorMessage(NLS.bind(Messages.Resolve_SomeNotApplied, dev.wedge.core.text.Plurals.count(applied[0].notApplied().size(),
          Messages.Resolve_Change, Messages.Resolve_Changes)));
    }
  }

  /** The table (for tests). */
  TableViewer viewer() {
    return viewer;
  }
}
