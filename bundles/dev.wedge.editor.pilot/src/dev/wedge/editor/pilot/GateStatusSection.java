package dev.wedge.editor.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

import dev.wedge.core.method.GovernanceGate;
import dev.wedge.core.session.ModelSession;
import dev.wedge.evidence.Headline;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.Pilot;
import dev.wedge.ui.forms.FormParts;

/**
 * The governance editor's "Pilots at the gate": one line a pilot, ready (with the evidence's side of the stage gate)
 * or what is missing, each a link to where it is fixed.
 */
final class GateStatusSection {

  private final FormToolkit toolkit;
  private final ModelSession session;
  private final IWorkbenchPage page;
  private final Consumer<GovernanceGate.Gap> showGap;
  private final Composite gates;
  private final Color red = new Color(new RGB(192, 0, 0));
  private final Color green = new Color(new RGB(56, 118, 29));
  private final List<String> lines = new ArrayList<>();

  GateStatusSection(FormToolkit toolkit, Composite body, ModelSession session, IWorkbenchPage page,
      Consumer<GovernanceGate.Gap> showGap) {
    this.toolkit = toolkit;
    this.session = session;
    this.page = page;
    this.showGap = showGap;
    Composite g = FormParts.section(toolkit, body, Messages.Gates_Title, Messages.Gates_Description, 1);
    gates = toolkit.createComposite(g);
    GridLayoutFactory.fillDefaults().numColumns(2).applyTo(gates);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(gates);
    gates.addDisposeListener(e -> {
      red.dispose();
      green.dispose();
    });
  }

  Composite control() {
    return gates;
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  void refresh() {
    for (Control c : gates.getChildren()) {
      c.dispose();
    }
    lines.clear();
    List<Pilot> pilots = session.getModel().getPilots();
    if (pilots.isEmpty()) {
      toolkit.createLabel(gates, Messages.Gates_NoPilots);
    }
    for (Pilot p : pilots) {
      line(p);
    }
  }

  private void line(Pilot p) {
    List<GovernanceGate.Gap> gaps = GovernanceGate.gaps(p);
    Label mark = toolkit.createLabel(gates, gaps.isEmpty() ? "\u2714" : "\u2718");
    mark.setForeground(gaps.isEmpty() ? green : red);
    GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(mark);
    String text = gaps.isEmpty() ? NLS.bind(Messages.Gates_Ready, p.getName(), evidence(p))
        : NLS.bind(Messages.Fields_Problem, p.getName(), GovernanceGate.describe(gaps));
    lines.add(text);
    Hyperlink h = toolkit.createHyperlink(gates, text, SWT.WRAP);
    GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(h);
    h.setToolTipText(gaps.isEmpty() ? Messages.Gates_OpenPilot : Messages.Gates_GoToGap);
    h.addHyperlinkListener(new HyperlinkAdapter() {
      @Override
      public void linkActivated(HyperlinkEvent e) {
        if (gaps.isEmpty() || gaps.get(0).kind() == GovernanceGate.Kind.INITIATIVE) {
          try {
            dev.wedge.ui.models.ModelEditors.openObject(page, session, p);
          } catch (org.eclipse.ui.PartInitException x) {
            org.eclipse.jface.dialogs.MessageDialog.openError(gates.getShell(), "Wedge", x.getMessage());
          }
        } else {
          showGap.accept(gaps.get(0));
        }
      }
    });
  }

  /** "; criteria inconclusive, so not ready to scale": the evidence's side of the stage gate ({@link Headline#stageGate}). */
  private String evidence(Pilot p) {
    return dev.wedge.evidence.Sentences.of(EvidenceSection.language()).stageGate(PilotEvidence.of(p, session.today(),
        EvidenceSection.language()));
  }
}
