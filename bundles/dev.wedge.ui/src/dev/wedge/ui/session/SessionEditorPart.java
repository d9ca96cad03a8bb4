package dev.wedge.ui.session;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import dev.wedge.core.persistence.ModelLoadException;
import dev.wedge.core.persistence.ModelSaveException;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.core.session.ModelSessions;
import dev.wedge.ui.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Base of every Wedge editor: opens on a {@link ModelEditorInput}, shares the file's {@link ModelSession} with every
 * other editor and view on it, and gets from the session its dirty state, Save / Save As, Undo / Redo / Delete and
 * the Properties view. Subclasses only build their contents and say how to select an object.
 *
 * <p>Closing an editor never asks to save: the model stays open in the Models view until it is closed there or
 * Wedge exits, which both ask.
 */
public abstract class SessionEditorPart extends EditorPart implements IEditingDomainProvider {

  private ModelSession session;
  private SessionActions actions;
  private volatile boolean disposed;
  private MessageBar messages;
  private final ModelSessionListener listener = new ModelSessionListener() {
    @Override
    public void stateChanged(ModelSession s) {
      asyncOnUi(SessionEditorPart.this::sessionStateChanged);
    }

    @Override
    public void disposed(ModelSession s) {
      asyncOnUi(() -> getSite().getPage().closeEditor(SessionEditorPart.this, false));
    }
  };
  /** A field of this model holds typed text, or no longer does: the * and Save follow it. */
  private final java.util.function.Consumer<ModelSession> typed = s -> {
    if (s == session && !disposed) {
      firePropertyChange(PROP_DIRTY);
    }
  };

  @Override
  public void init(IEditorSite site, IEditorInput input) throws PartInitException {
    if (!(input instanceof ModelEditorInput in)) {
      throw new PartInitException(NLS.bind(Messages.Editor_NotAModel, input.getName()));
    }
    setSite(site);
    setInput(input);
    try {
      WorkbenchModels.get().open(in.getFile(), null); // a restored editor puts its model back in the Models view
      session = ModelSessions.getDefault().acquire(in.getFile());
    } catch (ModelLoadException e) {
      throw new PartInitException(e.getMessage(), e);
    }
    session.addListener(listener);
    dev.wedge.ui.forms.FieldEdits.addListener(typed);
    updateTitle();
  }

  /** The shared session of the model this editor is on. */
  public ModelSession getSession() {
    return session;
  }

  @Override
  public EditingDomain getEditingDomain() {
    return session.getEditingDomain();
  }

  @Override
  public final void createPartControl(Composite parent) {
    frame = new Composite(parent, SWT.NONE);
    messages = new MessageBar(frame);
    Composite contents = new Composite(frame, SWT.NONE);
    contents.setLayout(new org.eclipse.swt.layout.FillLayout());
    frame.setLayout(messages.overlaying(contents));
    createContents(contents);
    actions = new SessionActions(session);
    actions.install(getEditorSite().getActionBars(), getSite().getSelectionProvider());
    dev.wedge.ui.print.PartPrint.install(this);
    String objectId = ((ModelEditorInput) getEditorInput()).getObjectId();
    if (objectId != null && session.getResource().getEObject(objectId) != null) {
      selectObject(session.getResource().getEObject(objectId));
    }
  }

  private Composite frame;

  /** The editor's whole control: the message bar and the contents (layout checks). */
  public Composite partControl() {
    return frame;
  }

  /** The bar at the top of the editor that shows refused edits in full. */
  public MessageBar messages() {
    return messages;
  }

  /** Shows why an edit was refused, whole, at the top of this editor, until dismissed. */
  public void showRefusal(String message) {
    if (messages != null) {
      messages.show(message);
    }
  }

  /** Builds the editor's widgets; must set the site's selection provider for Properties and Delete. */
  protected abstract void createContents(Composite parent);

  /** Shows and selects {@code object} (navigation from the Models view, findings, links). */
  public abstract void selectObject(EObject object);

  /** The label of the part of the model this editor shows, used in the title ("Strategy map — acme"). */
  protected abstract String partLabel();

  /** What File › Print puts on the page: a snapshot of the editor (of the whole of its scrolled content). */
  public org.eclipse.swt.graphics.ImageData printImage() {
    return dev.wedge.ui.print.PartPrint.snapshot(frame);
  }

  protected SessionActions getActions() {
    return actions;
  }

  protected ISelectionProvider selectionProvider() {
    return getSite().getSelectionProvider();
  }

  private void sessionStateChanged() {
    if (!session.getFile().equals(((ModelEditorInput) getEditorInput()).getFile())) {
      setInputWithNotify(((ModelEditorInput) getEditorInput()).movedTo(session.getFile()));
    }
    updateTitle();
    firePropertyChange(PROP_DIRTY);
  }

  private void updateTitle() {
    setPartName(partLabel() + " \u2014 " + session.getName()); // the part first: tabs can be told apart
    setTitleToolTip(session.getFile().toString());
  }

  @Override
  public void doSave(IProgressMonitor monitor) {
    WorkbenchModels.save(session, getSite().getShell());
  }

  @Override
  public void doSaveAs() {
    FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
    dialog.setText(Messages.SaveAs_Title);
    dialog.setFilterExtensions(new String[] {"*.wedge"});
    dialog.setFilterPath(session.getFile().getParent().toString());
    dialog.setFileName(session.getFile().getFileName().toString());
    dialog.setOverwrite(true);
    String chosen = dialog.open();
    if (chosen == null) {
      return;
    }
    Path target = Path.of(chosen.endsWith(".wedge") ? chosen : chosen + ".wedge");
    try {
      session.saveAs(target);
      RecentModels.add(target);
    } catch (ModelSaveException e) {
      org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.Save_Failed, e.getMessage());
    }
  }

  @Override
  public boolean isDirty() {
    return session != null && (session.isDirty() || dev.wedge.ui.forms.FieldEdits.hasPending(session));
  }

  @Override
  public boolean isSaveAsAllowed() {
    return true;
  }

  @Override
  public boolean isSaveOnCloseNeeded() {
    return false; // the model stays open (and dirty) in the Models view
  }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == ModelSession.class) {
      return adapter.cast(session);
    }
    if (adapter == EditingDomain.class) {
      return adapter.cast(session.getEditingDomain());
    }
    if (adapter == IPropertySheetPage.class) {
      return adapter.cast(new ModelPropertySheetPage(session));
    }
    return super.getAdapter(adapter);
  }

  @Override
  public void dispose() {
    disposed = true;
    dev.wedge.ui.forms.FieldEdits.removeListener(typed);
    if (actions != null) {
      actions.dispose();
    }
    if (session != null) {
      session.removeListener(listener);
      ModelSessions.getDefault().release(session);
    }
    super.dispose();
  }

  /**
   * Runs {@code r} on the UI thread unless the editor has been closed by then (session events may come from any
   * thread, and may arrive after the part is disposed: its site then has no shell to ask).
   */
  private void asyncOnUi(Runnable r) {
    if (disposed || !PlatformUI.isWorkbenchRunning()) {
      return;
    }
    Display display = PlatformUI.getWorkbench().getDisplay();
    if (display.isDisposed()) {
      return;
    }
    display.asyncExec(() -> {
      if (!disposed) {
        r.run();
      }
    });
  }
}
