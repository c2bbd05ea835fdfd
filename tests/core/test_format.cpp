#include "format/design_format.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace cc;
using format::read_design;
using format::write_design;

TEST_CASE("save → load → save gives identical bytes and an equal design", "[format]") {
    const Design d = testing::small_design();
    const std::string a = write_design(d);
    const Design back = read_design(a);
    CHECK(back == d);
    CHECK(write_design(back) == a);
}

TEST_CASE("the file carries format, version and app version, keys sorted", "[format]") {
    const std::string text = testing::small_design_text();
    const auto j = nlohmann::json::parse(text);
    CHECK(j["format"] == "clustercanvas-design");
    CHECK(j["version"] == format::kCurrentVersion);
    CHECK(format::kCurrentVersion == 2); // 2 added scenarios; bump with a migration
    CHECK(j["app_version"] == format::app_version());
    CHECK(text.find("\"app_version\"") < text.find("\"components\""));
    CHECK(text.back() == '\n');
}

TEST_CASE("components are written in natural id order whatever the order in memory", "[format]") {
    Design d = testing::small_design();
    std::swap(d.components[0], d.components[2]);
    d.components[1].id = "c10";
    for (auto& l : d.links) {
        if (l.a.component == "c2") l.a.component = "c10";
        if (l.b.component == "c2") l.b.component = "c10";
    }
    const auto j = nlohmann::json::parse(write_design(d));
    CHECK(j["components"][0]["id"] == "c1");
    CHECK(j["components"][1]["id"] == "c3");
    CHECK(j["components"][2]["id"] == "c10");
}

TEST_CASE("every workload kind and custom model round-trips", "[format]") {
    Design d = testing::small_design();
    ServingWorkload s;
    s.model.custom =
        ModelShape{"Mine", "decoder", 7e9, std::nullopt, 32, 4096, 32, 8, 14336, 128256, 8192, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    s.weights_precision = Precision::INT4;
    s.request_rate_per_s = 12.5;
    s.ttft_p99_target_ms = 500;
    s.tpot_target_ms = 50;
    d.workload.spec = s;
    d.workload.assumptions.pue = 1.5;
    d.workload.assumptions.price_per_gpu_hour_usd = 2.5;
    CHECK(read_design(write_design(d)) == d);
    EdgeWorkload e;
    e.model.library_id = "yolov8s";
    e.placement = Placement::Hybrid;
    e.latency_budget_ms = 80;
    d.workload.spec = e;
    CHECK(read_design(write_design(d)) == d);
    TrainingWorkload t;
    t.model.library_id = "llama3-70b";
    t.parallelism.automatic = false;
    t.parallelism.tp = 8;
    t.parallelism.pp = 4;
    t.parallelism.dp = 2;
    t.parallelism.zero = 1;
    t.parallelism.micro_batch = 1;
    t.parallelism.recompute = Recompute::Full;
    d.workload.spec = t;
    CHECK(read_design(write_design(d)) == d);
    d.workload = {};
    CHECK(read_design(write_design(d)) == d);
}

TEST_CASE("a custom model's MoE and latent-attention detail round-trips", "[format]") {
    Design d = testing::small_design();
    ServingWorkload s;
    ModelShape m{"Imported", "moe-decoder", 671e9, 37e9, 61, 7168, 128, 128, 2048, 129280, 163840, 256, 8, {}, {}, {}, {}, {}, {}, {}};
    m.head_dim = 128;
    m.shared_experts = 1;
    m.moe_layers = 58;
    m.dense_ffn = 18432;
    m.kv_lora_rank = 512;
    m.q_lora_rank = 1536;
    s.model.custom = m;
    d.workload.spec = s;
    const std::string text = write_design(d);
    CHECK(text.find("\"kv_lora_rank\": 512") != std::string::npos);
    CHECK(read_design(text) == d);
    auto j = nlohmann::json::parse(text);
    j["workload"]["model"]["moe_layers"] = 0;
    CHECK_THROWS_WITH(read_design(j.dump()), Catch::Contains("/workload/model/moe_layers"));
}

TEST_CASE("newer versions are refused with a clear message", "[format]") {
    auto j = nlohmann::json::parse(testing::small_design_text());
    j["version"] = 7;
    CHECK_THROWS_WITH(read_design(j.dump()), Catch::Contains("saved by a newer ClusterCanvas (format version 7"));
}

TEST_CASE("old versions are read through the migration chain", "[format]") {
    // A hypothetical version 3: the chain upgrades a version-2 file step by
    // step before it is read.
    auto j = nlohmann::json::parse(testing::small_design_text());
    int calls = 0;
    std::vector<format::Migration> chain{{2, [&](nlohmann::json& doc) {
                                              ++calls;
                                              doc["title"] = doc["title"].get<std::string>() + " (migrated)";
                                          }}};
    const Design d = format::read_design(j.dump(), {}, chain, 3);
    CHECK(calls == 1);
    CHECK(d.title == "Small test pod (migrated)");
    // A gap in the chain is an error, not a silent partial read.
    CHECK_THROWS_WITH(format::read_design(j.dump(), {}, {}, 3), Catch::Contains("no migration from format version 2"));
}

TEST_CASE("saving is atomic: a failed save leaves the previous file intact", "[format]") {
    namespace fs = std::filesystem;
    const std::string dir = testing::temp_dir("atomic");
    const std::string path = dir + "/design.ccd";
    format::save_design_file(testing::small_design(), path);
    const std::string before = testing::read_text(path);
    CHECK(format::read_design(before) == testing::small_design());

    // Make the folder read-only: the temporary file cannot be created.
    if (::geteuid() != 0) {
        fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
        Design changed = testing::small_design();
        changed.title = "changed";
        CHECK_THROWS_WITH(format::save_design_file(changed, path), Catch::Contains("temporary file"));
        fs::permissions(dir, fs::perms::owner_all);
        CHECK(testing::read_text(path) == before);
    }
    // Saving over a folder fails at rename; the folder and file survive.
    fs::create_directories(dir + "/sub.ccd/x");
    CHECK_THROWS_WITH(format::save_design_file(testing::small_design(), dir + "/sub.ccd"), Catch::Contains("previous file is unchanged"));
    CHECK(fs::exists(dir + "/sub.ccd/x"));
    CHECK(testing::read_text(path) == before);
    // No temporary files are left behind.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
    CHECK(entries == 2);
}

TEST_CASE("saving keeps the file's permissions", "[format]") {
    namespace fs = std::filesystem;
    const std::string path = testing::temp_dir("perms") + "/d.ccd";
    format::save_design_file(testing::small_design(), path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    format::save_design_file(testing::small_design(), path);
    CHECK((fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("saving through a symlink writes the file it points to and keeps the link", "[format][save]") {
    namespace fs = std::filesystem;
    const fs::path dir = testing::temp_dir("symlink-save");
    const fs::path real = dir / "real.ccd", link = dir / "link.ccd", link2 = dir / "link-to-link.ccd";
    fs::remove(link);
    fs::remove(link2);
    format::write_file_atomically(real.string(), "old");
    fs::create_symlink(real.filename(), link); // relative, as users make them
    fs::create_symlink(link.filename(), link2);
    format::write_file_atomically(link2.string(), "new");
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(fs::is_symlink(fs::symlink_status(link2)));
    std::ifstream in(real);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    CHECK(text == "new");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == 3); // no temporary left behind
}
