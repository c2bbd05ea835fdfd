#pragma once
// The studio's main window: canvas in the centre, palette (left), inspector
// (right), results and findings (bottom), undo history; menus and toolbar with
// standard shortcuts; files with recent list, autosave and crash recovery.
#include "catalog/catalog.h"

#include <QMainWindow>

#include <QPointer>
#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QDockWidget;
class QLabel;
class QToolBar;
class QMenu;
class QPrinter;
class QUndoView;

namespace cc::studio {

enum class CanvasFormat;
class Autosave;
class DesignScene;
class DesignView;
class Document;
class ComparisonView;
class ExplanationDialog;
class FindingsPanel;
class InspectorWidget;
class PaletteWidget;
class ResultsPanel;
class ScoreService;

struct MainWindowOptions {
    bool restore_settings = true; // off for screenshots and tests: a fixed, known layout
    bool offer_recovery = true;
    QString autosave_folder; // "" = app data folder
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions& opt = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a design file; on error shows the message (unless quiet) and keeps the current document.
    bool openFile(const QString& path, bool quiet = false, QString* error = nullptr);
    /// Replaces the document with a template (":/templates/x.ccd") as a new, untitled design.
    bool newFromTemplate(const QString& resource_path);
    bool save();
    bool saveAs();
    /// File → Import model…: the transformer defined by a Hugging Face config.json
    /// becomes the workload's model (a custom model, saved in the design); one undo
    /// step. A design without a workload gets a serving workload. `notes` lists the
    /// fields the import could not use; false with `error` set when the file is unusable.
    bool importModelConfig(const QString& path, QString* error = nullptr, QStringList* notes = nullptr);
    /// File → Price book…: the CSV price list replaces catalog prices (scores, BOM,
    /// compare, report) and is remembered for the next start; any bad row refuses
    /// the file (`problems` as file:line) and nothing changes.
    bool importPriceBook(const QString& path, QStringList* problems = nullptr);
    /// Back to the catalog's public, dated list prices.
    void clearPriceBook();
    /// Writes the prices in force as a price book CSV.
    bool exportPriceList(const QString& path, QString* error = nullptr);
    /// Offers to recover autosaved copies of crashed sessions.
    void offerRecovery();

    Document* document() const { return doc_; }
    DesignScene* scene() const { return scene_; }
    DesignView* view() const { return view_; }
    ScoreService* scoring() const { return scoring_; }
    PaletteWidget* palette() const { return palette_; }
    InspectorWidget* inspector() const { return inspector_; }
    FindingsPanel* findings() const { return findings_; }
    ResultsPanel* results() const { return results_; }
    Autosave* autosave() const { return autosave_; }
    const Catalog& catalog() const { return catalog_; }

    // Edit commands (also used by tests).
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void alignSelection(Qt::Alignment how);
    void distributeSelection(Qt::Orientation o);
    void groupSelection();
    /// "Replace everywhere…" for the selected part or link (a modal dialog).
    void replaceEverywhere();
    void setPresentationMode(bool on);
    bool presentationMode() const { return presentation_; }
    /// Scenarios: step to the previous/next one; the side-by-side comparison.
    void stepScenario(int step);
    void showComparison();
    ComparisonView* comparisonView() const { return compare_view_; }
    QComboBox* scenarioSwitcher() const { return scenario_box_; }
    /// The overview dock (View → Minimap; the choice is remembered).
    QDockWidget* minimapDock() const { return minimap_dock_; }
    QAction* minimapAction() const;
    /// Settings key of the remembered minimap choice.
    static constexpr const char* kMinimapKey = "view/minimap";

protected:
    void closeEvent(QCloseEvent* e) override;
    void showEvent(QShowEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    void buildDocks();
    /// Dock sizes in proportion to the window (a 1280×720 projector and a 4K
    /// screen both keep a usable canvas); not when the user's layout was restored.
    void fitDocksToWindow();
    /// Presentation: the results column takes at most ~38 % of the width, the design the rest.
    void fitPresentationDock();
    void buildActions();
    void buildScenarioActions(QToolBar* tb);
    void refreshScenarios();
    void updateTitle();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    bool maybeSave();
    void showExplanation(const QString& metric);
    // Canvas exports and printing (main_export.cpp).
    void buildExportMenu(QMenu* file);
    void exportCanvasAs(CanvasFormat format, double scale);
    void printPage(QPrinter* printer);
    void printPreview();
    void printWithDialog();
    void exportReport();
    void importModelDialog();
    void priceBookDialog();
    void exportPriceListDialog();
    /// Applies the remembered price book to catalog_ (before jobs start); the problem, or "".
    QString restorePriceBook();
    /// Reads a price book against catalog_; its problems as "file:line: what".
    std::optional<PriceBook> readPriceBookFile(const QString& path, QStringList* problems) const;
    /// Puts the book's prices in catalog_ (no job may be reading it); how many entries changed.
    std::size_t usePriceBook(const PriceBook& book);

    MainWindowOptions opt_;
    Catalog catalog_;
    Document* doc_;
    DesignScene* scene_;
    DesignView* view_;
    ScoreService* scoring_;
    Autosave* autosave_;
    PaletteWidget* palette_ = nullptr;
    InspectorWidget* inspector_ = nullptr;
    ResultsPanel* results_ = nullptr;
    FindingsPanel* findings_ = nullptr;
    QUndoView* undo_view_ = nullptr;
    QMenu* recent_menu_ = nullptr;
    QLabel *zoom_label_ = nullptr, *score_label_ = nullptr, *rules_label_ = nullptr;
    QPointer<ExplanationDialog> explain_;
    QByteArray layout_before_presentation_, geometry_before_presentation_;
    bool presentation_ = false, layout_restored_ = false, docks_fitted_ = false;
    QDockWidget* minimap_dock_ = nullptr;
    QAction* presentation_action_ = nullptr;
    QList<QAction*> presentation_arrows_;
    QComboBox* scenario_box_ = nullptr;
    QAction *delete_scenario_ = nullptr, *prev_scenario_ = nullptr, *next_scenario_ = nullptr;
    QPointer<QDialog> compare_dialog_;
    ComparisonView* compare_view_ = nullptr;
    QString recovered_from_; // suggested path for "Save" after a recovery
};

} // namespace cc::studio
