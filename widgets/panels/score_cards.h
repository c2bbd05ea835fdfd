#pragma once
// A row of score cards: label, big value with units, one detail line, and a
// coloured state bar (good / warning / bad against the targets). Clicking a
// card asks for its explanation.
#include "scoring/score_result.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace cc::studio {

class ScoreCardWidget : public QFrame {
    Q_OBJECT
public:
    explicit ScoreCardWidget(QWidget* parent = nullptr);
    void setCard(const ScoreCard& c);
    const ScoreCard& card() const { return card_; }
    /// Text size relative to the normal card (presentation mode uses 1.6).
    void setScale(double scale);

signals:
    void clicked(const QString& metric);

protected:
    void mousePressEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void paintEvent(QPaintEvent* e) override;

private:
    ScoreCard card_;
    QLabel *label_, *value_, *detail_;
};

class ScoreCardsView : public QWidget {
    Q_OBJECT
public:
    explicit ScoreCardsView(QWidget* parent = nullptr);
    void setCards(const QList<ScoreCard>& cards);
    QList<ScoreCardWidget*> cards() const { return cards_; }
    /// Lines above the cards saying the score rests on an incomplete or
    /// oversubscribed fabric; hidden when empty.
    void setCaveats(const QStringList& caveats);
    QLabel* caveatLine() const { return caveats_; }
    /// Large cards in two columns, readable from the back of a meeting room.
    /// `scale` follows the screen: cards and one chart fit a 1280×720 projector.
    void setPresentation(bool large, double scale = 1.6);
    bool presentation() const { return scale_ > 1.0; }

signals:
    void explainRequested(const QString& metric);

private:
    void scaleCaveats();

    QLabel* caveats_;
    QGridLayout* grid_;
    QList<ScoreCardWidget*> cards_;
    double scale_ = 1.0;
    int columns_ = 0; // 0: automatic
};

QColor stateColour(CardState s);

} // namespace cc::studio
