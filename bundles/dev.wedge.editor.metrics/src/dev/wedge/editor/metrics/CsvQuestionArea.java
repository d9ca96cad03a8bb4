package dev.wedge.editor.metrics;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.wedge.evidence.imports.CsvOptions;
import dev.wedge.evidence.imports.ImportPreview;
import dev.wedge.evidence.imports.Question;

/**
 * Above the CSV import's tabs: the questions the file leaves open, each with its warning sign and where it is
 * answered, the choice for values far from the metric's usual ones (import them or leave them out), "import this
 * file again", and the notes. Hidden when there is nothing to say.
 */
final class CsvQuestionArea {

  private final CsvImportDialog dialog;
  private final Composite area;
  private final Color warning;
  /** The most room the area took so far: it keeps it, so what lies below does not move as questions are answered. */
  private int tallest;

  CsvQuestionArea(Composite parent, CsvImportDialog dialog, Color warning) {
    this.dialog = dialog;
    this.warning = warning;
    area = new Composite(parent, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
    GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 4).applyTo(area);
  }

  /** Shows the questions and notes of {@code preview}; {@code baseline}: whether the metric has one. */
  void show(ImportPreview preview, CsvOptions options, boolean baseline) {
    for (Control q : area.getChildren()) {
      q.dispose();
    }
    for (Question q : preview.questions()) {
      question(q.text().replace("&", "&&") + hint(q));
      if (q.topic() == Question.Topic.IMPLAUSIBLE) {
        implausibleChoice(null);
      } else if (q.topic() == Question.Topic.AGAIN) {
        Button again = new Button(area, SWT.CHECK);
        again.setText(Messages.Csv_Again);
        again.addListener(SWT.Selection, e -> dialog.setOptions(dialog.options().withAgain(again.getSelection())));
      }
    }
    if (preview.fatal() == null && preview.questions().isEmpty() && options.implausible() != null
        && !preview.flagged().isEmpty()) {
      Label l = new Label(area, SWT.WRAP);
      l.setText(NLS.bind(baseline ? Messages.Csv_FarFromBaseline : Messages.Csv_FarFromUsual, preview.flagged()
          .size()));
      implausibleChoice(options.implausible());
    }
    for (String n : preview.notes()) {
      Label l = new Label(area, SWT.WRAP);
      l.setText(n.replace("&", "&&"));
      GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(l);
    }
    // answering a question must not move the tables below under the mouse (the next click would land on another
    // cohort's row): the area keeps the height it had at its tallest while the dialog is open
    int width = area.getParent().getClientArea().width;
    int needed = area.getChildren().length == 0 ? 0 : area.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT).y;
    tallest = Math.max(tallest, needed);
    GridData data = (GridData) area.getLayoutData();
    data.exclude = tallest == 0;
    data.heightHint = tallest == 0 ? SWT.DEFAULT : tallest;
    area.setVisible(tallest > 0);
  }

  /** Import them / Leave them out, with {@code chosen} selected (null: none yet). */
  private void implausibleChoice(CsvOptions.Implausible chosen) {
    Composite choice = new Composite(area, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(2).margins(18, 0).applyTo(choice);
    radio(choice, Messages.Csv_ImportThem, CsvOptions.Implausible.IMPORT, chosen);
    radio(choice, Messages.Csv_LeaveThemOut, CsvOptions.Implausible.LEAVE_OUT, chosen);
  }

  private void radio(Composite parent, String text, CsvOptions.Implausible value, CsvOptions.Implausible chosen) {
    Button b = new Button(parent, SWT.RADIO);
    b.setText(text);
    b.setSelection(chosen == value);
    b.addListener(SWT.Selection, e -> {
      if (b.getSelection()) {
        dialog.setOptions(dialog.options().withImplausible(value));
      }
    });
  }

  /** A question: the warning sign beside its text. */
  private void question(String text) {
    Composite row = new Composite(area, SWT.NONE);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
    GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(row);
    Label icon = new Label(row, SWT.NONE);
    icon.setImage(Dialog.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
    GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
    Label l = new Label(row, SWT.WRAP);
    l.setText(text);
    l.setForeground(warning);
    GridDataFactory.fillDefaults().grab(true, false).hint(880, SWT.DEFAULT).applyTo(l);
  }

  private static String hint(Question q) {
    return switch (q.topic()) {
      case DECIMAL -> Messages.Csv_HintDecimal;
      case DATE_ORDER -> Messages.Csv_HintDateOrder;
      case ENCODING -> Messages.Csv_HintEncoding;
      case COHORT -> Messages.Csv_HintCohort;
      case DATE_COLUMN, VALUE_COLUMN -> Messages.Csv_HintColumn;
      default -> "";
    };
  }

  /** The texts shown: the open questions and the notes. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Control c : area.getChildren()) {
      if (c instanceof Label l) {
        out.add(l.getText());
      } else if (c instanceof Composite row) {
        for (Control x : row.getChildren()) {
          if (x instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
          }
        }
      }
    }
    return out;
  }
}
