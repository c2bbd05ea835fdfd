// The studio as a user drives it: palette drops, port drags, refusals, rules
// dock, inspector edits, save/open, autosave recovery and live scoring.
#include "canvas/component_item.h"
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "document/document.h"
#include "format/design_format.h"
#include "main/autosave.h"
#include "main/main_window.h"
#include "panels/findings_panel.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "panels/results_panel.h"
#include "panels/score_cards.h"
#include "report/report_writer.h"
#include "scoring/score_service.h"
#include "scoring/scorer.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cc;
using namespace cc::studio;

using testing::kClass;
using testing::kPod;
using testing::Studio;

namespace {

void sendMouse(QWidget* viewport, QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &e);
}

std::string bytes(const Document* d) { return format::write_design(d->design()); }

} // namespace

TEST_CASE("studio: dropping a palette part on the canvas creates that component", "[widgets][studio]") {
    Studio s;
    const auto before = s.doc()->design().components.size();
    auto* mime = new QMimeData;
    mime->setData(kPartMimeType, "qm9700");
    QWidget* vp = s.w->view()->viewport();
    const QPoint at = vp->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
    REQUIRE(s.doc()->design().components.size() == before + 1);
    CHECK(s.doc()->design().components.back().catalog_id == "qm9700");
    CHECK(s.doc()->design().components.back().kind == ComponentKind::Switch);
    // The new part is selected, so the inspector shows it.
    CHECK(s.w->scene()->selectedComponentIds().size() == 1);
    delete mime;
}

TEST_CASE("studio: the palette offers every catalog entry and filters as you type", "[widgets][studio]") {
    Studio s;
    PaletteWidget* p = s.w->palette();
    const int all = p->visibleEntryCount();
    int placeable = 0; // every entry that makes a component (fabrics do not)
    for (const EntryInfo* e : s.w->catalog().entries()) placeable += component_kind_of(e->kind) ? 1 : 0;
    CHECK(all == placeable);
    CHECK(all > 50);
    p->searchField()->setText("h100");
    const int h100 = p->visibleEntryCount();
    CHECK(h100 > 0);
    CHECK(h100 < all);
    p->searchField()->setText("no such part xyz");
    CHECK(p->visibleEntryCount() == 0);
    p->searchField()->clear();
    CHECK(p->visibleEntryCount() == all);
    // Double-click (activate) adds at the view centre.
    QSignalSpy spy(p, &PaletteWidget::partActivated);
    const auto before = s.doc()->design().components.size();
    QTreeWidgetItem* first = p->tree()->topLevelItem(0)->child(0);
    emit p->tree()->itemActivated(first, 0);
    CHECK(spy.count() == 1);
    CHECK(s.doc()->design().components.size() == before + 1);
}

TEST_CASE("studio: dragging from a port to a compatible port creates a link, incompatible is refused", "[widgets][studio]") {
    Studio s;
    Document* doc = s.doc();
    const QString sw = doc->addPart("sn5600", {600, 0});            // Ethernet switch
    const QString nic = doc->addPart("nic-ndr400-cx7", {600, 250}); // InfiniBand NIC
    const QString sw2 = doc->addPart("sn5600", {900, 250});
    REQUIRE_FALSE(sw.isEmpty());
    REQUIRE_FALSE(nic.isEmpty());
    s.w->view()->zoomToFit();
    QApplication::processEvents();
    auto portPos = [&](const QString& id) {
        ComponentItem* item = s.w->scene()->componentItem(id);
        REQUIRE(item);
        PortItem* port = item->portItem(QString::fromStdString(doc->design().component(id.toStdString())->ports.front().id));
        REQUIRE(port);
        return s.w->view()->mapFromScene(port->scenePos());
    };
    QWidget* vp = s.w->view()->viewport();
    auto drag = [&](QPoint from, QPoint to) {
        sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, to, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::NoButton);
    };
    const auto links = doc->design().links.size();
    QSignalSpy status(s.w->scene(), &DesignScene::statusMessage);
    drag(portPos(sw), portPos(nic)); // Ethernet ↔ InfiniBand
    CHECK(doc->design().links.size() == links);
    bool refused = false;
    for (const auto& args : status) refused = refused || args.at(0).toString().startsWith("Link refused");
    CHECK(refused);
    drag(portPos(sw), portPos(sw2)); // Ethernet ↔ Ethernet
    REQUIRE(doc->design().links.size() == links + 1);
    const Link& l = doc->design().links.back();
    CHECK(((l.a.component == sw.toStdString() && l.b.component == sw2.toStdString()) ||
           (l.b.component == sw.toStdString() && l.a.component == sw2.toStdString())));
}

TEST_CASE("studio: inspector edits go through the document and undo", "[widgets][studio]") {
    Studio s(kPod);
    Document* doc = s.doc();
    const Group g = doc->design().groups.front(); // a copy: edits replace the design's groups
    const QString gid = QString::fromStdString(g.id);
    const int reps = g.replicas;
    s.w->scene()->selectIds({gid});
    QApplication::processEvents();
    auto* spin = qobject_cast<QSpinBox*>(s.w->inspector()->editor("Replicas"));
    REQUIRE(spin);
    CHECK(spin->value() == reps);
    spin->setValue(reps + 3);
    CHECK(doc->design().group(g.id)->replicas == reps + 3);
    doc->undoStack()->undo();
    CHECK(doc->design().group(g.id)->replicas == reps);
    CHECK(spin->value() == reps); // the editor follows undo
}

TEST_CASE("studio: a finding in the rules dock selects its subject on the canvas", "[widgets][studio]") {
    Studio s;
    const QString lone = s.doc()->addPart("qm9700", {1200, 1200}); // unconnected switch: a finding
    QApplication::processEvents();
    FindingsPanel* f = s.w->findings();
    f->waitForIdle(); // checked on a worker thread
    QTreeWidgetItem* hit = nullptr;
    for (int i = 0; i < f->list()->topLevelItemCount(); ++i)
        if (f->list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == lone) hit = f->list()->topLevelItem(i);
    REQUIRE(hit);
    emit f->list()->itemActivated(hit, 0);
    CHECK(s.w->scene()->selectedComponentIds() == QStringList{lone});
}

TEST_CASE("studio: save and open round-trip the exact bytes, a bad file leaves the document untouched", "[widgets][studio]") {
    Studio s(kPod);
    QTemporaryDir dir;
    const QString path = dir.filePath("pod.ccd");
    s.doc()->setGroupReplicas(QString::fromStdString(s.doc()->design().groups.front().id), 7);
    QString err;
    REQUIRE(s.doc()->save(path, &err));
    CHECK_FALSE(s.doc()->isModified());
    const std::string saved = bytes(s.doc());
    Studio t(path);
    CHECK(bytes(t.doc()) == saved);
    // Undo still works after saving, and makes the document modified again.
    s.doc()->undoStack()->undo();
    CHECK(s.doc()->isModified());

    QFile bad(dir.filePath("bad.ccd"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"clustercanvas-design","version":1,"components":[{"id":3}]})");
    bad.close();
    const std::string before = bytes(t.doc());
    QString why;
    CHECK_FALSE(t.w->openFile(bad.fileName(), true, &why));
    CHECK(why.contains("/components/0"));
    CHECK(bytes(t.doc()) == before);
}

TEST_CASE("studio: autosave copy survives a crash and is offered for recovery, never over the user's file", "[widgets][studio]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath("autosave");
    Document doc;
    REQUIRE(doc.load(kClass, nullptr));
    QFile original(kClass);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray original_bytes = original.readAll();
    {
        Autosave a(&doc, folder);
        CHECK_FALSE(a.saveNow()); // nothing to save while unmodified
        doc.setTitle("Edited before the crash");
        REQUIRE(a.saveNow());
        // While this session runs, its copy is not offered to another session.
        Autosave other(&doc, folder);
        CHECK(other.findRecoverable().isEmpty());
        // Simulated crash: the copy stays but the session's lock is gone.
        QFile::copy(a.copyPath(), folder + "/crashed.ccd");
        QFile::copy(QString(a.copyPath()).replace(".ccd", ".json"), folder + "/crashed.json");
    }
    Document fresh;
    Autosave next(&fresh, folder);
    const auto found = next.findRecoverable();
    REQUIRE(found.size() == 1);
    CHECK(found.front().original_path == kClass);
    CHECK(found.front().title == "Edited before the crash");
    const Design recovered = format::load_design_file(found.front().copy_path.toStdString());
    CHECK(recovered.title == "Edited before the crash");
    // The user's own file was never touched.
    QFile again(kClass);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == original_bytes);
    Autosave::forget(found.front());
    CHECK(next.findRecoverable().isEmpty());
}

TEST_CASE("studio: live scoring fills the cards off the GUI thread and drops stale results", "[widgets][studio]") {
    Studio s(kPod);
    ScoreService* svc = s.w->scoring();
    svc->waitForIdle();
    REQUIRE(svc->latest().revision == s.doc()->revision());
    CHECK(svc->latest().kind == "training");
    REQUIRE(svc->latest().cards.size() >= 4);
    CHECK(s.w->results()->cards()->cards().size() == svc->latest().cards.size());
    CHECK_FALSE(svc->latest().highlight.isEmpty()); // the bottleneck is marked on the canvas

    // A result computed for an older revision is ignored.
    ScoreResult old = svc->latest();
    s.doc()->setGroupReplicas(QString::fromStdString(s.doc()->design().groups.front().id), 2);
    old.headline = "stale";
    CHECK_FALSE(svc->accept(old));
    CHECK(svc->latest().headline != "stale");
    svc->waitForIdle();
    CHECK(svc->latest().revision == s.doc()->revision());
}

TEST_CASE("studio: the what-if GPU knob grows the scored cluster, never the document", "[widgets][studio]") {
    const Design original = format::load_design_file(kPod.toStdString());
    WhatIf w;
    w.gpu_scale = 2;
    const ScoreResult base = scoreDesign(original, Catalog::builtin(), {}, 1);
    const ScoreResult doubled = scoreDesign(original, Catalog::builtin(), w, 1);
    REQUIRE(!base.cards.isEmpty());
    REQUIRE(!doubled.cards.isEmpty());
    REQUIRE(base.evaluation);
    REQUIRE(doubled.evaluation);
    const double gpus = base.evaluation->training->result.view.accelerators;
    CHECK(doubled.evaluation->training->result.view.accelerators == 2 * gpus);
    CHECK(doubled.evaluation->bom.totals.accelerators == base.evaluation->bom.totals.accelerators); // the BOM is the drawn design
    CHECK(doubled.headline != base.headline);                                                       // twice the GPUs are named
}

TEST_CASE("studio: serving and edge templates score with cards, bottleneck and charts", "[widgets][studio]") {
    for (const char* name : {"h200-llm-serving-node", "edge-video-analytics-site", "hybrid-retail-edge-cloud"}) {
        INFO(name);
        const Design d = format::load_design_file(std::string(CC_SOURCE_DIR "/templates/") + name + ".ccd");
        const ScoreResult r = scoreDesign(d, Catalog::builtin(), {}, 7);
        CHECK(r.revision == 7);
        CHECK(r.message.isEmpty());
        CHECK(r.cards.size() >= 4);
        CHECK_FALSE(r.bottleneck.isEmpty());
        CHECK_FALSE(r.highlight.isEmpty());
        CHECK(r.charts.size() >= 2);
        REQUIRE(r.explanation);
        for (const ScoreCard& c : r.cards) CHECK_FALSE(c.value.isEmpty());
        // The load knob changes the serving/edge answer (what-if on the snapshot).
        WhatIf more;
        more.load_scale = 4;
        const ScoreResult loaded = scoreDesign(d, Catalog::builtin(), more, 7);
        bool differs = false;
        for (int i = 0; i < std::min(r.cards.size(), loaded.cards.size()); ++i)
            differs = differs || r.cards[i].value != loaded.cards[i].value;
        CHECK(differs);
    }
}

TEST_CASE("studio: the customer report has title, scores, BOM, findings and sources", "[widgets][report]") {
    const Design d = format::load_design_file(kPod.toStdString());
    ReportInput in{d, "pod.ccd", scoreDesign(d, Catalog::builtin(), {}, 1)};
    QList<QImage> images;
    const QString html = reportHtml(in, Catalog::builtin(), &images);
    CHECK(html.contains(QString::fromStdString(d.title).toHtmlEscaped()));
    for (const char* section : {"Scores", "Bill of materials", "Design-rule findings", "Assumptions", "Sources of hardware numbers"})
        CHECK(html.contains(section));
    CHECK(html.contains("Limited by"));
    CHECK(html.contains("NVIDIA DGX H100"));
    CHECK(images.size() >= 3); // canvas + charts
    // The pod keeps H100/H200/B200 scenarios: the report compares them.
    CHECK(html.contains("Scenario comparison"));
    CHECK(html.contains("B200"));
    CHECK(html.contains("#1e8449")); // a green "better" delta
    const Design plain = format::load_design_file(kClass.toStdString());
    CHECK_FALSE(reportHtml({plain, {}, scoreDesign(plain, Catalog::builtin(), {}, 1)}, Catalog::builtin(), &images)
                    .contains("Scenario comparison"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath("r.pdf");
    QString err;
    REQUIRE(writeReport(in, Catalog::builtin(), pdf, &err));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    CHECK(f.size() > 50000);
    f.close();
    // The text is real text (searchable, printable), page by page, when pdftotext is installed.
    if (!QStandardPaths::findExecutable("pdftotext").isEmpty()) {
        QProcess p;
        p.start("pdftotext", {"-layout", pdf, "-"});
        REQUIRE(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const char* needle : {"Bill of materials", "Scenario comparison", "Sources of hardware numbers", "DGX B200"})
            CHECK(text.contains(needle));
        CHECK(text.count(QChar('\f')) >= 5); // pages: title, scores, BOM, scenarios, sources
    }
    CHECK_FALSE(writeReport(in, Catalog::builtin(), dir.filePath("missing/dir/r.pdf"), &err));
    CHECK_FALSE(err.isEmpty());
}
