#include "panels/findings_panel.h"

#include "catalog/catalog.h"
#include "document/document.h"
#include "rules/check.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::studio {

FindingsPanel::FindingsPanel(Document* doc, const Catalog* catalog, QWidget* parent)
    : QWidget(parent), doc_(doc), catalog_(catalog), list_(new QTreeWidget(this)) {
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(list_);
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Finding"), tr("Part"), tr("Rule")});
    list_->setRootIsDecorated(false);
    list_->setAlternatingRowColors(true);
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->setAccessibleName(tr("Design-rule findings"));
    connect(list_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* it) {
        const QString id = it->data(0, Qt::UserRole).toString();
        if (!id.isEmpty()) emit subjectActivated(id);
    });
    connect(list_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* it) {
        const QString id = it->data(0, Qt::UserRole).toString();
        if (!id.isEmpty()) emit subjectActivated(id);
    });
    // Rules take milliseconds on 5,000 parts (more than scoring): check off the
    // GUI thread once edits pause, so a burst of edits (a spin box held down) is
    // checked once and the scores, not the rules, get the second core.
    pause_.setSingleShot(true);
    pause_.setInterval(kPauseMs);
    connect(&pause_, &QTimer::timeout, this, &FindingsPanel::schedule);
    connect(doc_, &Document::changed, this, [this] {
        if (!stopped_) pause_.start();
    });
    connect(&watcher_, &QFutureWatcher<std::vector<Finding>>::finished, this, &FindingsPanel::finished);
    refresh();
}

FindingsPanel::~FindingsPanel() { watcher_.waitForFinished(); }

void FindingsPanel::stop() {
    stopped_ = true;
    pause_.stop();
    watcher_.waitForFinished();
}

void FindingsPanel::refresh() { show(check(doc_->design(), *catalog_), doc_->revision()); }

void FindingsPanel::schedule() {
    if (stopped_ || watcher_.isRunning()) return; // finished() checks the newest revision next
    running_revision_ = doc_->revision();
    ++checks_started_;
    watcher_.setFuture(QtConcurrent::run([d = doc_->snapshot(), cat = catalog_] { return check(d->design(), *cat); }));
}

void FindingsPanel::finished() {
    if (running_revision_ == doc_->revision()) show(watcher_.result(), running_revision_);
    else if (!pause_.isActive()) schedule(); // else the pause timer checks the newest state
}

void FindingsPanel::waitForIdle() {
    for (int guard = 0; guard < 1000 && !stopped_ && shown_revision_ != doc_->revision(); ++guard) {
        if (pause_.isActive()) { // no more edits are coming: check now
            pause_.stop();
            schedule();
        }
        watcher_.waitForFinished();
        QCoreApplication::sendPostedEvents(&watcher_); // finished(): shows it, or checks the newest revision
        if (shown_revision_ != doc_->revision() && !watcher_.isRunning()) schedule();
    }
}

void FindingsPanel::show(const std::vector<Finding>& findings, quint64 revision) {
    shown_revision_ = revision;
    list_->clear();
    errors_ = warnings_ = 0;
    QStyle* st = QApplication::style();
    for (const Finding& f : findings) {
        auto* it = new QTreeWidgetItem(list_);
        it->setText(0, QString::fromStdString(f.message));
        it->setToolTip(0, QString::fromStdString(f.message));
        const Component* c = doc_->design().component(f.subject);
        const Group* g = doc_->design().group(f.subject);
        it->setText(1, c ? QString::fromStdString(c->name) : g ? QString::fromStdString(g->name) : QString::fromStdString(f.subject));
        it->setText(2, QString::fromStdString(f.rule));
        it->setData(0, Qt::UserRole, QString::fromStdString(f.subject));
        switch (f.severity) {
        case Severity::Error:
            ++errors_;
            it->setIcon(0, st->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        case Severity::Warning:
            ++warnings_;
            it->setIcon(0, st->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        case Severity::Info: it->setIcon(0, st->standardIcon(QStyle::SP_MessageBoxInformation)); break;
        }
    }
    if (findings.empty()) {
        auto* it = new QTreeWidgetItem(list_);
        it->setText(0, tr("No findings: the design passes every rule."));
        it->setIcon(0, st->standardIcon(QStyle::SP_DialogApplyButton));
    }
    emit countsChanged(errors_, warnings_);
}

} // namespace cc::studio
