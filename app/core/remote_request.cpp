#include "core/json_fields.hpp"  // first: see json_fields.hpp

#include "core/remote_request.hpp"

#include "core/catalog.hpp"
#include "core/i18n_room.hpp"
#include "core/limits.hpp"

#include <sstream>
#include "core/text.hpp"

namespace atelier {
namespace {

using json::rj::Value;

// The body as a JSON object, or a FieldError saying why not.
void parse_object(const std::string& body, json::rj::Document& dom) {
    if (body.size() > kRemoteBodyBytes)
        throw json::FieldError("(body)", "over " + std::to_string(kRemoteBodyBytes) + " bytes", ErrorKind::too_large);
    json::parse_json(body, dom);
    if (!dom.IsObject()) throw json::FieldError("(body)", "expected an object { ... }, got " + json::describe(dom), ErrorKind::wrong_type);
}

std::string text_of(const Value& v, const std::string& path) {
    if (v.IsString()) {
        std::string s(v.GetString(), v.GetStringLength());
        if (!is_valid_utf8(s)) throw json::FieldError(path, "not UTF-8");
        return s;
    }
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    throw json::FieldError(path, "expected a text or a whole number, got " + json::describe(v), ErrorKind::wrong_type);
}

template <class T, class Read>
Parsed<T> reading(const std::string& body, Read read) {
    Parsed<T> out;
    try {
        json::rj::Document dom;
        parse_object(body, dom);
        out.value = read(dom);
    } catch (const json::FieldError& e) {
        // The whole body, not a file: "(file)" is what the JSON reader calls it.
        out.error = {"request", e.path == "(file)" ? "(body)" : e.path, e.reason, e.kind};
    }
    return out;
}

}  // namespace

Parsed<std::vector<std::string>> decode_command_body(const std::string& body) {
    return reading<std::vector<std::string>>(body, [](const json::rj::Document& dom) {
        std::vector<std::string> args;
        const auto verb = dom.FindMember("verb");
        if (verb == dom.MemberEnd()) throw json::FieldError("verb", "missing", ErrorKind::missing);
        if (!verb->value.IsString()) throw json::FieldError("verb", "expected a text, got " + json::describe(verb->value), ErrorKind::wrong_type);
        args.push_back(text_of(verb->value, "verb"));
        if (args[0].empty()) throw json::FieldError("verb", "empty");
        const auto list = dom.FindMember("args");
        if (list != dom.MemberEnd()) {
            if (!list->value.IsArray())
                throw json::FieldError("args", "expected a list [ ... ], got " + json::describe(list->value), ErrorKind::wrong_type);
            if (list->value.Size() >= limits::kRequestArgs)
                throw json::FieldError("args", "more than " + std::to_string(limits::kRequestArgs - 1) + " arguments", ErrorKind::too_large);
            for (rapidjson::SizeType i = 0; i < list->value.Size(); ++i)
                args.push_back(text_of(list->value[i], "args[" + std::to_string(i) + "]"));
        }
        for (auto m = dom.MemberBegin(); m != dom.MemberEnd(); ++m) {
            const std::string name(m->name.GetString(), m->name.GetStringLength());
            // A member named "" is named so: a field is never an empty word.
            if (name != "verb" && name != "args") throw json::FieldError(name.empty() ? "\"\"" : json::shown(name), "not a field (verb, args)");
        }
        return args;
    });
}

Parsed<std::string> decode_pin_body(const std::string& body) {
    return reading<std::string>(body, [](const json::rj::Document& dom) {
        const auto pin = dom.FindMember("pin");
        if (pin == dom.MemberEnd()) throw json::FieldError("pin", "missing", ErrorKind::missing);
        std::string text = text_of(pin->value, "pin");
        if (text.size() > 32) throw json::FieldError("pin", "too long", ErrorKind::too_large);
        return text;
    });
}

bool remote_verb_allowed(const std::string& verb) { return verb != "remote" && verb != "show-console"; }

Parsed<std::vector<std::string>> decode_osc(const std::string& path, const std::vector<std::string>& args) {
    Parsed<std::vector<std::string>> out;
    const std::string prefix = "/atelier/";
    const std::string verb = path.compare(0, prefix.size(), prefix) == 0 ? path.substr(prefix.size()) : "";
    if (verb.empty() || verb.size() > 32 || verb.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) {
        out.error = {"osc", "address", "not /atelier/<verb> (atelier send --list)", ErrorKind::bad_value};
        return out;
    }
    if (args.size() >= limits::kRequestArgs) {
        out.error = {"osc", "arguments", "more than " + std::to_string(limits::kRequestArgs - 1), ErrorKind::too_large};
        return out;
    }
    std::vector<std::string> words = {verb};
    for (size_t i = 0; i < args.size(); ++i) {
        if (!is_valid_utf8(args[i]) || args[i].size() > kRemoteBodyBytes) {
            out.error = {"osc", "arguments[" + std::to_string(i) + "]", "not UTF-8 text of a reasonable length", ErrorKind::bad_value};
            return out;
        }
        words.push_back(args[i]);
    }
    out.value = std::move(words);
    return out;
}

std::string reply_json(const Reply& reply) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("ok", reply.kind == ReplyKind::ok));
        const char* name = reply.kind == ReplyKind::ok ? "text" : reply.kind == ReplyKind::refused ? "refused" : "error";
        ar(cereal::make_nvp(name, reply.text));
    }
    std::string text = out.str();
    for (char& c : text)
        if (c == '\n') c = ' ';
    return text;
}

std::string page_words_json(Lang lang) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("lang", std::string(lang_id(lang))));
        for (const PageWord& w : page_words()) ar(cereal::make_nvp(w.key, std::string(translate(lang, w.msg))));
    }
    std::string text = out.str();
    // Inlined in a <script>: "</" would close it (no word holds it; a translator might).
    for (size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at)) text.replace(at, 2, "<\\/");
    return text;
}

std::string error_json(const std::string& text) { return reply_json({ReplyKind::error, text}); }

}  // namespace atelier
