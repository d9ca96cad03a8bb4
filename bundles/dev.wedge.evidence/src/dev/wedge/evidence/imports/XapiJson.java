package dev.wedge.evidence.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The statements of an xAPI file, streamed one at a time with Jackson (strict: a key twice, a number JSON does not
 * allow, nesting no statement has are refused with the line and column): a statement array, an LRS StatementResult
 * with its {@code more} link, one statement, or newline-delimited JSON. What is not a statement object is a problem
 * of its own line; the statements after it are read.
 */
final class XapiJson {

  /** Receives each statement object with its index (from 1) and line. */
  interface Sink {
    void statement(JsonNode statement, int index, int line);
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String fileName;
  private final Sink sink;
  final List<ImportProblem> problems = new ArrayList<>();
  int statements;
  int notObjects;
  String shape;
  String more;

  XapiJson(String fileName, Sink sink) {
    this.fileName = fileName;
    this.sink = sink;
  }

  /** Parses the file; returns why it cannot be imported, or null. */
  String parse(InputStream in) {
    JsonFactory factory = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature
        .STRICT_DUPLICATE_DETECTION).disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
            .maxNumberLength(100).build()).build();
    factory.setCodec(MAPPER);
    try (JsonParser p = factory.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return fileName + " is empty.";
      }
      if (t == JsonToken.START_ARRAY) {
        shape = "a statement array";
        array(p);
        if (p.nextToken() != null) {
          return "Cannot import " + fileName + ": " + where(p.currentLocation()) + "there is more after the"
              + " array of statements; a file holds one array, one StatementResult or one statement per line.";
        }
        return null;
      }
      if (t != JsonToken.START_OBJECT) {
        return "Cannot import " + fileName + ": it is not xAPI statements (expected a JSON array of statements, an"
            + " LRS StatementResult {\"statements\": [...]}, or one statement per line).";
      }
      JsonLocation start = p.currentTokenLocation();
      t = p.nextToken();
      if (t == JsonToken.FIELD_NAME && ("statements".equals(p.currentName()) || "more".equals(p.currentName()))) {
        shape = "an LRS StatementResult";
        boolean hadStatements = false;
        while (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          t = p.nextToken();
          if ("statements".equals(name)) {
            if (t != JsonToken.START_ARRAY) {
              return "Cannot import " + fileName + ": its \"statements\" is not an array.";
            }
            array(p);
            hadStatements = true;
          } else if ("more".equals(name)) {
            more = t == JsonToken.VALUE_STRING ? p.getText() : null;
          } else {
            p.skipChildren();
          }
          t = p.nextToken();
        }
        if (!hadStatements) {
          return "Cannot import " + fileName + ": the StatementResult has no \"statements\".";
        }
        if (p.nextToken() != null) {
          return "Cannot import " + fileName + ": " + where(p.currentLocation()) + "there is more after the"
              + " StatementResult.";
        }
        return null;
      }
      // one statement, or the first of newline-delimited JSON
      ObjectNode first = MAPPER.createObjectNode();
      while (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        first.set(name, p.readValueAsTree());
        t = p.nextToken();
      }
      sink.statement(first, ++statements, start.getLineNr());
      shape = "one statement";
      while ((t = p.nextToken()) != null) {
        shape = "newline-delimited JSON";
        int index = ++statements;
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
          sink.statement(p.readValueAsTree(), index, line);
        } else {
          notObject(p, t, index, line);
        }
      }
      return null;
    } catch (StreamConstraintsException e) {
      return "Cannot import " + fileName + ": " + where(e.getLocation()) + "the JSON is nested or its numbers are"
          + " longer than xAPI statements ever are (" + e.getOriginalMessage() + ").";
    } catch (JsonParseException e) {
      String m = e.getOriginalMessage();
      String why = m != null && m.startsWith("Duplicate field") ? "an object names the key " + m.substring(
          m.indexOf('\'')) + " twice, so which value is meant cannot be told"
          : m != null && m.contains("Non-standard token") ? "a number is written as '" + m.replaceAll(
              ".*token '([^']*)'.*", "$1") + "', which JSON does not allow (a score must be a finite number)"
              : "it is not valid JSON (" + m + ")";
      return "Cannot import " + fileName + ": " + where(e.getLocation()) + why + ". Correct the export and import"
          + " again.";
    } catch (ImportFiles.LimitExceeded e) {
      return e.exception.getMessage();
    } catch (JsonProcessingException e) {
      return "Cannot import " + fileName + ": " + where(e.getLocation()) + "it is not valid JSON ("
          + e.getOriginalMessage() + ").";
    } catch (IOException e) {
      return "Cannot import " + fileName + ": it cannot be read (" + e.getMessage() + ").";
    }
  }

  static String where(JsonLocation l) {
    return l == null || l.getLineNr() <= 0 ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
  }

  /** Reads the statements of an array, the parser on its START_ARRAY. */
  private void array(JsonParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonParseException(p, "the array of statements is not closed (the file ends inside it)");
      }
      int index = ++statements;
      int line = p.currentTokenLocation().getLineNr();
      if (t == JsonToken.START_OBJECT) {
        sink.statement(p.readValueAsTree(), index, line);
      } else {
        notObject(p, t, index, line);
      }
    }
  }

  private void notObject(JsonParser p, JsonToken t, int index, int line) throws IOException {
    String what = switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "not an object";
    };
    p.skipChildren();
    notObjects++;
    problems.add(new ImportProblem(line, "statement " + index, "it is " + what + ", not a statement object;"
        + " the statements after it are read"));
  }

  /** The text of a JSON string, or null for anything else. */
  static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /** A language map's English text, else its first. */
  static String name(JsonNode map) {
    if (!map.isObject()) {
      return null;
    }
    for (String k : new String[] {"en-US", "en-GB", "en"}) {
      if (map.path(k).isTextual()) {
        return map.path(k).asText();
      }
    }
    var it = map.elements();
    while (it.hasNext()) {
      JsonNode n = it.next();
      if (n.isTextual()) {
        return n.asText();
      }
    }
    return null;
  }
}
