package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.wedge.core.method.MeasurementRules;
import dev.wedge.core.text.Dates;
import dev.wedge.core.text.DecimalStyle;
import dev.wedge.core.text.Numbers;
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

  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  private static final Pattern DATE_NAME = Pattern.compile(
      "(?i)^(date|datum|day|tag|fecha|data|dag|datum der messung|measured( on| at)?|measurement date|messdatum|period|"
          + "periode|week|woche|month|monat|as of|stichtag|observed( on)?|when)$");
  private static final Pattern EXTRACT_NAME = Pattern.compile(
      "(?i).*(updated|modified|changed|extract|export|loaded|created|timestamp|stamp|ge(ä|ae)ndert|aktualisiert|"
          + "erstellt|run).*");
  private static final Pattern ID_NAME = Pattern.compile(
      "(?i).*(\\bid\\b|_id$|^id_|\\bnr\\b|nummer|number|\\bno\\.?$|\\bcode\\b|\\bplz\\b|\\bzip\\b|personal).*");
  private static final Pattern VALUE_NAME = Pattern.compile(
      "(?i).*(value|wert|score|result|ergebnis|measure|messwert|amount|betrag|rate|quote|kpi|days|tage|dagar).*");
  private static final Pattern COHORT_NAME = Pattern.compile(
      "(?i).*(cohort|kohorte|group|gruppe|grupp|arm|condition|bedingung|standort|site|location|\\bort\\b|pilot).*");
  private static final Pattern SUBJECT_NAME = Pattern.compile(
      "(?i).*(employee.?(id|number|no)|person.?(id|nr)|personal.?(nr|nummer)|mitarbeiter.?(id|nr)|learner.?id|"
          + "user.?id|worker.?id|staff.?id|subject|pseudonym|e-?mail).*");
  private static final Pattern NOTE_NAME = Pattern.compile(
      "(?i)^(note|notes|comment|comments|remark|remarks|bemerkung|bemerkungen|notiz|notizen|kommentar|anmerkung|"
          + "anteckning|kommentar)$");
  private static final Map<String, Cohort> KNOWN_COHORTS = known();

  private CsvImport() {
  }

  private static Map<String, Cohort> known() {
    Map<String, Cohort> m = new HashMap<>();
    for (String s : new String[] {"", "all", "everyone", "total", "overall", "gesamt", "alle", "insgesamt", "tous",
        "todos", "alla", "samtliga"}) {
      m.put(s, Cohort.ALL);
    }
    for (String s : new String[] {"pilot", "treatment", "test", "participants", "intervention", "pilot group",
        "pilotgruppe", "testgruppe", "versuchsgruppe", "teilnehmer", "pilotgrupp"}) {
      m.put(s, Cohort.PILOT);
    }
    for (String s : new String[] {"comparison", "control", "comparison group", "control group", "vergleich",
        "vergleichsgruppe", "kontrolle", "kontrollgruppe", "jämförelse", "jämförelsegrupp", "kontroll",
        "kontrollgrupp", "témoin", "contrôle", "groupe témoin"}) {
      m.put(s, Cohort.COMPARISON);
    }
    return Map.copyOf(m);
  }

  /** The cohort a value stands for by its wording alone (pilot, Vergleich, control...), or null. */
  public static Cohort knownCohort(String value) {
    return value == null ? null : KNOWN_COHORTS.get(value.strip().toLowerCase(Locale.ROOT));
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
    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private int[] lineStarts;
    private final List<String[]> records = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    Reading(byte[] bytes, String fileName, CsvOptions options, ImportTarget target, ImportFormat format) {
      this.bytes = bytes;
      this.fileName = fileName;
      this.o = options;
      this.target = target;
      this.format = format;
      this.sha = ImportFiles.sha256(bytes);
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
      indexLines(text);

      char separator;
      if (o.separator() != null) {
        separator = o.separator();
      } else {
        Character s = separator(text);
        if (s == null) {
          return fatal("No separator splits the lines of " + fileName + " into columns (tried ',', ';', tab and"
              + " '|'): a measurement needs a date and a value in columns of their own.");
        }
        separator = s;
      }
      parse(text, separator);
      if (records.isEmpty()) {
        return fatal(fileName + " has no rows.");
      }
      boolean header = o.header() != null ? o.header() : looksLikeHeader();
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
      Profile[] profiles = new Profile[width];
      for (int c = 0; c < width; c++) {
        profiles[c] = new Profile(c, names[c]);
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
      Integer date = column(o.dateColumn(), names, "date");
      if (date == null && o.dateColumn() != null && !o.dateColumn().equalsIgnoreCase("none")) {
        return fatal(noSuchColumn(o.dateColumn(), names, "date"));
      }
      if (date == null) {
        Object d = chooseDate(profiles);
        if (d instanceof String why) {
          return fatal(why);
        }
        date = (Integer) d;
      }
      if (date != null && date >= 0) {
        roles[date] = Role.DATE;
      }
      Integer value = column(o.valueColumn(), names, "value");
      if (value == null && o.valueColumn() != null) {
        return fatal(noSuchColumn(o.valueColumn(), names, "value"));
      }
      if (value == null) {
        Object v = chooseValue(profiles, date == null ? -1 : date);
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
      int cohort = optional(o.cohortColumn(), names, roles, "cohort", () -> chooseCohort(profiles, roles));
      if (cohort == -2) {
        return fatal(noSuchColumn(o.cohortColumn(), names, "cohort"));
      }
      if (cohort >= 0) {
        roles[cohort] = Role.COHORT;
      }
      int subject = optional(o.subjectColumn(), names, roles, "subject", () -> chooseSubject(profiles, roles));
      if (subject == -2) {
        return fatal(noSuchColumn(o.subjectColumn(), names, "subject"));
      }
      if (subject >= 0) {
        roles[subject] = Role.SUBJECT;
      }
      int note = optional(o.noteColumn(), names, roles, "note", () -> chooseNote(profiles, roles));
      if (note == -2) {
        return fatal(noSuchColumn(o.noteColumn(), names, "note"));
      }
      if (note >= 0) {
        roles[note] = Role.NOTE;
      }

      // decimal style and date order
      DecimalStyle decimal = o.decimal();
      boolean wholeNumbers = false;
      if (value != null && value >= 0 && decimal == null) {
        Profile p = profiles[value];
        if (p.point > 0 && p.comma == 0) {
          decimal = DecimalStyle.POINT;
        } else if (p.comma > 0 && p.point == 0) {
          decimal = DecimalStyle.COMMA;
        } else if (p.comma > 0 && p.point > 0) {
          questions.add(new Question(Question.Topic.DECIMAL, "The values of " + p.label() + " are written both"
              + " ways: " + p.comma + " can only be read with a decimal comma (like '" + p.commaExample + "', line "
              + p.commaLine + ") and " + p.point + " only with a decimal point (like '" + p.pointExample + "', line "
              + p.pointLine + "). Which is the file's style? The rows written the other way are then refused.",
              List.of(new Question.Answer("decimal comma ('" + p.commaExample + "' is " + read(p.commaExample,
                  DecimalStyle.COMMA) + ")", "comma"), new Question.Answer("decimal point ('" + p.pointExample
                      + "' is " + read(p.pointExample, DecimalStyle.POINT) + ")", "point"))));
        } else if (p.ambiguous > 0) {
          questions.add(new Question(Question.Topic.DECIMAL, "Is '" + p.ambiguousExample + "' (line "
              + p.ambiguousLine + ") " + read(p.ambiguousExample, DecimalStyle.COMMA) + " or " + read(
                  p.ambiguousExample, DecimalStyle.POINT) + "? Every value of " + p.label() + " with a decimal mark"
              + " has exactly three digits after it, so it can be a decimal mark or group thousands.",
              List.of(new Question.Answer("decimal comma: '" + p.ambiguousExample + "' is " + read(
                  p.ambiguousExample, DecimalStyle.COMMA), "comma"), new Question.Answer("decimal point: '"
                      + p.ambiguousExample + "' is " + read(p.ambiguousExample, DecimalStyle.POINT), "point"))));
        } else {
          decimal = DecimalStyle.POINT;
          wholeNumbers = true;
        }
      }
      Dates.Order order = o.dateOrder();
      boolean orderMatters = false;
      if (date != null && date >= 0) {
        Profile p = profiles[date];
        orderMatters = p.numeric > 0 && p.numeric > p.sameEitherWay;
        if (order == null && p.numeric > 0) {
          if (p.dayFirst > 0 && p.monthFirst == 0) {
            order = Dates.Order.DAY_FIRST;
            notes.add("Dates are day-first: '" + p.dayFirstExample + "' (line " + p.dayFirstLine
                + ") has a day above 12.");
          } else if (p.monthFirst > 0 && p.dayFirst == 0) {
            order = Dates.Order.MONTH_FIRST;
            notes.add("Dates are month-first: '" + p.monthFirstExample + "' (line " + p.monthFirstLine
                + ") has a day above 12 in second place.");
          } else if (p.dayFirst > 0) {
            questions.add(new Question(Question.Topic.DATE_ORDER, "The dates of " + p.label() + " are written both"
                + " ways: " + p.dayFirst + " can only be day-first (like '" + p.dayFirstExample + "', line "
                + p.dayFirstLine + ") and " + p.monthFirst + " only month-first (like '" + p.monthFirstExample
                + "', line " + p.monthFirstLine + "). Which is the file's order? The others are then refused.",
                List.of(new Question.Answer("day-first", "day-first"), new Question.Answer("month-first",
                    "month-first"))));
          } else if (!orderMatters) {
            order = Dates.Order.DAY_FIRST;
          } else {
            Dates.Shape s = Dates.shape(p.numericExample);
            String dayFirst = dateWords(s.year(), s.b(), s.a());
            String monthFirst = dateWords(s.year(), s.a(), s.b());
            questions.add(new Question(Question.Topic.DATE_ORDER, "Is '" + p.numericExample + "' (line "
                + p.numericLine + ") " + dayFirst + " or " + monthFirst + "? In all " + p.numeric + " dates of "
                + p.label() + " both numbers are 12 or less, so the data do not say which comes first.",
                List.of(new Question.Answer("day-first: " + dayFirst, "day-first"), new Question.Answer(
                    "month-first: " + monthFirst, "month-first"))));
          }
        }
      }
      if (order == null && date != null && date >= 0 && profiles[date].dotted > 0 && profiles[date].numeric == 0) {
        order = Dates.Order.DAY_FIRST; // dotted dates are day-first wherever dots are used
      }
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
        Profile p = profiles[cohort];
        for (Map.Entry<String, Integer> e : p.valueCounts().entrySet()) {
          String v = e.getKey();
          counts.put(v, e.getValue());
          Optional<Cohort> c = mapped(v);
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
        rows.add(row(rec, line, date, value, cohort, subject, note, decimal, order, mapping, keys, keyCache,
            profiles));
      }
      // plausibility
      List<PreviewRow> flagged = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        PreviewRow row = rows.get(i);
        if (row.refusal() == null && row.value() != null) {
          String why = target.implausible(row.value());
          if (why != null) {
            row = row.flagged(why);
            if (o.implausible() == CsvOptions.Implausible.LEAVE_OUT) {
              row = row.refused("left out: " + why);
            }
            rows.set(i, row);
            flagged.add(row);
          }
        }
      }
      if (!flagged.isEmpty()) {
        if (o.implausible() == null) {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < Math.min(3, flagged.size()); i++) {
            PreviewRow f = flagged.get(i);
            sb.append(i == 0 ? "" : "; ").append('\'').append(f.rawValue()).append("' (").append(f.where())
                .append(')');
          }
          questions.add(new Question(Question.Topic.IMPLAUSIBLE, flagged.size() + (flagged.size() == 1
              ? " value is" : " values are") + " far from what " + (target.metricName() == null ? "the metric"
                  : "'" + target.metricName() + "'") + " measures (" + target.referenceWords() + "): " + sb
              + (flagged.size() > 3 ? " and " + (flagged.size() - 3) + " more" : "") + ". A misread decimal mark or"
              + " unit looks like this. Import them anyway, or leave them out?", List.of(new Question.Answer(
                  "import them", "import"), new Question.Answer("leave them out", "leave-out"))));
        } else if (o.implausible() == CsvOptions.Implausible.IMPORT) {
          notes.add(flagged.size() + (flagged.size() == 1 ? " value" : " values") + " far from "
              + target.referenceWords() + ", imported on purpose (first: '" + flagged.get(0).rawValue() + "', "
              + flagged.get(0).where() + ").");
        }
      }

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
        Profile p = profiles[date];
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
          rows, fileProblems, notes, null, source, mapping, counts, keys == null ? null : keys.fingerprint(),
          details);
    }

    /** What {@code value} is mapped to: present (null inside: left out), or null when not mapped. */
    private Optional<Cohort> mapped(String value) {
      for (Map<String, Cohort> m : List.of(o.cohortMap(), target.remembered())) {
        if (m.containsKey(value)) {
          return Optional.ofNullable(m.get(value));
        }
        for (Map.Entry<String, Cohort> e : m.entrySet()) {
          if (e.getKey().strip().equalsIgnoreCase(value.strip())) {
            return Optional.ofNullable(e.getValue());
          }
        }
      }
      Cohort k = knownCohort(value);
      return k == null ? null : Optional.of(k);
    }

    private PreviewRow row(String[] rec, int line, Integer date, Integer value, int cohort, int subject, int note,
        DecimalStyle decimal, Dates.Order order, Map<String, Cohort> mapping, SubjectKeys keys,
        Map<String, String> keyCache, Profile[] profiles) {
      String where = "line " + line;
      String rawDate = cell(rec, date);
      String rawValue = cell(rec, value);
      String rawCohort = cohort >= 0 ? cell(rec, cohort) : null;
      String noteText = note >= 0 ? blankToNull(cell(rec, note)) : null;
      String subjectKey = null;
      if (subject >= 0 && keys != null) {
        String s = cell(rec, subject);
        if (s != null && !s.isBlank()) {
          subjectKey = keyCache.computeIfAbsent(s.strip(), keys::ofCell);
        }
      }
      Cohort c = o.fixedCohort() == null ? Cohort.ALL : o.fixedCohort();
      boolean leftOut = false;
      if (cohort >= 0) {
        String v = rawCohort == null ? "" : rawCohort;
        c = mapping.get(v);
        leftOut = mapping.containsKey(v) && c == null;
      }
      java.time.LocalDate d = null;
      Double x = null;
      String refusal = null;
      if (date < 0 || value < 0) {
        // a question about the columns is open: nothing is read or refused yet
      } else if (rawDate == null || rawValue == null) {
        int missing = rawDate == null ? date : value;
        refusal = "the row has " + rec.length + (rec.length == 1 ? " cell" : " cells") + "; the "
            + (rawDate == null ? "date" : "value") + " is expected in column " + (missing + 1) + " ("
            + profiles[missing].label() + ")";
      } else {
        Dates.Parsed pd = Dates.parse(rawDate, order);
        if (pd.date() != null) {
          d = pd.date();
          Optional<String> future = MeasurementRules.refusal(d, target.today());
          if (future.isPresent()) {
            refusal = future.get();
          }
        } else if (order != null || Dates.shape(rawDate).kind() != Dates.Kind.NUMERIC) {
          refusal = pd.refusal();
        }
        if (decimal != null) {
          Numbers.Parsed pv = Numbers.parse(rawValue, decimal);
          if (pv.ok()) {
            if (!Numbers.sameCurrency(pv.currency(), target.currency())) {
              refusal = refusal != null ? refusal : "'" + rawValue + "' is in " + pv.currency() + "; the model's"
                  + " amounts are in " + target.currency() + ": convert it before importing";
            } else {
              x = pv.value();
            }
          } else if (refusal == null) {
            refusal = pv.refusal();
          }
        }
        if (refusal == null && leftOut) {
          refusal = "left out: its cohort '" + rawCohort + "' is mapped to be left out";
        }
      }
      return new PreviewRow(line, where, rawDate, d, rawValue, x, rawCohort, c, subjectKey, noteText, null, refusal,
          null);
    }

    private static String cell(String[] rec, Integer column) {
      if (column == null || column < 0) {
        return null;
      }
      return column < rec.length ? rec[column] : null;
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }

    private void indexLines(String text) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '\n' || ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private int lineAt(long charPosition) {
      int i = Arrays.binarySearch(lineStarts, (int) charPosition);
      return (i >= 0 ? i : -i - 2) + 1;
    }

    private static CSVFormat format(char separator) {
      return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
    }

    /** The separator that splits the records most consistently into more than one column, or null. */
    private Character separator(String text) {
      Character best = null;
      double bestScore = -1;
      int bestWidth = 0;
      for (char s : SEPARATORS) {
        Map<Integer, Integer> widths = new HashMap<>();
        int n = 0;
        try (CSVParser p = CSVParser.parse(new StringReader(text), format(s))) {
          for (CSVRecord r : p) {
            if (n++ == 500) {
              break;
            }
            widths.merge(r.size(), 1, Integer::sum);
          }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
          continue; // this separator does not make the file valid CSV
        }
        if (n == 0) {
          continue;
        }
        int modal = 0;
        int modalCount = 0;
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
          if (e.getValue() > modalCount || e.getValue() == modalCount && e.getKey() > modal) {
            modal = e.getKey();
            modalCount = e.getValue();
          }
        }
        if (modal < 2) {
          continue;
        }
        double score = (double) modalCount / Math.min(n, 500);
        if (score > bestScore + 1e-9 || Math.abs(score - bestScore) < 1e-9 && modal > bestWidth) {
          best = s;
          bestScore = score;
          bestWidth = modal;
        }
      }
      return best;
    }

    private void parse(String text, char separator) {
      try (CSVParser p = CSVParser.parse(new StringReader(text), format(separator))) {
        for (CSVRecord r : p) {
          String[] cells = r.values();
          boolean blank = true;
          for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
            blank &= cells[i].isEmpty();
          }
          if (blank) {
            continue;
          }
          records.add(cells);
          lines.add(lineAt(r.getCharacterPosition()));
        }
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        int from = lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
        fileProblems.add(new ImportProblem(from, "from here on the file is not valid CSV (a quoted cell is not"
            + " closed, or a '\"' stands inside a cell that is not quoted), so the rest of the file is not read: correct"
            + " the quotes and import again"));
      }
    }

    private boolean looksLikeHeader() {
      if (records.size() < 2) {
        return false;
      }
      for (String cell : records.get(0)) {
        if (!cell.isEmpty() && (Dates.shape(cell).kind() != Dates.Kind.NONE || Numbers.evidence(cell)
            != Numbers.Evidence.NONE)) {
          return false;
        }
      }
      return true;
    }

    private Integer column(String spec, String[] names, String role) {
      if (spec == null || spec.equalsIgnoreCase("none")) {
        return null;
      }
      String s = spec.strip();
      for (int i = 0; i < names.length; i++) {
        if (names[i] != null && names[i].equals(s)) {
          return i;
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i] != null && names[i].equalsIgnoreCase(s)) {
          return i;
        }
      }
      if (s.matches("\\d{1,4}")) {
        int n = Integer.parseInt(s) - 1;
        if (n >= 0 && n < names.length) {
          return n;
        }
      }
      return null;
    }

    private static String noSuchColumn(String spec, String[] names, String role) {
      List<String> have = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        have.add(names[i] == null ? String.valueOf(i + 1) : "'" + names[i] + "'");
      }
      return "There is no column '" + spec + "' for the " + role + " (the file has " + String.join(", ", have)
          + "; a column can also be given by its number).";
    }

    /** Resolves an optional role: the chosen column, -1 for none, -2 when the named column does not exist. */
    private int optional(String spec, String[] names, Role[] roles, String role,
        java.util.function.IntSupplier infer) {
      if (spec != null && spec.equalsIgnoreCase("none")) {
        return -1;
      }
      if (spec != null) {
        Integer c = column(spec, names, role);
        return c == null ? -2 : c;
      }
      return infer.getAsInt();
    }

    private Object chooseDate(Profile[] profiles) {
      List<Profile> candidates = new ArrayList<>();
      for (Profile p : profiles) {
        if (p.isDate()) {
          candidates.add(p);
        }
      }
      if (candidates.isEmpty()) {
        return "No column of " + fileName + " holds dates (" + describeColumns(profiles) + "): a measurement needs"
            + " the date it was taken. Dates like 2026-03-02, 02.03.2026, 3/2/2026 or 2-Mar-26 are read.";
      }
      if (candidates.size() == 1) {
        return candidates.get(0).index;
      }
      List<Profile> measured = candidates.stream().filter(p -> p.name == null || !EXTRACT_NAME.matcher(p.name)
          .matches()).toList();
      List<Profile> pool = new ArrayList<>(measured.isEmpty() ? candidates : measured);
      pool.sort((a, b) -> Integer.compare(b.distinct(), a.distinct()));
      Profile top = pool.get(0);
      List<Profile> close = pool.stream().filter(p -> p.distinct() * 2 > top.distinct()).toList();
      List<String> demoted = candidates.stream().filter(p -> !pool.contains(p) || close.indexOf(p) < 0 && p != top)
          .map(Profile::label).toList();
      if (close.size() == 1) {
        if (!demoted.isEmpty()) {
          notes.add("Date column " + top.label() + " (" + top.distinct() + " different dates), not " + String.join(
              ", ", demoted) + " (" + (candidates.size() - 1 == 1 ? "it varies" : "they vary") + " less, or "
              + (candidates.size() - 1 == 1 ? "is" : "are") + " named like an extract time).");
        }
        return top.index;
      }
      List<Profile> named = close.stream().filter(p -> p.name != null && DATE_NAME.matcher(p.name).matches())
          .toList();
      if (named.size() == 1) {
        notes.add("Date column " + named.get(0).label() + " (named like one), not " + String.join(", ", close
            .stream().filter(p -> p != named.get(0)).map(Profile::label).toList()) + ".");
        return named.get(0).index;
      }
      questions.add(new Question(Question.Topic.DATE_COLUMN, "Which column holds the date each value was measured: "
          + String.join(" or ", close.stream().map(p -> p.label() + " (" + p.distinct() + " different dates)")
              .toList()) + "?", close.stream().map(p -> new Question.Answer(p.label(), p.name == null
                  ? String.valueOf(p.index + 1) : p.name)).toList()));
      return -1;
    }

    private Object chooseValue(Profile[] profiles, int date) {
      List<Profile> candidates = new ArrayList<>();
      for (Profile p : profiles) {
        if (p.index != date && p.isNumber() && !p.isDate() && !p.looksLikeId()) {
          candidates.add(p);
        }
      }
      if (candidates.isEmpty()) {
        return "No column of " + fileName + " holds numbers to import as values (" + describeColumns(profiles)
            + ").";
      }
      if (candidates.size() == 1) {
        return candidates.get(0).index;
      }
      int bestScore = -1;
      List<Profile> best = new ArrayList<>();
      for (Profile p : candidates) {
        int score = valueScore(p.name);
        if (score > bestScore) {
          bestScore = score;
          best.clear();
          best.add(p);
        } else if (score == bestScore) {
          best.add(p);
        }
      }
      if (bestScore > 0 && best.size() == 1) {
        notes.add("Value column " + best.get(0).label() + " (its name fits the metric), not " + String.join(", ",
            candidates.stream().filter(p -> p != best.get(0)).map(Profile::label).toList()) + ".");
        return best.get(0).index;
      }
      List<Profile> asked = bestScore > 0 ? best : candidates;
      questions.add(new Question(Question.Topic.VALUE_COLUMN, "Which column holds the values of " + (target
          .metricName() == null ? "the metric" : "'" + target.metricName() + "'") + ": " + String.join(" or ",
              asked.stream().map(p -> p.label() + (p.example == null ? "" : " (like " + p.example + ")")).toList())
          + "?", asked.stream().map(p -> new Question.Answer(p.label(), p.name == null ? String.valueOf(p.index + 1)
              : p.name)).toList()));
      return -1;
    }

    /** How well a header names the metric's values: its unit or name words (2 each), a generic value word (1). */
    private int valueScore(String name) {
      if (name == null) {
        return 0;
      }
      String n = name.toLowerCase(Locale.ROOT);
      int score = 0;
      for (String words : new String[] {target.unit(), target.metricName()}) {
        if (words == null) {
          continue;
        }
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}%]+")) {
          if ((w.length() >= 3 || w.equals("%")) && n.contains(w)) {
            score += 2;
            break;
          }
        }
      }
      if (VALUE_NAME.matcher(name).matches()) {
        score++;
      }
      return score;
    }

    private int chooseCohort(Profile[] profiles, Role[] roles) {
      int best = -1;
      int bestScore = 0;
      for (Profile p : profiles) {
        if (roles[p.index] != Role.IGNORED || p.filled == 0 || p.isNumber() || p.isDate() || p.valueCounts()
            .size() > 20 || p.tooMany) {
          continue;
        }
        int score = 0;
        for (String v : p.valueCounts().keySet()) {
          if (mapped(v) != null && !v.isEmpty()) {
            score += 2;
          }
        }
        if (p.name != null && COHORT_NAME.matcher(p.name).matches()) {
          score += 3;
        }
        if (score > bestScore) {
          bestScore = score;
          best = p.index;
        }
      }
      return best;
    }

    private int chooseSubject(Profile[] profiles, Role[] roles) {
      for (Profile p : profiles) {
        if (roles[p.index] == Role.IGNORED && p.filled > 0 && (p.name != null && SUBJECT_NAME.matcher(p.name)
            .matches() || p.emails * 2 > p.filled)) {
          return p.index;
        }
      }
      return -1;
    }

    private int chooseNote(Profile[] profiles, Role[] roles) {
      for (Profile p : profiles) {
        if (roles[p.index] == Role.IGNORED && p.name != null && NOTE_NAME.matcher(p.name).matches()) {
          return p.index;
        }
      }
      return -1;
    }

    private static String describeColumns(Profile[] profiles) {
      List<String> out = new ArrayList<>();
      for (Profile p : profiles) {
        out.add(p.label() + (p.example == null ? "" : " like '" + p.example + "'"));
        if (out.size() == 6) {
          out.add("...");
          break;
        }
      }
      return String.join(", ", out);
    }
  }

  static String separatorWords(char c) {
    return switch (c) {
      case '\t' -> "tab";
      case ' ' -> "space";
      default -> "'" + c + "'";
    };
  }

  private static String read(String cell, DecimalStyle style) {
    Numbers.Parsed p = Numbers.parse(cell, style);
    return p.ok() ? ImportTarget.number(p.value()) : "not a number";
  }

  private static String dateWords(int year, int month, int day) {
    try {
      return java.time.LocalDate.of(year, month, day).format(java.time.format.DateTimeFormatter.ofPattern(
          "d MMMM yyyy", Locale.ENGLISH));
    } catch (java.time.DateTimeException e) {
      return "not a date";
    }
  }

  /** What one column's cells are like, over every data row. */
  private static final class Profile {
    final int index;
    final String name;
    int filled;
    String example;
    int point;
    int comma;
    int ambiguous;
    int plain;
    int notNumber;
    String pointExample;
    int pointLine;
    String commaExample;
    int commaLine;
    String ambiguousExample;
    int ambiguousLine;
    int iso;
    int dotted;
    int numeric;
    int named;
    int notDate;
    int dayFirst;
    int monthFirst;
    int sameEitherWay;
    String dayFirstExample;
    int dayFirstLine;
    String monthFirstExample;
    int monthFirstLine;
    String numericExample;
    int numericLine;
    int twoDigitYears;
    int emails;
    boolean integers = true;
    boolean tooMany;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    Profile(int index, String name) {
      this.index = index;
      this.name = name;
    }

    String label() {
      return name == null ? "column " + (index + 1) : "'" + name + "'";
    }

    void add(String cell, int line) {
      if (!tooMany) {
        counts.merge(cell, 1, Integer::sum);
        if (counts.size() > 50_000) {
          tooMany = true;
        }
      }
      if (cell.isEmpty()) {
        return;
      }
      filled++;
      if (example == null) {
        example = cell.length() > 30 ? cell.substring(0, 29) + "\u2026" : cell;
      }
      if (SubjectKeys.looksLikeEmail(cell)) {
        emails++;
      }
      switch (Numbers.evidence(cell)) {
        case POINT -> {
          if (point++ == 0) {
            pointExample = cell;
            pointLine = line;
          }
          integers = false;
        }
        case COMMA -> {
          if (comma++ == 0) {
            commaExample = cell;
            commaLine = line;
          }
          integers = false;
        }
        case AMBIGUOUS -> {
          if (ambiguous++ == 0) {
            ambiguousExample = cell;
            ambiguousLine = line;
          }
          integers = false;
        }
        case PLAIN -> plain++;
        default -> {
          notNumber++;
          integers = false;
        }
      }
      Dates.Shape s = Dates.shape(cell);
      switch (s.kind()) {
        case ISO -> iso++;
        case DOTTED -> dotted++;
        case NUMERIC -> {
          if (numeric++ == 0) {
            numericExample = cell;
            numericLine = line;
          }
          if (s.onlyDayFirst() && dayFirst++ == 0) {
            dayFirstExample = cell;
            dayFirstLine = line;
          }
          if (s.onlyMonthFirst() && monthFirst++ == 0) {
            monthFirstExample = cell;
            monthFirstLine = line;
          }
          if (s.sameEitherWay()) {
            sameEitherWay++;
          }
        }
        case NAMED -> named++;
        default -> notDate++;
      }
      if (s.twoDigitYear()) {
        twoDigitYears++;
      }
    }

    boolean isNumber() {
      return filled > 0 && point + comma + ambiguous + plain > 0.5 * filled;
    }

    boolean isDate() {
      return filled > 0 && iso + dotted + numeric + named > 0.5 * filled;
    }

    /** Whole numbers, each different (an employee number), or a header saying it is an id. */
    boolean looksLikeId() {
      if (name != null && ID_NAME.matcher(name).matches()) {
        return true;
      }
      return integers && filled >= 5 && !tooMany && distinct() == filled && counts.keySet().stream().allMatch(
          k -> k.isEmpty() || k.length() >= 4);
    }

    int distinct() {
      return (int) counts.keySet().stream().filter(k -> !k.isEmpty()).count();
    }

    Map<String, Integer> valueCounts() {
      return counts;
    }
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
