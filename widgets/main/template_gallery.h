#pragma once
// "New from template": a gallery of the shipped templates with thumbnails
// rendered from the designs themselves, their titles and descriptions.
#include <QDialog>

class QListWidget;
class QLabel;

namespace cc::studio {

class TemplateGallery : public QDialog {
    Q_OBJECT
public:
    explicit TemplateGallery(QWidget* parent = nullptr);
    /// Resource path of the chosen template (":/templates/x.ccd"), or "" for an empty design.
    QString chosen() const;
    static QStringList templatePaths();
    /// The design drawn small, as the gallery and the report show it.
    static QImage thumbnail(const QString& path, QSize size);

private:
    QListWidget* list_;
    QLabel* description_;
};

} // namespace cc::studio
