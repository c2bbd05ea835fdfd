#pragma once
// The customer report: a multi-page PDF of a design — title page with the
// canvas, the scores and the bottleneck in one sentence, the charts, the bill
// of materials with rack units, power and cost, design-rule findings, the
// engine's assumptions and the source of every hardware number.
#include "catalog/catalog.h"
#include "model/design.h"
#include "scoring/score_result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace cc::studio {

struct ReportInput {
    Design design;
    QString file_name; // shown on the title page ("" for an untitled design)
    ScoreResult score; // already computed (the studio's latest, or scoreDesign())
};

/// Writes the PDF atomically enough for a report (temporary file, then rename).
/// Returns false with `error` set when the file cannot be written.
bool writeReport(const ReportInput& in, const Catalog& cat, const QString& pdf_path, QString* error);

/// The report as HTML (what the PDF typesets; tests read it). Pictures are
/// appended to `images` and referenced as image://N (null: no pictures).
QString reportHtml(const ReportInput& in, const Catalog& cat, QList<QImage>* images = nullptr);

} // namespace cc::studio
