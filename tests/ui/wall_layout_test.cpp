#include "ui/wall_view.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/i18n.hpp"
#include "core/reducer.hpp"
#include "core/text.hpp"
#include "font_atlas.hpp"

using namespace atelier;
using namespace atelier::ui;

namespace {

const std::pair<float, float> kSizes[] = {{1280, 720}, {1920, 1080}, {1920, 1200}, {3840, 2160}, {1080, 1920}};
const ThemeName kThemes[] = {ThemeName::dark, ThemeName::light};
constexpr int64_t kNow = 1'780'000'000'000;

bool inside(const Box& b, float w, float h) { return b.x >= 0 && b.y >= 0 && b.right() <= w + 0.5f && b.bottom() <= h + 0.5f; }

// Draws the wall for `session` at a size, as the app does, and returns what
// was drawn: each line of text at the size it was drawn (after shrinking).
struct Drawn {
    TextLog log;
    WallModel model;
    WallShape shape;  // what the layout made room for, and what gave way
    // A line drawn whole: part of one of the model's texts (a cut one ends with an ellipsis they do not have).
    bool whole(const std::string& line) const {
        const WallModel& m = model;
        for (const std::string* t : {&m.step_label, &m.step_name, &m.instruction, &m.speaker_name, &m.next_label, &m.next_brief,
                                     &m.board.text, &m.phase_word, &m.client_activity, &m.posture.text, &m.posture.brief, &m.timer_text,
                                     &m.board.title, &m.board.note})
            if (!t->empty() && t->find(line) != std::string::npos) return true;
        return (m.step_label + "  " + m.step_name).find(line) != std::string::npos;
    }
    const DrawnText* find(const std::string& tag) const {
        for (const DrawnText& d : log)
            if (d.tag == tag) return &d;
        return nullptr;
    }
};

Drawn draw(const Session& s, float w, float h, ThemeName theme_name = ThemeName::dark) {
    test::Atlas atlas(w, h, all_text(s));
    ImGuiContext* context = ImGui::CreateContext(&atlas.atlas);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(w, h);
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int tw = 0, th = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &tw, &th);  // ImGui wants the atlas built; nothing is rendered
    ImGui::NewFrame();
    Drawn out;
    Painter painter(ImGui::GetBackgroundDrawList(), &out.log);
    out.model = wall_model(s, kNow, 0);
    out.shape = wall_shape(out.model, &atlas.fonts, w, h, false);
    const Theme theme = make_theme(theme_name);
    WallFrame frame{out.model, atlas.fonts, theme, w, h, 0, "", tr(s.lang, Word::help_footer)};
    draw_wall(painter, frame);
    ImGui::EndFrame();
    ImGui::DestroyContext(context);
    return out;
}

Session demo(const std::string& name) { return *demo_session(load_config({}, "/nowhere"), name, kNow); }

// The running demo with `name` holding the floor (a renamed consultant).
Session speaking(const std::string& name) {
    Session s = demo("running");
    if (speaker_name(s.group, *current_speaker(s)) == name) return s;
    const Outcome out = reduce(s, cmd::Rename{*current_speaker(s), name}, kNow);
    REQUIRE(out.why == Why::ok);
    return out.session;
}

}  // namespace

TEST_CASE("layout: every part of the wall is on screen and the bands do not overlap") {
    for (const auto& [w, h] : kSizes) {
        for (const WallShape shape : {WallShape{false, true}, WallShape{true, true}, WallShape{true, false}}) {
            CAPTURE(w);
            CAPTURE(h);
            CAPTURE(shape.board);
            const WallLayout l = wall_layout(w, h, give_way(shape, w, h));
            std::vector<Box> bands = {l.strip, l.stage_label};
            if (!shape.board) bands.push_back(l.instruction);
            bands.push_back(l.activity);
            if (shape.board) bands.push_back(l.board);
            bands.insert(bands.end(), {l.timer, l.progress, l.speaker});
            if (shape.order) bands.push_back(l.order);
            bands.push_back(l.footer);
            for (size_t i = 0; i < bands.size(); ++i) {
                CAPTURE(i);
                CAPTURE(bands[i].y);
                CAPTURE(bands[i].bottom());
                CHECK(inside(bands[i], w, h));
                if (i > 0) CHECK(bands[i].y >= bands[i - 1].bottom() - 0.5f);
            }
        }
    }
}

// What the room reads, measured as drawn (capital heights as a share of the
// screen's short side, ui/wall_view.hpp): the floors per part, at every size
// and orientation (portrait too: the same floors), in both themes, on the
// demos that fill the wall most.
TEST_CASE("legibility: the timer, the speaker and the step read from 10 m, the request, next and the phase from 8 m, the rest from 6 m") {
    struct Floor {
        const char* tag;
        float share;
    };
    const Floor floors[] = {{"timer", Legibility::far},   {"speaker", Legibility::far},   {"step", Legibility::far},
                            {"step_label", Legibility::far}, {"next", Legibility::mid},   {"phase", Legibility::mid},
                            {"board", Legibility::mid},   {"instruction", Legibility::near}, {"order", Legibility::near},
                            {"footer", Legibility::near}, {"activity", Legibility::near}};
    std::map<std::string, float> least[2];  // the smallest share seen per part, landscape and portrait, for the report
    std::set<std::string> compact_titles;  // where a step's name took two lines at the smaller size
    for (const ThemeName theme : kThemes)
    for (const std::string name : {"running", "long-names", "consultation", "synthesis", "overtime", "paused", "follow-up", "evaluation"}) {
        const Session s = demo(name);
        for (const auto& [w, h] : kSizes) {
            const std::string theme_name = theme_names().name(theme);
            CAPTURE(theme_name);
            CAPTURE(name);
            CAPTURE(w);
            CAPTURE(h);
            const float side = std::min(w, h);
            const Drawn d = draw(s, w, h, theme);
            std::map<std::string, float>& least_here = least[w >= h ? 0 : 1];
            // The one thing allowed to give way below its floor: a step's name that would take three
            // lines gets two at the smaller size (still readable from 9 m). Which walls do is pinned below.
            const bool compact = d.shape.title_size < FontScale::large;
            if (compact) compact_titles.insert(name + " " + std::to_string(int(w)) + "x" + std::to_string(int(h)));
            float largest = 0;
            for (const DrawnText& t : d.log) {
                if (t.tag != "timer") largest = std::max(largest, t.cap_px);
                for (const Floor& f : floors) {
                    if (t.tag != f.tag) continue;
                    // Past 24 characters a name may be drawn smaller (the rule's stated case); a plan's items too.
                    const bool long_name = (t.tag == std::string("speaker") || t.tag == std::string("order")) && char_count(t.text) > 24;
                    const bool plan_item = t.tag == std::string("board") && !s.finished && current_step(s).board != Board::request;
                    if (long_name || plan_item) continue;
                    const bool title = t.tag == std::string("step") || t.tag == std::string("step_label");
                    const float floor = compact && title ? 0.055f : f.share;
                    CAPTURE(t.tag);
                    CAPTURE(t.text);
                    CHECK(t.cap_px >= floor * side - 0.5f);
                    least_here[t.tag] = least_here.count(t.tag) ? std::min(least_here[t.tag], t.cap_px / side) : t.cap_px / side;
                    if (t.tag != std::string("order") && t.tag != std::string("footer")) CHECK_MESSAGE(d.whole(t.text), t.text);  // nothing cut
                }
            }
            const DrawnText* timer = d.find("timer");
            REQUIRE(timer);
            CHECK(timer->cap_px > largest);  // the largest thing on the wall
        }
    }
    // A step's name on two lines above a board is drawn a little smaller before the timer gives
    // way: consultation's long name above the contract and the posture at every landscape size,
    // and at 16:10 (the narrowest landscape) the follow-up's and synthesis's above their plans.
    std::string compact_list;
    for (const std::string& c : compact_titles) compact_list += c + "; ";
    const std::set<std::string> expected{"consultation 1280x720", "consultation 1920x1080", "consultation 1920x1200",
                                         "consultation 3840x2160", "follow-up 1920x1200", "synthesis 1920x1200"};
    CHECK_MESSAGE(compact_titles == expected, compact_list);
    for (const auto& [tag, share] : least[0])
        MESSAGE("least capital height of " << tag << ": landscape " << 100 * share << " %, portrait " << 100 * least[1][tag]
                                           << " % of the short side");
    CHECK(least[1].size() == least[0].size());  // portrait draws every part landscape does
}

TEST_CASE("layout: a name of 24 characters keeps a capital height of 6 % at 16:9, 16:10 and in portrait, and past that it shrinks") {
    const std::string names[] = {"Marie-Christine Lefebvre", "Pierre-Emmanuel Rousseau", "Grégoire Dubois-Lacroix",
                                 "Jean-François Œhlenschlä"};
    for (const std::string& name : names) {
        for (const auto& [w, h] : kSizes) {
            CAPTURE(name);
            CAPTURE(w);
            CAPTURE(h);
            REQUIRE(char_count(name) <= 24);
            const Drawn d = draw(speaking(name), w, h);
            // On a narrow (portrait) screen the name may take two lines: whole, each at the full size.
            std::string drawn;
            int lines = 0;
            for (const DrawnText& t : d.log) {
                if (t.tag != "speaker") continue;
                drawn += (drawn.empty() ? "" : " ") + t.text;
                ++lines;
                CHECK(t.cap_px >= Legibility::far * std::min(w, h) - 0.5f);
            }
            CHECK_MESSAGE(drawn == name, drawn);  // nothing elided
            CHECK(lines == (w >= h ? 1 : d.shape.speaker_lines));
        }
    }
    // The longest name of the demos (31 characters) still has its full size at 16:9; a longer one
    // shrinks to fit the line (never below 60 % of its size), then loses its end to "…".
    const Drawn d31 = draw(speaking("Marie-Christine Lefebvre-Dubois"), 1920, 1080);
    CHECK(d31.find("speaker")->cap_px >= 0.06f * 1080);
    const Drawn d44 = draw(speaking("Marie-Christine Lefebvre-Dubois de Saint-Cyr"), 1920, 1080);
    const DrawnText* longest = d44.find("speaker");
    REQUIRE(longest);
    CHECK(longest->text == "Marie-Christine Lefebvre-Dubois de Saint-Cyr");
    CHECK(longest->cap_px < 0.06f * 1080);
    CHECK(longest->cap_px >= 0.6f * 0.06f * 1080);
    MESSAGE("44 characters at 1920x1080: capital height " << longest->cap_px / 10.8f << " % of the height");
}

TEST_CASE("layout: the longest request the session accepts is drawn whole, readable from 8 m, in four lines (landscape)") {
    for (const auto& [w, h] : kSizes) {
        CAPTURE(w);
        CAPTURE(h);
        const Drawn d = draw(demo("long-request"), w, h);
        int lines = 0;
        float cap = 0;
        std::string text;
        for (const DrawnText& t : d.log)
            if (t.tag == "board")
                ++lines, cap = t.cap_px, text += t.text;
        CHECK(lines >= 1);
        CHECK(lines <= (w > h ? 4 : 8));
        CHECK(cap >= Legibility::mid * std::min(w, h) - 0.5f);
        CHECK(text.find("\xE2\x80\xA6") == std::string::npos);  // nothing cut
        if (w == 1920 && h == 1080) MESSAGE("longest request at 1920x1080: " << lines << " lines, capital height " << cap / 10.8f << " %");
    }
}

TEST_CASE("layout: the summary shows every speaker's name whole, up to 24 characters, at every size") {
    Session s = demo("summary");
    // The longest name the room should meet whole (24 characters).
    const Outcome renamed = reduce(s, cmd::Rename{5, "Grégoire Dubois-Lacroixe"}, kNow);
    REQUIRE(renamed.why == Why::ok);
    s = renamed.session;
    REQUIRE(char_count(s.group.participants[5]) == 24);
    for (const auto& [w, h] : kSizes) {
        CAPTURE(w);
        CAPTURE(h);
        const Drawn d = draw(s, w, h);
        REQUIRE_FALSE(d.model.speaker_bars.empty());
        for (const SpeakerBar& b : d.model.speaker_bars) {
            CAPTURE(b.name);
            bool whole = false;
            for (const DrawnText& t : d.log) whole = whole || (t.tag == "summary_speaker" && t.text == b.name);
            CHECK(whole);
        }
    }
}

TEST_CASE("layout: each orientation is described once, as data, chosen from the size") {
    CHECK(&wall_bands(1920, 1080) == &kLandscapeBands);
    CHECK(&wall_bands(1280, 1280) == &kLandscapeBands);
    CHECK(&wall_bands(1080, 1920) == &kPortraitBands);
    CHECK(&wall_bands(720, 1280) == &kPortraitBands);
    for (const auto& [w, h] : kSizes) {
        const WallLayout l = wall_layout(w, h, give_way(WallShape{}, w, h));
        CHECK(l.bands == &wall_bands(w, h));
        // The same unit (the short side), so the same font sizes and floors in either orientation.
        CHECK(l.unit == std::min(w, h));
    }
    // A portrait wall never puts the phase word beside the digits: a third of its width cannot hold it.
    for (const std::string name : {"consultation", "overtime", "long-request"}) {
        CAPTURE(name);
        CHECK_FALSE(draw(demo(name), 1080, 1920).shape.phase_beside);
    }
}

// The timer turns grey when paused: colour alone would not do (design.md:
// "never colour alone"). The sign and the word say it, at the size the room
// reads from 8 m, measured as drawn.
TEST_CASE("legibility: a paused wall reads as paused without colour: its sign and word stand 4.9 % (8 m) at every size, in both themes and languages") {
    for (const ThemeName theme : kThemes) {
        for (const Lang lang : {Lang::fr, Lang::en}) {
            Session s = demo("paused");
            if (s.lang != lang) s = reduce(s, cmd::SetLang{lang}, kNow).session;
            for (const auto& [w, h] : kSizes) {
                const std::string theme_name = theme_names().name(theme), lang_name = lang_code(lang);
                CAPTURE(theme_name);
                CAPTURE(lang_name);
                CAPTURE(w);
                CAPTURE(h);
                const float side = std::min(w, h);
                const Drawn d = draw(s, w, h, theme);
                REQUIRE(d.model.phase == Phase::paused);
                const DrawnText* sign = d.find("phase_sign");
                REQUIRE(sign);
                CHECK(sign->text == "\xE2\x8F\xB8");  // ⏸: two bars, not running's triangle
                CHECK(sign->cap_px >= Legibility::mid * side - 0.5f);
                // The word, whole (on one or two lines), its capitals at the 8 m floor.
                std::string word;
                const DrawnText* first = nullptr;
                for (const DrawnText& t : d.log) {
                    if (t.tag != "phase") continue;
                    if (!first) first = &t;
                    word += (word.empty() ? "" : " ") + t.text;
                    CHECK(t.cap_px >= Legibility::mid * side - 0.5f);
                }
                REQUIRE(first);
                CHECK(word == d.model.phase_word);
                CHECK(word.rfind(tr(lang, Phase::paused), 0) == 0);
                // The sign stands before the word, on its line, and off the digits.
                CHECK(sign->x + sign->width <= first->x);
                CHECK(sign->y < first->baseline);
                CHECK(sign->baseline > first->baseline - first->cap_px);
                const DrawnText* timer = d.find("timer");
                REQUIRE(timer);
                const bool under = sign->y >= timer->baseline, beside = sign->x >= timer->x + timer->width;
                CHECK((under || beside));
                if (w == 1920 && h == 1080 && lang == Lang::fr)
                    MESSAGE(theme_name << " paused at 1920x1080: sign " << 100 * sign->cap_px / side << " %, word "
                                                      << 100 * first->cap_px / side << " % of the short side");
            }
        }
    }
    // Running and overtime have signs of their own shapes.
    CHECK(draw(demo("running"), 1920, 1080).find("phase_sign")->text == "\xE2\x96\xB6");   // ▶
    CHECK(draw(demo("overtime"), 1920, 1080).find("phase_sign")->text == "\xE2\x9A\xA0");  // ⚠
}
