// File → Import model…: a Hugging Face config.json defines the workload's model.
#include "catalog/hf_config.h"
#include "document/document.h"
#include "main/main_window.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace cc::studio {

bool MainWindow::importModelConfig(const QString& path, QString* error, QStringList* notes) {
    HfImport im;
    try {
        im = import_hf_config_file(path.toStdString());
    } catch (const InputError& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    Workload w = doc_->design().workload;
    if (w.empty()) w.spec = ServingWorkload{}; // an imported LLM is most often sized for serving
    const QString name = QString::fromStdString(im.model.name);
    *w.model() = ModelRef{"", std::move(im.model)};
    if (!doc_->setWorkload(w, QStringLiteral("model"))) {
        if (error) *error = tr("The workload did not accept the model.");
        return false;
    }
    if (notes)
        for (const auto& n : im.notes) notes->push_back(QString::fromStdString(n));
    statusBar()->showMessage(tr("Model \"%1\" imported from %2").arg(name, path), 8000);
    return true;
}

void MainWindow::importModelDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import model from a Hugging Face config.json"), {},
                                                      tr("Hugging Face config (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    QStringList notes;
    if (!importModelConfig(path, &error, &notes)) {
        QMessageBox::warning(this, tr("Import model"), tr("Cannot import the model:\n%1").arg(error));
        return;
    }
    QMessageBox::information(this, tr("Import model"),
                             tr("The model is now the workload's model (saved with the design). Notes on the import:\n\n%1")
                                 .arg(notes.join(QStringLiteral("\n"))));
}

} // namespace cc::studio
