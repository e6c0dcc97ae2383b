// Which parts of the wall a frame must redraw: only where the drawing changed.
#include "ui/damage.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

using atelier::ui::DamageRect;
using atelier::ui::DamageTracker;

namespace {

// One ImGui frame drawn on the background list by `draw`; the tracker's answer.
struct Frames {
    ImGuiContext* context = ImGui::CreateContext();
    Frames() {
        ImGui::SetCurrentContext(context);
        ImGui::GetIO().IniFilename = nullptr;  // a test writes nothing where it runs (imgui.ini)
        ImGui::GetIO().DisplaySize = ImVec2(640, 480);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    }
    ~Frames() { ImGui::DestroyContext(context); }
    std::vector<DamageRect> draw(DamageTracker& tracker, const std::function<void(ImDrawList&)>& f, uint64_t salt = 0) {
        ImGui::NewFrame();
        f(*ImGui::GetBackgroundDrawList());
        ImGui::Render();
        return tracker.update({ImGui::GetBackgroundDrawList()}, 640, 480, salt);
    }
};

long area(const std::vector<DamageRect>& rects) {
    long a = 0;
    for (const DamageRect& r : rects) a += static_cast<long>(r.w) * r.h;
    return a;
}

bool covers(const std::vector<DamageRect>& rects, float x, float y) {
    for (const DamageRect& r : rects)
        if (x >= static_cast<float>(r.x) && x < static_cast<float>(r.x + r.w) && y >= static_cast<float>(r.y) &&
            y < static_cast<float>(r.y + r.h))
            return true;
    return false;
}

void wall(ImDrawList& d, float bar_width, ImU32 digit_colour) {
    d.AddRectFilled(ImVec2(20, 20), ImVec2(620, 60), IM_COL32(40, 60, 90, 255));   // a band that stays
    d.AddRectFilled(ImVec2(100, 200), ImVec2(140, 260), digit_colour);             // a "digit"
    d.AddRectFilled(ImVec2(20, 400), ImVec2(20 + bar_width, 410), IM_COL32_WHITE);  // a progress bar
}

}  // namespace

TEST_CASE("damage: the first frame is the whole screen, the same frame again is nothing") {
    Frames frames;
    DamageTracker t;
    const auto first = frames.draw(t, [](ImDrawList& d) { wall(d, 100, IM_COL32_WHITE); });
    REQUIRE(first.size() == 1);
    CHECK(first[0] == DamageRect{0, 0, 640, 480});
    CHECK(frames.draw(t, [](ImDrawList& d) { wall(d, 100, IM_COL32_WHITE); }).empty());
}

TEST_CASE("damage: a digit changing colour and a bar growing damage their tiles, not the band that stayed") {
    Frames frames;
    DamageTracker t;
    frames.draw(t, [](ImDrawList& d) { wall(d, 100, IM_COL32_WHITE); });
    const auto changed = frames.draw(t, [](ImDrawList& d) { wall(d, 130, IM_COL32(255, 80, 80, 255)); });
    CHECK(covers(changed, 120, 230));  // the digit
    CHECK(covers(changed, 125, 405));  // where the bar grew
    CHECK_FALSE(covers(changed, 400, 40));  // the band
    CHECK_FALSE(covers(changed, 600, 300));  // empty space
    CHECK(area(changed) < 640L * 480L / 8);
}

TEST_CASE("damage: what disappears is damaged too, and so is everything when the background changes or after invalidate") {
    Frames frames;
    DamageTracker t;
    frames.draw(t, [](ImDrawList& d) { wall(d, 100, IM_COL32_WHITE); });
    const auto gone = frames.draw(t, [](ImDrawList& d) {
        d.AddRectFilled(ImVec2(20, 20), ImVec2(620, 60), IM_COL32(40, 60, 90, 255));
    });
    CHECK(covers(gone, 120, 230));
    CHECK(covers(gone, 60, 405));
    CHECK_FALSE(covers(gone, 400, 40));
    const auto recoloured = frames.draw(t, [](ImDrawList& d) {
        d.AddRectFilled(ImVec2(20, 20), ImVec2(620, 60), IM_COL32(40, 60, 90, 255));
    }, 1);
    CHECK(area(recoloured) == 640L * 480L);
    t.invalidate();
    CHECK(area(frames.draw(t, [](ImDrawList& d) {
        d.AddRectFilled(ImVec2(20, 20), ImVec2(620, 60), IM_COL32(40, 60, 90, 255));
    }, 1)) == 640L * 480L);
}

TEST_CASE("damage: damaged tiles merge into few rectangles that stay inside the screen") {
    // A 3x2 block and a lone tile, on a 5x3 grid of 32-pixel tiles over a 150x90 screen.
    std::vector<bool> d(15, false);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c) d[static_cast<size_t>(r * 5 + c)] = true;
    d[14] = true;
    const auto rects = atelier::ui::tiles_to_rects(d, 5, 3, 32, 150, 90);
    REQUIRE(rects.size() == 2);
    CHECK(area(rects) == 96L * 64L + (150 - 128) * (90 - 64));
    for (const DamageRect& r : rects) {
        CHECK(r.x + r.w <= 150);
        CHECK(r.y + r.h <= 90);
    }
}

TEST_CASE("damage: a live texture (the wall's miniature) redraws only where the wall changed, mapped to where it is shown") {
    Frames frames;
    DamageTracker t;
    const ImTextureID wall = reinterpret_cast<ImTextureID>(static_cast<intptr_t>(42));
    // The miniature at (96, 96)-(416, 276), upside down as GL stores the wall.
    auto miniature = [&](ImDrawList& d) { d.AddImage(wall, ImVec2(96, 96), ImVec2(416, 276), ImVec2(0, 1), ImVec2(1, 0)); };
    std::vector<DamageRect> changed;
    auto frame = [&] {
        ImGui::NewFrame();
        miniature(*ImGui::GetBackgroundDrawList());
        ImGui::Render();
        return t.update({ImGui::GetBackgroundDrawList()}, 640, 480, 0, atelier::ui::LiveTexture{wall, &changed, 1920, 1080});
    };
    frame();
    CHECK(frame().empty());  // the wall did not change: nothing to redraw
    // The wall's timer changed (its middle); the miniature's middle is redrawn, not its corners.
    changed = {DamageRect{800, 400, 320, 280}};
    const auto rects = frame();
    CHECK(covers(rects, 96 + 320 * (960.0f / 1920), 96 + 180 * (540.0f / 1080)));
    CHECK_FALSE(covers(rects, 100, 100));
    CHECK_FALSE(covers(rects, 410, 270));
    CHECK(area(rects) < 320L * 180L / 2);
    // A change at the wall's bottom-left corner lands at the miniature's bottom-left.
    changed = {DamageRect{0, 1000, 100, 80}};
    const auto corner = frame();
    CHECK(covers(corner, 98, 274));
    CHECK_FALSE(covers(corner, 410, 100));
}

TEST_CASE("damage: close rectangles are drawn as one, far ones stay apart") {
    using atelier::ui::merge_rects;
    CHECK(merge_rects({{0, 0, 32, 32}, {32, 0, 32, 32}}, 0).size() == 1);     // side by side: nothing added
    CHECK(merge_rects({{0, 0, 32, 32}, {64, 0, 32, 32}}, 1024).size() == 1);  // a tile apart: one tile added
    CHECK(merge_rects({{0, 0, 32, 32}, {600, 400, 32, 32}}, 4096).size() == 2);
}

TEST_CASE("damage: a frame's rectangles never overlap, however they are merged (one pass blends each pixel once)") {
    using atelier::ui::merge_rects;
    using atelier::ui::without_overlaps;
    auto overlap = [](const DamageRect& a, const DamageRect& b) {
        return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    };
    auto inside = [](const DamageRect& a, const DamageRect& in) {
        return a.x >= in.x && a.y >= in.y && a.x + a.w <= in.x + in.w && a.y + a.h <= in.y + in.h;
    };
    // Two that overlap become their box; a chain becomes one; a far one stays.
    CHECK(without_overlaps({{0, 0, 64, 64}, {32, 32, 64, 64}, {200, 0, 10, 10}}) ==
          std::vector<DamageRect>{{0, 0, 96, 96}, {200, 0, 10, 10}});
    CHECK(without_overlaps({{0, 0, 40, 10}, {30, 5, 40, 10}, {65, 12, 10, 10}}) == std::vector<DamageRect>{{0, 0, 75, 22}});
    // Tiles the tracker could give (disjoint), merged with every budget: the
    // greedy boxes may reach over a third rectangle, which must be taken in.
    unsigned seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int round = 0; round < 200; ++round) {
        std::vector<bool> taken(20 * 12, false);
        std::vector<DamageRect> tiles;
        for (int n = 0; n < 12; ++n) {
            const unsigned c = next() % 20, r = next() % 12;
            if (taken[r * 20 + c]) continue;
            taken[r * 20 + c] = true;
            tiles.push_back({static_cast<int>(c) * 32, static_cast<int>(r) * 32, 32, 32});
        }
        for (long budget : {0L, 1024L, 4096L, 20000L}) {
            const std::vector<DamageRect> merged = merge_rects(tiles, budget);
            for (size_t i = 0; i < merged.size(); ++i)
                for (size_t j = i + 1; j < merged.size(); ++j) REQUIRE_FALSE(overlap(merged[i], merged[j]));
            for (const DamageRect& t : tiles)
                CHECK(std::any_of(merged.begin(), merged.end(), [&](const DamageRect& m) { return inside(t, m); }));
        }
    }
}
