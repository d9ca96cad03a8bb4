package dev.wedge.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;

import dev.wedge.core.method.PilotRules;
import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.model.Pilot;
import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.git.PreRegistration;
import dev.wedge.team.merge.ModelDiff;
import dev.wedge.ui.forms.FormParts;
import dev.wedge.ui.objects.ObjectSection;

/**
 * The pilot page's section on provable pre-registration: whether the pilot's criteria are those committed at its
 * start tag {@code pilot/<id>/start} (the check {@code wedge verify} makes, naming every difference, re-baselines
 * recorded since apart), and the commits that changed the pilot, each field changed on a row. Both are read in jobs:
 * the check again whenever the pilot changes, the history after a save or a Team command.
 */
final class PilotTeamSection implements ObjectSection {

  static final int MAX = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
      FormatStyle.SHORT);
  private static final Color PROVEN = new Color(56, 118, 29);
  private static final Color UNPROVEN = new Color(192, 0, 0);

  /** One field a commit changed. */
  record Row(ModelHistory.Entry commit, ModelDiff.Difference change) {
  }

  private final Pilot pilot;
  private final ModelSession session;
  private final Control section;
  private final Label check;
  private final Label heading;
  private final TableViewer table;
  private volatile Pilot toCheck;
  private final Job checkJob;
  private final ModelSessionListener saved = new ModelSessionListener() {
    @Override
    public void stateChanged(ModelSession s) {
      readHistory();
    }
  };
  private final Consumer<ModelSession> teamCommand = this::repositoryChanged;

  PilotTeamSection(Composite parent, int columns, FormToolkit toolkit, ModelSession session, Pilot pilot) {
    this.pilot = pilot;
    this.session = session;
    Composite client = FormParts.section(toolkit, parent, Messages.PilotTeam_Title, Messages.PilotTeam_Description,
        columns);
    section = client.getParent();
    check = toolkit.createLabel(client, Messages.PilotTeam_Checking, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(check);
    heading = toolkit.createLabel(client, Messages.PilotTeam_Reading, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(heading);
    table = FormParts.table(toolkit, client, 110);
    GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, 110).applyTo(table.getTable());
    column(Messages.PilotTeam_ColumnCommit, 70, r -> r.commit().commit());
    column(Messages.PilotTeam_ColumnWhen, 150, r -> WHEN.format(r.commit().when().atZone(ZoneId.systemDefault())));
    column(Messages.PilotTeam_ColumnWho, 120, r -> r.commit().author());
    column(Messages.PilotTeam_ColumnChange, 520, r -> r.change().message());
    table.setInput(List.of());
    checkJob = Job.create(Messages.PilotTeam_Checking, monitor -> {
      Pilot p = toCheck;
      if (p != null) {
        Verdict v = checked(p, file());
        section.getDisplay().asyncExec(() -> show(v));
      }
      return Status.OK_STATUS;
    });
    checkJob.setSystem(true);
    session.addListener(saved);
    RepositoryChanges.add(teamCommand);
    section.addDisposeListener(e -> {
      session.removeListener(saved);
      RepositoryChanges.remove(teamCommand);
      checkJob.cancel();
    });
    readHistory();
  }

  private void repositoryChanged(ModelSession s) {
    if (s == session) {
      readHistory();
      refresh();
    }
  }

  private Path file() {
    return session.getFile();
  }

  private void column(String title, int width, Function<Row, String> text) {
    TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    dev.wedge.ui.emf.ColumnWidths.fitHeader(c.getColumn()); // wide enough for its header, in any language and font
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return text.apply((Row) element);
      }
    });
  }

  /** The check's sentence, and whether it proves the criteria those at the start. */
  record Verdict(String text, boolean proven, boolean started) {
  }

  /** The check of {@code p} (a copy of the model's pilot) against its start tag in the repository of {@code file}. */
  static Verdict checked(Pilot p, Path file) {
    if (!PilotRules.frozen(p)) {
      return new Verdict(NLS.bind(Messages.PilotTeam_NotStarted, p.getId(), PreRegistration.tagName(p)), false,
          false);
    }
    if (file == null) {
      return new Verdict(Messages.HistoryProperties_NotShared, false, true);
    }
    try {
      PreRegistration.Check c = PreRegistration.check(p, file);
      return new Verdict(c.sentence(), c.proven(), true);
    } catch (IOException e) {
      return new Verdict(NLS.bind(Messages.PilotTeam_CheckFailed, e.getMessage()), false, true);
    }
  }

  private void show(Verdict v) {
    if (check.isDisposed()) {
      return;
    }
    check.setText(v.text());
    check.setForeground(!v.started() ? null : v.proven() ? PROVEN : UNPROVEN);
    reflow();
  }

  private void readHistory() {
    Path file = file();
    HistoryRead.read(file, pilot.getId(), pilot.getName(), MAX, result -> {
      List<Row> rows = new ArrayList<>();
      for (ModelHistory.Entry e : result.entries()) {
        e.changes().forEach(d -> rows.add(new Row(e, d)));
      }
      String said = result.said() != null ? result.said()
          : NLS.bind(Messages.PilotTeam_Commits, result.entries().size());
      section.getDisplay().asyncExec(() -> {
        if (table.getTable().isDisposed()) {
          return;
        }
        heading.setText(said);
        table.setInput(rows);
        reflow();
      });
    });
  }

  private void reflow() {
    for (Composite c = section.getParent(); c != null; c = c.getParent()) {
      if (c instanceof SharedScrolledComposite s) {
        s.reflow(true);
        return;
      }
      if (c instanceof ScrolledComposite) {
        c.layout(true, true);
        return;
      }
    }
  }

  @Override
  public Control control() {
    return section;
  }

  /** Checks the pilot as it is now against its start tag, in a job (a burst of edits makes one check). */
  @Override
  public void refresh() {
    if (section.isDisposed()) {
      return;
    }
    toCheck = EcoreUtil.copy(pilot);
    checkJob.cancel();
    checkJob.schedule(250);
  }

  /** What the section shows (for tests): the check's sentence, the history's heading, and each row. */
  List<String> lines() {
    List<String> out = new ArrayList<>(List.of(check.getText(), heading.getText()));
    for (var item : table.getTable().getItems()) {
      out.add(item.getText(0) + " | " + item.getText(2) + " | " + item.getText(3));
    }
    return out;
  }
}
