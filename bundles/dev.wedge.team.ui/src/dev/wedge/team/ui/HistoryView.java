package dev.wedge.team.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.wedge.core.session.ModelSession;
import dev.wedge.model.Identified;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.ModelRepository;
import dev.wedge.team.git.TeamException;
import dev.wedge.team.merge.ModelDiff;
import dev.wedge.team.merge.ModelPatch;
import dev.wedge.team.merge.Words;
import dev.wedge.ui.session.ActiveModel;
import dev.wedge.ui.session.WorkbenchModels;
import org.eclipse.osgi.util.NLS;

/**
 * The history of the object selected (a pilot with its criteria, an initiative, a stakeholder…) or, with nothing
 * selected, of the model in focus: the commits that changed it, newest first, with who, when and what changed field by
 * field. A version can be restored: the object (or the model) is put back as it was in that commit, as one undoable
 * change, and the rest of the model stays as it is. Read in a job, so a long history never holds up the window.
 */
public final class HistoryView extends ViewPart implements ISelectionListener {

  public static final String ID = "dev.wedge.team.ui.history";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
  private static final int MAX = 50;

  private Label heading;
  private TreeViewer viewer;
  private ModelSession session;
  private String objectId;
  private String subject;
  private final Action restore = new Action(Messages.History_Restore) {
    @Override
    public void run() {
      restoreSelected();
    }
  };

  @Override
  public void createPartControl(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    heading = new Label(parent, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
    viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
    GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    viewer.setContentProvider(new ITreeContentProvider() {
      @Override
      public Object[] getElements(Object input) {
        return ((List<?>) input).toArray();
      }

      @Override
      public Object[] getChildren(Object parentElement) {
        return parentElement instanceof ModelHistory.Entry e ? e.changes().toArray() : new Object[0];
      }

      @Override
      public Object getParent(Object element) {
        return null;
      }

      @Override
      public boolean hasChildren(Object element) {
        return element instanceof ModelHistory.Entry e && !e.changes().isEmpty();
      }
    });
    viewer.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        if (element instanceof ModelHistory.Entry e) {
          return e.commit() + "  " + WHEN.format(e.when().atZone(ZoneId.systemDefault())) + "  " + e.author() + "  "
              + e.title();
        }
        return element instanceof ModelDiff.Difference d ? d.message() : String.valueOf(element);
      }
    });
    viewer.setInput(List.of());
    viewer.addSelectionChangedListener(e -> restore.setEnabled(selectedEntry() != null));
    restore.setEnabled(false);
    MenuManager menu = new MenuManager();
    menu.add(restore);
    viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    getViewSite().getActionBars().getToolBarManager().add(restore);
    getSite().getPage().addPostSelectionListener(this);
    show(ActiveModel.get(), null);
    org.eclipse.jface.viewers.ISelection selected = getSite().getPage().getSelection();
    if (selected != null) {
      selectionChanged(getSite().getPage().getActivePart(), selected);
    }
  }

  @Override
  public void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
    if (part == this || !(selection instanceof IStructuredSelection s) || s.size() != 1) {
      return;
    }
    Object o = s.getFirstElement();
    if (o instanceof EObject e && e instanceof Identified i && i.getId() != null) {
      ModelSession owner = WorkbenchModels.get().getModels().stream()
          .filter(m -> m.getModel().eResource() == e.eResource()).findFirst().orElse(null);
      if (owner != null) {
        show(owner, e instanceof StrategyModel ? null : i.getId());
      }
    }
  }

  /** Shows the history of {@code id} in {@code s}'s model (null: the whole model). */
  public void show(ModelSession s, String id) {
    session = s;
    objectId = id;
    if (s == null) {
      heading.setText(Messages.History_OpenModel);
      viewer.setInput(List.of());
      return;
    }
    EObject o = id == null ? null : find(s.getModel(), id);
    subject = o == null ? s.getName() : Words.object(o);
    heading.setText(NLS.bind(Messages.History_Reading, subject));
    ModelSession asked = s;
    String askedId = id;
    Job job = Job.create(NLS.bind(Messages.History_Job, subject), (IProgressMonitor monitor) -> {
      List<ModelHistory.Entry> entries;
      String failed = null;
      try (ModelRepository r = ModelRepository.of(asked.getFile())) {
        entries = ModelHistory.of(r, askedId, MAX);
      } catch (TeamException e) {
        entries = List.of();
        failed = e.getMessage();
      }
      List<ModelHistory.Entry> shown = entries;
      String said = failed;
      Display.getDefault().asyncExec(() -> {
        if (viewer.getControl().isDisposed() || session != asked || !java.util.Objects.equals(objectId, askedId)) {
          return;
        }
        viewer.setInput(shown);
        String heading2 = shown.size() == MAX
            ? (askedId == null ? Messages.History_HeadingModelLatest : Messages.History_HeadingLatest)
            : (askedId == null ? Messages.History_HeadingModel : Messages.History_Heading);
        heading.setText(said != null ? said : NLS.bind(heading2, new Object[] {subject, asked.getName(),
            dev.wedge.core.text.Plurals.count(shown.size(), Messages.History_Commit, Messages.History_Commits), MAX}));
        heading.getParent().layout(true, true);
      });
      return Status.OK_STATUS;
    });
    job.setSystem(false);
    job.schedule();
  }

  private ModelHistory.Entry selectedEntry() {
    Object o = viewer.getStructuredSelection().getFirstElement();
    return o instanceof ModelHistory.Entry e ? e : null;
  }

  /** Puts the object (or the model) back as it was in the selected commit: one undoable change, said in full. */
  void restoreSelected() {
    ModelHistory.Entry e = selectedEntry();
    if (e == null || session == null) {
      return;
    }
    StrategyModel then;
    try (ModelRepository r = ModelRepository.of(session.getFile())) {
      then = ModelHistory.version(r, e.commit());
    } catch (TeamException x) {
      MessageDialog.openError(getSite().getShell(), restore.getText(), x.getMessage());
      return;
    }
    if (objectId != null && find(then, objectId) == null) {
      MessageDialog.openInformation(getSite().getShell(), restore.getText(), NLS.bind(Messages.History_NotInCommit, subject,
          e.commit()));
      return;
    }
    List<ModelDiff.Difference> changes = objectId == null ? ModelDiff.of(session.getModel(), then)
        : ModelDiff.of(session.getModel(), then, objectId);
    if (changes.isEmpty()) {
      MessageDialog.openInformation(getSite().getShell(), restore.getText(), NLS.bind(Messages.History_AlreadyAsIn, subject,
          e.commit()));
      return;
    }
    StringBuilder b = new StringBuilder(NLS.bind(Messages.History_Question, new Object[] {subject, e.commit(),
        e.title(), dev.wedge.core.text.Plurals.count(changes.size(), Messages.Resolve_Change, Messages.Resolve_Changes)})).append('\n');
    changes.stream().limit(12).forEach(d -> b.append("\n\u2022 ").append(d.message()));
    if (changes.size() > 12) {
      b.append('\n').append(NLS.bind(Messages.History_AndMore, changes.size() - 12));
    }
    b.append("\n\n").append(Messages.History_RestStays);
    if (MessageDialog.open(MessageDialog.QUESTION, getSite().getShell(), restore.getText(), b.toString(), SWT.NONE,
        Messages.History_RestoreButton, Messages.History_Cancel) != 0) {
      return;
    }
    ModelPatch patch = ModelPatch.between(session.getModel(), then, objectId);
    ModelPatch.Applied[] applied = new ModelPatch.Applied[1];
    ChangeCommand command = new ChangeCommand(session.getModel()) {
      @Override
      protected void doExecute() {
        applied[0] = patch.apply(session.getModel());
      }
    };
    command.setLabel(NLS.bind(Messages.History_RestoreCommand, subject));
    if (!session.execute(command) || applied[0] == null) {
      MessageDialog.openError(getSite().getShell(), restore.getText(), NLS.bind(Messages.History_NotRestored,
          session.lastRefusal() != null ? session.lastRefusal() : NLS.bind(Messages.History_CouldNotChange, subject)));
      return;
    }
    if (!applied[0].notApplied().isEmpty()) {
      MessageDialog.openWarning(getSite().getShell(), restore.getText(), Messages.History_RestoredExcept + "\n\n\u2022 "
          + String.join("\n\u2022 ", applied[0].notApplied()));
    }
    getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.History_Restored,
        new Object[] {subject, e.commit(), dev.wedge.core.text.Plurals.count(changes.size(), Messages.Resolve_Change, Messages.Resolve_Changes)}));
  }

  private static EObject find(EObject model, String id) {
    EObject o = model.eResource().getEObject(id); // ids are the model's ID attribute
    return o instanceof Identified ? o : null;
  }

  /** The tree (for tests). */
  TreeViewer viewer() {
    return viewer;
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  @Override
  public void dispose() {
    getSite().getPage().removePostSelectionListener(this);
    super.dispose();
  }
}
