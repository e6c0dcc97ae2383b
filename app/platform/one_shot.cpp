#include "platform/one_shot.hpp"

#include <cstdio>

#include "core/demo.hpp"
#include "core/record.hpp"
#include "core/send_protocol.hpp"
#include "core/status.hpp"
#include "platform/command_socket.hpp"
#include "platform/files.hpp"
#include "platform/record_export.hpp"
#include "platform/session_clock.hpp"
#include "platform/shell_status.hpp"
#include "platform/state_store.hpp"

namespace atelier::platform {

std::string state_dir_of(const Options& o) {
    if (!o.state_dir.empty()) return o.state_dir;
    const std::string dir = state_dir_default();
    if (dir.empty())
        std::fprintf(stderr, "atelier: no home folder for this user: set HOME or XDG_STATE_HOME (or give --state-dir DIR)\n");
    return dir;
}

std::string config_dir_of(const Options& o) { return o.config_dir.empty() ? config_dir_default() : o.config_dir; }

ConfigSet load_config_dir(const std::string& dir) {
    ConfigDir read = read_config_dir(dir);
    ConfigSet config = load_config(read.files, dir);
    config.errors.insert(config.errors.begin(), read.problems.begin(), read.problems.end());
    return config;
}

int run_send(const Options& o) {
    if (o.send_list) {
        for (const SendVerb& v : send_verbs()) std::printf("%-18s %-30s %s\n", v.name, v.args, v.what);
        return 0;
    }
    const std::string dir = state_dir_of(o);
    if (dir.empty()) return 2;
    return send_to_atelier(dir, o.send);
}

namespace {

// The saved atelier as it is, touching nothing, with the session clock it would run on.
struct Peeked {
    Restored restored;
    SessionClock clock;
};

// What was wrong with the files goes to stderr: the printout on stdout stays the status alone.
Peeked peek(const std::string& dir, const ConfigSet& config) {
    Peeked p{StateStore(dir).peek(config), SessionClock()};
    p.clock.resume_from(p.restored.saved_at, p.restored.clock);
    for (const std::string& m : p.restored.messages) std::fprintf(stderr, "atelier: %s\n", m.c_str());
    return p;
}

}  // namespace

int run_export(const Options& o, const ConfigSet& config) {
    const std::string dir = state_dir_of(o);
    if (dir.empty()) return 2;
    StateStore store(dir);
    const FileText file = read_text_file(store.path());
    if (!file.ok() && file.status != FileText::Status::absent) {
        // The real atelier is in there: say so rather than export a backup or the sample as if it were it.
        std::fprintf(stderr, "atelier export: %s\n", file.error(store.path()).message().c_str());
        return 1;
    }
    if (file.status == FileText::Status::absent && !is_there(store.path() + ".bak")) {
        // The sample's record is nobody's: say so rather than write it.
        std::fprintf(stderr, "atelier export: no atelier saved in %s (is it the right --state-dir?)\n", dir.c_str());
        return 1;
    }
    Peeked p = peek(dir, config);
    const int64_t now = p.clock.now();
    const Record record = make_record(p.restored.session, now, LocalTime([&p](int64_t at) { return p.clock.display_offset_ms(at); }));
    const RecordKind kind = o.export_client ? RecordKind::client : RecordKind::full;
    const std::string error = export_record(record, o.export_path, kind, o.export_overwrite);
    if (!error.empty()) {
        std::fprintf(stderr, "atelier export: %s\n", error.c_str());
        return 1;
    }
    std::printf("atelier: %s written to %s\n", kind == RecordKind::client ? "the client's record" : "record", o.export_path.c_str());
    return 0;
}

int run_status(const Options& o, const ConfigSet& config) {
    const std::string dir = state_dir_of(o);
    if (dir.empty()) return 2;
    Peeked p = peek(dir, config);
    const int64_t now = p.clock.now();
    // --demo: a ready-made moment of the sample, as the wall would show it.
    const std::optional<Session> demo = o.demo.empty() ? std::nullopt : demo_session(config, o.demo, now);
    const Session& s = demo ? *demo : p.restored.session;
    const WallModel model = wall_model(s, now, LocalTime([&p](int64_t at) { return p.clock.display_offset_ms(at); }));
    ShellStatus shell;
    shell.keys = &config.keys;
    std::fputs(status_text(status_of(s, model, now), shell_status_lines(shell)).c_str(), stdout);
    return 0;
}

}  // namespace atelier::platform
