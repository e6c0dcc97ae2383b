#include "ui/theme.hpp"

#include <doctest/doctest.h>

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "ui/theme_style.hpp"

using namespace atelier;
using namespace atelier::ui;

namespace {

const ThemeName kThemes[] = {ThemeName::dark, ThemeName::light};
const Phase kPhases[] = {Phase::not_started, Phase::running, Phase::warning, Phase::danger, Phase::overtime, Phase::paused};

std::string name_of(ThemeName n) { return theme_names().name(n); }

// A colour of text (or a sign) and the surface it is drawn on, as the views draw them.
struct Pair {
    std::string what, on;
    Rgb fg, bg;
};

// What the wall draws, and on what (ui/*_view.cpp, ui/help_overlay.cpp).
std::vector<Pair> wall_pairs(const Theme& t) {
    std::vector<Pair> out;
    const std::string phase_names[] = {"not started", "running", "warning", "danger", "overtime", "paused"};
    for (Phase p : kPhases) out.push_back({"timer " + phase_names[static_cast<int>(p)], "background", phase_colour(t, p), t.background});
    // The step, the speaker, next, the instruction; "Étape 2" and the role; the client's words; spoke; the footer's group.
    out.push_back({"text", "background", t.text, t.background});
    out.push_back({"accent (step number, role, round)", "background", t.accent, t.background});
    out.push_back({"client (request title, activity, role)", "background", t.client, t.background});
    out.push_back({"done (role)", "background", t.done, t.background});
    out.push_back({"dim (footer, summary heads)", "background", t.dim, t.background});
    out.push_back({"notice", "background", t.notice, t.background});
    // The current chip and the strip's current cell: background on accent; the posture sign: background on client.
    out.push_back({"background (current chip)", "accent", t.background, t.accent});
    out.push_back({"background (posture sign)", "client", t.background, t.client});
    // Chips, the strip's cells, the help, a confirmation, a notice without a line of its own: on the panel.
    out.push_back({"text", "panel", t.text, t.panel});
    out.push_back({"done (spoke chip)", "panel", t.done, t.panel});
    out.push_back({"dim (passed chip, strip)", "panel", t.dim, t.panel});
    out.push_back({"accent (help's keys)", "panel", t.accent, t.panel});
    out.push_back({"notice", "panel", t.notice, t.panel});
    // The warning sign's "!" on the triangle in the phase's colour.
    for (Phase p : {Phase::warning, Phase::danger, Phase::overtime}) out.push_back({"sign's ink", "warning sign", t.background, phase_colour(t, p)});
    return out;
}

// What the console draws, and on what: every surface text lands on.
std::vector<Pair> console_pairs(const Theme& t) {
    const ConsoleColours& c = t.console;
    std::vector<Pair> out;
    const std::pair<const char*, Rgb> surfaces[] = {
        {"window", c.window},          {"overlay", c.overlay},          {"field", c.field},
        {"field hovered", c.field_hovered}, {"field active", c.field_active}, {"button", c.button},
        {"button hovered", c.button_hovered}, {"button active", c.button_active}, {"header", c.header},
        {"header hovered", c.header_hovered}, {"header active", c.header_active}, {"tab", c.tab},
        {"tab hovered", c.tab_hovered}, {"tab active", c.tab_active}, {"popup", c.popup},
        {"title", c.title},            {"table header", c.table_header}, {"row alt", c.row_alt},
        {"selection", c.selection}};
    for (const auto& [on, bg] : surfaces) out.push_back({"console text", on, c.text, bg});
    // Dimmed text: hints and labels on the window, over the wall, in popups and tables; a name of someone gone in its field.
    const std::pair<const char*, Rgb> plain[] = {{"window", c.window}, {"overlay", c.overlay}, {"popup", c.popup}, {"row alt", c.row_alt}};
    for (const auto& [on, bg] : plain) out.push_back({"console dim", on, c.dim, bg});
    out.push_back({"console dim", "field", c.dim, c.field});
    // Coloured words: problems, the banner over the wall, the current step, the client, the timer and its phase word.
    for (const auto& [on, bg] : plain) {
        out.push_back({"console problem", on, c.problem, bg});
        out.push_back({"console banner", on, c.overlay_frame, bg});
        out.push_back({"console accent", on, t.accent, bg});
        out.push_back({"console client", on, t.client, bg});
        for (Phase p : kPhases) out.push_back({"console timer phase " + std::to_string(static_cast<int>(p)), on, phase_colour(t, p), bg});
    }
    return out;
}

// Checks every pair at 7:1 and reports the lowest ratio per colour.
void check_pairs(const std::string& theme, const std::vector<Pair>& pairs) {
    std::map<std::string, std::pair<double, std::string>> lowest;
    for (const Pair& p : pairs) {
        const double ratio = contrast_ratio(p.fg, p.bg);
        CAPTURE(theme);
        CAPTURE(p.what);
        CAPTURE(p.on);
        CHECK(ratio >= 7.0);
        auto [it, fresh] = lowest.try_emplace(p.what, ratio, p.on);
        if (!fresh && ratio < it->second.first) it->second = {ratio, p.on};
    }
    for (const auto& [what, low] : lowest) MESSAGE(theme << ": " << what << " lowest " << low.first << ":1 (on " << low.second << ")");
}

}  // namespace

TEST_CASE("theme: the timer reads at 7:1 contrast (WCAG AAA) in every phase, in both themes") {
    for (ThemeName n : kThemes) {
        const Theme t = make_theme(n);
        CHECK(t.name == n);
        const std::string theme_name = name_of(n);
        for (Phase p : kPhases) {
            CAPTURE(theme_name);
            const int phase = static_cast<int>(p);
            CAPTURE(phase);
            CHECK(contrast_ratio(phase_colour(t, p), t.background) >= 7.0);
        }
    }
}

TEST_CASE("theme: every text of the wall reads at 7:1 on what it is drawn on, in both themes (speaker, step, order, request...)") {
    for (ThemeName n : kThemes) check_pairs(name_of(n), wall_pairs(make_theme(n)));
}

TEST_CASE("theme: every text of the console reads at 7:1 on every surface ImGui draws it on, in both themes") {
    for (ThemeName n : kThemes) check_pairs(name_of(n), console_pairs(make_theme(n)));
}

TEST_CASE("theme: warning, danger and overtime differ from running and from each other, and paused from running") {
    for (ThemeName n : kThemes) {
        const std::string theme_name = name_of(n);
        CAPTURE(theme_name);
        const Theme t = make_theme(n);
        const Rgb running = phase_colour(t, Phase::running);
        CHECK(running == t.text);
        CHECK_FALSE(phase_colour(t, Phase::warning) == running);
        CHECK_FALSE(phase_colour(t, Phase::danger) == phase_colour(t, Phase::warning));
        CHECK_FALSE(phase_colour(t, Phase::overtime) == phase_colour(t, Phase::danger));
        CHECK_FALSE(phase_colour(t, Phase::paused) == running);
    }
}

TEST_CASE("theme: the light theme is light and the dark one dark, and a blanked wall gives no light in either") {
    const Theme dark = dark_theme(), light = light_theme();
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    CHECK(contrast_ratio(light.background, black) > 15);  // nearly white
    CHECK(contrast_ratio(dark.background, white) > 15);   // nearly black
    CHECK(contrast_ratio(light.console.window, black) > 15);
    CHECK(contrast_ratio(dark.console.window, white) > 15);
    for (const Theme* t : {&dark, &light}) {
        CHECK(t->blank == black);
        CHECK(contrast_ratio(t->blank_clock, t->blank) < 3.0);  // calm: there, not glaring
        CHECK(contrast_ratio(t->blank_clock, t->blank) > 1.5);
    }
    CHECK(make_theme(ThemeName::light).background == light.background);
    CHECK(make_theme(ThemeName::dark).background == dark.background);
}

TEST_CASE("theme: each window's ImGui style takes its colours from the theme, not from ImGui's presets") {
    ImGuiContext* context = ImGui::CreateContext();
    for (ThemeName n : kThemes) {
        const std::string theme_name = name_of(n);
        CAPTURE(theme_name);
        const Theme t = make_theme(n);
        ImGuiStyle style;
        apply_style(t, style);
        auto is = [](const ImVec4& v, Rgb c) {
            return v.w == 1.0f && static_cast<int>(v.x * 255.0f + 0.5f) == c.r && static_cast<int>(v.y * 255.0f + 0.5f) == c.g &&
                   static_cast<int>(v.z * 255.0f + 0.5f) == c.b;
        };
        CHECK(is(style.Colors[ImGuiCol_Text], t.console.text));
        CHECK(is(style.Colors[ImGuiCol_TextDisabled], t.console.dim));
        CHECK(is(style.Colors[ImGuiCol_WindowBg], t.console.window));
        CHECK(is(style.Colors[ImGuiCol_PopupBg], t.console.popup));
        CHECK(is(style.Colors[ImGuiCol_FrameBg], t.console.field));
        CHECK(is(style.Colors[ImGuiCol_Button], t.console.button));
        CHECK(is(style.Colors[ImGuiCol_ButtonHovered], t.console.button_hovered));
        CHECK(is(style.Colors[ImGuiCol_Header], t.console.header));
        CHECK(is(style.Colors[ImGuiCol_TabActive], t.console.tab_active));
        CHECK(is(style.Colors[ImGuiCol_TitleBgActive], t.console.title));
        CHECK(is(style.Colors[ImGuiCol_TableHeaderBg], t.console.table_header));
        CHECK(is(style.Colors[ImGuiCol_TableRowBgAlt], t.console.row_alt));
        CHECK(is(style.Colors[ImGuiCol_TextSelectedBg], t.console.selection));
        // Every surface text lands on is opaque: the contrast checked above is the contrast drawn.
        for (ImGuiCol c : {ImGuiCol_WindowBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive,
                           ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered,
                           ImGuiCol_HeaderActive, ImGuiCol_Tab, ImGuiCol_TabHovered, ImGuiCol_TabActive, ImGuiCol_TitleBgActive,
                           ImGuiCol_TableHeaderBg, ImGuiCol_TableRowBgAlt, ImGuiCol_TextSelectedBg}) {
            CAPTURE(c);
            CHECK(style.Colors[c].w == 1.0f);
        }
    }
    ImGui::DestroyContext(context);
}

TEST_CASE("theme: contrast ratio matches the WCAG definition") {
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrast_ratio({10, 10, 10}, {10, 10, 10}) == doctest::Approx(1.0));
    CHECK(contrast_ratio({0x76, 0x76, 0x76}, {255, 255, 255}) == doctest::Approx(4.54).epsilon(0.01));  // WCAG's AA grey
}
