package dev.wedge.evidence.imports;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import dev.wedge.core.method.PowerInterest;
import dev.wedge.core.text.ValueText;
import dev.wedge.model.Named;
import dev.wedge.model.StrategyModel;
import dev.wedge.model.WedgePackage;

/**
 * Initiatives or stakeholders from a spreadsheet saved as CSV, read with the measurement import's rules: the
 * character set and separator inferred from the whole file ({@link TextDecoder}, {@link CsvRecords}), a column given
 * its role by its header (or chosen by the user, by header or number, as {@link ColumnChoice} does), each cell read by
 * the rules typed values share ({@link ValueText}). A file that cannot be read right is refused whole with a sentence
 * that names the problem and the fix; a row that cannot be read is refused with its line and reason; what only the
 * user can answer (a name that is already in the model: update it or leave it) is a {@link Question}. The file is only
 * read, never written.
 */
public final class RosterImport {

  /** What the rows are. */
  public enum Kind {
    INITIATIVES(WedgePackage.Literals.STRATEGY_MODEL__INITIATIVES),
    STAKEHOLDERS(WedgePackage.Literals.STRATEGY_MODEL__STAKEHOLDERS);

    private final EReference feature;

    Kind(EReference feature) {
      this.feature = feature;
    }

    /** Where the rows go in the model. */
    public EReference feature() {
      return feature;
    }

    /** "initiatives", "stakeholders". */
    public String words() {
      return this == INITIATIVES ? Messages.Roster_Initiatives : Messages.Roster_Stakeholders;
    }

    /** "initiative" for one, "initiatives" for any other count (0 included). */
    public String words(long count) {
      if (count != 1) {
        return words();
      }
      return this == INITIATIVES ? Messages.Roster_Initiative : Messages.Roster_Stakeholder;
    }

    /** The columns read, in the order a template lists them (the name first). */
    List<Field> fields() {
      WedgePackage p = WedgePackage.eINSTANCE;
      return this == INITIATIVES ? List.of(
          new Field(p.getNamed_Name(), "name|title|initiative|bezeichnung|titel"),
          new Field(p.getNamed_Description(), "description|details|beschreibung"),
          new Field(p.getInitiative_Use(), "use|ai use|use case|einsatz|anwendung"),
          new Field(p.getInitiative_Intent(), "intent|purpose|aim|ziel|absicht"),
          new Field(p.getInitiative_Status(), "status|state|stage"),
          new Field(p.getInitiative_Owner(), "owner|lead|responsible|verantwortlich"),
          new Field(p.getInitiative_BusinessProblem(), "business problem|problem|geschaftsproblem"),
          new Field(p.getInitiative_UsesAiContent(), "uses ai content|ai content|ki inhalte"),
          new Field(p.getInitiative_RiskArea(), "risk area|risk|risiko")) : List.of(
          new Field(p.getNamed_Name(), "name|full name|person|stakeholder"),
          new Field(p.getStakeholder_Role(), "role|title|job title|position|rolle|funktion"),
          new Field(p.getStakeholder_Group(), "group|stakeholder group|gruppe"),
          new Field(p.getStakeholder_Influence(), "influence|power|einfluss"),
          new Field(p.getStakeholder_Interest(), "interest|interesse"),
          new Field(p.getStakeholder_Stance(), "stance|attitude|position on ai|haltung|einstellung"),
          new Field(p.getNamed_Description(), "description|notes|note|bemerkung|notiz"));
    }

    /** "name,role,group,influence,interest,stance,description": a header line that reads. */
    public String template() {
      return String.join(",", fields().stream().map(f -> f.header()).toList());
    }
  }

  /** What to do with a row whose name is already in the model. */
  public enum Existing {
    /** Set the values of the row's columns on the object of that name. */
    UPDATE,
    /** Leave the object as it is and skip the row. */
    SKIP;

    public static Existing ofOption(String s) {
      return s == null ? null : switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "update" -> UPDATE;
        case "skip" -> SKIP;
        default -> null;
      };
    }
  }

  /** One column Wedge reads: the feature and the header names that mean it (lower case, letters and spaces). */
  record Field(EAttribute feature, String names) {
    String header() {
      return names.split("\\|")[0].replace(' ', '-');
    }

    boolean matches(String header) {
      return Pattern.compile("^(" + names + ")$").matcher(normal(header)).matches();
    }
  }

  /**
   * What the user chose: the character set and separator (null: inferred), a column per feature name (a header or a
   * number, as {@code --date-column} takes them), and the answer for names already in the model (null: asked).
   */
  public record Options(Kind kind, Charset encoding, Character separator, Map<String, String> columns,
      Existing existing) {

    public static Options of(Kind kind) {
      return new Options(kind, null, null, Map.of(), null);
    }

    public Options withEncoding(Charset c) {
      return new Options(kind, c, separator, columns, existing);
    }

    public Options withSeparator(Character c) {
      return new Options(kind, encoding, c, columns, existing);
    }

    public Options withExisting(Existing e) {
      return new Options(kind, encoding, separator, columns, e);
    }

    /** With column {@code spec} (a header or a number from 1) read as {@code feature} (its name: "influence"). */
    public Options withColumn(String feature, String spec) {
      Map<String, String> m = new LinkedHashMap<>(columns);
      m.put(feature, spec);
      return new Options(kind, encoding, separator, Map.copyOf(m), existing);
    }
  }

  private RosterImport() {
  }

  /** Reads {@code bytes} (the whole file) against {@code model}; nothing is changed. */
  public static RosterPreview analyse(byte[] bytes, String fileName, Options o, StrategyModel model) {
    String sha = ImportFiles.sha256(bytes);
    List<Question> questions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    TextDecoder.Decoding decoding = o.encoding() != null ? TextDecoder.chosen(bytes, o.encoding())
        : TextDecoder.detect(bytes);
    if (decoding.question() != null) {
      questions.add(decoding.question());
    }
    String text = TextDecoder.text(bytes, decoding);
    if (text.isBlank()) {
      return RosterPreview.fatal(o.kind(), fileName, sha, NLS.bind(Messages.Roster_Empty, fileName,
          o.kind().template()));
    }
    Character found = o.separator() != null ? o.separator() : CsvRecords.separator(text);
    char separator = found == null ? ',' : found; // one column (names only) splits by nothing
    CsvRecords csv = new CsvRecords(text, separator);
    if (csv.records.isEmpty()) {
      return RosterPreview.fatal(o.kind(), fileName, sha, NLS.bind(Messages.Roster_Empty, fileName,
          o.kind().template()));
    }
    String[] header = csv.records.get(0);
    String[] names = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      names[i] = header[i].isBlank() ? null : header[i].strip();
    }
    Map<EAttribute, Integer> columns = new LinkedHashMap<>();
    for (Field f : o.kind().fields()) {
      String chosen = o.columns().get(f.feature().getName());
      if (chosen != null) {
        Integer c = ColumnChoice.column(chosen, names, f.header());
        if (c == null && !chosen.equalsIgnoreCase("none")) {
          return RosterPreview.fatal(o.kind(), fileName, sha, ColumnChoice.noSuchColumn(chosen, names, f.header()));
        }
        if (c != null) {
          columns.put(f.feature(), c);
        }
        continue;
      }
      List<Integer> matching = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        if (names[i] != null && f.matches(names[i]) && !columns.containsValue(i)) {
          matching.add(i);
        }
      }
      if (matching.size() > 1) {
        return RosterPreview.fatal(o.kind(), fileName, sha, NLS.bind(Messages.Roster_TwoColumns, new Object[] {
            f.header(), "'" + names[matching.get(0)] + "'", "'" + names[matching.get(1)] + "'"}));
      }
      if (matching.size() == 1) {
        columns.put(f.feature(), matching.get(0));
      }
    }
    EAttribute nameFeature = WedgePackage.Literals.NAMED__NAME;
    if (!columns.containsKey(nameFeature)) {
      return RosterPreview.fatal(o.kind(), fileName, sha, NLS.bind(Messages.Roster_NoNameColumn, new Object[] {
          fileName, String.join(", ", java.util.Arrays.stream(header).map(h -> "'" + h + "'").toList()),
          o.kind().template()}));
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null && !columns.containsValue(i)) {
        notes.add(NLS.bind(Messages.Roster_ColumnNotRead, names[i], o.kind().template()));
      }
    }

    Map<String, Named> inModel = new HashMap<>();
    for (Object x : (List<?>) model.eGet(o.kind().feature())) {
      Named n = (Named) x;
      if (n.getName() != null) {
        inModel.putIfAbsent(key(n.getName()), n);
      }
    }
    List<RosterPreview.Row> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>(csv.problems);
    Map<String, Integer> seen = new HashMap<>();
    List<RosterPreview.Row> existing = new ArrayList<>();
    for (int r = 1; r < csv.records.size(); r++) {
      String[] rec = csv.records.get(r);
      int line = csv.lines.get(r);
      Map<EAttribute, Object> values = new LinkedHashMap<>();
      String refusal = null;
      for (Map.Entry<EAttribute, Integer> c : columns.entrySet()) {
        String cell = c.getValue() < rec.length ? rec[c.getValue()] : "";
        if (cell.isEmpty()) {
          continue;
        }
        Object v = read(c.getKey(), cell);
        if (v instanceof Refusal why) {
          refusal = why.sentence();
          break;
        }
        values.put(c.getKey(), v);
      }
      String name = (String) values.get(nameFeature);
      if (refusal == null && name == null) {
        refusal = NLS.bind(Messages.Roster_NoName, names[columns.get(nameFeature)]);
      }
      if (refusal == null && seen.containsKey(key(name))) {
        refusal = NLS.bind(Messages.Roster_Twice, name, seen.get(key(name)));
      }
      if (name != null) {
        seen.putIfAbsent(key(name), line);
      }
      if (refusal != null) {
        problems.add(new ImportProblem(line, refusal));
        rows.add(new RosterPreview.Row(line, name, values, null, refusal));
        continue;
      }
      RosterPreview.Row row = new RosterPreview.Row(line, name, values, inModel.get(key(name)), null);
      rows.add(row);
      if (row.existing() != null) {
        existing.add(row);
      }
    }
    if (!existing.isEmpty() && o.existing() == null) {
      String first = existing.get(0).name();
      questions.add(new Question(Question.Topic.EXISTING, NLS.bind(Messages.Roster_ExistingQuestion, new Object[] {
          existing.size(), o.kind().words(), first, existing.get(0).line()}), List.of(
              new Question.Answer(Messages.Roster_ExistingUpdate, "update"),
              new Question.Answer(Messages.Roster_ExistingSkip, "skip"))));
    }
    if (rows.isEmpty()) {
      return RosterPreview.fatal(o.kind(), fileName, sha, NLS.bind(Messages.Roster_NoRows, fileName,
          o.kind().words()));
    }
    notes.add(0, NLS.bind(Messages.Roster_ReadAs, new Object[] {decoding.describe(), separatorWords(separator),
        String.join(", ", columns.entrySet().stream().map(e -> "'" + names[e.getValue()] + "' \u2192 "
            + e.getKey().getName()).toList())}));
    return new RosterPreview(o.kind(), fileName, sha, null, rows, problems, questions, notes, o.existing());
  }

  /** A cell that cannot be read, with the sentence why. */
  record Refusal(String sentence) {
  }

  /** The value of {@code cell} for {@code feature}, or a {@link Refusal}. */
  static Object read(EAttribute feature, String cell) {
    if (feature.getEAttributeType() instanceof EEnum e) {
      String k = normal(cell).replace(" ", "");
      for (EEnumLiteral l : e.getELiterals()) {
        if (normal(l.getLiteral()).replace(" ", "").equals(k) || normal(l.getName()).replace(" ", "").equals(k)) {
          return l.getInstance();
        }
      }
      return new Refusal(NLS.bind(Messages.Roster_NotOneOf, new Object[] {cell, words(feature), String.join(", ",
          e.getELiterals().stream().map(l -> l.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')).toList())}));
    }
    Class<?> c = feature.getEAttributeType().getInstanceClass();
    if (c == boolean.class || c == Boolean.class) {
      return switch (normal(cell)) {
        case "yes", "y", "true", "1", "ja", "x" -> Boolean.TRUE;
        case "no", "n", "false", "0", "nein" -> Boolean.FALSE;
        default -> new Refusal(NLS.bind(Messages.Roster_NotYesNo, cell, words(feature)));
      };
    }
    ValueText.Reading r = ValueText.read(feature.getEAttributeType(), cell, Locale.ROOT);
    if (!r.ok()) {
      return new Refusal(words(feature) + ": " + r.sentence());
    }
    if (r.value() instanceof Integer score && (feature == WedgePackage.Literals.STAKEHOLDER__INFLUENCE
        || feature == WedgePackage.Literals.STAKEHOLDER__INTEREST) && (score < PowerInterest.MIN
            || score > PowerInterest.MAX)) {
      return new Refusal(NLS.bind(Messages.Roster_Score, new Object[] {cell, words(feature), PowerInterest.MIN,
          PowerInterest.MAX}));
    }
    return r.value();
  }

  static String words(EStructuralFeature f) {
    return f.getName().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }

  /** Lower case, accents and punctuation gone, runs of spaces one: "Stakeholder-Gruppe" is "stakeholder gruppe". */
  static String normal(String s) {
    String n = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String separatorWords(char c) {
    return switch (c) {
      case '\t' -> "tab";
      case ';' -> "';'";
      case '|' -> "'|'";
      default -> "','";
    };
  }
}
