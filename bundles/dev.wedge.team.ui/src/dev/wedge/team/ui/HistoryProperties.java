package dev.wedge.team.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import dev.wedge.team.git.ModelHistory;
import dev.wedge.team.merge.ModelDiff;

/**
 * The History category of the Properties view for one object: a row per commit that changed it, newest first (its
 * id, when and who, and its message), which opens onto what it changed field by field. Read in a job; until it is
 * there, or when the model is in no repository, one row says so.
 */
final class HistoryProperties implements IPropertySource {

  static final int MAX = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
      FormatStyle.SHORT);
  private static final Object STATE = new Object();

  private volatile HistoryRead.Result result;

  /** Shows {@code result} from now on (null: still reading). */
  void show(HistoryRead.Result r) {
    result = r;
  }

  boolean read() {
    return result != null;
  }

  @Override
  public Object getEditableValue() {
    return this;
  }

  @Override
  public IPropertyDescriptor[] getPropertyDescriptors() {
    HistoryRead.Result r = result;
    List<IPropertyDescriptor> out = new ArrayList<>();
    if (r == null || r.entries().isEmpty()) {
      out.add(descriptor(STATE, Messages.HistoryProperties_Category, null));
    } else {
      for (ModelHistory.Entry e : r.entries()) {
        String when = WHEN.format(e.when().atZone(ZoneId.systemDefault()));
        out.add(descriptor(e, NLS.bind(Messages.HistoryProperties_Commit, e.commit(), when, e.author()),
            NLS.bind(Messages.HistoryProperties_Description, e.commit(), e.author(), when, e.title())));
      }
    }
    return out.toArray(IPropertyDescriptor[]::new);
  }

  private static PropertyDescriptor descriptor(Object id, String name, String description) {
    PropertyDescriptor d = new PropertyDescriptor(id, name);
    d.setCategory(Messages.HistoryProperties_Category);
    d.setDescription(description);
    return d;
  }

  @Override
  public Object getPropertyValue(Object id) {
    if (id instanceof ModelHistory.Entry e) {
      return new Changes(e);
    }
    HistoryRead.Result r = result;
    return r == null ? Messages.HistoryProperties_Reading : r.said();
  }

  @Override
  public boolean isPropertySet(Object id) {
    return false;
  }

  @Override
  public void resetPropertyValue(Object id) {
    // the history is read, never edited
  }

  @Override
  public void setPropertyValue(Object id, Object value) {
    // the history is read, never edited
  }

  /** What one commit changed in the object, a row per field; its text is the commit's title. */
  record Changes(ModelHistory.Entry entry) implements IPropertySource {

    @Override
    public String toString() {
      return NLS.bind(Messages.HistoryProperties_Changes, entry.title(), entry.changes().size());
    }

    @Override
    public Object getEditableValue() {
      return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
      List<IPropertyDescriptor> out = new ArrayList<>();
      for (ModelDiff.Difference d : entry.changes()) {
        out.add(new PropertyDescriptor(d, d.field() == null ? d.subject() : d.field()));
      }
      return out.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
      ModelDiff.Difference d = (ModelDiff.Difference) id;
      return d.kind() == ModelDiff.Difference.Kind.CHANGED ? d.before() + " \u2192 " + d.after() : d.message();
    }

    @Override
    public boolean isPropertySet(Object id) {
      return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
      // the history is read, never edited
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
      // the history is read, never edited
    }
  }
}
