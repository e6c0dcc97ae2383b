#pragma once
#include <functional>
// The facilitator's console as the shell runs it: the view (ui/console_view),
// what it draws from (the session, the wall model, the messages, the saved
// ateliers it offers back, the group library) and what comes out of it —
// commands for the session, exports, offers taken or set aside, what covers
// the wall closed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/key_routing.hpp"
#include "platform/group_library.hpp"
#include "platform/record_export.hpp"
#include "platform/session_owner.hpp"
#include "platform/state_store.hpp"
#include "ui/console_view.hpp"

namespace atelier::platform {

// What a console frame needs from the screen it is drawn on.
struct ConsoleFrame {
    const WallModel& model;  // what the room sees now
    int64_t now = 0;
    const ui::FontSet& fonts;
    bool overlay = false;         // drawn over the wall: the room sees it
    unsigned wall_texture = 0;    // the wall's miniature
    float wall_aspect = 16.0f / 9.0f;
    LocalTime local;
};

class ConsoleRoom {
public:
    ConsoleRoom(SessionOwner& owner, StateStore& store, const GroupLibrary& library, const ConfigSet& config, const ui::Theme& theme)
        : owner_(owner), store_(store), library_(library), config_(config), theme_(theme) {}

    // The remote service as the console shows it, and revoking its secrets (App wires RemoteRoom in).
    void set_remote(std::function<ui::ConsoleRemote()> view, std::function<void()> revoke) {
        remote_view_ = std::move(view), revoke_remote_ = std::move(revoke);
    }

    ui::ConsoleView& view() { return view_; }
    const ui::ConsoleView& view() const { return view_; }
    // Draws the console at `width` x `height` and runs what came out of it.
    void draw(const ConsoleFrame& frame, float width, float height, Overlays& overlays);

private:
    ui::ConsoleInputs inputs(const ConsoleFrame& frame, const ConsoleModel& live, bool help) const;
    void run(const ui::ConsoleOutput& out, const ConsoleFrame& frame, Overlays& overlays);
    std::string export_to(const std::string& extension, int64_t now, RecordKind kind, const LocalTime& local);
    void read_library(int64_t now);

    SessionOwner& owner_;
    StateStore& store_;
    const GroupLibrary& library_;
    const ConfigSet& config_;
    const ui::Theme& theme_;
    ui::ConsoleView view_;
    std::vector<ui::LibraryGroup> library_cache_;
    int64_t library_read_at_ = -1;
    std::string last_export_;
    std::function<ui::ConsoleRemote()> remote_view_;
    std::function<void()> revoke_remote_;
};

}  // namespace atelier::platform
