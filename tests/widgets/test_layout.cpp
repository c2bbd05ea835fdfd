// Layout at meeting resolutions (1280×720, 1366×768): nothing in the docks is
// cut, the minimap never covers the design, presentation mode is exactly the
// size asked for, and the small controls users tripped over behave.
#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "canvas/design_view.h"
#include "canvas/heat_legend.h"
#include "canvas/link_item.h"
#include "charts/chart_view.h"
#include "engine/explain.h"
#include "panels/explanation_dialog.h"
#include "panels/inspector_widget.h"
#include "panels/palette_widget.h"
#include "panels/results_panel.h"
#include "scoring/score_service.h"
#include "studio_fixture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QTest>
#include <QTreeWidget>

using namespace cc::studio;

namespace {

void settle(MainWindow* w) {
    w->scoring()->waitForIdle();
    QApplication::processEvents();
    QTest::qWait(30);
    QApplication::processEvents();
}

/// Every shown label or button in a dock that is narrower than its text and
/// neither wraps nor elides on purpose ("Parts › Label 'Step time' 80 < 95").
QStringList cutTexts(MainWindow* w) {
    QStringList cut;
    for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
        if (!d->isVisible()) continue;
        for (QWidget* c : d->findChildren<QWidget*>()) {
            if (!c->isVisibleTo(w) || c->visibleRegion().isEmpty()) continue; // hidden, or scrolled out of view
            QString text;
            if (auto* l = qobject_cast<QLabel*>(c)) {
                if (l->wordWrap() || l->text().isEmpty()) continue;
                text = l->text();
            } else if (auto* b = qobject_cast<QAbstractButton*>(c)) {
                if (b->text().isEmpty()) continue;
                text = b->text();
            } else {
                continue;
            }
            if (c->width() < c->sizeHint().width())
                cut << QStringLiteral("%1 › '%2' %3 < %4").arg(d->objectName(), text).arg(c->width()).arg(c->sizeHint().width());
        }
    }
    return cut;
}

} // namespace

TEST_CASE("layout: no label or button in a dock is cut at 1280x720 and 1366x768", "[widgets][layout]") {
    for (const QString& file : {testing::kPod, testing::kClass, testing::kEdgeSite})
        for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
            testing::Studio s(file);
            s.w->resize(size);
            settle(s.w.get());
            INFO(file.toStdString() << " at " << size.width() << "x" << size.height());
            CHECK(s.w->size() == size);
            CHECK(cutTexts(s.w.get()).join('\n').toStdString() == "");
            // The canvas keeps a usable share of the window.
            CHECK(s.w->view()->height() >= size.height() / 3);
            CHECK(s.w->view()->width() >= size.width() / 2);
        }
}

TEST_CASE("layout: the inspector form fits its dock without a sideways scroll", "[widgets][layout]") {
    testing::Studio s(testing::kPod);
    s.w->resize(1280, 720);
    settle(s.w.get());
    auto* scroll = s.w->inspector()->findChild<QScrollArea*>();
    REQUIRE(scroll);
    CHECK(scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    QWidget* page = scroll->widget();
    REQUIRE(page);
    CHECK(page->width() <= scroll->viewport()->width());
    // Every editor and label of the page lies inside the visible width.
    for (QWidget* c : page->findChildren<QWidget*>()) {
        if (!c->isVisibleTo(page) || c->parentWidget() != page) continue;
        INFO(c->metaObject()->className() << " " << c->objectName().toStdString());
        CHECK(c->geometry().right() <= scroll->viewport()->width());
    }
}

TEST_CASE("layout: the minimap is a dock beside the canvas, can be hidden, and the choice is remembered", "[widgets][layout]") {
    testing::Studio s(testing::kPod);
    MainWindow* w = s.w.get();
    w->resize(1366, 768);
    settle(w);
    QDockWidget* mini = w->minimapDock();
    REQUIRE(mini);
    CHECK(mini->isVisible());
    const QRect canvas(w->view()->mapTo(w, QPoint(0, 0)), w->view()->size());
    const QRect map(mini->mapTo(w, QPoint(0, 0)), mini->size());
    CHECK_FALSE(canvas.intersects(map)); // it never covers the design
    CHECK(w->minimapAction()->isCheckable());
    w->minimapAction()->trigger();
    QApplication::processEvents();
    CHECK_FALSE(mini->isVisible());
    w->minimapAction()->trigger();
    QApplication::processEvents();
    CHECK(mini->isVisible());

    // Remembered: a window that restores settings writes the choice and a new one reads it.
    const QString org = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QStringLiteral("ClusterCanvasLayoutTest-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    {
        MainWindowOptions o;
        o.offer_recovery = false;
        o.autosave_folder = s.tmp.filePath("autosave2");
        MainWindow first(o);
        first.show();
        first.minimapAction()->trigger(); // hide
        CHECK(QSettings().value(MainWindow::kMinimapKey).toBool() == false);
        MainWindow second(o);
        second.show();
        QApplication::processEvents();
        CHECK_FALSE(second.minimapDock()->isVisible());
        CHECK_FALSE(second.minimapAction()->isChecked());
    }
    QSettings().clear();
    QCoreApplication::setOrganizationName(org);
}

TEST_CASE("presentation mode is exactly the requested size, the design gets most of the width, a picker chooses the chart",
          "[widgets][layout]") {
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
        testing::Studio s(testing::kPod);
        MainWindow* w = s.w.get();
        settle(w);
        w->setPresentationMode(true);
        // What --screenshot --show presentation does: the requested size, not the off-screen "screen".
        w->showNormal();
        w->resize(size);
        settle(w);
        INFO(size.width() << "x" << size.height());
        CHECK(w->size() == size);
        CHECK(w->view()->width() >= size.width() / 2);
        ResultsPanel* r = w->results();
        QComboBox* picker = r->chartPicker();
        REQUIRE(picker);
        CHECK(picker->isVisible());
        CHECK(picker->count() == 3);
        const auto shown = [r] {
            QList<int> v;
            for (int i = 0; i < r->charts().size(); ++i)
                if (r->charts()[i]->isVisible()) v << i;
            return v;
        };
        CHECK(shown() == QList<int>{0});
        picker->setCurrentIndex(2);
        emit picker->activated(2);
        QApplication::processEvents();
        CHECK(shown() == QList<int>{2});
        CHECK(r->charts()[2]->spec().title == picker->itemText(2));
        CHECK(cutTexts(w).join('\n').toStdString() == "");
        w->setPresentationMode(false);
        QApplication::processEvents();
        CHECK_FALSE(picker->isVisible());
        CHECK(shown().size() == 3);
    }
}

TEST_CASE("what-if sliders step one notch per click beside the handle", "[widgets][layout]") {
    testing::Studio s(testing::kPod);
    settle(s.w.get());
    QSlider* gpus = s.w->results()->whatIfSliders().value(0);
    REQUIRE(gpus);
    CHECK(gpus->singleStep() == 1);
    CHECK(gpus->pageStep() == 1);
    const int one = gpus->value();
    const QPoint right(gpus->width() - 3, gpus->height() / 2), left(3, gpus->height() / 2);
    QTest::mouseClick(gpus, Qt::LeftButton, {}, right);
    CHECK(gpus->value() == one + 1); // ×2, not ×16
    QTest::mouseClick(gpus, Qt::LeftButton, {}, right);
    CHECK(gpus->value() == one + 2);
    QTest::mouseClick(gpus, Qt::LeftButton, {}, left);
    QTest::mouseClick(gpus, Qt::LeftButton, {}, left);
    QTest::mouseClick(gpus, Qt::LeftButton, {}, left);
    CHECK(gpus->value() == one - 1);
}

TEST_CASE("heat overlay has a legend and paints idle parts grey, not green", "[widgets][layout]") {
    testing::Studio s(testing::kPod);
    settle(s.w.get());
    QWidget* legend = s.w->view()->heatLegend();
    REQUIRE(legend);
    CHECK_FALSE(legend->isVisible());
    s.w->scene()->setHeatOverlay(true);
    QApplication::processEvents();
    CHECK(legend->isVisible());
    // In its own strip above the canvas, wide enough for every entry.
    CHECK(legend->geometry().bottom() < s.w->view()->viewport()->geometry().top());
    CHECK(legend->width() >= legend->sizeHint().width());
    const QStringList texts = static_cast<HeatLegend*>(legend)->texts();
    CHECK(texts.size() == 5);
    CHECK(texts.value(1).contains("5 %"));
    s.w->scene()->setHeatOverlay(false);
    QApplication::processEvents();
    CHECK_FALSE(legend->isVisible());

    for (double idle : {0.0, 0.001, 0.04}) {
        const QColor c = style::heatColour(idle);
        CHECK(c.hsvSaturationF() < 0.2f); // grey: no hue to read as "healthy"
    }
    CHECK(style::heatColour(0.3).hsvHue() > 90); // working: green
    CHECK(style::heatColour(0.3).hsvHue() < 160);
}

TEST_CASE("link bandwidth labels on the classroom template do not overlap", "[widgets][layout]") {
    testing::Studio s(testing::kClass);
    settle(s.w.get());
    QList<LinkItem*> links;
    for (QGraphicsItem* it : s.w->scene()->items())
        if (auto* l = qgraphicsitem_cast<LinkItem*>(it)) links << l;
    REQUIRE(links.size() >= 5);
    int pcie = 0;
    for (int i = 0; i < links.size(); ++i) {
        pcie += links[i]->label().contains("256");
        for (int j = i + 1; j < links.size(); ++j) {
            INFO(links[i]->id().toStdString() << " and " << links[j]->id().toStdString());
            CHECK_FALSE(links[i]->labelRect().intersects(links[j]->labelRect()));
        }
    }
    CHECK(pcie >= 4); // the four "256 Gb/s" PCIe links that used to stack
}

TEST_CASE("the explanation dialog's Quantity column shows every name whole", "[widgets][layout]") {
    testing::Studio s(testing::kPod);
    settle(s.w.get());
    const auto e = s.w->scoring()->latest().explanation;
    REQUIRE(e);
    ExplanationDialog d;
    d.showExplanation(*e, {});
    d.show();
    QApplication::processEvents();
    const int need = explanationColumnNeed(d.tree(), 0);
    CHECK(need > 100);
    CHECK(d.tree()->columnWidth(0) >= std::min(need, d.width() / 2 - 20));
    CHECK(d.tree()->columnWidth(1) >= std::min(explanationColumnNeed(d.tree(), 1), d.width() / 4 - 10));
}

TEST_CASE("palette names wrap onto a second line instead of being cut", "[widgets][layout]") {
    testing::Studio s(testing::kPod);
    s.w->resize(1280, 720);
    settle(s.w.get());
    auto* tree = s.w->palette()->findChild<QTreeWidget*>();
    REQUIRE(tree);
    int long_names = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem* it = tree->topLevelItem(i)->child(j);
            const QRect r = tree->visualItemRect(it);
            const QFontMetrics fm(tree->font());
            const int text_room = r.width() - tree->iconSize().width() - 12;
            if (fm.horizontalAdvance(it->text(0)) <= text_room) continue;
            ++long_names;
            INFO(it->text(0).toStdString());
            CHECK(r.height() >= 2 * fm.height()); // room for the wrapped second line
        }
    CHECK(long_names > 0); // at 1280×720 some names do not fit one line
}

TEST_CASE("the empty-design hint uses the width of the results panel", "[widgets][layout]") {
    testing::Studio s(testing::kClass);
    s.w->resize(1366, 768);
    cc::Design d = s.doc()->design();
    d.components.clear();
    d.links.clear();
    d.groups.clear();
    s.doc()->reset(d);
    settle(s.w.get());
    QLabel* widest = nullptr;
    for (QLabel* l : s.w->results()->findChildren<QLabel*>())
        if (l->isVisible() && l->wordWrap() && !l->text().isEmpty() && (!widest || l->width() > widest->width())) widest = l;
    REQUIRE(widest);
    INFO(widest->text().toStdString());
    CHECK(widest->width() >= s.w->results()->width() / 2);
}
