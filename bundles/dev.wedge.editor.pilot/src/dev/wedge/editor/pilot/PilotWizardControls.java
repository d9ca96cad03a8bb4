package dev.wedge.editor.pilot;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.wedge.model.BusinessMetric;
import dev.wedge.model.Initiative;
import dev.wedge.model.Pilot;
import dev.wedge.model.Stakeholder;
import dev.wedge.model.WedgePackage.Literals;

/** The controls every page of the New Pilot wizard is made of: a labelled text, a grid, the names of values. */
final class PilotWizardControls {

  private PilotWizardControls() {
  }

  static Text text(Composite c, String label, String hint, boolean multi) {
    Label l = new Label(c, SWT.NONE);
    l.setText(label);
    GridDataFactory.swtDefaults().align(SWT.FILL, multi ? SWT.TOP : SWT.CENTER).applyTo(l);
    Text t = new Text(c, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
    t.setMessage(hint);
    GridDataFactory.fillDefaults().grab(true, false).hint(360, multi ? 60 : SWT.DEFAULT).applyTo(t);
    return t;
  }

  static Composite grid(Composite parent, int columns) {
    Composite c = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(c);
    return c;
  }

  static String word(Enum<?> e) {
    String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static LabelProvider labels() {
    return new LabelProvider() {
      @Override
      public String getText(Object e) {
        if (e instanceof Stakeholder s) {
          return s.getName() + (s.getRole() == null ? "" : " \u2014 " + s.getRole())
              + (s.getStance() == null ? "" : " (" + s.getStance().getName().toLowerCase(Locale.ROOT) + ")");
        }
        if (e instanceof BusinessMetric m) {
          return m.getName() + (m.getUnit() == null ? "" : " [" + m.getUnit() + "]")
              + (m.getBaseline() == null ? "" : "  " + NLS.bind(Messages.Controls_Baseline, Fields.format(
                  Literals.BUSINESS_METRIC__BASELINE, m.getBaseline())))
              + (m.getTarget() == null ? "" : " " + NLS.bind(Messages.Controls_Target, Fields.format(
                  Literals.BUSINESS_METRIC__TARGET, m.getTarget())));
        }
        if (e instanceof Initiative i) {
          return i.getName();
        }
        if (e instanceof Enum<?> en) {
          return word(en);
        }
        return e == null ? Messages.Common_None : String.valueOf(e);
      }
    };
  }
}
