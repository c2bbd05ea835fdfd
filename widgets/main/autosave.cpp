#include "main/autosave.h"

#include "document/document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace cc::studio {

Autosave::Autosave(Document* doc, const QString& folder, QObject* parent) : QObject(parent), doc_(doc) {
    folder_ = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/autosave" : folder;
    QDir().mkpath(folder_);
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy_ = folder_ + "/" + session + ".ccd";
    meta_ = folder_ + "/" + session + ".json";
    lock_ = std::make_unique<QLockFile>(folder_ + "/" + session + ".lock");
    lock_->setStaleLockTime(0); // a lock is stale only when its process is gone
    lock_->tryLock(0);
    sweepStale();
    deadline_.setSingleShot(true);
    deadline_.setTimerType(Qt::PreciseTimer);
    deadline_.setInterval(interval_ms_);
    connect(&deadline_, &QTimer::timeout, this, &Autosave::saveNow);
    idle_.setSingleShot(true);
    idle_.setInterval(5000);
    connect(&idle_, &QTimer::timeout, this, &Autosave::saveNow);
    connect(doc_, &Document::changed, this, &Autosave::onEdited);
    connect(doc_, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) discard(); // saved (or undone back to the saved state)
    });
}

void Autosave::setInterval(int ms) {
    interval_ms_ = ms;
    deadline_.setInterval(ms);
    idle_.setInterval(std::min(5000, ms / 2));
}

void Autosave::onEdited() {
    idle_.start();
    if (!unsaved_for_.isValid()) {
        unsaved_for_.start(); // the clock runs from the first edit the copy lacks
        deadline_.start();
    } else if (unsaved_for_.elapsed() >= interval_ms_) {
        saveNow(); // continuous editing starves timers; the promise holds anyway
    }
}

Autosave::~Autosave() {
    discard();
    if (lock_) lock_->unlock();
    QFile::remove(folder_ + "/" + QFileInfo(copy_).completeBaseName() + ".lock");
}

bool Autosave::saveNow() {
    deadline_.stop();
    idle_.stop();
    unsaved_for_.invalidate();
    if (!doc_->isModified()) return false;
    QString error;
    if (!doc_->saveCopy(copy_, &error)) return false;
    QJsonObject m{{"original", doc_->filePath()},
                  {"title", QString::fromStdString(doc_->design().title)},
                  {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QFile f(meta_);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(QJsonDocument(m).toJson());
    return true;
}

void Autosave::sweepStale() const {
    const QDir dir(folder_);
    for (const QFileInfo& fi : dir.entryInfoList({"*.lock", "*.json"}, QDir::Files)) {
        const QString base = fi.completeBaseName();
        if (QFileInfo::exists(dir.filePath(base + ".ccd"))) continue; // a copy to recover: keep
        if (fi.suffix() == QLatin1String("lock")) {
            QLockFile other(fi.absoluteFilePath());
            other.setStaleLockTime(0);
            if (!other.tryLock(0)) continue; // that session is still running
            other.unlock();                  // removes the file
        } else if (QFileInfo::exists(dir.filePath(base + ".lock"))) {
            continue; // metadata of a running session, written before its copy
        }
        QFile::remove(fi.absoluteFilePath());
    }
}

void Autosave::discard() {
    QFile::remove(copy_);
    QFile::remove(meta_);
}

QList<RecoverableCopy> Autosave::findRecoverable() const {
    QList<RecoverableCopy> out;
    const QDir dir(folder_);
    for (const QFileInfo& fi : dir.entryInfoList({"*.ccd"}, QDir::Files, QDir::Time)) {
        if (fi.absoluteFilePath() == QFileInfo(copy_).absoluteFilePath()) continue;
        QLockFile other(dir.filePath(fi.completeBaseName() + ".lock"));
        other.setStaleLockTime(0);
        if (!other.tryLock(0)) continue; // that session is still running
        other.unlock();
        RecoverableCopy c;
        c.copy_path = fi.absoluteFilePath();
        c.saved_at = fi.lastModified();
        QFile mf(dir.filePath(fi.completeBaseName() + ".json"));
        if (mf.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
            c.original_path = m.value("original").toString();
            c.title = m.value("title").toString();
        }
        out << c;
    }
    return out;
}

void Autosave::forget(const RecoverableCopy& c) {
    const QFileInfo fi(c.copy_path);
    QFile::remove(c.copy_path);
    QFile::remove(fi.dir().filePath(fi.completeBaseName() + ".json"));
    QFile::remove(fi.dir().filePath(fi.completeBaseName() + ".lock"));
}

} // namespace cc::studio
