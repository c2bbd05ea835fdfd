// The keyboard-only parts table and accessible names: what a user without a
// mouse (or with a screen reader) relies on.
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "document/document.h"
#include "main/main_window.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "panels/parts_table_models.h"
#include "panels/parts_table_panel.h"
#include "panels/results_panel.h"
#include "panels/score_cards.h"
#include "scoring/score_service.h"

#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cc;
using namespace cc::studio;

namespace {

using testing::kClass;
using testing::kPod;

struct Window : testing::Studio {
    using Studio::Studio;
    PartsTablePanel* table() const {
        auto* t = w->findChild<PartsTablePanel*>();
        REQUIRE(t);
        return t;
    }
};

void press(QWidget* target, int key) {
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &up);
}

QString q(const std::string& s) { return QString::fromStdString(s); }

} // namespace

TEST_CASE("parts table: one row per component and per link, following edits and undo", "[widgets][a11y]") {
    Window s;
    PartsTablePanel* t = s.table();
    const Design& d = s.doc()->design();
    CHECK(t->componentsModel()->rowCount() == static_cast<int>(d.components.size()));
    CHECK(t->linksModel()->rowCount() == static_cast<int>(d.links.size()));
    for (int r = 0; r < t->componentsModel()->rowCount(); ++r)
        CHECK(t->componentsModel()->idAt(r) == q(d.components[static_cast<std::size_t>(r)].id));
    // A link row names its ends by the parts' labels.
    const Link& l = d.links.front();
    const QString from = t->linksModel()->index(0, LinksTableModel::From).data().toString();
    CHECK(from.contains(q(d.component(l.a.component)->name)));

    s.doc()->addPart("qm9700", QPointF(0, 0));
    CHECK(t->componentsModel()->rowCount() == static_cast<int>(s.doc()->design().components.size()));
    s.doc()->undoStack()->undo();
    CHECK(t->componentsModel()->rowCount() == static_cast<int>(s.doc()->design().components.size()));
}

TEST_CASE("parts table: Delete in the table removes the part through the document, undo restores it", "[widgets][a11y]") {
    Window s;
    PartsTablePanel* t = s.table();
    QTableView* v = t->componentsView();
    const auto before = s.doc()->design().components.size();
    const QString victim = t->componentsModel()->idAt(1);
    const QString next = t->componentsModel()->idAt(2);
    v->setFocus();
    v->selectRow(1);
    press(v, Qt::Key_Delete);
    CHECK(s.doc()->design().components.size() == before - 1);
    CHECK_FALSE(s.doc()->design().component(victim.toStdString()));
    CHECK(t->componentsModel()->rowOf(victim) < 0);
    // The keyboard stays in place: the next row is now selected, on the canvas too.
    CHECK(s.w->scene()->selectedComponentIds() == QStringList{next});

    s.doc()->undoStack()->undo();
    CHECK(s.doc()->design().components.size() == before);
    CHECK(s.doc()->design().component(victim.toStdString()));
    CHECK(t->componentsModel()->rowOf(victim) == 1);

    // Links too, from their own table.
    const auto links = s.doc()->design().links.size();
    t->tabs()->setCurrentWidget(t->linksView());
    t->linksView()->selectRow(0);
    press(t->linksView(), Qt::Key_Delete);
    CHECK(s.doc()->design().links.size() == links - 1);
    s.doc()->undoStack()->undo();
    CHECK(s.doc()->design().links.size() == links);
}

TEST_CASE("parts table: editing a label through the model changes the document, undoably", "[widgets][a11y]") {
    Window s;
    ComponentsTableModel* m = s.table()->componentsModel();
    const QModelIndex label = m->index(0, ComponentsTableModel::Label);
    REQUIRE(label.flags() & Qt::ItemIsEditable);
    CHECK_FALSE(m->index(0, ComponentsTableModel::Kind).flags() & Qt::ItemIsEditable);
    const std::string id = m->idAt(0).toStdString();
    const std::string old = s.doc()->design().component(id)->name;
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    REQUIRE(m->setData(label, "Teaching server"));
    CHECK(s.doc()->design().component(id)->name == "Teaching server");
    CHECK(m->data(label).toString() == "Teaching server");
    CHECK(changed.count() >= 1);           // the view repaints
    CHECK_FALSE(m->setData(label, "   ")); // a part needs a name
    CHECK(s.doc()->design().component(id)->name == "Teaching server");
    s.doc()->undoStack()->undo();
    CHECK(s.doc()->design().component(id)->name == old);

    // Link length: metres, 0 clears it.
    LinksTableModel* lm = s.table()->linksModel();
    REQUIRE(lm->setData(lm->index(0, LinksTableModel::Length), 12.5));
    CHECK(s.doc()->design().link(lm->idAt(0).toStdString())->length_m == 12.5);
    REQUIRE(lm->setData(lm->index(0, LinksTableModel::Length), 0.0));
    CHECK_FALSE(s.doc()->design().link(lm->idAt(0).toStdString())->length_m);
}

TEST_CASE("parts table: Enter opens the editor of an editable cell", "[widgets][a11y]") {
    Window s;
    QTableView* v = s.table()->componentsView();
    v->setFocus();
    v->setCurrentIndex(s.table()->componentsModel()->index(0, ComponentsTableModel::Label));
    press(v, Qt::Key_Return);
    CHECK(v->findChild<QLineEdit*>());
}

TEST_CASE("parts table: selection follows between table and canvas both ways", "[widgets][a11y]") {
    Window s;
    PartsTablePanel* t = s.table();
    t->componentsView()->selectRow(2);
    const QString id = t->componentsModel()->idAt(2);
    CHECK(s.w->scene()->selectedComponentIds() == QStringList{id});

    const QString other = t->componentsModel()->idAt(0);
    const QString link = t->linksModel()->idAt(0);
    s.w->scene()->selectIds({other, link});
    QList<int> rows;
    for (const QModelIndex& i : t->componentsView()->selectionModel()->selectedRows()) rows << i.row();
    CHECK(rows == QList<int>{0});
    REQUIRE(t->linksView()->selectionModel()->selectedRows().size() == 1);
    CHECK(t->linksView()->selectionModel()->selectedRows().front().row() == 0);
    // Canvas selection kept as it was (the table's echo did not narrow it).
    CHECK(s.w->scene()->selectedComponentIds() == QStringList{other});
    CHECK(s.w->scene()->selectedLinkIds() == QStringList{link});
}

TEST_CASE("parts table: the dock is tabbed with the bottom docks, so the layout keeps its size", "[widgets][a11y]") {
    Window s;
    auto* td = s.w->findChild<QDockWidget*>("PartsTableDock");
    auto* fd = s.w->findChild<QDockWidget*>("FindingsDock");
    REQUIRE(td);
    REQUIRE(fd);
    CHECK(s.w->tabifiedDockWidgets(td).contains(fd));
    CHECK(s.w->dockWidgetArea(td) == Qt::BottomDockWidgetArea);
}

TEST_CASE("a11y: the main controls have accessible names", "[widgets][a11y]") {
    Window s(kPod);
    s.w->scoring()->waitForIdle();
    QApplication::processEvents();
    QList<QWidget*> controls;
    controls << s.w->palette()->searchField() << s.w->palette()->tree() << s.w->view() << s.w->inspector() << s.w->results()
             << s.w->results()->cards() << s.table()->componentsView() << s.table()->linksView();
    for (QSlider* sl : s.w->results()->findChildren<QSlider*>()) controls << sl;
    REQUIRE(s.w->results()->cards()->cards().size() >= 4);
    for (ScoreCardWidget* c : s.w->results()->cards()->cards()) controls << c;
    for (QWidget* w : controls) {
        INFO(w->metaObject()->className());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    // A score card is reachable by keyboard and Enter asks for its explanation.
    ScoreCardWidget* card = s.w->results()->cards()->cards().front();
    CHECK(card->focusPolicy() & Qt::TabFocus);
    QSignalSpy explain(s.w->results()->cards(), &ScoreCardsView::explainRequested);
    press(card, Qt::Key_Return);
    REQUIRE(explain.count() == 1);
    CHECK(explain.front().front().toString() == card->card().metric);
}
