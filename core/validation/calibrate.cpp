#include "validation/calibrate.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace cc::validation {
namespace {

using engine::training::Calibration;
using nlohmann::json;

// A row the engine could not score counts as this far off (log space) in a fit,
// so parameters never drift into regions where cases fail.
constexpr double kMissLog = 2.5;
constexpr double kStepRelative = 1e-3; // finite-difference step, relative to the parameter
constexpr double kLambdaStart = 1e-2;  // Levenberg–Marquardt damping
constexpr double kLambdaGrow = 10, kLambdaShrink = 0.3;
constexpr double kTolerance = 1e-7; // stop when the cost improves less than this

// Huber loss written as least squares: quadratic within ±kHuberLog (≈ 20 %), linear
// beyond, so a few cases the engine cannot model (yet) do not pull every constant.
constexpr double kHuberLog = 0.18;
double robust(double r) {
    const double a = std::fabs(r);
    return a <= kHuberLog ? r : std::copysign(std::sqrt(2 * kHuberLog * a - kHuberLog * kHuberLog), r);
}

/// Each row under a stable key: case, metric and the how-manyth row of that pair (a
/// case may expect one metric twice, e.g. at two percentiles).
std::vector<std::pair<std::string, const Row*>> keyed_rows(const Report& r) {
    std::vector<std::pair<std::string, const Row*>> out;
    std::map<std::string, int> seen;
    for (const auto& row : r.rows) {
        const std::string pair = row.case_id + "|" + row.metric;
        out.emplace_back(pair + "|" + std::to_string(seen[pair]++), &row);
    }
    return out;
}

/// Residuals log(predicted ÷ measured) in a fixed order of row keys.
struct Residuals {
    std::vector<std::string> keys;
    Eigen::VectorXd at(const std::vector<json>& cases, const Catalog& cat, const Calibration& cal) const {
        const Report r = run_training_cases(cases, cat, cal);
        std::map<std::string, double> got;
        for (const auto& [key, row] : keyed_rows(r))
            if (row->predicted > 0 && row->measured > 0) got[key] = std::log(row->predicted / row->measured);
        Eigen::VectorXd v(static_cast<Eigen::Index>(keys.size()));
        for (std::size_t i = 0; i < keys.size(); ++i) {
            auto it = got.find(keys[i]);
            v[static_cast<Eigen::Index>(i)] = robust(it == got.end() ? kMissLog : it->second);
        }
        return v;
    }
};

std::vector<const FitParameter*> chosen(const FitOptions& opt) {
    std::vector<const FitParameter*> out;
    for (const auto& p : training_fit_parameters())
        if (opt.parameters.empty() || std::find(opt.parameters.begin(), opt.parameters.end(), p.name) != opt.parameters.end())
            out.push_back(&p);
    return out;
}

Summary summary_of(const std::vector<Row>& rows, std::size_t missed) {
    Report r;
    r.rows = rows;
    r.missed = missed;
    summarise(r);
    return r.summary;
}

} // namespace

const std::vector<FitParameter>& training_fit_parameters() {
    static const std::vector<FitParameter> params{
        {"matmul_frac_ampere", &Calibration::matmul_frac_ampere, 0.3, 0.95},
        {"matmul_frac_hopper", &Calibration::matmul_frac_hopper, 0.3, 0.95},
        {"fp8_factor", &Calibration::fp8_factor, 0.4, 1.0},
        {"attention_frac", &Calibration::attention_frac, 0.2, 0.9},
        {"hidden_rolloff_per_flop_per_byte", &Calibration::hidden_rolloff_per_flop_per_byte, 0.5, 20},
        {"cnn_frac_tensor", &Calibration::cnn_frac_tensor, 0.02, 0.6},
        {"busbw_frac_scale_out", &Calibration::busbw_frac_scale_out, 0.3, 1.0},
        {"dp_overlap", &Calibration::dp_overlap, 0.0, 1.0},
    };
    return params;
}

std::string source_family(const std::string& case_id) {
    std::string f = case_id.substr(0, case_id.find('-'));
    while (f.size() > 1 && std::isdigit(static_cast<unsigned char>(f.back()))) f.pop_back();
    return f;
}

std::vector<json> training_cases(const std::vector<json>& docs) {
    std::vector<json> out;
    for (const auto& d : docs)
        if (d.is_object() && d.contains("cases") && d["cases"].is_array())
            for (const auto& c : d["cases"])
                if (c.is_object() && c.value("kind", std::string()) == "training") out.push_back(c);
    return out;
}

Report run_training_cases(const std::vector<json>& cases, const Catalog& cat, const Calibration& cal) {
    Report r;
    RunOptions opt;
    opt.calibration = &cal;
    run_document(json{{"format", "clustercanvas-validation"}, {"version", 1}, {"cases", cases}}, "fit", cat, r, opt);
    summarise(r);
    return r;
}

FitResult fit_training(const std::vector<json>& cases, const Catalog& cat, const Calibration& start, const FitOptions& opt) {
    FitResult out;
    out.calibration = start;
    const auto params = chosen(opt);
    std::set<std::string> families;
    for (const auto& c : cases) families.insert(source_family(c.value("id", std::string())));
    out.families = families.size();

    const Report first = run_training_cases(cases, cat, start);
    out.before_summary = first.summary;
    Residuals res;
    for (const auto& [key, row] : keyed_rows(first)) res.keys.push_back(key);
    for (const auto* p : params) out.before[p->name] = start.*(p->field);
    if (params.empty() || res.keys.empty()) {
        out.after = out.before;
        out.after_summary = out.before_summary;
        return out;
    }

    const auto n = static_cast<Eigen::Index>(params.size());
    auto values = [&](const Calibration& c) {
        Eigen::VectorXd x(n);
        for (Eigen::Index i = 0; i < n; ++i) x[i] = c.*(params[static_cast<std::size_t>(i)]->field);
        return x;
    };
    auto with = [&](const Eigen::VectorXd& x) {
        Calibration c = start;
        for (Eigen::Index i = 0; i < n; ++i) {
            const FitParameter& p = *params[static_cast<std::size_t>(i)];
            c.*(p.field) = std::clamp(x[i], p.lo, p.hi);
        }
        return c;
    };
    Eigen::VectorXd x = values(start);
    Eigen::VectorXd r = res.at(cases, cat, with(x));
    double cost = r.squaredNorm();
    double lambda = kLambdaStart;
    bool converged = false;
    for (out.iterations = 0; out.iterations < opt.max_iterations && !converged; ++out.iterations) {
        Eigen::MatrixXd J(r.size(), n);
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::VectorXd xs = x;
            const double h = std::max(1e-6, std::fabs(x[i]) * kStepRelative);
            xs[i] += h;
            J.col(i) = (res.at(cases, cat, with(xs)) - r) / h;
        }
        const Eigen::MatrixXd A = J.transpose() * J;
        const Eigen::VectorXd g = J.transpose() * r;
        bool improved = false;
        for (int tries = 0; tries < 8 && !improved; ++tries) {
            Eigen::MatrixXd damped = A;
            damped.diagonal() += lambda * A.diagonal().cwiseMax(1e-12);
            const Eigen::VectorXd step = damped.ldlt().solve(-g);
            Eigen::VectorXd next = x + step;
            for (Eigen::Index i = 0; i < n; ++i) {
                const FitParameter& p = *params[static_cast<std::size_t>(i)];
                next[i] = std::clamp(next[i], p.lo, p.hi);
            }
            const Eigen::VectorXd rn = res.at(cases, cat, with(next));
            const double cn = rn.squaredNorm();
            if (cn < cost) {
                improved = true;
                const double gain = cost - cn;
                x = next;
                r = rn;
                cost = cn;
                lambda *= kLambdaShrink;
                converged = gain < kTolerance;
            } else {
                lambda *= kLambdaGrow;
            }
        }
        if (!improved) break;
    }
    out.calibration = with(x);
    for (const auto* p : params) out.after[p->name] = out.calibration.*(p->field);
    out.after_summary = run_training_cases(cases, cat, out.calibration).summary;
    return out;
}

CrossValidation cross_validate_training(const std::vector<json>& cases, const Catalog& cat, const Calibration& start,
                                        const FitOptions& opt) {
    CrossValidation cv;
    cv.in_sample = fit_training(cases, cat, start, opt).after_summary;
    std::map<std::string, std::vector<json>> by_family;
    for (const auto& c : cases) by_family[source_family(c.value("id", std::string()))].push_back(c);
    std::size_t missed = 0;
    for (const auto& [family, held_out] : by_family) {
        std::vector<json> rest;
        for (const auto& c : cases)
            if (source_family(c.value("id", std::string())) != family) rest.push_back(c);
        const Calibration fitted = rest.empty() ? start : fit_training(rest, cat, start, opt).calibration;
        const Report r = run_training_cases(held_out, cat, fitted);
        cv.by_family[family] = r.summary;
        cv.rows.insert(cv.rows.end(), r.rows.begin(), r.rows.end());
        missed += r.missed;
    }
    cv.cross_validated = summary_of(cv.rows, missed);
    return cv;
}

} // namespace cc::validation
