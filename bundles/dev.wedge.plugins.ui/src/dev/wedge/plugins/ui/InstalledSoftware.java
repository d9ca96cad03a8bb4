package dev.wedge.plugins.ui;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.ui.Policy;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.ui.IStartup;

/**
 * Help › Installation Details › Installed Software lists the plug-ins, never Wedge itself: Wedge's product and its
 * own features are left out of what p2's UI shows as installed, so they are never offered for uninstall (p2's
 * Uninstall and Update actions take only what that list shows). {@code wedge plugins uninstall} refuses them the
 * same way, and with the same rule: an installable unit is Wedge's own when its id starts with {@code dev.wedge.}
 * and Wedge provides it, or it is a product of that name; a plug-in in {@code dev.wedge.} from someone else (the
 * example consultancy's) is shown and can be removed.
 */
public final class InstalledSoftware implements IStartup {

  /** The provider name of Wedge's own features. */
  static final String WEDGE_PROVIDER = "Wedge";

  private static final IQuery<IInstallableUnit> NOT_WEDGE = QueryUtil.createMatchQuery(
      "!(id ~= /dev.wedge.*/ && (properties[$0] == $1 || properties[$2] == 'true'))",
      IInstallableUnit.PROP_PROVIDER, WEDGE_PROVIDER, MetadataFactory.InstallableUnitDescription.PROP_TYPE_PRODUCT);

  static volatile IQuery<IInstallableUnit> applied;

  @Override
  public void earlyStartup() {
    apply(ProvisioningUI.getDefaultUI().getPolicy());
  }

  /** Leaves Wedge's own units out of the policy's installed units (once). */
  static synchronized void apply(Policy policy) {
    IQuery<IInstallableUnit> visible = policy.getVisibleInstalledIUQuery();
    if (visible == applied) {
      return;
    }
    applied = QueryUtil.createCompoundQuery(visible, NOT_WEDGE, true);
    policy.setVisibleInstalledIUQuery(applied);
  }

  /** Whether the unit is Wedge's own (for tests and the command line's rule). */
  static boolean isWedge(IInstallableUnit iu) {
    return !NOT_WEDGE.perform(List.of(iu).iterator()).iterator().hasNext();
  }
}
