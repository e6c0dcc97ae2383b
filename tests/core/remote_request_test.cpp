// What a remote client sends becomes the words of `atelier send`; anything
// else is an error that names the field (the HTTP answer is 400), never a crash.
#include "core/remote_request.hpp"

#include <doctest/doctest.h>

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
