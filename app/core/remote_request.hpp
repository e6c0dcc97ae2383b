#pragma once
// What a remote client sends, read into the words of `atelier send`: the
// remote service's bodies and queries become the very requests the command
// socket resolves (core/send_protocol.hpp), so every transport gives the same
// commands, the same refusals and the same words. Pure: no network here.
#include <string>
#include <vector>

#include "core/config_error.hpp"
#include "core/lang.hpp"
#include "core/send_protocol.hpp"

namespace atelier {

// A body of the remote API is small: a verb, a few words, a message.
constexpr size_t kRemoteBodyBytes = 16 * 1024;

// POST /api/command: {"verb": "give-floor", "args": ["Camille"]}. Arguments
// are texts or whole numbers ({"verb": "set-minutes", "args": [3, 20]}). An
// error names the field and says what was expected (the HTTP answer is 400).
Parsed<std::vector<std::string>> decode_command_body(const std::string& body);
// POST /api/pair: {"pin": "123456"}.
Parsed<std::string> decode_pin_body(const std::string& body);

// The verbs a remote client may send: every verb of `atelier send --list`
// except what only the machine's own user may ask (the secrets, the console).
bool remote_verb_allowed(const std::string& verb);

// An OSC message: /atelier/<verb> with its arguments already as texts (the
// transport turns numbers into words). Another address is an error.
Parsed<std::vector<std::string>> decode_osc(const std::string& path, const std::vector<std::string>& args);

// A reply as JSON: {"ok": true, "text": "..."}, {"ok": false, "refused": "..."}
// or {"ok": false, "error": "..."} (the transport picks the status: 200, 409, 400).
std::string reply_json(const Reply& reply);
// The pages' fixed words in `lang` as one JSON object ({"next": "Weiter ▶", ...}),
// with "lang" the language's id: inlined into the page served.
std::string page_words_json(Lang lang);

// {"ok": false, "error": TEXT}: a request refused before any command (auth, Host, body).
std::string error_json(const std::string& text);

}  // namespace atelier
