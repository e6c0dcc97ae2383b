#pragma once
// Preparing the next atelier in the console: a draft of the group (picked
// from the library, or new with an empty series), its method and durations,
// the client and the language. UI scratch, never the session: it becomes one
// NewAtelier command when the facilitator starts, and nothing applies before.
#include <optional>
#include <string>
#include <vector>

#include "core/commands.hpp"
#include "core/config_set.hpp"
#include "core/session.hpp"

namespace atelier {

struct PrepareDraft {
    std::string source_path;  // the library file the group came from ("" for a new group)
    // The group on the wall, carrying on its series: the series shown and
    // started with is always the session's, never this draft's copy of it.
    bool continues_series = false;
    std::string group_name, facilitator, atelier_name;
    std::vector<std::string> participants;  // seating order; empty rows are ignored
    std::vector<PastAtelier> history;       // the series so far
    int series_size = kDefaultSeriesSize;
    int client = -1;                        // a row chosen by the facilitator; -1: the suggestion (next_client)
    int method = 0;                         // index in config.methods
    std::vector<int> minutes;               // per step of that method
    Lang lang = Lang::fr;
    bool dirty = false;                     // edited since it was opened
    std::string error;                      // why starting is refused
    bool operator==(const PrepareDraft&) const = default;
};

// From the group of the running atelier (its series carries on), a library
// group, or a new empty group.
PrepareDraft draft_from_session(const Session& session, const ConfigSet& config);
PrepareDraft draft_from_group(const GroupFile& group, const std::string& path, const ConfigSet& config, Lang lang);
PrepareDraft draft_new_group(const ConfigSet& config, Lang lang);

// The series' size and each step's minutes, held to what an atelier can
// take (1..kMaxSeriesSize ateliers, 1..limits::kStepMinutes minutes) as the
// facilitator types them; starting holds them the same way.
void draft_hold_to_limits(PrepareDraft& d);

void draft_select_method(PrepareDraft& d, const ConfigSet& config, int method);
// Inserts an empty row after `index` (-1: at the top); returns its index.
int draft_insert_row(PrepareDraft& d, int index);
void draft_move_row(PrepareDraft& d, int index, int delta);
void draft_remove_row(PrepareDraft& d, int index);
// The index in the group as it would start of the participant on `row`, or -1 (an empty row).
int draft_group_index(const PrepareDraft& d, int row);
// The group as it would start (names tidied, empty rows dropped), with the
// series it carries on: the session's when the draft continues it.
Group draft_group(const PrepareDraft& d, const Session& session);
// The client the draft will start with (an index in draft_group): the one
// chosen, or the suggestion made from the series as it stands now.
int draft_client(const PrepareDraft& d, const Session& session);
// The command that starts the atelier, or nothing with `error` set (in the
// draft's language). `replace`: the facilitator confirmed replacing the
// atelier under way.
std::optional<cmd::NewAtelier> draft_result(PrepareDraft& d, const ConfigSet& config, const Session& session, bool replace = false);

}  // namespace atelier
