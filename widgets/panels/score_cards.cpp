#include "panels/score_cards.h"

#include <QGridLayout>
#include <QKeyEvent>
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
    setFocusPolicy(Qt::TabFocus); // reachable with Tab; Enter or Space opens the explanation
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(12, 6, 8, 6);
    lay->setSpacing(1);
    setScale(1.0);
    label_->setForegroundRole(QPalette::PlaceholderText); // muted, and follows the theme
    detail_->setForegroundRole(QPalette::PlaceholderText);
    detail_->setWordWrap(true);
    lay->addWidget(label_);
    lay->addWidget(value_);
    lay->addWidget(detail_);
}

void ScoreCardWidget::setScale(double scale) {
    const QFont base = font();
    QFont lf = base;
    lf.setPointSizeF(base.pointSizeF() * 0.9 * scale);
    label_->setFont(lf);
    detail_->setFont(lf);
    QFont vf = base;
    vf.setPointSizeF(base.pointSizeF() * 1.45 * scale);
    vf.setBold(true);
    value_->setFont(vf);
}

void ScoreCardWidget::setCard(const ScoreCard& c) {
    card_ = c;
    label_->setText(c.label);
    value_->setText(c.value);
    detail_->setText(c.detail);
    setToolTip(tr("%1: %2\n%3\nClick to see how it is computed.").arg(c.label, c.value, c.detail));
    setAccessibleName(c.label + QStringLiteral(": ") + c.value);
    setAccessibleDescription(c.detail);
    update();
}

void ScoreCardWidget::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton) emit clicked(card_.metric);
    QFrame::mousePressEvent(e);
}

void ScoreCardWidget::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter || e->key() == Qt::Key_Space) {
        emit clicked(card_.metric);
        return;
    }
    QFrame::keyPressEvent(e);
}

void ScoreCardWidget::paintEvent(QPaintEvent* e) {
    QFrame::paintEvent(e);
    QPainter p(this);
    p.fillRect(QRect(0, 0, 4, height()), stateColour(card_.state)); // the state bar
    if (hasFocus()) {                                               // keyboard users must see where they are
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

ScoreCardsView::ScoreCardsView(QWidget* parent) : QWidget(parent), caveats_(new QLabel(this)), grid_(new QGridLayout) {
    setAccessibleName(tr("Score cards"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    // In the warning colour of the state bars, so it reads as part of the score, not a footnote.
    caveats_->setWordWrap(true);
    caveats_->setTextFormat(Qt::PlainText);
    QPalette pal = caveats_->palette();
    pal.setColor(QPalette::WindowText, stateColour(CardState::Warning));
    caveats_->setPalette(pal);
    scaleCaveats();
    caveats_->setAccessibleName(tr("Score caveats"));
    caveats_->setVisible(false);
    outer->addWidget(caveats_);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(6);
    outer->addLayout(grid_);
}

void ScoreCardsView::scaleCaveats() {
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale_);
    caveats_->setFont(f);
}

void ScoreCardsView::setCaveats(const QStringList& caveats) {
    QStringList lines;
    for (const auto& c : caveats) lines << tr("⚠ %1").arg(c);
    caveats_->setText(lines.join(QLatin1Char('\n')));
    caveats_->setVisible(!caveats.isEmpty());
}

void ScoreCardsView::setCards(const QList<ScoreCard>& cards) {
    while (cards_.size() > cards.size()) delete cards_.takeLast();
    while (cards_.size() < cards.size()) {
        auto* w = new ScoreCardWidget(this);
        w->setScale(scale_);
        connect(w, &ScoreCardWidget::clicked, this, &ScoreCardsView::explainRequested);
        cards_ << w;
    }
    const int columns = columns_ > 0       ? columns_
                        : cards.size() > 4 ? static_cast<int>((cards.size() + 1) / 2)
                                           : static_cast<int>(std::max<qsizetype>(1, cards.size()));
    for (int i = 0; i < cards.size(); ++i) {
        cards_[i]->setCard(cards[i]);
        grid_->addWidget(cards_[i], i / columns, i % columns);
    }
}

void ScoreCardsView::setPresentation(bool large, double scale) {
    if (large == (columns_ == 2) && scale_ == (large ? scale : 1.0)) return;
    scale_ = large ? scale : 1.0;
    columns_ = large ? 2 : 0;
    for (auto* c : cards_) c->setScale(scale_);
    scaleCaveats();
    QList<ScoreCard> current;
    for (auto* c : cards_) current << c->card();
    setCards(current); // re-flow into the new column count
}

} // namespace cc::studio
