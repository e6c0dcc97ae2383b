// What a remote client sends becomes the words of `atelier send`; anything
// else is an error that names the field (the HTTP answer is 400), never a crash.
#include "core/remote_request.hpp"

#include <doctest/doctest.h>

#include "core/catalog.hpp"
#include "core/i18n_room.hpp"
#include "core/json_fields.hpp"

using namespace atelier;

TEST_CASE("remote request: a verb and its arguments, texts or whole numbers") {
    const auto ok = decode_command_body(R"({"verb": "set-minutes", "args": [3, "20"]})");
    REQUIRE(ok.ok());
    CHECK(*ok.value == std::vector<std::string>{"set-minutes", "3", "20"});
    const auto bare = decode_command_body(R"({"verb": "next"})");
    REQUIRE(bare.ok());
    CHECK(*bare.value == std::vector<std::string>{"next"});
}

TEST_CASE("remote request: malformed JSON, wrong types, unknown fields and oversized bodies are errors naming the field") {
    const auto field_of = [](const std::string& body) {
        const auto r = decode_command_body(body);
        CHECK_FALSE(r.ok());
        return r.error.field;
    };
    CHECK(field_of("") == "(body)");
    CHECK(field_of("{\"verb\": ") == "(body)");
    CHECK(field_of("[1, 2]") == "(body)");
    CHECK(field_of(R"({"args": []})") == "verb");
    CHECK(field_of(R"({"verb": 5})") == "verb");
    CHECK(field_of(R"({"verb": "next", "args": "x"})") == "args");
    CHECK_FALSE(decode_command_body(R"({"verb": "next", "args": [1.5]})").ok());
    CHECK(field_of(R"({"verb": "next", "args": [{"a": 1}]})") == "args[0]");
    CHECK(field_of(R"({"verb": "next", "nope": 1})") == "nope");
    CHECK(field_of(R"({"verb": "next", "": 1})") == "\"\"");  // found by fuzz_remote: an empty field name
    CHECK(field_of(std::string(kRemoteBodyBytes + 1, ' ')) == "(body)");
    CHECK(field_of("{\"verb\": \"n\xC3\"}") != "");
}

TEST_CASE("remote request: a PIN body, and the verbs kept for this machine's own user") {
    CHECK(*decode_pin_body(R"({"pin": "123456"})").value == "123456");
    CHECK(*decode_pin_body(R"({"pin": 123456})").value == "123456");
    CHECK_FALSE(decode_pin_body(R"({"code": "1"})").ok());
    CHECK_FALSE(remote_verb_allowed("remote"));
    CHECK_FALSE(remote_verb_allowed("show-console"));
    CHECK(remote_verb_allowed("next"));
}

#include "core/settings.hpp"

TEST_CASE("remote settings: off by default — a bad port or field is an error naming the file and the field") {
    const SettingsRead none = parse_settings("{}", "settings.json");
    CHECK_FALSE(none.settings.remote.enabled);
    CHECK(none.settings.remote.port == 8737);
    CHECK(none.settings.remote.osc_senders == std::vector<std::string>{"127.0.0.1"});
    const SettingsRead read = parse_settings(
        R"({"remote": {"enabled": true, "port": 70000, "osc_port": 0, "osc_senders": ["10.0.0.2"], "colour": 1}})", "settings.json");
    CHECK(read.settings.remote.enabled);
    CHECK(read.settings.remote.port == 8737);  // the bad one keeps the default
    CHECK(read.settings.remote.osc_port == 0);
    CHECK(read.settings.remote.osc_senders == std::vector<std::string>{"10.0.0.2"});
    REQUIRE(read.errors.size() == 2);
    CHECK(read.errors[0].message() == "settings.json: remote.port: must be a port between 1 and 65535, or 0 (off), got 70000");
    CHECK(read.errors[1].field == "remote.colour");
}

TEST_CASE("remote request: a refused body's reason is in the client's language, the field named, the reader's detail kept") {
    const auto typed = decode_command_body(R"({"verb": "next", "args": [true]})");
    REQUIRE_FALSE(typed.ok());
    CHECK(request_error_text(Lang::de, typed.error).find("args[0]: falscher Typ (") == 0);
    CHECK(request_error_text(Lang::fr, typed.error).find("args[0]\u202F: type incorrect (") == 0);
    const auto broken = decode_command_body("{\"verb\": ");
    CHECK(request_error_text(Lang::es, broken.error).find("(body): JSON ilegible") == 0);
    const auto none = decode_pin_body("{}");
    CHECK(request_error_text(Lang::nl, none.error).find("pin: ontbreekt") == 0);
    CHECK(std::string(remote_problem(Lang::de, RemoteProblem::wrong_pin)) == "Falsche PIN");
    CHECK(std::string(remote_problem(Lang::en, RemoteProblem::host_refused)) == "This address is not the atelier’s (Host refused)");
}

TEST_CASE("remote request: the pages' words in each language, as JSON that cannot close the page's script") {
    for (size_t l = 0; l < kLangCount; ++l) {
        const Lang lang = static_cast<Lang>(l);
        const std::string words = page_words_json(lang);
        json::rj::Document dom;
        dom.Parse(words.c_str());
        REQUIRE(dom.IsObject());
        CHECK(std::string(dom["lang"].GetString()) == lang_id(lang));
        for (const PageWord& w : page_words()) {
            REQUIRE(dom.HasMember(w.key));
            CHECK(std::string(dom[w.key].GetString()) == translate(lang, w.msg));
            CHECK_FALSE(std::string(dom[w.key].GetString()).empty());
        }
        CHECK(words.find("</") == std::string::npos);
    }
    json::rj::Document de;
    de.Parse(page_words_json(Lang::de).c_str());
    CHECK(std::string(de["next"].GetString()) == "Weiter ▶");
    CHECK(std::string(de["floor"].GetString()) == "Das Wort geben");
}
