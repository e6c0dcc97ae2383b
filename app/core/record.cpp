#include "core/record.hpp"

#include <algorithm>
#include <array>

#include "core/catalog.hpp"
#include "core/format.hpp"
#include "core/i18n.hpp"
#include "core/summary.hpp"

namespace atelier {

namespace {

// In the order of RecordLabels' members.
const Msg kLabels[] = {
    NC_("record", "Atelier record"),
    NC_("record", "Group"),
    NC_("record", "Date"),
    NC_("record", "Method"),
    NC_("record", "Client"),
    NC_("record", "Facilitator"),
    NC_("record", "Atelier"),
    NC_("record", "Step"),
    NC_("record", "Planned"),
    NC_("record", "Added"),
    NC_("record", "Actual"),
    NC_("record", "Person"),
    NC_("record", "Role"),
    NC_("record", "Speaking time"),
    NC_("record", "Client’s request"),
    NC_("record", "Contract"),
    NC_("record", "Action plan"),
    NC_("record", "(nothing written)"),
    NC_("record", "Atelier in progress: times as of the export"),
    NC_("record", "Total"),
    NC_("record", "left"),
    NC_("record", "Your co-development atelier"),
    NC_("record", "arrived late at"),
    NC_("record", "left at"),
    NC_("record", "back at"),
    NC_("record", "Presence"),
    NC_("record", "What you asked the group, the contract agreed on, and your action plan."),
    NC_("record", "Steps"),
};
constexpr const char* RecordLabels::*kMembers[] = {&RecordLabels::record, &RecordLabels::group, &RecordLabels::date, &RecordLabels::method, &RecordLabels::client, &RecordLabels::facilitator, &RecordLabels::series, &RecordLabels::step, &RecordLabels::planned, &RecordLabels::added, &RecordLabels::actual, &RecordLabels::person, &RecordLabels::role, &RecordLabels::speaking_time, &RecordLabels::request, &RecordLabels::contract, &RecordLabels::plan, &RecordLabels::none, &RecordLabels::not_finished, &RecordLabels::total, &RecordLabels::left, &RecordLabels::client_record, &RecordLabels::arrived_late, &RecordLabels::left_at, &RecordLabels::back_at, &RecordLabels::presence, &RecordLabels::client_note, &RecordLabels::steps};
static_assert(sizeof kLabels / sizeof kLabels[0] == sizeof kMembers / sizeof kMembers[0]);

RecordLabels labels_in(Lang lang) {
    RecordLabels out{};
    for (size_t i = 0; i < sizeof kMembers / sizeof kMembers[0]; ++i) out.*kMembers[i] = translate(lang, kLabels[i]);
    return out;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// Spreadsheets read "-0:01:00" as a negative time; a typographic minus or a "+" would be text.
std::string csv_signed(int64_t ms) { return ms < 0 ? "-" + record_time_text(-ms) : record_time_text(ms); }

// Markdown table cells: a "|" would split the cell.
std::string cell(std::string text) {
    for (size_t at = 0; (at = text.find('|', at)) != std::string::npos; at += 2) text.replace(at, 1, "\\|");
    return text;
}

}  // namespace

std::string date_said(Lang lang, const std::string& iso) {
    static const Msg kMonths[] = {
        NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),     NC_("month", "April"),
        NC_("month", "May"),     NC_("month", "June"),     NC_("month", "July"),      NC_("month", "August"),
        NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
    };
    const size_t dash = iso.find('-', 1);  // the year possibly longer than four digits, or negative
    const auto digits = [&](size_t at, size_t n) {
        return at + n <= iso.size() && std::all_of(iso.begin() + static_cast<long>(at), iso.begin() + static_cast<long>(at + n), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (dash == std::string::npos || iso.size() != dash + 6 || iso[dash + 3] != '-' || !digits(dash + 1, 2) || !digits(dash + 4, 2)) return iso;
    const std::string year = iso.substr(0, dash);
    const int month = std::stoi(iso.substr(dash + 1, 2)), day = std::stoi(iso.substr(dash + 4, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
    // TRANSLATORS: {d} the day's number, {m} the month's name, {y} the year.
    std::string out = translate(lang, NC_("date", "{d} {m} {y}"));
    // TRANSLATORS: how the first day of a month is written ("1er" in French).
    const std::string day_text = day == 1 ? translate(lang, NC_("date", "1")) : std::to_string(day);
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"{d}", day_text}, {"{m}", translate(lang, kMonths[month - 1])}, {"{y}", year}})
        if (const size_t at = out.find(key); at != std::string::npos) out.replace(at, key.size(), value);
    return out;
}

std::string date_said(Lang lang, int64_t local_ms) { return date_said(lang, iso_date(local_ms)); }

const RecordLabels& record_labels(Lang lang) {
    static const auto all = [] {
        std::array<RecordLabels, kLangCount> out{};
        for (size_t l = 0; l < kLangCount; ++l) out[l] = labels_in(static_cast<Lang>(l));
        return out;
    }();
    return all[static_cast<size_t>(lang)];
}

Record make_record(const Session& s, int64_t now, const LocalTime& local) {
    Record r;
    r.lang = s.lang;
    r.group = s.group.name;
    r.series = fill(s.lang, tr(s.lang, Word::series), std::to_string(atelier_number(s)), std::to_string(s.group.series_size));
    r.date = iso_date(now + local.at(now));
    r.date_said = date_said(s.lang, now + local.at(now));
    r.method = s.method.name.in(s.lang);
    r.client = speaker_name(s.group, s.client);
    r.facilitator = s.group.facilitator;
    r.title = r.series + (r.group.empty() ? "" : " — " + r.group);
    r.finished = s.finished;
    const Summary sum = summarize(s, now);
    for (size_t i = 0; i < sum.steps.size(); ++i) {
        const StepSummary& st = sum.steps[i];
        r.steps.push_back({display_number(s.method, static_cast<int>(i)), s.method.steps[i].name.in(s.lang), st.planned_ms,
                           st.added_ms, st.actual_ms, st.visited});
    }
    r.total = {"", record_labels(s.lang).total, sum.planned_total_ms, sum.added_total_ms, sum.actual_total_ms, true};
    const RecordLabels& L = record_labels(s.lang);
    for (const PersonSummary& p : sum.people) {
        const char* role = tr(s.lang, p.speaker == kFacilitator ? Word::role_facilitator
                                      : p.speaker == s.client   ? Word::role_client
                                                                : Word::role_consultant);
        RecordPerson person{p.name, role, p.spoken_ms, s.left.count(p.speaker) > 0, {}, {}, {}, ""};
        for (const Presence& move : s.presence) {
            if (move.who != p.speaker) continue;
            const std::string at = clock_text(move.at, local);
            const char* what = move.kind == Presence::Kind::arrived ? L.arrived_late : move.kind == Presence::Kind::left ? L.left_at : L.back_at;
            (move.kind == Presence::Kind::arrived ? person.arrived : move.kind == Presence::Kind::left ? person.left : person.back).push_back(at);
            person.presence += (person.presence.empty() ? "" : " ; ") + std::string(what) + " " + at;
        }
        r.people.push_back(std::move(person));
    }
    r.request = s.content.request;
    r.contract = s.content.contract;
    r.plan = s.content.plan;
    return r;
}

std::string record_markdown(const Record& r) {
    const RecordLabels& L = record_labels(r.lang);
    std::string md = "# " + std::string(L.record) + " — " + r.title + "\n\n";
    const std::string c = colon(r.lang) + " ";
    md += "- **" + std::string(L.date) + "**" + c + r.date_said + "\n";
    md += "- **" + std::string(L.group) + "**" + c + r.group + "\n";
    md += "- **" + std::string(L.series) + "**" + c + r.series + "\n";
    md += "- **" + std::string(L.method) + "**" + c + r.method + "\n";
    md += "- **" + std::string(L.client) + "**" + c + r.client + "\n";
    if (!r.facilitator.empty()) md += "- **" + std::string(L.facilitator) + "**" + c + r.facilitator + "\n";
    if (!r.finished) md += "\n*" + std::string(L.not_finished) + "*\n";
    auto text_section = [&](const char* title, const std::string& text) {
        md += "\n## " + std::string(title) + "\n\n" + (text.empty() ? std::string(L.none) : "> " + text) + "\n";
    };
    text_section(L.request, r.request);
    text_section(L.contract, r.contract);
    md += "\n## " + std::string(L.plan) + "\n\n";
    if (r.plan.empty()) md += std::string(L.none) + "\n";
    for (size_t i = 0; i < r.plan.size(); ++i) md += std::to_string(i + 1) + ". " + r.plan[i] + "\n";
    md += "\n## " + std::string(L.steps) + "\n\n| " + L.step + " | " + L.planned + " | " + L.added + " | " + L.actual +
          " |\n|---|---:|---:|---:|\n";
    for (const RecordStep& st : r.steps)
        md += "| " + cell((st.number.empty() ? "" : st.number + ". ") + st.name) + " | " + record_time_text(st.planned_ms) +
              " | " + signed_record_time_text(st.added_ms) + " | " + (st.visited ? record_time_text(st.actual_ms) : "—") + " |\n";
    md += "| **" + std::string(L.total) + "** | " + record_time_text(r.total.planned_ms) + " | " +
          signed_record_time_text(r.total.added_ms) + " | " + record_time_text(r.total.actual_ms) + " |\n";
    md += "\n## " + std::string(L.speaking_time) + "\n\n| " + L.person + " | " + L.role + " | " + L.speaking_time +
          " |\n|---|---|---:|\n";
    for (const RecordPerson& p : r.people)
        md += "| " + cell(p.name) + (p.has_left ? " (" + std::string(L.left) + ")" : "") + " | " + p.role + " | " +
              record_time_text(p.spoken_ms) + " |\n";
    bool moves = false;
    for (const RecordPerson& p : r.people) moves = moves || !p.presence.empty();
    if (moves) {
        md += "\n## " + std::string(L.presence) + "\n\n";
        for (const RecordPerson& p : r.people)
            if (!p.presence.empty()) md += "- " + p.name + c + p.presence + "\n";
    }
    return md;
}

std::string client_record_markdown(const Record& r) {
    const RecordLabels& L = record_labels(r.lang);
    std::string md = "# " + std::string(L.client_record) + " — " + r.client + "\n\n";
    md += std::string(L.client_note) + "\n\n";
    const std::string c = colon(r.lang) + " ";
    md += "- **" + std::string(L.date) + "**" + c + r.date_said + "\n";
    if (!r.group.empty()) md += "- **" + std::string(L.group) + "**" + c + r.group + "\n";
    if (!r.facilitator.empty()) md += "- **" + std::string(L.facilitator) + "**" + c + r.facilitator + "\n";
    auto text_section = [&](const char* title, const std::string& text) {
        md += "\n## " + std::string(title) + "\n\n" + (text.empty() ? std::string(L.none) : "> " + text) + "\n";
    };
    text_section(L.request, r.request);
    text_section(L.contract, r.contract);
    md += "\n## " + std::string(L.plan) + "\n\n";
    if (r.plan.empty()) md += std::string(L.none) + "\n";
    for (size_t i = 0; i < r.plan.size(); ++i) md += std::to_string(i + 1) + ". " + r.plan[i] + "\n";
    return md;
}

std::string record_csv(const Record& r) {
    const RecordLabels& L = record_labels(r.lang);
    // One header for every kind of row: a spreadsheet filters by the first column.
    std::string csv = "kind,number,name,role,planned,added,actual,speaking_time,arrived,left,back,text\r\n";
    const auto info = [&](const char* label, const std::string& value) {
        csv += "info,," + csv_field(label) + ",,,,,,,,," + csv_field(value) + "\r\n";
    };
    info(L.date, r.date);
    info(L.group, r.group);
    info(L.series, r.series);
    info(L.method, r.method);
    info(L.client, r.client);
    info(L.facilitator, r.facilitator);
    info(L.request, r.request);
    info(L.contract, r.contract);
    if (!r.finished) info(L.not_finished, "");
    for (size_t i = 0; i < r.plan.size(); ++i)
        csv += "plan," + std::to_string(i + 1) + "," + csv_field(L.plan) + ",,,,,,,,," + csv_field(r.plan[i]) + "\r\n";
    for (const RecordStep& st : r.steps)
        csv += "step," + csv_field(st.number) + "," + csv_field(st.name) + ",," + record_time_text(st.planned_ms) + "," +
               csv_signed(st.added_ms) + "," + (st.visited ? record_time_text(st.actual_ms) : "") + ",,,,,\r\n";
    csv += "total,," + csv_field(L.total) + ",," + record_time_text(r.total.planned_ms) + "," + csv_signed(r.total.added_ms) + "," +
           record_time_text(r.total.actual_ms) + ",,,,,\r\n";
    const auto times = [](const std::vector<std::string>& at) {
        std::string out;
        for (const std::string& t : at) out += (out.empty() ? "" : " ") + t;
        return out;
    };
    for (const RecordPerson& p : r.people)
        csv += "person,," + csv_field(p.name) + "," + csv_field(p.role) + ",,,," + record_time_text(p.spoken_ms) + "," +
               csv_field(times(p.arrived)) + "," + csv_field(times(p.left)) + "," + csv_field(times(p.back)) + "," + csv_field(p.presence) +
               "\r\n";
    return csv;
}

}  // namespace atelier
