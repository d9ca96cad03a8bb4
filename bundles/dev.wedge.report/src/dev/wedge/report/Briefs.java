package dev.wedge.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;


import dev.wedge.analysis.AnalysisRegistry;
import dev.wedge.analysis.engine.AnalysisEngine;
import dev.wedge.analysis.engine.AnalysisFailure;
import dev.wedge.analysis.engine.FindingsSnapshot;
import dev.wedge.containment.ContainedPool;
import dev.wedge.containment.Limits;
import dev.wedge.containment.Task;
import dev.wedge.core.cli.Failures;
import dev.wedge.core.provenance.Provenance;
import dev.wedge.evidence.PilotEvidence;
import dev.wedge.model.Pilot;
import dev.wedge.model.StrategyModel;
import dev.wedge.report.figures.Figure;

/**
 * Writes the executive brief: self-contained XHTML (inline CSS and SVG, prints to A4 and Letter) or PDF (the same
 * document through OpenHTMLtoPDF, figures as vector graphics, Liberation Sans embedded). Headless.
 */
public final class Briefs {

  /** The font embedded in PDFs (SIL Open Font License, see fonts/). */
  public static final String FONT = "Liberation Sans";

  private Briefs() {
  }

  static {
    // commons-logging 1.3 picks SLF4J when it sees it on the class path, but in OSGi its bundle cannot load SLF4J's
    // classes (PDFBox then fails with NoClassDefFoundError). PDFBox's own logging is not needed: quiet, by default.
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
      System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
    }
    if (System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
  }

  /** The pilots a brief covers. */
  public static List<Pilot> pilots(StrategyModel model, BriefOptions options) {
    String only = options.pilotId();
    List<Pilot> pilots = model.getPilots().stream()
        .filter(p -> only == null || only.equals(p.getId()) || only.equals(p.getName())).toList();
    if (only != null && pilots.isEmpty()) {
      throw new IllegalArgumentException("no pilot with the id or name '" + only + "'; pilots: "
          + String.join(", ", model.getPilots().stream().map(p -> p.getId() + " (" + p.getName() + ")").toList()));
    }
    return pilots;
  }

  /**
   * The brief's next step and the steps after it, most important first, worded as "The next step" writes them (the
   * workbench's model overview leads with the first).
   */
  public static List<String> nextSteps(StrategyModel model, BriefOptions options) {
    List<Pilot> pilots = pilots(model, options);
    Map<Pilot, PilotEvidence> evidence = new LinkedHashMap<>();
    for (Pilot p : pilots) {
      evidence.put(p, PilotEvidence.of(p, options.today(), BriefText.of(options).locale()));
    }
    return dev.wedge.report.sections.NextActionSection.actions(new BriefContext(model, options, pilots, evidence,
        List.of(), new Privacy(model, options.includeNames()), List.of()));
  }

  /**
   * The most pages the body of the PDF brief takes, however large the model: what does not fit is in the appendix
   * (summary tables, or everything with {@code --appendix full}). docs/brief.md says the same.
   */
  public static final int BODY_PAGE_CAP = 12;

  /**
   * The pilots in the order the body shows them: those with results first (decided, evaluating, running), then
   * those agreed, then drafts, each in the model's order.
   */
  static List<Pilot> byResults(List<Pilot> pilots) {
    List<Pilot> out = new ArrayList<>(pilots);
    out.sort(java.util.Comparator.comparingInt((Pilot p) -> p.getStatus() == null ? 0 : p.getStatus().getValue())
        .reversed());
    return out;
  }

  static BriefContext context(StrategyModel model, BriefOptions options, IProgressMonitor monitor) {
    return context(model, options, BriefContext.Body.DEFAULT, monitor);
  }

  static BriefContext context(StrategyModel model, BriefOptions options, BriefContext.Body body,
      IProgressMonitor monitor) {
    SubMonitor sub = SubMonitor.convert(monitor, "Evidence and checks", 3);
    List<Pilot> pilots = pilots(model, options);
    Map<Pilot, PilotEvidence> evidence = new LinkedHashMap<>();
    for (Pilot p : pilots) {
      evidence.put(p, PilotEvidence.of(p, options.today(), BriefText.of(options).locale()));
    }
    sub.worked(1);
    checkCanceled(sub);
    AnalysisEngine engine = new AnalysisEngine(model, AnalysisRegistry.installed(), options::today, 5000)
        .language(BriefText.of(options).locale()); // the findings of the appendix in the brief's language
    FindingsSnapshot snapshot;
    try {
      snapshot = engine.runNow();
    } finally {
      engine.dispose();
    }
    sub.worked(1);
    checkCanceled(sub);
    return new BriefContext(model, options, pilots, evidence, snapshot.findings(),
        new Privacy(model, options.includeNames()), snapshot.failures().stream().map(AnalysisFailure::message).toList(),
        pilots, body).withBody(body);
  }

  private static void checkCanceled(IProgressMonitor m) {
    if (m.isCanceled()) {
      throw new OperationCanceledException();
    }
  }

  /** The brief as XHTML. */
  public static String html(StrategyModel model, BriefOptions options, IProgressMonitor monitor) {
    return document(model, options, false, monitor).html;
  }

  /** What the brief of {@code model} would leave out: sections that fail, checks that did not run (for tests). */
  public static List<String> problems(StrategyModel model, BriefOptions options) {
    return document(model, options, false, null).problems();
  }

  /** The brief, its figures (for the PDF), what produced it, and what is missing from it (each a sentence). */
  private record Document(String html, List<Figure> figures, String title, List<Provenance.Contribution> producedBy,
      List<String> problems) {
  }

  /** Where brief sections run: contained like analyses (time, memory, no System.exit). */
  private static final ContainedPool SECTIONS = new ContainedPool("Wedge brief section", 1);

  /** How long one section may take (default two minutes; {@code wedge.report.sectionTimeLimitMs}). */
  static long sectionTimeLimitMillis() {
    return Long.getLong("wedge.report.sectionTimeLimitMs", 120_000);
  }

  /** A brief written to a file, and what produced it (the sections written and the analyses it shows). */
  public record Written(Path target, long bytes, List<Provenance.Contribution> producedBy, List<String> problems) {
  }

  /** Replaced by what produced the brief once every section is written. */
  private static final String GENERATOR = "\u0000generator\u0000";

  private static Document document(StrategyModel model, BriefOptions options, boolean forPdf,
      IProgressMonitor monitor) {
    return document(model, options, BriefContext.Body.DEFAULT, forPdf, monitor);
  }

  private static Document document(StrategyModel model, BriefOptions options, BriefContext.Body body, boolean forPdf,
      IProgressMonitor monitor) {
    SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
        "Writing the executive brief", 10);
    return document(context(model, options, body, sub.split(2)), forPdf, sub.split(8));
  }

  /** The brief of {@code c} (evidence and findings worked out once, for every layout of it). */
  private static Document document(BriefContext c, boolean forPdf, IProgressMonitor monitor) {
    BriefOptions options = c.options();
    List<ReportSections.Entry> sections = ReportSections.installed();
    SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
        "Writing the executive brief", sections.size());
    Html out = new Html(forPdf, c.privacy()::text);
    BriefText t = BriefText.of(options);
    out.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + t.tag()
        + "\"><head><meta charset=\"UTF-8\"/>");
    out.element("title", null, t.get("brief.title", c.organization()));
    out.raw("<meta name=\"generator\" content=\"" + GENERATOR + "\"/>");
    // the PDF's subject (PDF/UA asks for a description), the page's description
    out.raw("<meta name=\"" + (forPdf ? "subject" : "description") + "\" content=\"").text(t.get("brief.subject",
        c.organization())).raw("\"/>");
    String css = BriefText.pageCounter(BriefLayout.css(options, t.get("brief.running", c.privacy().text(c.organization()),
        t.date(options.today()))), t);
    // written as is: a style sheet without & and < reads the same to an XML parser (the PDF) and a browser
    if (css.indexOf('&') >= 0 || css.indexOf('<') >= 0) {
      throw new IllegalStateException("the brief's style sheet must not contain & or <");
    }
    out.raw("<style>").raw(css).raw("</style></head><body>");
    boolean inMain = false;
    List<ReportSections.Entry> written = new ArrayList<>();
    List<String> problems = new ArrayList<>(c.failedChecks());
    for (ReportSections.Entry e : sections) {
      SubMonitor step = sub.split(1);
      String name = e.name() == null ? e.id() : e.name();
      step.setTaskName(name);
      // landmarks: the cover is the page's header, every other section a region of its main part
      boolean cover = ReportSections.isCover(e);
      if (cover) {
        out.raw(inMain ? "</main><header>" : "<header>");
        inMain = false;
      } else if (!inMain) {
        out.raw("<main>");
        inMain = true;
      }
      int before = out.mark()[0];
      String failed = writeSection(e, out, c, step);
      if (failed == null) {
        if (out.mark()[0] > before) { // a section that wrote nothing did not produce the brief
          written.add(e);
        }
      } else {
        // a failing section does not cost the whole brief: what it wrote is left out and the gap is explained
        String sentence = t.get("brief.sectionFailed", name, e.contributor(), failed);
        out.element("p", "failed", sentence);
        problems.add(sentence);
      }
      if (cover) {
        out.raw("</header>");
      }
    }
    List<Provenance.Contribution> producedBy = BriefProvenance.of(written, c.findings());
    String sentence = BriefProvenance.sentence(producedBy);
    if (inMain) {
      out.raw("</main>");
    }
    out.raw("<footer>");
    out.element("p", "colophon", t.get("brief.producedBy", sentence));
    if (!forPdf) { // on paper the running footer of every page says it
      out.element("p", null, t.get("brief.writtenWith", t.german() ? t.date(options.today())
          : String.valueOf(options.today()), c.organization()));
    }
    out.raw("</footer>");
    out.raw("</body></html>\n");
    String html = out.toString().replace(GENERATOR, Html.esc(sentence));
    return new Document(html, List.copyOf(out.figures()), t.get("brief.title", c.privacy().text(c.organization())), producedBy,
        List.copyOf(problems));
  }

  /**
   * Writes one section into a part of its own, on a contained thread within {@link #sectionTimeLimitMillis()}, and
   * adds it to {@code out} when it is complete; returns null, or why it could not be written.
   */
  private static String writeSection(ReportSections.Entry e, Html out, BriefContext c, IProgressMonitor monitor) {
    Html part = out.part();
    long limit = sectionTimeLimitMillis();
    Task<Void> task = SECTIONS.submit("the report section '" + e.id() + "'", Limits.of(limit), () -> {
      // what the method's rules and the map write into a section, in the brief's language
      return dev.wedge.core.text.Localized.in(BriefText.of(c.options()).locale(), () -> {
        e.section().write(part, c);
        return (Void) null;
      });
    });
    try {
      while (!task.await(50)) {
        if (monitor.isCanceled()) {
          task.stop("the brief was cancelled");
          if (!task.await(1000)) {
            SECTIONS.abandon(task);
          }
          throw new OperationCanceledException();
        }
        if (task.started() && task.elapsedMillis() > limit) {
          task.stop("took longer than " + (limit % 1000 == 0 ? limit / 1000 + " s" : limit + " ms"));
          if (!task.await(1000)) {
            SECTIONS.abandon(task);
            return task.stopped() + " and did not stop when asked";
          }
        }
      }
    } catch (InterruptedException x) {
      Thread.currentThread().interrupt();
      task.stop("the brief was cancelled");
      throw new OperationCanceledException();
    }
    Throwable x = task.failure();
    if (x instanceof OperationCanceledException oce) {
      throw oce;
    }
    if (task.stopped() != null) {
      return task.stopped();
    }
    if (x != null) {
      Failures.log("The report section '" + e.id() + "' of " + e.contributor() + " failed", x);
      return x instanceof StackOverflowError ? "it recursed without end" : x instanceof OutOfMemoryError
          ? "it ran out of memory" : dev.wedge.core.persistence.Words.of(x);
    }
    out.append(part);
    return null;
  }

  /** The brief as PDF. */
  public static byte[] pdf(StrategyModel model, BriefOptions options, IProgressMonitor monitor) throws IOException {
    return renderPdf(model, options, monitor).content();
  }

  private record Rendered(byte[] content, List<Provenance.Contribution> producedBy, List<String> problems) {
  }

  private static Rendered renderPdf(StrategyModel model, BriefOptions options, IProgressMonitor monitor)
      throws IOException {
    SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
        "Writing the executive brief", 10);
    BriefContext.Body body = BriefContext.Body.DEFAULT;
    BriefContext c = context(model, options, body, sub.split(1));
    Document doc = document(c, true, sub.split(3));
    sub.setTaskName("Laying out the PDF");
    byte[] laid = BriefLayout.layout(doc.html(), doc.figures());
    // the body keeps within its page cap: laid out again with less of each kind in it while it runs over
    int pages = BriefLayout.bodyPages(laid);
    while (pages > BODY_PAGE_CAP && !body.equals(body.halved())) {
      body = body.halved();
      doc = document(c.withBody(body), true, null);
      laid = BriefLayout.layout(doc.html(), doc.figures());
      pages = BriefLayout.bodyPages(laid);
    }
    List<String> problems = doc.problems();
    if (pages > BODY_PAGE_CAP) {
      problems = new ArrayList<>(problems);
      problems.add("The body of the brief takes " + pages + " pages, more than the " + BODY_PAGE_CAP + " it is kept to,"
          + " with a single pilot and metric in it; a section writes more than a page can hold.");
    }
    sub.worked(6);
    return new Rendered(BriefProvenance.stamp(laid, doc.title(),
        BriefProvenance.sentence(doc.producedBy()), options.today()), doc.producedBy(), List.copyOf(problems));
  }

  /**
   * Writes the brief to {@code target} ("html" or "pdf"): to a temporary file beside it, then moved into place, so
   * an existing file is never left half-written.
   */
  public static void write(StrategyModel model, BriefOptions options, String format, Path target,
      IProgressMonitor monitor) throws IOException {
    writeBrief(model, options, format, target, monitor);
  }

  /** As {@link #write}, and says what produced the brief. */
  public static Written writeBrief(StrategyModel model, BriefOptions options, String format, Path target,
      IProgressMonitor monitor) throws IOException {
    Rendered rendered;
    if (format.equals("pdf")) {
      rendered = renderPdf(model, options, monitor);
    } else {
      Document d = document(model, options, false, monitor);
      rendered = new Rendered(d.html().getBytes(StandardCharsets.UTF_8), d.producedBy(), d.problems());
    }
    byte[] content = rendered.content();
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dev.wedge.core.persistence.TempFiles.beside(target, ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(content);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return new Written(target, content.length, rendered.producedBy(), rendered.problems());
  }
}
