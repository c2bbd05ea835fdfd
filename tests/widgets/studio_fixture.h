#pragma once
// A main window for tests: fixed layout (no saved settings), no recovery
// prompt, autosave into a temporary folder, a design already open.
#include "document/document.h"
#include "main/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>

#include <memory>

namespace cc::studio::testing {

inline const QString kPod = QStringLiteral(CC_SOURCE_DIR "/templates/dgx-h100-training-pod.ccd");
inline const QString kClass = QStringLiteral(CC_SOURCE_DIR "/templates/classroom-4gpu.ccd");
inline const QString kEdgeSite = QStringLiteral(CC_SOURCE_DIR "/templates/edge-video-analytics-site.ccd");

struct Studio {
    QTemporaryDir tmp;
    std::unique_ptr<MainWindow> w;
    explicit Studio(const QString& file = kClass) {
        MainWindowOptions o;
        o.restore_settings = false;
        o.offer_recovery = false;
        o.autosave_folder = tmp.filePath("autosave");
        w = std::make_unique<MainWindow>(o);
        w->resize(1400, 900);
        w->show();
        REQUIRE(w->openFile(file, true));
        QApplication::processEvents();
    }
    Document* doc() const { return w->document(); }
};

// Picks the entry whose data is `key`, as a user's click on it does.
inline void pick(QComboBox* combo, const QString& key) {
    REQUIRE(combo);
    const int i = combo->findData(key);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

} // namespace cc::studio::testing
