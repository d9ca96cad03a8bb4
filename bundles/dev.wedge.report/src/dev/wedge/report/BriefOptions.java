package dev.wedge.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a brief contains and how it looks.
 *
 * @param pilotId      one pilot (id or name) instead of all, or null
 * @param includeNames people's names as written in the model (default: replaced by their roles)
 * @param includePersonalData individual measurements (default: cohort averages only)
 * @param organization the name on the cover (default: the model's organization)
 * @param accent       the brief's colour, "#1f3864" (default: Wedge's blue)
 * @param logo         a PNG or JPEG for the cover, or null
 * @param today        the date the brief is written for (evidence "so far", the date on the cover)
 * @param paper        the page size of the PDF, and of the HTML when printed
 * @param appendix     what the appendix holds of what the body leaves out: summary tables, or every item
 * @param language     the language the brief is written in ({@link BriefText#LANGUAGES}; default English)
 */
public record BriefOptions(String pilotId, boolean includeNames, boolean includePersonalData, String organization,
    String accent, Path logo, LocalDate today, Paper paper, Appendix appendix, Locale language) {

  /**
   * The appendix after the body of the brief (whose length is capped at {@link Briefs#BODY_PAGE_CAP} pages): what
   * the body leaves out, condensed into summary tables (the default) or listed in full.
   */
  public enum Appendix {
    CONDENSED("condensed"), FULL("full");

    private final String word;

    Appendix(String word) {
      this.word = word;
    }

    /** As written on the command line ({@code --appendix condensed|full}). */
    public String word() {
      return word;
    }
  }

  /** In English, as before the brief had a language. */
  public BriefOptions(String pilotId, boolean includeNames, boolean includePersonalData, String organization,
      String accent, Path logo, LocalDate today, Paper paper, Appendix appendix) {
    this(pilotId, includeNames, includePersonalData, organization, accent, logo, today, paper, appendix,
        Locale.ENGLISH);
  }

  /** As before the appendix had a choice: condensed. */
  public BriefOptions(String pilotId, boolean includeNames, boolean includePersonalData, String organization,
      String accent, Path logo, LocalDate today, Paper paper) {
    this(pilotId, includeNames, includePersonalData, organization, accent, logo, today, paper, Appendix.CONDENSED);
  }

  /** Page sizes. */
  public enum Paper {
    A4("A4"), LETTER("letter");

    private final String css;

    Paper(String css) {
      this.css = css;
    }

    /** The CSS {@code @page} size. */
    public String css() {
      return css;
    }
  }

  public static final String DEFAULT_ACCENT = "#1f3864";

  public BriefOptions {
    if (accent == null || accent.isBlank()) {
      accent = DEFAULT_ACCENT;
    }
    if (paper == null) {
      paper = Paper.A4;
    }
    if (appendix == null) {
      appendix = Appendix.CONDENSED;
    }
    language = BriefText.supported(language);
  }

  public static BriefOptions defaults() {
    return new BriefOptions(null, false, false, null, DEFAULT_ACCENT, null,
        dev.wedge.core.session.ModelSessions.getDefault().today(null), Paper.A4);
  }

  public BriefOptions withPilot(String id) {
    return new BriefOptions(id, includeNames, includePersonalData, organization, accent, logo, today, paper, appendix,
        language);
  }

  public BriefOptions withNames(boolean names, boolean personalData) {
    return new BriefOptions(pilotId, names, personalData, organization, accent, logo, today, paper, appendix, language);
  }

  public BriefOptions withBranding(String org, String color, Path logoFile) {
    return new BriefOptions(pilotId, includeNames, includePersonalData, org, color, logoFile, today, paper, appendix,
        language);
  }

  public BriefOptions withPaper(Paper size) {
    return new BriefOptions(pilotId, includeNames, includePersonalData, organization, accent, logo, today, size,
        appendix, language);
  }

  public BriefOptions withToday(LocalDate date) {
    return new BriefOptions(pilotId, includeNames, includePersonalData, organization, accent, logo, date, paper,
        appendix, language);
  }

  public BriefOptions withAppendix(Appendix kind) {
    return new BriefOptions(pilotId, includeNames, includePersonalData, organization, accent, logo, today, paper, kind,
        language);
  }

  /** The same brief in {@code locale}'s language (English when Wedge has no brief in it). */
  public BriefOptions withLanguage(Locale locale) {
    return new BriefOptions(pilotId, includeNames, includePersonalData, organization, accent, logo, today, paper,
        appendix, locale);
  }
}
