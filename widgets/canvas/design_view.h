#pragma once
// The canvas view: zoom (Ctrl+wheel, pinch, keys), pan (middle drag, wheel),
// rubber-band selection, drops from the palette and of .ccd files; the heat
// overlay's legend in a strip above the canvas (the minimap is a dock of its own).
#include <QGraphicsView>

namespace cc::studio {

class DesignScene;

inline constexpr const char* kPartMimeType = "application/x-clustercanvas-part";

class DesignView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DesignView(DesignScene* scene, QWidget* parent = nullptr);
    double zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomReset();
    /// The colour legend of the heat overlay (shown while the scene's overlay is on).
    QWidget* heatLegend() const { return heat_legend_; }

signals:
    void zoomChanged(double zoom);
    void designFileDropped(const QString& path);
    /// The part of the scene on screen moved (scroll, zoom, resize).
    void visibleAreaChanged();

protected:
    void wheelEvent(QWheelEvent* e) override;
    bool viewportEvent(QEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dragMoveEvent(QDragMoveEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void showEvent(QShowEvent* e) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scaleBy(double factor);
    void showHeatLegend(bool on);
    void placeHeatLegend();
    void scheduleFit();
    bool fit_pending_ = false; // zoomToFit asked before the viewport had a size
    bool auto_fit_ = false;    // last zoom came from a fit: refit when the canvas is resized
    bool fit_scheduled_ = false;
    DesignScene* scene_;
    QWidget* heat_legend_ = nullptr;
    QPoint pan_from_;
    bool panning_ = false;
};

} // namespace cc::studio
