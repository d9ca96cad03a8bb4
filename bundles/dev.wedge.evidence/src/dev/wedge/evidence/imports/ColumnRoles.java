package dev.wedge.evidence.imports;

/**
 * The options that give one column of a CSV file a role, as the import's Columns tab does: the column named by its
 * number takes the role, and the role it had before is let go (a cohort, subject or note column becomes "none", a
 * date or value column goes back to being found from the file), so no column is read for two things.
 */
public final class ColumnRoles {

  private ColumnRoles() {
  }

  /**
   * {@code options} with column {@code index} (0-based) in the role {@code role}; {@code read} is how the file was
   * read with them (null when it could not be read: then only the new role is set).
   */
  public static CsvOptions assign(CsvOptions options, CsvImport.Details read, int index, CsvImport.Role role) {
    String column = String.valueOf(index + 1);
    CsvOptions o = options;
    if (read != null && index < read.columns().size()) {
      CsvImport.Column had = read.columns().get(index);
      if (had.role() != role) {
        o = switch (had.role()) {
          case COHORT -> o.withCohortColumn("none");
          case SUBJECT -> o.withSubjectColumn("none");
          case NOTE -> o.withNoteColumn("none");
          case DATE -> o.withDateColumn(null);
          case VALUE -> o.withValueColumn(null);
          default -> o;
        };
      }
    }
    return switch (role) {
      case DATE -> o.withDateColumn(column);
      case VALUE -> o.withValueColumn(column);
      case COHORT -> o.withCohortColumn(column);
      case SUBJECT -> o.withSubjectColumn(column);
      case NOTE -> o.withNoteColumn(column);
      default -> o;
    };
  }
}
