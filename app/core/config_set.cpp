#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/config_set.hpp"

#include <algorithm>

#include "core/embedded_config.hpp"
#include "core/method_io.hpp"

namespace atelier {
namespace {

bool is_method_path(const std::string& path) {
    return path.rfind("methods/", 0) == 0 && path.size() > 13 && path.compare(path.size() - 5, 5, ".json") == 0;
}

// Parses the user's version of `path` if there is one, else the shipped one.
template <class T, class Parse>
T layered(const std::map<std::string, std::string>& user_files, const std::string& user_dir, const std::string& path,
          const std::string& shipped, Parse parse, std::vector<ConfigError>& errors) {
    auto it = user_files.find(path);
    if (it != user_files.end()) {
        Parsed<T> mine = parse(it->second, user_dir + "/" + path);
        if (mine.ok()) return std::move(*mine.value);
        errors.push_back(mine.error);
    }
    Parsed<T> fallback = parse(shipped, "(built-in) config/" + path);
    if (!fallback.ok()) {
        errors.push_back(fallback.error);  // only a broken build gets here; tests guard it
        return T{};
    }
    return std::move(*fallback.value);
}

// What makes a key map unusable with a clicker: Next, Previous or Start/pause
// without a key, or one of the clicker's own keys (those the shipped map gives
// to Next, Previous, Start/pause and blank) asking to quit or restart: a
// stranger's 2.4 GHz clicker, or a nervous hand, would then ask it at every
// press. The field and why, or nothing.
std::optional<std::pair<std::string, std::string>> unusable_keys(const KeyMap& map, const KeyMap& shipped) {
    for (ActionKind needed : {ActionKind::next, ActionKind::previous, ActionKind::start_pause})
        if (keys_for(map, Action{needed, 0}).empty())
            return std::pair{action_name(Action{needed, 0}), "no key left for it: the clicker could not run the atelier"};
    for (const Binding& b : map.bindings) {
        if (b.action.kind != ActionKind::quit && b.action.kind != ActionKind::reset) continue;
        for (ActionKind clicker : {ActionKind::next, ActionKind::previous, ActionKind::start_pause, ActionKind::blank})
            for (const KeyChord& c : keys_for(shipped, Action{clicker, 0}))
                if (c == b.chord)
                    return std::pair{action_name(b.action), "\"" + chord_name(c) + "\" is a clicker's key: " + action_name(b.action) +
                                                                " needs a key a clicker does not send"};
    }
    return std::nullopt;
}

// The user's key file rebinds the actions it names; every other action keeps
// its shipped keys, unless the user took that key for something else.
KeyMap merged_keys(const std::map<std::string, std::string>& user_files, const std::string& user_dir,
                   const std::string& shipped, std::vector<ConfigError>& errors) {
    const std::map<std::string, std::string> none;
    KeyMap defaults = layered<KeyMap>(none, user_dir, "keys.json", shipped, parse_keymap, errors);
    auto it = user_files.find("keys.json");
    if (it == user_files.end()) return defaults;
    Parsed<KeyMap> mine = parse_keymap(it->second, user_dir + "/keys.json");
    if (!mine.ok()) {
        errors.push_back(mine.error);
        return defaults;
    }
    const KeyMap& user = *mine.value;
    KeyMap out = user;
    for (const Binding& b : defaults.bindings) {
        const bool action_rebound = !keys_for(user, b.action).empty();
        bool key_taken = false;
        for (const Binding& taken : user.bindings) key_taken = key_taken || taken.chord == b.chord;
        if (!action_rebound && !key_taken) out.bindings.push_back(b);
    }
    // A key map the clicker cannot run an atelier with is no key map: the shipped keys stay.
    if (const auto problem = unusable_keys(out, defaults)) {
        errors.push_back({user_dir + "/keys.json", problem->first, problem->second + "; the shipped keys are used", ErrorKind::bad_value});
        return defaults;
    }
    return out;
}

// settings.json is read field by field over the shipped one: a bad field of
// the user's keeps the shipped value and is reported, the good ones stay.
// The method it names for a new atelier must be one that loaded, the user's
// own included; only here are the methods known.
Settings merged_settings(const std::map<std::string, std::string>& user_files, const std::string& user_dir,
                         const std::string& shipped, const std::vector<Method>& methods, std::vector<ConfigError>& errors) {
    SettingsRead builtin = parse_settings(shipped, "(built-in) config/settings.json");
    errors.insert(errors.end(), builtin.errors.begin(), builtin.errors.end());  // only a broken build; tests guard it
    const auto loaded = [&methods](const std::string& id) {
        return std::any_of(methods.begin(), methods.end(), [&id](const Method& m) { return m.id == id; });
    };
    Settings base = builtin.settings;
    // A user's methods/codev-2h30.json may hold another id: the shipped choice is
    // gone, and the first method is what the console and the sample fall back to.
    if (!loaded(base.method) && !methods.empty()) base.method = methods.front().id;

    auto it = user_files.find("settings.json");
    if (it == user_files.end()) return base;
    const std::string file = user_dir + "/settings.json";
    SettingsRead mine = parse_settings(it->second, file, base);
    errors.insert(errors.end(), mine.errors.begin(), mine.errors.end());
    if (mine.settings.method != base.method && !loaded(mine.settings.method)) {
        std::string ids;
        for (const Method& m : methods) ids += (ids.empty() ? "" : ", ") + m.id;
        errors.push_back({file, "method", "no method has the id \"" + json::shown(mine.settings.method) + "\" (the methods: " + ids + ")",
                          ErrorKind::bad_value});
        mine.settings.method = base.method;
    }
    return mine.settings;
}

}  // namespace

ConfigSet load_config(const std::map<std::string, std::string>& user_files, const std::string& user_dir) {
    ConfigSet config;
    std::map<std::string, std::string> shipped;
    for (const EmbeddedFile& f : embedded_config()) shipped[f.path] = f.text;

    std::map<std::string, Method> by_id;
    std::map<std::string, std::string> origin;  // id -> path, to report duplicates
    auto add_method = [&](const std::string& path, const Method& m) {
        by_id[m.id] = m;
        origin[m.id] = path;
    };
    for (const auto& [path, text] : shipped) {
        if (!is_method_path(path)) continue;
        add_method(path, layered<Method>(user_files, user_dir, path, text, parse_method, config.errors));
    }
    for (const auto& [path, text] : user_files) {
        if (!is_method_path(path) || shipped.count(path)) continue;
        Parsed<Method> m = parse_method(text, user_dir + "/" + path);
        if (!m.ok()) {
            config.errors.push_back(m.error);
            continue;
        }
        if (origin.count(m.value->id) && shipped.count(origin[m.value->id]) == 0) {
            config.errors.push_back({user_dir + "/" + path, "id", "\"" + m.value->id + "\" is also the id of " + origin[m.value->id]});
            continue;
        }
        add_method(path, *m.value);  // a user method may replace a shipped one by id
    }
    for (auto& entry : by_id)
        if (!entry.second.steps.empty()) config.methods.push_back(std::move(entry.second));

    config.keys = merged_keys(user_files, user_dir, shipped["keys.json"], config.errors);
    config.settings = merged_settings(user_files, user_dir, shipped["settings.json"], config.methods, config.errors);
    config.sample_group =
        layered<GroupFile>(user_files, user_dir, "sample-group.json", shipped["sample-group.json"], parse_group, config.errors);
    return config;
}

const Method* find_method(const ConfigSet& config, const std::string& id) {
    for (const Method& m : config.methods)
        if (m.id == id) return &m;
    return nullptr;
}

Session sample_session(const ConfigSet& config) {
    const GroupFile& g = config.sample_group;
    const Method* method = find_method(config, g.method_id);
    if (!method) method = find_method(config, config.settings.method);
    if (!method && !config.methods.empty()) method = &config.methods.front();
    Session s = new_session(g.group, method ? *method : Method{}, std::max(0, suggest_client(g.group)), g.atelier_name);
    s.lang = config.settings.lang;
    return s;
}

}  // namespace atelier
