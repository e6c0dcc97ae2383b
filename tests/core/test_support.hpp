#pragma once
// Helpers shared by the core tests: a sample group and method built in code,
// so each test states exactly what it starts from.
#include <fstream>
#include <sstream>
#include <string>

#include "core/reducer.hpp"
#include "core/session.hpp"

namespace atelier::test {

constexpr int64_t kMin = 60'000;
constexpr int64_t kSec = 1'000;
constexpr int64_t kT0 = 1'780'000'000'000;  // some afternoon in 2026

inline Group group_of(int n) {
    Group g;
    g.name = "Groupe test";
    g.facilitator = "Sophie";
    const char* names[] = {"Amélie", "Benoît", "Chloé", "Éric", "Françoise", "Grégoire", "Hélène", "Jérôme",
                           "Karim", "Léa", "Mathieu", "Noémie"};
    for (int i = 0; i < n; ++i) g.participants.push_back(names[i]);
    return g;
}

inline Step step_of(const char* id, int minutes, SpeakingMode mode, int rounds = 0) {
    Step s;
    s.id = id;
    s.name = {id, id};
    s.planned_ms = minutes * kMin;
    s.speaking = mode;
    s.rounds = rounds;
    return s;
}

// client 10 min, round 20 min (as time allows), everyone 10, free 5.
inline Method four_step_method() {
    Method m;
    m.id = "test";
    m.name = {"Test", "Test"};
    m.steps = {step_of("presentation", 10, SpeakingMode::client), step_of("questions", 20, SpeakingMode::round),
               step_of("evaluation", 10, SpeakingMode::everyone), step_of("free", 5, SpeakingMode::free)};
    return m;
}

inline Session session_of(int participants = 5, int client = 0) {
    return new_session(group_of(participants), four_step_method(), client, "Atelier test");
}

// An atelier of the series, as the series keeps it; its id is its date and rank that day.
inline PastAtelier past(const std::string& date, const std::string& method, const std::string& client,
                        std::vector<std::string> plan = {}, const Group* in = nullptr) {
    PastAtelier p;
    p.date = date;
    p.method_id = method;
    p.client = client;
    p.plan = std::move(plan);
    p.id = in ? next_atelier_id(*in, date) : date + "-1";
    return p;
}

// Applies a command and checks it applied.
inline Session apply(const Session& s, const Command& c, int64_t now) { return reduce(s, c, now).session; }

inline std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(ATELIER_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace atelier::test
