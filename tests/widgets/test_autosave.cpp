// Autosave keeps its promise: no more than the interval of edits is ever lost —
// under continuous editing, and when the process is killed with SIGKILL — the
// user's own file is never written, and stale locks do not pile up.
#include "document/document.h"
#include "format/design_format.h"
#include "main/autosave.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <map>

using namespace cc;
using namespace cc::studio;

namespace {

const QString kTemplate = QStringLiteral(CC_SOURCE_DIR "/templates/classroom-4gpu.ccd");

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The edit number an autosaved copy holds ("edit 17" → 17), or -1.
int editInCopy(const QString& path) {
    const QString title = QJsonDocument::fromJson(readAll(path)).object().value("title").toString();
    return title.startsWith("edit ") ? title.mid(5).toInt() : -1;
}

} // namespace

TEST_CASE("autosave: continuous editing never leaves more than the interval unsaved", "[widgets][autosave]") {
    QTemporaryDir dir;
    Document doc;
    REQUIRE(doc.load(kTemplate, nullptr));
    Autosave a(&doc, dir.filePath("autosave"));
    const int interval_ms = 300;
    a.setInterval(interval_ms);
    // Edits back to back without returning to the event loop: timers cannot
    // fire, as when a large design keeps the studio busy.
    QElapsedTimer clock;
    clock.start();
    std::map<int, qint64> edited_at;
    qint64 worst_lag = 0;
    int saves_seen = 0, last_in_copy = -1;
    for (int i = 0; clock.elapsed() < 5 * interval_ms; ++i) {
        doc.setTitle(QStringLiteral("edit %1").arg(i));
        edited_at[i] = clock.elapsed();
        const int in_copy = editInCopy(a.copyPath());
        if (in_copy != last_in_copy) ++saves_seen, last_in_copy = in_copy;
        // The oldest edit the copy lacks has waited this long.
        const qint64 lag = in_copy == i ? 0 : clock.elapsed() - edited_at[in_copy + 1];
        worst_lag = std::max(worst_lag, lag);
        QThread::msleep(10);
    }
    INFO("worst lag " << worst_lag << " ms, " << saves_seen << " saves");
    CHECK(saves_seen >= 3);
    CHECK(worst_lag <= interval_ms + 50);
}

TEST_CASE("autosave: a quiet spell after an edit saves without waiting for the deadline", "[widgets][autosave]") {
    QTemporaryDir dir;
    Document doc;
    REQUIRE(doc.load(kTemplate, nullptr));
    Autosave a(&doc, dir.filePath("autosave"));
    a.setInterval(2000); // quiet time is then 1 s
    doc.setTitle("edit 1");
    QElapsedTimer clock;
    clock.start();
    while (editInCopy(a.copyPath()) != 1 && clock.elapsed() < 3000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(editInCopy(a.copyPath()) == 1);
    CHECK(clock.elapsed() < 1900);
}

TEST_CASE("autosave: stale locks and orphaned metadata are removed, copies to recover are kept", "[widgets][autosave]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath("autosave");
    QDir().mkpath(folder);
    auto deadLock = [&](const QString& name) {
        // The layout QLockFile writes: pid, app name, host. No such pid runs.
        QFile f(folder + "/" + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("999999999\nclustercanvas\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    };
    deadLock("crashed-before-saving.lock");
    deadLock("crashed-after-saving.lock");
    QFile(folder + "/crashed-after-saving.ccd").open(QIODevice::WriteOnly);
    QFile(folder + "/orphan.json").open(QIODevice::WriteOnly);
    QLockFile running(folder + "/running.lock");
    REQUIRE(running.tryLock(0));
    QFile(folder + "/running.json").open(QIODevice::WriteOnly);

    Document doc;
    Autosave a(&doc, folder);
    CHECK_FALSE(QFile::exists(folder + "/crashed-before-saving.lock"));
    CHECK_FALSE(QFile::exists(folder + "/orphan.json"));
    CHECK(QFile::exists(folder + "/crashed-after-saving.lock")); // recovery still offers its copy
    CHECK(QFile::exists(folder + "/crashed-after-saving.ccd"));
    CHECK(QFile::exists(folder + "/running.lock"));
    CHECK(QFile::exists(folder + "/running.json"));
    CHECK(a.findRecoverable().size() == 1);
}

// The child of the SIGKILL test: edits a copy of a design forever, printing
// each edit with its time, until the parent kills it. Hidden from normal runs.
TEST_CASE("autosave child: edit until killed", "[.][autosave-child]") {
    const QString folder = qEnvironmentVariable("CC_AUTOSAVE_CHILD_FOLDER");
    const QString file = qEnvironmentVariable("CC_AUTOSAVE_CHILD_FILE");
    REQUIRE(!folder.isEmpty());
    Document doc;
    REQUIRE(doc.load(file, nullptr));
    Autosave a(&doc, folder);
    a.setInterval(qEnvironmentVariableIntValue("CC_AUTOSAVE_CHILD_INTERVAL_MS"));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0;; ++i) {
        doc.setTitle(QStringLiteral("edit %1").arg(i));
        std::printf("edit %d %lld\n", i, static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(15);
    }
}

TEST_CASE("autosave: after kill -9 recovery is offered, at most the interval is lost, the user's file is untouched",
          "[widgets][autosave]") {
    QTemporaryDir dir;
    const QString folder = dir.filePath("autosave");
    const QString file = dir.filePath("design.ccd");
    REQUIRE(QFile::copy(kTemplate, file));
    const QByteArray original = readAll(file);
    const int interval_ms = 400;

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CC_AUTOSAVE_CHILD_FOLDER", folder);
    env.insert("CC_AUTOSAVE_CHILD_FILE", file);
    env.insert("CC_AUTOSAVE_CHILD_INTERVAL_MS", QString::number(interval_ms));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {"[autosave-child]"});
    REQUIRE(child.waitForStarted(10000));

    // Let it edit for a few intervals, then kill it mid-stride.
    std::map<int, qint64> edited_at;
    int last = -1;
    QByteArray pending;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000 && (last < 0 || edited_at[last] < 4 * interval_ms)) {
        child.waitForReadyRead(200);
        pending += child.readAllStandardOutput();
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
            const QList<QByteArray> parts = pending.left(nl).split(' ');
            if (parts.size() == 3 && parts[0] == "edit") {
                last = parts[1].toInt();
                edited_at[last] = parts[2].toLongLong();
            }
        }
        REQUIRE(child.state() == QProcess::Running);
    }
    REQUIRE(last > 0);
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(10000));
    pending += child.readAllStandardOutput(); // edits printed after our last read
    for (const QByteArray& line : pending.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "edit") {
            last = parts[1].toInt();
            edited_at[last] = parts[2].toLongLong();
        }
    }
    CHECK(child.exitStatus() == QProcess::CrashExit);

    Document fresh;
    Autosave next(&fresh, folder);
    const auto found = next.findRecoverable();
    REQUIRE(found.size() == 1);
    CHECK(found.front().original_path == file);
    const int recovered = editInCopy(found.front().copy_path);
    REQUIRE(recovered >= 0);
    // Lost: the edits after the recovered one; the oldest of them is at most one interval old.
    const qint64 lost_ms = recovered == last ? 0 : edited_at[last] - edited_at[recovered + 1];
    INFO("recovered edit " << recovered << " of " << last << ", lost " << lost_ms << " ms of edits");
    CHECK(lost_ms <= interval_ms + 50);
    CHECK(readAll(file) == original); // the user's own file is never written by autosave
    CHECK(format::load_design_file(found.front().copy_path.toStdString()).title == "edit " + std::to_string(recovered));
}
