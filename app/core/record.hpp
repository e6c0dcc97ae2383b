#pragma once
// The record a facilitator takes home, only on request: planned, added and
// real time per step, each person's speaking time, the request, the contract,
// the action plan, the date and the group. Built once as data; written as
// Markdown or CSV here, as PDF by the platform (cairo).
#include <cstdint>
#include <string>
#include <vector>

#include "core/format.hpp"
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
    // Came late, left, came back: times of day ("14:12"), in order.
    std::vector<std::string> arrived, left, back;
    // "arrivé·e en retard à 14:12 ; parti·e à 15:30" in the record's language ("" when there all along).
    std::string presence;
};

struct Record {
    Lang lang = Lang::fr;
    std::string title;  // "Atelier 3 / 8 — Codév managers — Lyon"
    std::string group, series, method, client, facilitator;
    std::string date;       // 2026-12-06: the file's name, the CSV (a spreadsheet reads it)
    std::string date_said;  // "6 décembre 2026", "6. Dezember 2026": the Markdown and the PDF
    std::vector<RecordStep> steps;
    RecordStep total;
    std::vector<RecordPerson> people;
    std::string request, contract;
    std::vector<std::string> plan;
    bool finished = false;
};

Record make_record(const Session& session, int64_t now, const LocalTime& local);

// A day as a reader of `lang` writes it: "1er décembre 2026", "6 December 2026",
// "6. Dezember 2026", "6 de diciembre de 2026", "6 december 2026" (month names
// and the pattern are in the catalogs). `local_ms`: the moment on the local clock.
std::string date_said(Lang lang, int64_t local_ms);
// The same from an ISO day ("2026-12-06", as the group's history keeps it);
// anything else is given back as it is.
std::string date_said(Lang lang, const std::string& iso);

// Labels in the record's language, shared by every format.
struct RecordLabels {
    const char *record, *group, *date, *method, *client, *facilitator, *series, *step, *planned, *added, *actual,
        *person, *role, *speaking_time, *request, *contract, *plan, *none, *not_finished, *total, *left;
    const char *client_record, *arrived_late, *left_at, *back_at, *presence, *client_note;
    const char* steps;  // the heading of the steps' table (a plural is a word of its own, not "s" added)
};
const RecordLabels& record_labels(Lang lang);

std::string record_markdown(const Record& record);
// Everything the record holds, one row each: the atelier's facts (kind
// "info": date, group, series, method, client, facilitator, request,
// contract), the plan ("plan"), one row per step, the total, one row per
// person with their arrivals and departures; RFC 4180 quoting; times as h:mm:ss.
std::string record_csv(const Record& record);
// The client's own record, to send them: what they asked, the contract and
// their plan; no speaking times, nothing about the others.
std::string client_record_markdown(const Record& record);

}  // namespace atelier
