#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/settings.hpp"

#include <algorithm>
#include <set>

#include "core/session.hpp"

namespace atelier {
namespace {

using json::rj::Value;

bool take(const Value& v, bool& out) {
    if (!v.IsBool()) return false;
    out = v.GetBool();
    return true;
}
bool take(const Value& v, int64_t& out) {
    if (!v.IsInt64()) return false;
    out = v.GetInt64();
    return true;
}
bool take(const Value& v, std::string& out) {
    if (!v.IsString()) return false;
    out.assign(v.GetString(), v.GetStringLength());
    return true;
}
bool take(const Value& v, std::vector<std::string>& out) {
    if (!v.IsArray()) return false;
    out.clear();
    for (const Value& e : v.GetArray()) {
        if (!e.IsString()) return false;
        out.emplace_back(e.GetString(), e.GetStringLength());
    }
    return true;
}

// The members of one object of settings.json, read one by one from the parsed
// document (not through cereal, whose reader cannot go on after a failure
// inside an object): a missing member leaves its value alone; a member of the
// wrong type or a refused value leaves it alone too and is one error; then
// the next member is read.
class Members {
public:
    Members(const Value& object, std::string prefix, const std::string& file, std::vector<ConfigError>& errors)
        : object_(object), prefix_(std::move(prefix)), file_(file), errors_(errors) {}

    // True when `name` is there with the right type; `value` is then set.
    template <class T>
    bool read(const char* name, T& value) {
        const Value* v = find(name);
        if (!v) return false;
        T read_value{};
        if (!take(*v, read_value)) {
            error(name, std::string(json::expected_kind<T>()) + ", got " + json::describe(*v), ErrorKind::wrong_type);
            return false;
        }
        value = std::move(read_value);
        return true;
    }

    // The object `name` holds, or nullptr when it is missing or not an object.
    const Value* object(const char* name) {
        const Value* v = find(name);
        if (v && !v->IsObject()) {
            error(name, "expected an object { ... }, got " + json::describe(*v), ErrorKind::wrong_type);
            return nullptr;
        }
        return v;
    }

    // A value of the right type that makes no sense.
    void refuse(const char* name, const std::string& reason) { error(name, reason, ErrorKind::bad_value); }

    // After every read(): the members no setting has, and a setting written twice.
    void report_the_others() {
        std::set<std::string> seen;
        for (auto m = object_.MemberBegin(); m != object_.MemberEnd(); ++m) {
            const std::string name(m->name.GetString(), m->name.GetStringLength());
            const std::string label = name.empty() ? "\"\"" : json::shown(name);
            if (known_.count(name) == 0) {
                std::string list;
                for (const std::string& k : known_) list += (list.empty() ? "\"" : ", \"") + k + "\"";
                error(label, "not a setting; the settings here are " + list, ErrorKind::bad_value);
            } else if (!seen.insert(name).second) {
                error(label, "written twice; the first one is used", ErrorKind::bad_value);
            }
        }
    }

private:
    const Value* find(const char* name) {
        known_.insert(name);
        const auto m = object_.FindMember(name);
        return m == object_.MemberEnd() ? nullptr : &m->value;
    }
    void error(const std::string& name, std::string reason, ErrorKind kind) {
        errors_.push_back({file_, prefix_ + name, std::move(reason), kind});
    }

    const Value& object_;
    std::string prefix_;
    const std::string& file_;
    std::vector<ConfigError>& errors_;
    std::set<std::string> known_;
};

// "chimes": {"step": true, "volume": 60}; every field optional.
void read_chimes(Members& m, ChimeSettings& c) {
    m.read("step", c.step);
    m.read("warning", c.warning);
    m.read("danger", c.danger);
    m.read("overtime", c.overtime);
    int64_t volume = 0;
    if (m.read("volume", volume)) {
        if (volume < 0 || volume > 100)
            m.refuse("volume", "must be between 0 and 100 (percent), got " + std::to_string(volume));
        else
            c.volume = static_cast<int>(volume);
    }
}

void read_port(Members& m, const char* name, int& port) {
    int64_t value = 0;
    if (!m.read(name, value)) return;
    if (value < 0 || value > 65535) m.refuse(name, "must be a port between 1 and 65535, or 0 (off), got " + std::to_string(value));
    else port = static_cast<int>(value);
}

// "remote": {"enabled": true, "port": 8737, "osc_port": 9737, ...}; every field optional.
void read_remote(Members& m, RemoteSettings& r) {
    m.read("enabled", r.enabled);
    read_port(m, "port", r.port);
    read_port(m, "osc_port", r.osc_port);
    m.read("show_content", r.show_content);
    m.read("renew_each_atelier", r.renew_each_atelier);
    std::vector<std::string> senders;
    if (m.read("osc_senders", senders)) {
        if (senders.size() > 64) m.refuse("osc_senders", "at most 64 addresses");
        else r.osc_senders = senders;
    }
}

}  // namespace

const EnumTable<ThemeName>& theme_names() {
    static const EnumTable<ThemeName> table{{ThemeName::dark, "dark"}, {ThemeName::light, "light"}};
    return table;
}

SettingsRead parse_settings(const std::string& file_text, const std::string& file, const Settings& fallback) {
    SettingsRead out{fallback, {}};
    const std::string text = json::without_bom(file_text);
    json::rj::Document dom;
    try {
        json::parse_json(text, dom);
    } catch (const json::FieldError& e) {
        out.errors.push_back({file, e.path, e.reason, e.kind});
        return out;
    }
    if (!dom.IsObject()) {
        out.errors.push_back({file, "(file)",
                              json::position(text, json::offset_of_root(text)) + ": expected an object { ... } holding the settings, found " +
                                  json::describe(dom),
                              ErrorKind::unreadable});
        return out;
    }

    Settings& s = out.settings;
    Members m(dom, "", file, out.errors);
    std::string lang;
    if (m.read("lang", lang)) {
        if (const auto known = lang_from_id(lang)) s.lang = *known;
        else m.refuse("lang", "unknown language \"" + json::shown(lang) + "\" (" + lang_ids_list() + ")");
    }
    std::vector<std::string> cycle;
    if (m.read("languages", cycle)) {
        std::vector<Lang> read;
        for (const std::string& id : cycle) {
            const auto known = lang_from_id(id);
            if (!known) {
                m.refuse("languages", "unknown language \"" + json::shown(id) + "\" (" + lang_ids_list() + ")");
                read.clear();
                break;
            }
            if (std::find(read.begin(), read.end(), *known) == read.end()) read.push_back(*known);
        }
        if (!read.empty()) s.languages = read;
        else if (cycle.empty()) m.refuse("languages", "no language: name at least one (" + lang_ids_list() + ")");
    }
    m.read("flash", s.flash);
    std::string theme;
    if (m.read("theme", theme)) {
        if (const auto name = theme_names().parse(theme)) s.theme = *name;
        else m.refuse("theme", "unknown theme \"" + json::shown(theme) + "\" (" + theme_names().allowed() + ")");
    }
    std::string method;
    if (m.read("method", method)) {
        if (method.empty()) m.refuse("method", "empty id");
        else s.method = method;
    }
    int64_t guard = 0;
    if (m.read("step_guard_ms", guard)) {
        if (guard < 0 || guard > kMaxStepGuardMs)
            m.refuse("step_guard_ms", "must be between 0 (no guard) and " + std::to_string(kMaxStepGuardMs) + " milliseconds, got " +
                                          std::to_string(guard));
        else
            s.step_guard_ms = guard;
    }
    m.read("forget_content_when_finished", s.forget_content_when_finished);
    m.read("keep_plan_for_follow_up", s.keep_plan_for_follow_up);
    if (const Value* chimes = m.object("chimes")) {
        Members c(*chimes, "chimes.", file, out.errors);
        read_chimes(c, s.chimes);
        c.report_the_others();
    }
    if (const Value* remote = m.object("remote")) {
        Members r(*remote, "remote.", file, out.errors);
        read_remote(r, s.remote);
        r.report_the_others();
    }
    m.report_the_others();
    return out;
}

}  // namespace atelier
