#include "panels/score_cards.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace cc::studio {

QColor stateColour(CardState s) {
    switch (s) {
    case CardState::Good: return QColor(0x27, 0xae, 0x60);
    case CardState::Warning: return QColor(0xe6, 0x9b, 0x00);
    case CardState::Bad: return QColor(0xc0, 0x39, 0x2b);
    case CardState::Neutral: break;
    }
    return QColor(0x5d, 0x8a, 0xa8);
}

ScoreCardWidget::ScoreCardWidget(QWidget* parent)
    : QFrame(parent), label_(new QLabel(this)), value_(new QLabel(this)), detail_(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(12, 6, 8, 6);
    lay->setSpacing(1);
    QFont lf = label_->font();
    lf.setPointSizeF(lf.pointSizeF() * 0.9);
    label_->setFont(lf);
    label_->setForegroundRole(QPalette::PlaceholderText); // muted, and follows the theme
    QFont vf = value_->font();
    vf.setPointSizeF(vf.pointSizeF() * 1.45);
    vf.setBold(true);
    value_->setFont(vf);
    detail_->setFont(lf);
    detail_->setForegroundRole(QPalette::PlaceholderText);
    detail_->setWordWrap(true);
    lay->addWidget(label_);
    lay->addWidget(value_);
    lay->addWidget(detail_);
}

void ScoreCardWidget::setCard(const ScoreCard& c) {
    card_ = c;
    label_->setText(c.label);
    value_->setText(c.value);
    detail_->setText(c.detail);
    setToolTip(tr("%1: %2\n%3\nClick to see how it is computed.").arg(c.label, c.value, c.detail));
    setAccessibleName(c.label + QStringLiteral(": ") + c.value);
    update();
}

void ScoreCardWidget::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton) emit clicked(card_.metric);
    QFrame::mousePressEvent(e);
}

void ScoreCardWidget::paintEvent(QPaintEvent* e) {
    QFrame::paintEvent(e);
    QPainter p(this);
    p.fillRect(QRect(0, 0, 4, height()), stateColour(card_.state)); // the state bar
}

ScoreCardsView::ScoreCardsView(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(6);
}

void ScoreCardsView::setCards(const QList<ScoreCard>& cards) {
    while (cards_.size() > cards.size()) delete cards_.takeLast();
    while (cards_.size() < cards.size()) {
        auto* w = new ScoreCardWidget(this);
        connect(w, &ScoreCardWidget::clicked, this, &ScoreCardsView::explainRequested);
        cards_ << w;
    }
    const int columns = cards.size() > 4 ? (cards.size() + 1) / 2 : std::max<qsizetype>(1, cards.size());
    for (int i = 0; i < cards.size(); ++i) {
        cards_[i]->setCard(cards[i]);
        grid_->addWidget(cards_[i], i / columns, i % columns);
    }
}

} // namespace cc::studio
