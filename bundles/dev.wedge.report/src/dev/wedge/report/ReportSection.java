package dev.wedge.report;

/**
 * One section of the executive brief, contributed through {@code dev.wedge.report.sections}: Wedge's own sections
 * use it too, so a consultancy can add its sections (ordered by {@code order}) or replace one of Wedge's, the cover
 * included ({@code replaces="cover"}). A section reads the model through the context and writes XHTML; names of
 * people go through {@link BriefContext#privacy()}.
 */
public interface ReportSection {

  /** Writes the section (nothing, to leave it out for this model). */
  void write(Html out, BriefContext context);
}
