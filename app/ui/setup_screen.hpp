#pragma once
// Setting up an atelier without editing files: method, step durations,
// participants in seating order, client, facilitator, language. Edits live in
// a draft (UI scratch, never the session) and apply only on confirmation.
#include <optional>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/session.hpp"
#include "ui/fonts.hpp"

namespace atelier::ui {

// What the setup confirms: the next atelier.
struct SetupResult {
    Group group;
    Method method;  // with the durations as adjusted
    int client = 0;
    std::string atelier_name;
    Lang lang = Lang::fr;
};

struct SetupDraft {
    std::string group_name, atelier_name, facilitator;
    std::vector<std::string> participants;
    std::vector<PastAtelier> history;
    int client = 0;
    int method = 0;                 // index in config.methods
    std::vector<int> minutes;       // per step of that method
    Lang lang = Lang::fr;
    std::string new_name;           // the participant being typed
    std::string error;              // why confirming is refused
};

// Pure operations on the draft, tested without a display.
void draft_select_method(SetupDraft& d, const ConfigSet& config, int method);
bool draft_add_participant(SetupDraft& d);  // adds new_name; false (with error) if empty or duplicate
void draft_move_participant(SetupDraft& d, int index, int delta);
void draft_remove_participant(SetupDraft& d, int index);
std::optional<SetupResult> draft_result(SetupDraft& d, const ConfigSet& config);

class SetupScreen {
public:
    bool is_open() const { return open_; }
    void open(const Session& session, const ConfigSet& config);
    void close() { open_ = false; }
    // Draws the screen; returns the result when the facilitator confirms.
    std::optional<SetupResult> draw(const ConfigSet& config, const FontSet& fonts, float width, float height);
    const SetupDraft& draft() const { return draft_; }

private:
    bool open_ = false;
    bool focus_first_ = false;
    SetupDraft draft_;
};

}  // namespace atelier::ui
