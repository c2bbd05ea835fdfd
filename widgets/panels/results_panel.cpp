#include "panels/results_panel.h"

#include "charts/chart_view.h"
#include "panels/score_cards.h"
#include "scoring/score_service.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QVBoxLayout>

#include <array>

namespace cc::studio {

namespace {
// What-if factors: powers of two either side of the design as drawn.
constexpr std::array<double, 9> kFactors = {1.0 / 16, 1.0 / 8, 0.25, 0.5, 1, 2, 4, 8, 16};
constexpr int kOne = 4;

QString factorText(double f) {
    if (f >= 1) return QStringLiteral("×%1").arg(f);
    return QStringLiteral("×1/%1").arg(1 / f);
}

/// A click beside the handle moves one notch towards the click (Fusion jumps
/// straight to the clicked value: ×1 to ×8 in one click on a nine-notch scale).
class NotchSlider : public QSlider {
public:
    using QSlider::QSlider;

protected:
    void mousePressEvent(QMouseEvent* e) override {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        if (e->button() != Qt::LeftButton || handle.contains(e->position().toPoint())) {
            QSlider::mousePressEvent(e); // dragging the handle still works
            return;
        }
        triggerAction(e->position().x() > handle.center().x() ? SliderSingleStepAdd : SliderSingleStepSub);
        e->accept();
    }
};
} // namespace

ResultsPanel::ResultsPanel(ScoreService* service, QWidget* parent)
    : QWidget(parent), service_(service), headline_(new QLabel(this)), bottleneck_(new QLabel(this)), message_(new QLabel(this)),
      notes_(new QLabel(this)), cards_(new ScoreCardsView(this)), what_if_box_(nullptr), caption_(new QLabel(this)) {
    setAccessibleName(tr("Results"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    // The results scroll rather than squeeze or cut: the dock can be short on a
    // 1280×720 projector, and its content never forces the window taller.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("ResultsContent"));
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    auto* left = new QVBoxLayout(content);
    left->setContentsMargins(0, 0, 0, 0);

    QFont hf = headline_->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.1);
    headline_->setFont(hf);
    headline_->setWordWrap(true);
    bottleneck_->setWordWrap(true);
    bottleneck_->setTextFormat(Qt::RichText);
    message_->setWordWrap(true);
    message_->setMargin(12);
    message_->setForegroundRole(QPalette::PlaceholderText); // muted, and follows the theme
    notes_->setWordWrap(true);
    notes_->setForegroundRole(QPalette::PlaceholderText);
    QFont cf = caption_->font();
    cf.setBold(true);
    cf.setPointSizeF(cf.pointSizeF() * 1.5);
    caption_->setFont(cf);
    caption_->setVisible(false);
    left->addWidget(caption_);
    left->addWidget(headline_);
    left->addWidget(bottleneck_);
    left->addWidget(message_);
    left->addWidget(cards_);
    connect(cards_, &ScoreCardsView::explainRequested, this, &ResultsPanel::explainRequested);

    // Presentation shows one chart: the audience's question decides which.
    chart_picker_ = new QComboBox(content);
    chart_picker_->setAccessibleName(tr("Chart shown"));
    chart_picker_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(chart_picker_, &QComboBox::activated, this, [this](int i) {
        presentation_chart_ = i;
        showResult(last_);
    });
    auto* picker_row = new QHBoxLayout;
    picker_label_ = new QLabel(tr("Chart:"), content);
    picker_row->addWidget(picker_label_);
    picker_row->addWidget(chart_picker_);
    picker_row->addStretch(1);
    left->addLayout(picker_row);
    auto* chartRow = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* c = new ChartView(content);
        c->setMinimumSize(260, kChartMinHeight);
        charts_ << c;
        chartRow->addWidget(c, 1);
    }
    left->addLayout(chartRow, 1);
    left->addWidget(notes_);

    // What-if sliders act on the scoring snapshot only.
    auto* box = new QGroupBox(tr("What if…"), this);
    what_if_box_ = box;
    box->setAccessibleName(tr("What-if sliders"));
    auto* grid = new QGridLayout(box);
    const char* names[] = {QT_TR_NOOP("GPUs (×N)"), QT_TR_NOOP("Model size"), QT_TR_NOOP("Dataset"), QT_TR_NOOP("Load / users")};
    for (int i = 0; i < 4; ++i) {
        auto* s = new NotchSlider(Qt::Horizontal, box);
        s->setRange(0, static_cast<int>(kFactors.size()) - 1);
        s->setValue(kOne);
        s->setSingleStep(1);
        s->setPageStep(1);
        s->setTickPosition(QSlider::TicksBelow);
        s->setAccessibleName(tr(names[i]));
        auto* v = new QLabel(factorText(1), box);
        v->setMinimumWidth(44);
        grid->addWidget(new QLabel(tr(names[i]), box), i, 0);
        grid->addWidget(s, i, 1);
        grid->addWidget(v, i, 2);
        sliders_ << s;
        slider_values_ << v;
        connect(s, &QSlider::valueChanged, this, &ResultsPanel::pushWhatIf);
    }
    auto* reset = new QPushButton(tr("Back to the design"), box);
    connect(reset, &QPushButton::clicked, this, [this] {
        for (auto* s : sliders_) s->setValue(kOne);
    });
    grid->addWidget(reset, 4, 0, 1, 3);
    grid->setRowStretch(5, 1);
    box->setMinimumWidth(230);
    box->setMaximumWidth(300);
    outer->addWidget(box);

    connect(service_, &ScoreService::scored, this, &ResultsPanel::showResult);
    showResult(service_->latest());
}

void ResultsPanel::pushWhatIf() {
    WhatIf w;
    double* fields[] = {&w.gpu_scale, &w.model_scale, &w.data_scale, &w.load_scale};
    for (int i = 0; i < sliders_.size(); ++i) {
        *fields[i] = kFactors[static_cast<std::size_t>(sliders_[i]->value())];
        slider_values_[i]->setText(factorText(*fields[i]));
        QFont f = slider_values_[i]->font();
        f.setBold(*fields[i] != 1.0);
        slider_values_[i]->setFont(f);
    }
    service_->setWhatIf(w);
}

void ResultsPanel::setPresentation(bool on, double card_scale) {
    if (on == presentation_ && cards_->presentation() == on && !on) return;
    presentation_ = on;
    cards_->setPresentation(on, card_scale);
    what_if_box_->setVisible(!on);
    caption_->setVisible(on && !caption_->text().isEmpty());
    for (ChartView* c : charts_) c->setMinimumHeight(on ? kChartMinHeight + 60 : kChartMinHeight);
    showResult(last_);
}

void ResultsPanel::setCaption(const QString& caption) {
    caption_->setText(caption);
    caption_->setVisible(presentation_ && !caption.isEmpty());
}

void ResultsPanel::showResult(const ScoreResult& r) {
    last_ = r;
    const bool scored = !r.cards.isEmpty();
    QString head = r.headline;
    if (service_->whatIf().active()) head += tr("   (what-if)");
    headline_->setText(head);
    headline_->setVisible(!head.isEmpty());
    if (!r.bottleneck.isEmpty()) {
        const QColor c = resourceColour(r.bottleneck_resource);
        bottleneck_->setText(
            QStringLiteral("<span style='background:%1;color:white;padding:2px 6px;border-radius:3px'>&nbsp;%2&nbsp;</span>&nbsp; %3")
                .arg(c.name(), resourceLabel(r.bottleneck_resource).toUpper().toHtmlEscaped(), r.bottleneck.toHtmlEscaped()));
    }
    bottleneck_->setVisible(scored && !r.bottleneck.isEmpty());
    message_->setText(r.message);
    message_->setVisible(!r.message.isEmpty());
    cards_->setCards(r.cards);
    cards_->setCaveats(r.caveats);
    cards_->setVisible(scored);
    const int n_charts = static_cast<int>(std::min(r.charts.size(), charts_.size()));
    if (presentation_chart_ >= n_charts) presentation_chart_ = 0;
    {
        const QSignalBlocker quiet(chart_picker_);
        chart_picker_->clear();
        for (int i = 0; i < n_charts; ++i) chart_picker_->addItem(r.charts[i].title);
        chart_picker_->setCurrentIndex(presentation_chart_);
    }
    const bool picker = presentation_ && scored && n_charts > 1;
    chart_picker_->setVisible(picker);
    picker_label_->setVisible(picker);
    for (int i = 0; i < charts_.size(); ++i) {
        const bool has = i < n_charts;
        if (has) charts_[i]->setSpec(r.charts[i]);
        // Presentation shows one chart, the one picked (first: where the time goes).
        charts_[i]->setVisible(has && scored && (!presentation_ || i == presentation_chart_));
    }
    QStringList shown = r.notes.mid(0, 3);
    QString notes = shown.isEmpty() ? QString() : tr("Assumed: ") + shown.join(QStringLiteral(" · "));
    if (r.notes.size() > 3) notes += tr(" (+%1 more in the explanation)").arg(r.notes.size() - 3);
    notes_->setText(notes);
    notes_->setVisible(!notes.isEmpty() && !presentation_);
}

} // namespace cc::studio
