#include "main/template_gallery.h"

#include "canvas/design_image.h"
#include "format/design_format.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::studio {

QStringList TemplateGallery::templatePaths() {
    QStringList out;
    for (const QString& f : QDir(":/templates").entryList({"*.ccd"}, QDir::Files, QDir::Name)) out << ":/templates/" + f;
    // The default template first: it is what `make run` opens.
    const QString def = ":/templates/dgx-h100-training-pod.ccd";
    if (out.removeOne(def)) out.prepend(def);
    return out;
}

QImage TemplateGallery::thumbnail(const QString& path, QSize size) {
    QFile f(path);
    try {
        if (f.open(QIODevice::ReadOnly)) return renderDesignImage(format::read_design(f.readAll().toStdString()), size);
    } catch (const std::exception&) {
        // A broken template shows blank rather than failing the gallery.
    }
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    return img;
}

TemplateGallery::TemplateGallery(QWidget* parent) : QDialog(parent), list_(new QListWidget(this)), description_(new QLabel(this)) {
    setWindowTitle(tr("New design"));
    resize(920, 620);
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Start from a template (you can change everything) or from an empty canvas."), this);
    lay->addWidget(intro);
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(QSize(240, 150));
    list_->setGridSize(QSize(270, 200));
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    list_->setWordWrap(true);
    list_->setSpacing(6);
    lay->addWidget(list_, 1);
    description_->setWordWrap(true);
    description_->setMinimumHeight(48);
    lay->addWidget(description_);

    auto* empty = new QListWidgetItem(tr("Empty design"), list_);
    QImage blank(240, 150, QImage::Format_ARGB32_Premultiplied);
    blank.fill(QColor(0xf4, 0xf6, 0xf8));
    empty->setIcon(QIcon(QPixmap::fromImage(blank)));
    empty->setData(Qt::UserRole, QString());
    empty->setData(Qt::UserRole + 1, tr("An empty canvas: drag parts from the palette."));
    for (const QString& path : templatePaths()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        try {
            const Design d = format::read_design(f.readAll().toStdString());
            auto* it = new QListWidgetItem(QString::fromStdString(d.title), list_);
            it->setIcon(QIcon(QPixmap::fromImage(thumbnail(path, QSize(240, 150)))));
            it->setData(Qt::UserRole, path);
            it->setData(Qt::UserRole + 1, QString::fromStdString(d.description));
            it->setToolTip(QString::fromStdString(d.description));
        } catch (const std::exception&) {
        }
    }
    connect(list_, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* it) { description_->setText(it ? it->data(Qt::UserRole + 1).toString() : QString()); });
    list_->setCurrentRow(list_->count() > 1 ? 1 : 0);
    connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
}

QString TemplateGallery::chosen() const {
    const QListWidgetItem* it = list_->currentItem();
    return it ? it->data(Qt::UserRole).toString() : QString();
}

} // namespace cc::studio
