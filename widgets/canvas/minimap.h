#pragma once
// The overview of the whole design: a cached picture of the scene plus the
// visible area; click or drag to move the canvas there. It lives in its own
// dock (View → Minimap), so it never covers the design it summarises.
#include <QPixmap>
#include <QTimer>
#include <QTransform>
#include <QWidget>

namespace cc::studio {

class DesignScene;
class DesignView;

class MiniMap : public QWidget {
public:
    MiniMap(DesignScene* scene, DesignView* view, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {240, 150}; }
    QSize minimumSizeHint() const override { return {120, 80}; }

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void showEvent(QShowEvent* e) override;

private:
    /// Re-rendered a moment after the design changes, so panning a 5,000-part
    /// design never repaints the scene twice.
    void refit();
    void render();

    DesignScene* scene_;
    DesignView* view_;
    QPixmap picture_;
    QTransform to_widget_;
    QTimer timer_;
};

} // namespace cc::studio
