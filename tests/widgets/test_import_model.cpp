// File → Import model…: a Hugging Face config.json becomes the workload's model,
// is shown in the inspector, is saved in the design and undoes in one step.
#include "format/design_format.h"
#include "studio_fixture.h"

#include <QAction>
#include <QComboBox>

using namespace cc;
using namespace cc::studio;
using namespace cc::studio::testing;

namespace {
const QString kQwenMoe = QStringLiteral(CC_SOURCE_DIR "/tests/data/hf_configs/qwen3-30b-a3b.json");
const QString kLlama = QStringLiteral(CC_SOURCE_DIR "/tests/data/hf_configs/llama-3.1-8b.json");
} // namespace

TEST_CASE("import model: the File menu action imports a config.json as the workload's custom model", "[studio][import_model]") {
    Studio s(kPod);
    auto* action = s.w->findChild<QAction*>(QStringLiteral("importModel"));
    REQUIRE(action);
    CHECK(action->text().contains(QStringLiteral("config.json")));
    REQUIRE(s.doc()->design().workload.model());
    const std::string before = s.doc()->design().workload.model()->library_id;
    CHECK_FALSE(before.empty());

    QString error;
    QStringList notes;
    REQUIRE(s.w->importModelConfig(kQwenMoe, &error, &notes));
    QApplication::processEvents();
    const ModelRef* m = s.doc()->design().workload.model();
    REQUIRE(m);
    REQUIRE(m->custom);
    CHECK(m->custom->name == "qwen3-30b-a3b");
    CHECK(m->custom->arch == "moe-decoder");
    CHECK(m->custom->params == Approx(30.5e9).epsilon(0.02));
    CHECK(notes.join('\n').contains(QStringLiteral("active per token")));

    // The inspector's model combo names the custom model.
    bool shown = false;
    for (auto* combo : s.w->findChildren<QComboBox*>())
        if (combo->findText(QStringLiteral("qwen3-30b-a3b"), Qt::MatchContains) >= 0) shown = true;
    CHECK(shown);

    // Saved in the design file, read back equal.
    const QString path = s.tmp.filePath("imported.ccd");
    QString save_error;
    REQUIRE(s.doc()->save(path, &save_error));
    const Design back = format::load_design_file(path.toStdString());
    REQUIRE(back.workload.model());
    CHECK(back.workload.model()->custom == m->custom);

    // One undo step restores the library model.
    s.doc()->undoStack()->undo();
    CHECK(s.doc()->design().workload.model()->library_id == before);
    CHECK_FALSE(s.doc()->design().workload.model()->custom);
}

TEST_CASE("import model: an unusable config.json leaves the design alone and says where", "[studio][import_model]") {
    Studio s(kPod);
    const Design before = s.doc()->design();
    QString error;
    CHECK_FALSE(s.w->importModelConfig(QStringLiteral(CC_SOURCE_DIR "/tests/data/hf_configs/README.md"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(s.doc()->design() == before);
    // A design without a workload gets a serving workload with the model.
    Studio empty(kClass);
    Workload none;
    REQUIRE(empty.doc()->setWorkload(none));
    REQUIRE(empty.w->importModelConfig(kLlama));
    CHECK(std::holds_alternative<ServingWorkload>(empty.doc()->design().workload.spec));
    CHECK(empty.doc()->design().workload.model()->custom->params == Approx(8.03e9).epsilon(0.02));
}
