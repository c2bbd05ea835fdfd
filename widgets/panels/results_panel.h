#pragma once
// The results dock: headline, bottleneck banner, score cards, charts and
// what-if sliders. Follows the ScoreService; never computes anything itself.
#include "scoring/score_result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;

namespace cc::studio {

class ChartView;
class ScoreCardsView;
class ScoreService;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(ScoreService* service, QWidget* parent = nullptr);
    void showResult(const ScoreResult& r);
    QList<ChartView*> charts() const { return charts_; }
    ScoreCardsView* cards() const { return cards_; }
    /// Presentation: big cards and one chart, no sliders or notes; `caption`
    /// names the scenario shown ("Scenario B200 · 3 of 3 · ← →").
    void setPresentation(bool on, double card_scale = 1.6);
    void setCaption(const QString& caption);
    bool presentation() const { return presentation_; }
    /// Presentation: which of the result's charts is shown (a picker above it).
    QComboBox* chartPicker() const { return chart_picker_; }
    QList<QSlider*> whatIfSliders() const { return sliders_; }

signals:
    void explainRequested(const QString& metric);

private:
    void pushWhatIf();
    ScoreService* service_;
    QLabel *headline_, *bottleneck_, *message_, *notes_;
    ScoreCardsView* cards_;
    QList<ChartView*> charts_;
    QList<QSlider*> sliders_;
    QList<QLabel*> slider_values_;
    QWidget* what_if_box_;
    QLabel* caption_;
    QComboBox* chart_picker_ = nullptr;
    QLabel* picker_label_ = nullptr;
    int presentation_chart_ = 0;
    bool presentation_ = false;
    static constexpr int kChartMinHeight = 200;
    ScoreResult last_;
};

} // namespace cc::studio
