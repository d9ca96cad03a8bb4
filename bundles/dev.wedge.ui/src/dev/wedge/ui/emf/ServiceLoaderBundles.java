package dev.wedge.ui.emf;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.eclipse.osgi.util.NLS;
import dev.wedge.ui.Messages;

/**
 * The bundles that make {@code java.util.ServiceLoader} work in OSGi (SPI Fly, and the providers it wires:
 * eclipse-collections for NatTable, the slf4j binding) are not started with Wedge. They sit at start level 5, above
 * the level the product starts at ({@code osgi.startLevel=4} in its config.ini), so the command line never starts
 * them and never pays for SPI Fly reading eclipse-collections' two hundred service declarations. The workbench raises
 * the framework to its full start level once its first window is up ({@link #startInBackground()}, on the
 * framework's own start-level thread), and every table waits for that before its first NatTable class runs
 * ({@link #await()}): a table opened in the first second still works, it only waits for the rest of the start.
 */
public final class ServiceLoaderBundles {

  /** The level at which every bundle of the product is started (Equinox's default beginning start level). */
  public static final int FULL_START_LEVEL = 6;

  private static final long TIMEOUT_SECONDS = 120;

  private static CompletableFuture<Void> started;

  private ServiceLoaderBundles() {
  }

  /** Raises the framework to {@link #FULL_START_LEVEL}, in the background; returns when that is done. */
  public static synchronized CompletableFuture<Void> startInBackground() {
    if (started == null) {
      started = new CompletableFuture<>();
      Bundle bundle = FrameworkUtil.getBundle(ServiceLoaderBundles.class);
      BundleContext context = bundle == null ? null : bundle.getBundleContext();
      FrameworkStartLevel levels = context == null ? null
          : context.getBundle(0).adapt(FrameworkStartLevel.class);
      if (levels == null || levels.getStartLevel() >= FULL_START_LEVEL) {
        started.complete(null); // outside OSGi, or started in full already (a plain Equinox configuration)
      } else {
        CompletableFuture<Void> done = started;
        levels.setStartLevel(FULL_START_LEVEL, event -> {
          if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            done.complete(null);
          } else if (event.getType() == FrameworkEvent.ERROR) {
            done.completeExceptionally(event.getThrowable() != null ? event.getThrowable()
                : new IllegalStateException("the framework could not reach start level " + FULL_START_LEVEL));
          }
        });
      }
    }
    return started;
  }

  /** Returns once ServiceLoader works for NatTable (starting the bundles now if the workbench has not yet). */
  public static void await() {
    try {
      startInBackground().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(Messages.Tables_Interrupted, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(NLS.bind(Messages.Tables_NotStarted, TIMEOUT_SECONDS), e);
    }
  }
}
