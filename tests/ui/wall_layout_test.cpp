#include "ui/wall_view.hpp"

#include <doctest/doctest.h>

#include <map>

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
constexpr int64_t kNow = 1'780'000'000'000;

bool inside(const Box& b, float w, float h) { return b.x >= 0 && b.y >= 0 && b.right() <= w + 0.5f && b.bottom() <= h + 0.5f; }

// Draws the wall for `session` at a size, as the app does, and returns what
// was drawn: each line of text at the size it was drawn (after shrinking).
struct Drawn {
    TextLog log;
    const DrawnText* find(const std::string& tag) const {
        for (const DrawnText& d : log)
            if (d.tag == tag) return &d;
        return nullptr;
    }
};

Drawn draw(const Session& s, float w, float h) {
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
    const WallModel model = wall_model(s, kNow, 0);
    const Theme theme;
    WallFrame frame{model, atlas.fonts, theme, w, h, 0, "", tr(s.lang, Word::help_footer)};
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
            const WallLayout l = wall_layout(w, h, shape);
            std::vector<Box> bands = {l.strip, l.stage_label};
            if (!shape.board) bands.push_back(l.instruction);
            bands.push_back(l.activity);
            if (shape.board) bands.push_back(l.board);
            bands.insert(bands.end(), {l.timer, l.progress, l.speaker});
            if (shape.order) bands.push_back(l.order);
            bands.push_back(l.footer);
            for (size_t i = 0; i < bands.size(); ++i) {
                CHECK(inside(bands[i], w, h));
                if (i > 0) CHECK(bands[i].y >= bands[i - 1].bottom() - 0.5f);
            }
        }
    }
}

TEST_CASE("layout: as drawn, the timer's digits stand a quarter of the height, the speaker 6 %, the step's number 5 %") {
    for (const std::string name : {"running", "long-names", "consultation", "synthesis", "long-request", "overtime"}) {
        const Session s = demo(name);
        for (const auto& [w, h] : kSizes) {
            if (w < h) continue;  // portrait: the same layout, stretched
            CAPTURE(name);
            CAPTURE(h);
            const Drawn d = draw(s, w, h);
            const DrawnText* timer = d.find("timer");
            REQUIRE(timer);
            CHECK(timer->cap_px >= 0.25f * h);
            const DrawnText* label = d.find("step_label");
            REQUIRE(label);
            CHECK(label->cap_px >= 0.05f * h);
            const DrawnText* speaker = d.find("speaker");
            REQUIRE(speaker);
            if (char_count(speaker->text) <= 24) CHECK(speaker->cap_px >= 0.06f * h);
        }
    }
}

TEST_CASE("layout: a name of 24 characters keeps a capital height of 6 % at 16:9 and 16:10; past that it shrinks") {
    const std::string names[] = {"Marie-Christine Lefebvre", "Pierre-Emmanuel Rousseau", "Grégoire Dubois-Lacroix",
                                 "Jean-François Œhlenschlä"};
    for (const std::string& name : names) {
        for (const auto& [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1920.0f, 1200.0f}, std::pair{1280.0f, 720.0f},
                                   std::pair{3840.0f, 2160.0f}}) {
            CAPTURE(name);
            CAPTURE(w);
            CAPTURE(h);
            REQUIRE(char_count(name) <= 24);
            const Drawn d = draw(speaking(name), w, h);
            const DrawnText* speaker = d.find("speaker");
            REQUIRE(speaker);
            CHECK_MESSAGE(speaker->text == name, speaker->text);  // nothing elided
            CHECK(speaker->cap_px >= 0.06f * h);
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

TEST_CASE("layout: the longest request the session accepts fits the board in at most three lines") {
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
        CHECK(lines <= 3);
        CHECK(text.find("\xE2\x80\xA6") == std::string::npos);  // nothing cut
        if (w == 1920 && h == 1080) MESSAGE("longest request at 1920x1080: " << lines << " lines, capital height " << cap / 10.8f << " %");
    }
}
