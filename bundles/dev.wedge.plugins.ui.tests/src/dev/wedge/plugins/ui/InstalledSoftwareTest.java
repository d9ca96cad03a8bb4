package dev.wedge.plugins.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.ui.Policy;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installation Details › Installed Software, on a profile like an installed Wedge's (the product and Wedge's
 * features as roots, plus two plug-ins): only the plug-ins are listed, so only they are offered for update and
 * uninstall (p2's Uninstall action takes what this list shows).
 */
class InstalledSoftwareTest {

  @TempDir
  Path dir;

  @Test
  void wedgesOwnFeaturesAreNotOfferedForUninstall() throws Exception {
    Policy policy = ProvisioningUI.getDefaultUI().getPolicy();
    // set when the workbench starts (org.eclipse.ui.startup), in the background: wait until it is
    dev.wedge.ui.testing.UiTesting.waitUntil(() -> InstalledSoftware.applied == policy.getVisibleInstalledIUQuery(),
        "the workbench's start to set the query of Installed Software");
    assertTrue(InstalledSoftware.applied == policy.getVisibleInstalledIUQuery(),
        "the workbench's start leaves Wedge's own units out of Installed Software");

    BundleContext context = FrameworkUtil.getBundle(InstalledSoftwareTest.class).getBundleContext();
    ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
    IProvisioningAgent agent = context.getService(ref).createAgent(dir.toUri());
    try {
      IProfileRegistry registry = agent.getService(IProfileRegistry.class);
      IProfile profile = registry.addProfile("wedge");
      List<IInstallableUnit> roots = List.of(unit("dev.wedge.product", null, true),
          unit("dev.wedge.feature.feature.group", "Wedge", false),
          unit("dev.wedge.platform.feature.feature.group", "Wedge", false),
          unit("com.acme.wedge.checkins.feature.feature.group", "Acme Advisory", false),
          unit("dev.wedge.examples.feature.feature.group", "Example Consultancy", false));
      IEngine engine = agent.getService(IEngine.class);
      IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
      for (IInstallableUnit iu : roots) {
        plan.addInstallableUnit(iu);
        plan.setInstallableUnitProfileProperty(iu, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
      }
      IStatus done = engine.perform(plan, new NullProgressMonitor());
      assertTrue(done.isOK(), done.toString());

      Set<String> listed = new TreeSet<>();
      registry.getProfile("wedge").query(policy.getVisibleInstalledIUQuery(), null)
          .forEach(iu -> listed.add(iu.getId()));
      assertEquals(Set.of("com.acme.wedge.checkins.feature.feature.group", "dev.wedge.examples.feature.feature.group"),
          listed, "Installed Software lists the plug-ins (the example consultancy's too), not Wedge");
      assertTrue(InstalledSoftware.isWedge(roots.get(1)) && InstalledSoftware.isWedge(roots.get(0))
          && !InstalledSoftware.isWedge(roots.get(4)));
    } finally {
      agent.stop();
      context.ungetService(ref);
    }
  }

  private static IInstallableUnit unit(String id, String provider, boolean product) {
    InstallableUnitDescription d = new InstallableUnitDescription();
    Version version = Version.create("1.0.0");
    d.setId(id);
    d.setVersion(version);
    if (provider != null) {
      d.setProperty(IInstallableUnit.PROP_PROVIDER, provider);
    }
    d.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
    if (product) {
      d.setProperty(MetadataFactory.InstallableUnitDescription.PROP_TYPE_PRODUCT, Boolean.TRUE.toString());
    }
    d.setCapabilities(new IProvidedCapability[] {
        MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, version)});
    return MetadataFactory.createInstallableUnit(d);
  }
}
