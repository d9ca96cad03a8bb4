package dev.wedge.containment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;

/**
 * Weaves the classes of plug-ins (bundles that contribute to Wedge's extension points and are not Wedge's own) as
 * they load: see {@link Instrument}. Wedge's bundles, the platform's and libraries are left as they are.
 */
public final class Weaver implements WeavingHook {

  private static final Map<Long, Boolean> PLUGIN = new ConcurrentHashMap<>();
  private static final Set<Long> WOVEN = ConcurrentHashMap.newKeySet();
  private static final Map<Long, String> NOT_WOVEN = new ConcurrentHashMap<>();
  private static volatile boolean active;

  static void activate(boolean on) {
    active = on;
  }

  /** Whether classes are woven in this runtime. */
  public static boolean active() {
    return active;
  }

  /** Whether classes of {@code bundle} have been woven. */
  public static boolean woven(Bundle bundle) {
    return bundle != null && WOVEN.contains(bundle.getBundleId());
  }

  /** Why a class of {@code bundle} could not be woven, or null. */
  public static String notWoven(Bundle bundle) {
    return bundle == null ? null : NOT_WOVEN.get(bundle.getBundleId());
  }

  @Override
  public void weave(WovenClass wovenClass) {
    Bundle bundle = wovenClass.getBundleWiring().getBundle();
    if (!isPlugin(bundle)) {
      return;
    }
    try {
      byte[] woven = Instrument.transform(wovenClass.getBytes());
      if (woven != null) {
        wovenClass.setBytes(woven);
        wovenClass.getDynamicImports().add("dev.wedge.containment.checkpoint");
      }
      WOVEN.add(bundle.getBundleId());
    } catch (RuntimeException e) { // a class ASM cannot read (a newer class file version): loaded as it is
      NOT_WOVEN.putIfAbsent(bundle.getBundleId(), wovenClass.getClassName() + ": " + e.getMessage());
    }
  }

  /** A bundle that contributes to Wedge's extension points and is not one of Wedge's own. */
  static boolean isPlugin(Bundle bundle) {
    return PLUGIN.computeIfAbsent(bundle.getBundleId(), id -> {
      String name = bundle.getSymbolicName();
      if (id == 0 || name == null || name.startsWith("dev.wedge.") && !name.startsWith("dev.wedge.example.")) {
        return false;
      }
      URL pluginXml = bundle.getEntry("plugin.xml");
      if (pluginXml == null) {
        return false;
      }
      try (InputStream in = pluginXml.openStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("point=\"dev.wedge.");
      } catch (IOException e) {
        return true; // cannot tell: contain it
      }
    });
  }
}
