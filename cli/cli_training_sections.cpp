// The training section of `evaluate` (owned by the training engine): summary,
// step breakdown, memory per GPU, bottleneck with the drawn component to blame,
// and the best plans. Text and JSON carry the same numbers.
#include "cli/cli_sections.h"
#include "cli/cli_training.h"
#include "cli/text_table.h"
#include "engine/training/training_engine.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ostream>

namespace cc::cli {
namespace {

using nlohmann::json;
using namespace engine::training;

// The text report lists the best few plans; JSON carries all the engine kept.
constexpr std::size_t kPlansPrinted = 3;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string seconds(double s) {
    if (s >= 1) return fixed(s, 3) + " s";
    return fixed(s * 1e3, 2) + " ms";
}

std::string duration(double s) {
    if (s >= 2 * 86400) return fixed(s / 86400, 1) + " days";
    if (s >= 2 * 3600) return fixed(s / 3600, 1) + " h";
    return fixed(s / 60, 1) + " min";
}

const std::pair<const char*, double Breakdown::*> kParts[] = {
    {"forward", &Breakdown::forward},     {"backward", &Breakdown::backward},     {"recompute", &Breakdown::recompute},
    {"tp_comm", &Breakdown::tp_comm},     {"ep_comm", &Breakdown::ep_comm},       {"cp_comm", &Breakdown::cp_comm},
    {"pp_comm", &Breakdown::pp_comm},     {"bubble", &Breakdown::bubble},         {"dp_exposed", &Breakdown::dp_exposed},
    {"optimizer", &Breakdown::optimizer}, {"data_stall", &Breakdown::data_stall}, {"overhead", &Breakdown::overhead},
};

const char* part_label(const std::string& key) {
    static const std::pair<const char*, const char*> labels[] = {{"forward", "forward compute"},
                                                                 {"backward", "backward compute"},
                                                                 {"recompute", "activation recompute"},
                                                                 {"tp_comm", "tensor-parallel collectives"},
                                                                 {"ep_comm", "expert all-to-all"},
                                                                 {"cp_comm", "context-parallel K/V exchange"},
                                                                 {"pp_comm", "pipeline point-to-point"},
                                                                 {"bubble", "pipeline bubble"},
                                                                 {"dp_exposed", "data-parallel comm (exposed)"},
                                                                 {"optimizer", "optimizer step"},
                                                                 {"data_stall", "data-ingest stall"},
                                                                 {"overhead", "fixed overhead"}};
    for (const auto& [k, l] : labels)
        if (key == k) return l;
    return "";
}

json plan_json(const Plan& p) {
    return {{"tp", p.tp},
            {"pp", p.pp},
            {"dp", p.dp},
            {"cp", p.cp},
            {"v", p.v},
            {"ep", p.ep},
            {"micro_batch", p.micro},
            {"zero", p.zero},
            {"recompute", std::string(to_string(p.recompute))},
            {"sequence_parallel", p.sp},
            {"description", describe(p)}};
}

} // namespace

nlohmann::json training_breakdown_json(const Breakdown& t) {
    json j = json::object();
    for (const auto& [k, m] : kParts) j[k] = t.*m;
    return j;
}

nlohmann::json training_evaluation_json(const TrainingEvaluation& e) {
    if (!e.ok) return {{"ok", false}, {"error", e.error}, {"notes", e.notes}, {"caveats", e.caveats}};
    const StepResult& r = e.best;
    const Memory& m = r.mem;
    json ranked = json::array();
    for (const auto& rp : e.ranked)
        ranked.push_back({{"plan", plan_json(rp.result.plan)},
                          {"step_time_s", rp.result.step_s},
                          {"samples_per_s", rp.result.samples_per_s},
                          {"fits", rp.result.mem.fits()},
                          {"why_loses", rp.why_loses.empty() ? json(nullptr) : json(rp.why_loses)}});
    return {
        {"ok", true},
        {"model", e.job.model_name},
        {"precision", std::string(to_string(e.job.precision))},
        {"accelerator", e.view.accelerator_id},
        {"gpus", e.view.accelerators},
        {"gpus_used", r.gpus_used},
        {"searched", e.automatic},
        {"plans_considered", e.plans_considered},
        {"plans_fitting", e.plans_fitting},
        {"plan", plan_json(r.plan)},
        {"summary",
         {{"step_time_s", r.step_s},
          {"samples_per_s", r.samples_per_s},
          {"tokens_per_s", e.job.transformer ? json(r.tokens_per_s) : json(nullptr)},
          {"model_tflops_per_gpu", r.model_tflops_per_gpu},
          {"hw_tflops_per_gpu", r.hw_tflops_per_gpu},
          {"mfu", r.mfu},
          {"matmul_efficiency", r.efficiency},
          {"microbatches", r.microbatches},
          {"time_to_train_s", opt(e.run.time_s)},
          {"energy_kWh", opt(e.run.energy_kWh)},
          {"energy_cost_usd", opt(e.run.energy_cost_usd)},
          {"gpu_hours", opt(e.run.gpu_hours)},
          {"gpu_cost_usd", opt(e.run.gpu_cost_usd)}}},
        {"breakdown_s", training_breakdown_json(r.t)},
        {"communication_s",
         {{"dp_total", r.dp_total_s},
          {"dp_overlapped", r.dp_overlapped_s},
          {"tp_total", r.tp_total_s},
          {"pp_total", r.pp_total_s},
          {"ep_total", r.ep_total_s},
          {"scale_up_exposed", r.scale_up_s},
          {"scale_out_exposed", r.scale_out_s}}},
        {"memory",
         {{"weights_GB", m.weights / 1e9},
          {"gradients_GB", m.grads / 1e9},
          {"optimizer_GB", m.optimizer / 1e9},
          {"activations_GB", m.activations / 1e9},
          {"buffers_GB", m.buffers / 1e9},
          {"reserve_GB", m.reserve / 1e9},
          {"total_GB", m.total() / 1e9},
          {"capacity_GB", m.capacity / 1e9},
          {"headroom_GB", m.headroom() / 1e9},
          {"fits", m.fits()}}},
        {"bottleneck",
         {{"resource", std::string(to_string(e.bottleneck.resource))},
          {"component", e.bottleneck.component},
          {"detail", e.bottleneck.detail},
          {"seconds", e.bottleneck.seconds}}},
        {"ranked_plans", ranked},
        {"notes", e.notes},
        {"caveats", e.caveats},
    };
}

void print_training_section(const evaluate::Evaluation& ev, std::ostream& out) {
    if (!ev.training) return;
    const TrainingEvaluation& e = ev.training->result;
    out << "\nTraining\n";
    if (!e.ok) {
        out << "  not evaluated: " << e.error << "\n";
        return;
    }
    const StepResult& r = e.best;
    out << "  " << e.job.model_name << " · " << to_string(e.job.precision) << " · " << text::grouped(r.gpus_used) << " × "
        << e.view.accelerator_id << "\n";
    out << "  Plan: " << describe(r.plan)
        << (e.automatic ? " (searched: " + text::grouped(static_cast<double>(e.plans_considered)) + " plans, " +
                              text::grouped(static_cast<double>(e.plans_fitting)) + " fit)"
                        : " (fixed)")
        << "\n";
    for (const auto& c : e.caveats) out << "  ! " << c << "\n";
    out << "  Step time " << seconds(r.step_s) << " · " << text::si(r.samples_per_s, "samples/s");
    if (e.job.transformer) out << " · " << text::si(r.tokens_per_s, "tokens/s");
    out << "\n  Model " << fixed(r.model_tflops_per_gpu, 1) << " TFLOP/s per GPU · MFU " << fixed(r.mfu * 100, 1) << " % · hardware "
        << fixed(r.hw_tflops_per_gpu, 1) << " TFLOP/s per GPU (recompute counted)\n";
    if (e.run.time_s) {
        out << "  Time to train " << duration(*e.run.time_s);
        if (e.run.gpu_hours) out << " · " << text::grouped(*e.run.gpu_hours) << " GPU-hours";
        if (e.run.energy_kWh) out << " · " << text::grouped(*e.run.energy_kWh) << " kWh";
        if (e.run.energy_cost_usd) out << " (" << text::usd(*e.run.energy_cost_usd) << " energy)";
        if (e.run.gpu_cost_usd) out << " · " << text::usd(*e.run.gpu_cost_usd) << " GPU time";
        out << "\n";
    }

    out << "\nStep breakdown\n";
    text::Table t({{"Part", text::Align::Left}, {"Time", text::Align::Right}, {"Share", text::Align::Right}});
    for (const auto& [k, m] : kParts) {
        const double v = r.t.*m;
        if (v <= 0) continue;
        t.row({part_label(k), seconds(v), fixed(100 * v / r.step_s, 1) + " %"});
    }
    t.row({"step", seconds(r.step_s), "100.0 %"});
    out << t.str();

    const Memory& m = r.mem;
    out << "\nMemory per GPU\n";
    text::Table mt({{"Part", text::Align::Left}, {"GB", text::Align::Right}});
    mt.row({"weights", fixed(m.weights / 1e9, 1)});
    mt.row({"gradients", fixed(m.grads / 1e9, 1)});
    mt.row({"optimizer states", fixed(m.optimizer / 1e9, 1)});
    mt.row({"activations", fixed(m.activations / 1e9, 1)});
    mt.row({"communication buffers", fixed(m.buffers / 1e9, 1)});
    mt.row({"runtime reserve", fixed(m.reserve / 1e9, 1)});
    mt.row({"total", fixed(m.total() / 1e9, 1)});
    out << mt.str();
    out << "  " << (m.fits() ? "fits: " : "does not fit: ") << fixed(m.total() / 1e9, 1) << " of " << fixed(m.capacity / 1e9, 1)
        << " GB (headroom " << fixed(m.headroom() / 1e9, 1) << " GB)\n";

    out << "\nBottleneck: " << to_string(e.bottleneck.resource) << " — " << e.bottleneck.detail;
    if (!e.bottleneck.component.empty()) out << " [component " << e.bottleneck.component << "]";
    if (e.bottleneck.seconds > 0) out << " (" << seconds(e.bottleneck.seconds) << " per step)";
    out << "\n";

    if (e.ranked.size() > 1) {
        out << "\nBest plans\n";
        for (std::size_t k = 0; k < std::min<std::size_t>(e.ranked.size(), kPlansPrinted); ++k)
            out << "  " << k + 1 << ". " << describe(e.ranked[k].result.plan) << " — step " << seconds(e.ranked[k].result.step_s)
                << (k ? "; " + e.ranked[k].why_loses : "") << "\n";
    }
    if (!e.notes.empty()) {
        out << "\nTraining assumptions\n";
        for (const auto& n : e.notes) out << "  · " << n << "\n";
    }
}

void add_training_section_json(const evaluate::Evaluation& ev, nlohmann::json& j) {
    if (ev.training) j["training"] = training_evaluation_json(ev.training->result);
}

} // namespace cc::cli
