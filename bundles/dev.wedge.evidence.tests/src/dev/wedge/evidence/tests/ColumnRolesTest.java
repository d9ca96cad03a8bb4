package dev.wedge.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wedge.evidence.imports.ColumnRoles;
import dev.wedge.evidence.imports.CsvImport;
import dev.wedge.evidence.imports.CsvImport.Role;
import dev.wedge.evidence.imports.CsvOptions;

/** Giving a CSV column a role, as the import dialog's Columns tab does: the column's old role is let go. */
class ColumnRolesTest {

  /** A file read as: date, value, cohort. */
  private static final CsvImport.Details READ = new CsvImport.Details(null, ',', true, null, null, List.of(
      new CsvImport.Column(0, "Date", Role.DATE, 10, "2026-01-05"),
      new CsvImport.Column(1, "Days", Role.VALUE, 10, "94"),
      new CsvImport.Column(2, "Group", Role.COHORT, 10, "pilot")));

  @Test
  void aColumnTakesTheRoleByItsNumberFromOne() {
    CsvOptions o = ColumnRoles.assign(CsvOptions.infer(), READ, 1, Role.NOTE);
    assertEquals("2", o.noteColumn());
    assertNull(o.valueColumn(), "the value column is found from the file again");
  }

  @Test
  void theCohortColumnMadeAValueIsNoLongerReadAsACohort() {
    CsvOptions o = ColumnRoles.assign(CsvOptions.infer(), READ, 2, Role.VALUE);
    assertEquals("3", o.valueColumn());
    assertEquals("none", o.cohortColumn());
  }

  @Test
  void notImportedLetsTheOldRoleGoAndSetsNothing() {
    CsvOptions o = ColumnRoles.assign(CsvOptions.infer().withNoteColumn("3"), READ, 2, Role.IGNORED);
    assertEquals("none", o.cohortColumn());
    assertEquals("3", o.noteColumn(), "other options stay");
  }

  @Test
  void theSameRoleAgainChangesNothingButTheNumber() {
    CsvOptions o = ColumnRoles.assign(CsvOptions.infer(), READ, 0, Role.DATE);
    assertEquals("1", o.dateColumn());
    assertNull(o.cohortColumn());
  }

  @Test
  void unreadTheRoleIsSetAlone() {
    CsvOptions o = ColumnRoles.assign(CsvOptions.infer(), null, 4, Role.SUBJECT);
    assertEquals("5", o.subjectColumn());
  }
}
