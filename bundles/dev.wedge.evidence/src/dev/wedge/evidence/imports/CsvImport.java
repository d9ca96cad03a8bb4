package dev.wedge.evidence.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.model.Cohort;
import dev.wedge.model.ImportFormat;

/**
 * Measurements from CSV files as spreadsheets and HR systems export them (parsed by Apache Commons CSV). Everything
 * is inferred from all of the data, never from one row or one header: the character set from the bytes, the
 * separator from how consistently it splits the records, the decimal style from the value column's values, the date
 * order from every date, the date column from content (it parses as dates and varies more than an extract
 * timestamp does). What the data leave open is a {@link Question}; nothing is guessed.
 */
public final class CsvImport {

  /** What a column is used for. */
  public enum Role {
    DATE("date"), VALUE("value"), COHORT("cohort"), SUBJECT("subject"), NOTE("note"), IGNORED("not imported");

    private final String words;

    Role(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** One column of the file as the dialog shows it. */
  public record Column(int index, String name, Role role, int filled, String example) {

    /** "'Datum'" or "column 3". */
    public String label() {
      return name == null ? "column " + (index + 1) : "'" + name + "'";
    }
  }

  /** The CSV side of a preview: how the file was read and what each column is. */
  public record Details(TextDecoder.Decoding decoding, char separator, boolean header, DecimalStyle decimal,
      Dates.Order dateOrder, List<Column> columns) {

    /** The column with {@code role}, or null. */
    public Column column(Role role) {
      return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }
  }

  private CsvImport() {
  }

  /** The cohort a value stands for by its wording alone (pilot, Vergleich, control...), or null. */
  public static Cohort knownCohort(String value) {
    return CohortMapping.known(value);
  }

  /** The source name of a file: its name without extension and without the dates or numbers at its end. */
  public static String sourceOf(String fileName) {
    String n = fileName == null ? "" : fileName.strip();
    int dot = n.lastIndexOf('.');
    if (dot > 0) {
      n = n.substring(0, dot);
    }
    String s = n.replaceAll("(([-_ .]+(\\d{4}([-_.]?\\d{1,2}){0,2}|\\d{1,2}|[qQ][1-4]))|\\s*\\(\\d+\\))+$", "")
        .strip();
    return s.isEmpty() ? n : s;
  }

  /** Reads {@code bytes} (the whole file) with what {@code options} say, inferring the rest. */
  public static ImportPreview analyse(byte[] bytes, String fileName, CsvOptions options, ImportTarget target) {
    return new Reading(bytes, fileName, options, target, ImportFormat.CSV).run();
  }

  /** Reads text pasted from a spreadsheet (tab-separated, or as copied from a CSV). */
  public static ImportPreview analysePasted(String text, CsvOptions options, ImportTarget target) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new Reading(bytes, "pasted rows", options.encoding() == null ? options.withEncoding(
        java.nio.charset.StandardCharsets.UTF_8) : options, target, ImportFormat.PASTE).run();
  }

  /** One analysis of one file. */
  private static final class Reading {
    private final byte[] bytes;
    private final String fileName;
    private final CsvOptions o;
    private final ImportTarget target;
    private final ImportFormat format;
    private final String sha;
    private final List<Question> questions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final CohortMapping cohorts;
    private final ColumnChoice choice;

    Reading(byte[] bytes, String fileName, CsvOptions options, ImportTarget target, ImportFormat format) {
      this.bytes = bytes;
      this.fileName = fileName;
      this.o = options;
      this.target = target;
      this.format = format;
      this.sha = ImportFiles.sha256(bytes);
      this.cohorts = new CohortMapping(options.cohortMap(), target.remembered());
      this.choice = new ColumnChoice(fileName, target, cohorts, questions, notes);
    }

    private ImportPreview fatal(String why) {
      return ImportPreview.fatal(format, fileName, sha, bytes.length, why);
    }

    ImportPreview run() {
      TextDecoder.Decoding decoding = o.encoding() != null ? TextDecoder.chosen(bytes, o.encoding())
          : TextDecoder.detect(bytes);
      if (decoding.question() != null) {
        questions.add(decoding.question());
      }
      if (decoding.unreadable() > 0) {
        notes.add(decoding.unreadable() + (decoding.unreadable() == 1 ? " byte sequence" : " byte sequences")
            + " cannot be read as " + TextDecoder.name(decoding.charset()) + " (the first on line "
            + decoding.firstUnreadableLine() + "); they show as \ufffd. If the text looks wrong, choose the file's"
            + " character set.");
      }
      String text = TextDecoder.text(bytes, decoding);
      if (text.isBlank()) {
        return fatal(fileName + " is empty.");
      }

      char separator;
      if (o.separator() != null) {
        separator = o.separator();
      } else {
        Character s = CsvRecords.separator(text);
        if (s == null) {
          return fatal("No separator splits the lines of " + fileName + " into columns (tried ',', ';', tab and"
              + " '|'): a measurement needs a date and a value in columns of their own.");
        }
        separator = s;
      }
      CsvRecords csv = new CsvRecords(text, separator);
      List<String[]> records = csv.records;
      List<Integer> lines = csv.lines;
      if (records.isEmpty()) {
        return fatal(fileName + " has no rows.");
      }
      boolean header = o.header() != null ? o.header() : csv.looksLikeHeader();
      int width = records.stream().mapToInt(r -> r.length).max().orElse(0);
      String[] names = new String[width];
      if (header) {
        String[] h = records.get(0);
        for (int i = 0; i < width; i++) {
          names[i] = i < h.length && !h[i].isBlank() ? h[i].strip() : null;
        }
      }
      int first = header ? 1 : 0;
      if (records.size() <= first) {
        return fatal(fileName + " has a header but no rows.");
      }
      ColumnProfile[] profiles = new ColumnProfile[width];
      for (int c = 0; c < width; c++) {
        profiles[c] = new ColumnProfile(c, names[c]);
      }
      for (int r = first; r < records.size(); r++) {
        String[] rec = records.get(r);
        for (int c = 0; c < width; c++) {
          profiles[c].add(c < rec.length ? rec[c] : "", lines.get(r));
        }
      }

      // roles
      Role[] roles = new Role[width];
      Arrays.fill(roles, Role.IGNORED);
      String problem;
      Integer date = ColumnChoice.column(o.dateColumn(), names, "date");
      if (date == null && o.dateColumn() != null && !o.dateColumn().equalsIgnoreCase("none")) {
        return fatal(ColumnChoice.noSuchColumn(o.dateColumn(), names, "date"));
      }
      if (date == null) {
        Object d = choice.chooseDate(profiles);
        if (d instanceof String why) {
          return fatal(why);
        }
        date = (Integer) d;
      }
      if (date != null && date >= 0) {
        roles[date] = Role.DATE;
      }
      Integer value = ColumnChoice.column(o.valueColumn(), names, "value");
      if (value == null && o.valueColumn() != null) {
        return fatal(ColumnChoice.noSuchColumn(o.valueColumn(), names, "value"));
      }
      if (value == null) {
        Object v = choice.chooseValue(profiles, date == null ? -1 : date);
        if (v instanceof String why) {
          return fatal(why);
        }
        value = (Integer) v;
      }
      if (value != null && value >= 0) {
        if (date != null && value.intValue() == date.intValue()) {
          return fatal("The same column (" + profiles[value].label() + ") cannot be both the date and the value.");
        }
        roles[value] = Role.VALUE;
      }
      int cohort = choice.optional(o.cohortColumn(), names, roles, "cohort", () -> choice.chooseCohort(profiles,
          roles));
      if (cohort == -2) {
        return fatal(ColumnChoice.noSuchColumn(o.cohortColumn(), names, "cohort"));
      }
      if (cohort >= 0) {
        roles[cohort] = Role.COHORT;
      }
      int subject = choice.optional(o.subjectColumn(), names, roles, "subject", () -> choice.chooseSubject(
          profiles, roles));
      if (subject == -2) {
        return fatal(ColumnChoice.noSuchColumn(o.subjectColumn(), names, "subject"));
      }
      if (subject >= 0) {
        roles[subject] = Role.SUBJECT;
      }
      int note = choice.optional(o.noteColumn(), names, roles, "note", () -> choice.chooseNote(profiles, roles));
      if (note == -2) {
        return fatal(ColumnChoice.noSuchColumn(o.noteColumn(), names, "note"));
      }
      if (note >= 0) {
        roles[note] = Role.NOTE;
      }

      // decimal style and date order
      FileStyle style = FileStyle.decide(o.decimal(), o.dateOrder(), value != null && value >= 0 ? profiles[value]
          : null, date != null && date >= 0 ? profiles[date] : null, questions, notes);
      DecimalStyle decimal = style.decimal();
      boolean wholeNumbers = style.wholeNumbers();
      Dates.Order order = style.order();
      boolean orderMatters = style.orderMatters();
      if (target.earlier().containsKey(sha) && !o.again()) {
        questions.add(new Question(Question.Topic.AGAIN, "This very file (the same SHA-256) was already imported"
            + " into " + (target.metricName() == null ? "the metric" : "'" + target.metricName() + "'") + ": "
            + target.earlier().get(sha) + ". Importing it again counts each of its rows twice.", List.of(
                new Question.Answer("import it again", "again"))));
      }

      // cohorts
      String source = o.source() != null && !o.source().isBlank() ? o.source().strip()
          : target.source() != null ? target.source() : sourceOf(fileName);
      Map<String, Cohort> mapping = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (cohort >= 0) {
        ColumnProfile p = profiles[cohort];
        for (Map.Entry<String, Integer> e : p.valueCounts().entrySet()) {
          String v = e.getKey();
          counts.put(v, e.getValue());
          Optional<Cohort> c = cohorts.mapped(v);
          if (c != null) {
            mapping.put(v, c.orElse(null));
          }
        }
        Map<String, Integer> unmapped = new LinkedHashMap<>(counts);
        unmapped.keySet().removeAll(mapping.keySet());
        if (!unmapped.isEmpty()) {
          StringBuilder list = new StringBuilder();
          StringBuilder option = new StringBuilder();
          unmapped.forEach((v, n) -> {
            list.append(list.length() == 0 ? "" : ", ").append('\'').append(v).append("' (").append(n).append(
                n == 1 ? " row)" : " rows)");
            option.append(option.length() == 0 ? "" : ",").append(v.replace(",", "\\,").replace("=", "\\="))
                .append("=?");
          });
          questions.add(new Question(Question.Topic.COHORT, "Which cohort is each value of " + p.label()
              + "? Wedge cannot tell what " + list + " stand" + (unmapped.size() == 1 ? "s" : "")
              + " for: map each to pilot, comparison or all (or leave its rows out), or import the file without a"
              + " cohort column.", List.of(new Question.Answer("each ? one of pilot, comparison, all or leave-out", option.toString()))));
        }
      }

      // subject keys
      SubjectKeys keys = null;
      if (subject >= 0) {
        try {
          keys = target.keys() == null ? null : target.keys().get();
        } catch (ImportException e) {
          return fatal(e.getMessage());
        }
        if (keys == null) {
          return fatal("Subject keys cannot be made here (no salt): import without the subject column.");
        }
        if (!target.earlierSalts().isEmpty() && !target.earlierSalts().contains(keys.fingerprint())) {
          notes.add("Earlier imports into this metric made their subject keys with another salt ("
              + String.join(", ", target.earlierSalts()) + "; this one is " + keys.fingerprint() + "): the same"
              + " person gets a different key, so before and after will not pair. Use the salt file of those imports"
              + " (" + SubjectKeys.FILE_ENV + ").");
        }
      }

      // rows
      List<PreviewRow> rows = new ArrayList<>(records.size() - first);
      Map<String, String> keyCache = new HashMap<>();
      for (int r = first; r < records.size(); r++) {
        String[] rec = records.get(r);
        int line = lines.get(r);
        rows.add(CsvRows.row(rec, line, date, value, cohort, subject, note, decimal, order, mapping, keys, keyCache,
            profiles, o.fixedCohort(), target));
      }
      CsvRows.flagImplausible(rows, target, o.implausible(), questions, notes);

      // the line to confirm
      List<Column> columns = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        columns.add(new Column(c, names[c], roles[c], profiles[c].filled, profiles[c].example));
      }
      StringBuilder settings = new StringBuilder();
      settings.append(decoding.describe());
      settings.append(", separator ").append(separatorWords(separator));
      settings.append(header ? ", header row" : ", no header row");
      settings.append(", ").append(decimal == null ? "decimal mark to be chosen" : wholeNumbers ? "whole numbers"
          : decimal.words() + (o.decimal() != null ? " (chosen)" : ""));
      if (date != null && date >= 0) {
        ColumnProfile p = profiles[date];
        if (p.numeric > 0) {
          settings.append(", ").append(order == null ? "date order to be chosen" : !orderMatters
              ? "day and month equal in every date" : order.words() + (o.dateOrder() != null ? " (chosen)" : ""));
        } else if (p.dotted > 0) {
          settings.append(", ").append(Dates.Order.DAY_FIRST.words());
        } else if (p.iso > 0) {
          settings.append(", ISO dates");
        }
        if (p.twoDigitYears > 0) {
          settings.append(" (two-digit years as 20yy)");
        }
      }
      StringBuilder map = new StringBuilder();
      for (Role role : new Role[] {Role.DATE, Role.VALUE, Role.COHORT, Role.SUBJECT, Role.NOTE}) {
        for (Column c : columns) {
          if (c.role() == role) {
            map.append(map.length() == 0 ? "" : ", ").append(role.words()).append(" column ").append(c.label());
            if (chosen(o, role)) {
              map.append(" (chosen)");
            }
            if (role == Role.COHORT && !mapping.isEmpty()) {
              map.append(" (");
              int i = 0;
              for (Map.Entry<String, Cohort> e : mapping.entrySet()) {
                map.append(i++ == 0 ? "" : ", ").append(e.getKey().isEmpty() ? "(empty)" : e.getKey()).append(" = ")
                    .append(e.getValue() == null ? "left out" : e.getValue().getLiteral().toLowerCase(Locale.ROOT));
              }
              map.append(')');
            }
            if (role == Role.SUBJECT) {
              map.append(" (as salted keys)");
            }
          }
        }
      }
      if (cohort < 0) {
        Cohort fixed = o.fixedCohort() == null ? Cohort.ALL : o.fixedCohort();
        map.append(map.length() == 0 ? "" : ", ").append("every row ").append(fixed.getLiteral().toLowerCase(
            Locale.ROOT));
      }
      Details details = new Details(decoding, separator, header, decimal, order, List.copyOf(columns));
      return new ImportPreview(format, fileName, sha, bytes.length, settings.toString(), map.toString(), questions,
          rows, csv.problems, notes, null, source, mapping, counts, keys == null ? null : keys.fingerprint(),
          details);
    }

  }

  static String separatorWords(char c) {
    return switch (c) {
      case '\t' -> "tab";
      case ' ' -> "space";
      default -> "'" + c + "'";
    };
  }

  /** Whether the user named the column of {@code role} (an option or the dialog), rather than the data. */
  private static boolean chosen(CsvOptions o, Role role) {
    String named = switch (role) {
      case DATE -> o.dateColumn();
      case VALUE -> o.valueColumn();
      case COHORT -> o.cohortColumn();
      case SUBJECT -> o.subjectColumn();
      case NOTE -> o.noteColumn();
      default -> null;
    };
    return named != null && !named.equalsIgnoreCase("none");
  }
}
