#pragma once
// The record a facilitator takes home, only on request: planned, added and
// real time per step, each person's speaking time, the request, the contract,
// the action plan, the date and the group. Built once as data; written as
// Markdown or CSV here, as PDF by the platform (cairo).
#include <cstdint>
#include <string>
#include <vector>

#include "core/session.hpp"

namespace atelier {

struct RecordStep {
    std::string number;
    std::string name;
    int64_t planned_ms = 0, added_ms = 0, actual_ms = 0;
    bool visited = false;
};

struct RecordPerson {
    std::string name;
    std::string role;  // client, consultant, facilitator
    int64_t spoken_ms = 0;
    bool has_left = false;
};

struct Record {
    Lang lang = Lang::fr;
    std::string title;  // "Atelier 3 / 8 — Codév managers — Lyon"
    std::string group, series, date, method, client, facilitator;
    std::vector<RecordStep> steps;
    RecordStep total;
    std::vector<RecordPerson> people;
    std::string request, contract;
    std::vector<std::string> plan;
    bool finished = false;
};

Record make_record(const Session& session, int64_t now, int64_t utc_offset_ms);

// Labels in the record's language, shared by every format.
struct RecordLabels {
    const char *record, *group, *date, *method, *client, *facilitator, *series, *step, *planned, *added, *actual,
        *person, *role, *speaking_time, *request, *contract, *plan, *none, *not_finished, *total, *left;
};
const RecordLabels& record_labels(Lang lang);

std::string record_markdown(const Record& record);
// One row per step, then one per person; RFC 4180 quoting; times as h:mm:ss.
std::string record_csv(const Record& record);

}  // namespace atelier
