package dev.wedge.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import dev.wedge.ui.Messages;
import dev.wedge.ui.session.RecentModels;
import dev.wedge.ui.session.WorkbenchModels;

/** File › Open Recent: the last eight models, numbered for the keyboard. */
public class OpenRecentMenu extends CompoundContributionItem {

  @Override
  protected IContributionItem[] getContributionItems() {
    List<IContributionItem> items = new ArrayList<>();
    int n = 1;
    for (Path p : RecentModels.list()) {
      String label = (n <= 9 ? "&" + n + " " : "") + p.getFileName() + "  [" + p.getParent() + "]";
      n++;
      items.add(new ActionContributionItem(new Action(label) {
        @Override
        public void run() {
          WorkbenchModels.get().openWithEditor(p, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        }
      }));
    }
    if (items.isEmpty()) {
      Action none = new Action(Messages.RecentModels_None) {
      };
      none.setEnabled(false);
      items.add(new ActionContributionItem(none));
    }
    return items.toArray(new IContributionItem[0]);
  }
}
