#pragma once
// The facilitator's console: a live miniature of the wall and what it shows,
// a button for every action, the steps, the people and the order, the
// request and the plan, the record, the messages the wall cannot give, and
// preparing the next atelier. Drawn with ImGui from const data, in its own
// window (two monitors) or over the wall (one); everything it changes comes
// out as Commands for the reducer, or as requests for the shell (export).
#include <functional>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/console_model.hpp"
#include "core/key_routing.hpp"
#include "core/wall_model.hpp"
#include "ui/fonts.hpp"
#include "core/console_drafts.hpp"
#include "core/prepare_draft.hpp"
#include "ui/theme.hpp"

namespace atelier::ui {

struct ConsoleLine {
    std::string text;
    bool problem = false;
};

struct LibraryGroup {
    std::string path;
    GroupFile file;
};

// A saved atelier the console offers to go back to (the shell's files).
struct ConsoleOffer {
    bool readable_again = false;  // state.json, unreadable at start, can be read now; else a recovery file
    const Session* session = nullptr;
    int64_t saved_at = 0;
};

// The remote service as the console shows it (platform/remote_room.hpp).
struct ConsoleRemote {
    bool on = false;
    std::string url, pin, viewer, guessing, problem;
    int devices = 0;
    std::vector<unsigned char> qr;  // the address as a QR code: qr_width × qr_width modules, 1 = dark
    int qr_width = 0;
};

struct ConsoleInputs {
    const Session& session;
    const WallModel& wall;     // what the room sees now
    const ConsoleModel& live;  // what the live tabs show of the atelier
    const ConfigSet& config;
    const FontSet& fonts;
    const Theme& theme;
    int64_t now = 0;
    std::vector<ConsoleLine> messages;      // refusals, file problems, saving, sound
    std::string state_dir;
    std::string save_problem;               // "" when saving works
    const std::vector<LibraryGroup>& library;
    unsigned int wall_texture = 0;          // the wall as rendered (GL texture), 0 when none
    float wall_aspect = 16.0f / 9.0f;
    bool overlay = false;                   // drawn over the wall: the room sees it
    std::function<std::string(int key)> key_label;  // a key position as this layout prints it
    std::string last_export;                // where the last record went
    std::vector<ConsoleOffer> offers;       // saved ateliers to go back to, oldest first
    LocalTime local;                        // the session clock as time of day
    bool help = false;                      // the keys' help, in the console's own window
    ConsoleRemote remote;                   // the phone's address and PIN, the viewer link
};

enum class ConsoleRequest { export_pdf, export_csv, export_markdown, export_client, close_overlay, close_help, reload_library, revoke_remote };

struct ConsoleOutput {
    std::vector<Command> commands;
    std::vector<ConsoleRequest> requests;
    std::string forget_group_file;  // a library group renamed when its new atelier started
    int offer_taken = -1;      // the offer whose session a Restore command (in `commands`) brings back
    int offer_dismissed = -1;  // the offer set aside
};

enum class ConsoleTab { steps, people, content, prepare, record, room };
inline const char* tab_id(ConsoleTab tab) {
    constexpr const char* ids[] = {"steps", "people", "content", "prepare", "record", "room"};
    return ids[static_cast<int>(tab)];
}

class ConsoleView {
public:
    ConsoleOutput draw(const ConsoleInputs& in, float width, float height);
    ConsoleMode mode() const { return tab_ == ConsoleTab::prepare ? ConsoleMode::prepare : ConsoleMode::live; }
    bool typing() const { return typing_; }
    // A tab is opening or a field is taking the keyboard: the next keys wait
    // (they belong to that field, and would reach the wall a frame early).
    bool settling() const { return tab_settle_frames_ > 0 || focus_settle_frames_ > 0; }
    ConsoleTab tab() const { return tab_; }
    // The confirmation waiting for an answer ("replace", "discard", "forget" or "nothing"):
    // scripts and tests wait on it through `atelier send status`.
    const char* asking() const {
        return ask_replace_ ? "replace" : ask_discard_ ? "discard" : ask_forget_ ? "forget" : "nothing";
    }
    // Opens the preparation of the next atelier from the group in use.
    void prepare(const Session& session, const ConfigSet& config);
    // What is typed and not applied yet, to keep across a restart; and back.
    ConsoleDrafts drafts() const;
    void restore_drafts(ConsoleDrafts drafts, const ConfigSet& config);
    // Shows a tab as Alt+1 to Alt+5 do (screenshots).
    void show(ConsoleTab tab, const Session& session, const ConfigSet& config);

private:
    void open_draft(const Session& session, const ConfigSet& config);
    void draw_now(const ConsoleInputs& in, ConsoleOutput& out, float height);
    void draw_steps(const ConsoleInputs& in, ConsoleOutput& out);
    void draw_people(const ConsoleInputs& in, ConsoleOutput& out);
    void draw_content(const ConsoleInputs& in, ConsoleOutput& out);
    void draw_prepare(const ConsoleInputs& in, ConsoleOutput& out);
    void draw_record(const ConsoleInputs& in, ConsoleOutput& out);
    void draw_room(const ConsoleInputs& in, ConsoleOutput& out);  // break, message, remote (ui/console_room.cpp)
    void draw_messages(const ConsoleInputs& in);
    void draw_offers(const ConsoleInputs& in, ConsoleOutput& out);
    void draw_key_help(const ConsoleInputs& in, ConsoleOutput& out, float width, float height);
    void draw_forget(const ConsoleInputs& in, ConsoleOutput& out);
    // SetKeyboardFocusHere(offset), and the keys wait until the field has it.
    void focus_field(int offset);

    ConsoleTab tab_ = ConsoleTab::steps;
    int tab_settle_frames_ = 0;  // frames left to make ImGui show tab_ (it switches a frame late)
    int focus_settle_frames_ = 0;  // frames left until a field asked to take the keyboard has it
    bool typing_ = false;
    // Scratch of the live tabs: what is being typed, before it is applied.
    ConsoleDrafts typed_;
    bool late_after_current_ = false;
    int break_minutes_ = 15;        // the room tab's scratch: a break's length
    std::string room_message_;      // and the message being typed  // a late arrival joins at the end of the round (method.md)
    PrepareDraft draft_;
    std::string client_text_;  // the client's name as typed so far
    bool draft_open_ = false;
    int focus_row_ = -1;  // the participant row to focus on the next frame
    bool focus_first_ = false;  // a tab opened from the keyboard: its first field gets the keyboard
    bool ask_discard_ = false;
    bool ask_replace_ = false;  // starting a new atelier over one under way
    bool ask_forget_ = false;
    // The live panel's content height at the last frame: a narrow console
    // wraps its buttons onto more lines, and the panel grows to show them.
    float now_content_h_ = 0;
};

}  // namespace atelier::ui
