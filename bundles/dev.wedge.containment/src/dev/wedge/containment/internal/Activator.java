package dev.wedge.containment.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.weaving.WeavingHook;

/** Registers the {@link Weaver}. The bundle starts early (start level 2), before any plug-in class loads. */
public final class Activator implements BundleActivator {

  private ServiceRegistration<WeavingHook> registration;

  @Override
  public void start(BundleContext context) {
    registration = context.registerService(WeavingHook.class, new Weaver(), null);
    Weaver.activate(true);
  }

  @Override
  public void stop(BundleContext context) {
    Weaver.activate(false);
    if (registration != null) {
      registration.unregister();
    }
  }
}
