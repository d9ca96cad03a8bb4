package dev.wedge.team.ui;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.views.properties.IPropertySource;

import dev.wedge.core.session.ModelSession;
import dev.wedge.core.session.ModelSessionListener;
import dev.wedge.model.Identified;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.team.merge.Words;
import dev.wedge.ui.objects.ObjectContribution;
import dev.wedge.ui.objects.ObjectSection;

/**
 * Team sharing where the user looks at an object: on the pilot page, the pilot's pre-registration check and history
 * ({@link PilotTeamSection}); in the Properties view, the History of the object selected ({@link HistoryProperties}),
 * read once per object and again after a save or a Team command.
 */
public final class ObjectHistoryContribution implements ObjectContribution {

  /** The history read for each object shown, until its model is saved or its repository changes. */
  private final Map<EObject, HistoryProperties> read = Collections.synchronizedMap(new WeakHashMap<>());
  private final Map<ModelSession, Boolean> followed = Collections.synchronizedMap(new WeakHashMap<>());
  private final ModelSessionListener saved = new ModelSessionListener() {
    @Override
    public void stateChanged(ModelSession s) {
      forget(s);
    }
  };

  public ObjectHistoryContribution() {
    RepositoryChanges.add(this::forget);
  }

  private void forget(ModelSession s) {
    synchronized (read) {
      read.keySet().removeIf(o -> o.eResource() == null || o.eResource() == s.getModel().eResource());
    }
  }

  @Override
  public ObjectSection createSection(Composite parent, int columns, FormToolkit toolkit, ModelSession session,
      EObject object) {
    return object instanceof Pilot p ? new PilotTeamSection(parent, columns, toolkit, session, p) : null;
  }

  @Override
  public IPropertySource properties(ModelSession session, EObject object, Runnable changed) {
    if (!(object instanceof Identified i) || i.getId() == null || object instanceof StrategyModel) {
      return null;
    }
    if (followed.putIfAbsent(session, Boolean.TRUE) == null) {
      session.addListener(saved);
    }
    HistoryProperties known = read.get(object);
    if (known != null) {
      return known;
    }
    HistoryProperties p = new HistoryProperties();
    read.put(object, p);
    HistoryRead.read(session.getFile(), i.getId(), Words.object(object), HistoryProperties.MAX, r -> {
      p.show(r);
      changed.run();
    });
    return p;
  }
}
