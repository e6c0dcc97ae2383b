// The console at every size a facilitator's laptop gives it, each tab, both
// languages: nothing it draws is cut by the edge of the window or of a cell
// (a cut button or a half label is a control nobody can read).
#include <doctest/doctest.h>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // each window's content extent

#include <string>
#include <vector>

#include "core/config_set.hpp"
#include "core/demo.hpp"
#include "core/text.hpp"
#include "core/wall_model.hpp"
#include "platform/font_lookup.hpp"
#include "ui/console_view.hpp"
#include "ui/fonts.hpp"
#include "ui/theme_style.hpp"

using namespace atelier;
using namespace atelier::ui;

namespace {

constexpr int64_t kNow = 1'767'261'600'000;

struct Cut {
    std::string where;
    float x0, x1, clip0, clip1;
};

// Letters that reach past their clip rectangle sideways (ImGui will cut
// them), and windows whose content is wider than the window (an item past
// the edge is not drawn at all).
std::vector<Cut> cut_drawing(const ImDrawData& data, const ImVec2& white) {
    std::vector<Cut> cuts;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList* list = data.CmdLists[n];
        // A text field's own window (parent/##field): typed text scrolls in
        // it, as in any field.
        if (list->_OwnerName && std::string(list->_OwnerName).find("/##") != std::string::npos) continue;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                float x0 = 1e9f, x1 = -1e9f, y0 = 1e9f, y1 = -1e9f;
                bool glyph = false;
                for (unsigned k = 0; k < 3; ++k) {
                    const ImDrawVert& v = list->VtxBuffer[static_cast<int>(cmd.VtxOffset + list->IdxBuffer[static_cast<int>(cmd.IdxOffset + i + k)])];
                    x0 = std::min(x0, v.pos.x), x1 = std::max(x1, v.pos.x);
                    y0 = std::min(y0, v.pos.y), y1 = std::max(y1, v.pos.y);
                    glyph = glyph || v.uv.x != white.x || v.uv.y != white.y;
                }
                if (!glyph) continue;  // frames and lines: the letters say whether a label is cut
                // Out of sight vertically is scrolled, not cut.
                if (y1 <= cmd.ClipRect.y || y0 >= cmd.ClipRect.w) continue;
                if (x0 < cmd.ClipRect.x - 1 || x1 > cmd.ClipRect.z + 1)
                    cuts.push_back({list->_OwnerName ? list->_OwnerName : "?", x0, x1, cmd.ClipRect.x, cmd.ClipRect.z});
            }
        }
    }
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!w->WasActive || w->Hidden) continue;
        // ImGui's multi-line fields keep their frame padding past the text.
        if (w->DC.CursorMaxPos.x > w->WorkRect.Max.x + ImGui::GetStyle().FramePadding.x + 1)
            cuts.push_back({std::string(w->Name) + " (content)", w->WorkRect.Min.x, w->DC.CursorMaxPos.x, w->WorkRect.Min.x,
                            w->WorkRect.Max.x});
    }
    return cuts;
}

struct ConsoleRig {
    ImFontAtlas atlas;
    FontSet fonts;
    ImGuiContext* context = nullptr;
    ConfigSet config = load_config({}, "/nowhere");
    ConsoleView view;
    Theme theme;
    ConsoleRig(float w, float h, const Session& s, ThemeName name = ThemeName::dark) : theme(make_theme(name)) {
        const FontRequest request{0, 0, console_text_px(h), all_text(s)};
        // Lines drawn from the atlas would look like letters to cut_drawing:
        // without baked lines, only letters sample it.
        atlas.Flags |= ImFontAtlasFlags_NoBakedLines;
        REQUIRE(build_fonts(atlas, platform::find_fonts(), request, fonts));
        context = ImGui::CreateContext(&atlas);
        ImGui::SetCurrentContext(context);
        ImGui::GetIO().DisplaySize = ImVec2(w, h);
        ImGui::GetIO().IniFilename = nullptr;
        apply_style(theme, ImGui::GetStyle());
    }
    ~ConsoleRig() { ImGui::DestroyContext(context); }
    // A frame; with `tab_key` (1 to 6) held with Alt.
    std::vector<Cut> frame(const Session& s, int tab_key = 0) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 30;
        for (bool& k : io.KeysDown) k = false;
        io.KeyAlt = tab_key > 0;
        if (tab_key > 0) io.KeysDown[GLFW_KEY_0 + tab_key] = true;
        ImGui::NewFrame();
        const WallModel model = wall_model(s, kNow, 0);
        const std::vector<LibraryGroup> library;
        const ConsoleModel live = console_model(s, kNow);
        ConsoleInputs in{s, model, live, config, fonts, theme, kNow, {}, "/home/facilitatrice/.local/state/atelier", "", library, 0,
                         16.0f / 9.0f, false, [](int) { return std::string("X"); }, "", {}, LocalTime(0), false, {}};
        view.draw(in, io.DisplaySize.x, io.DisplaySize.y);
        ImGui::Render();
        return cut_drawing(*ImGui::GetDrawData(), atlas.TexUvWhitePixel);
    }
};

// Every tab opened with its Alt key, then a few frames for ImGui to settle: what is cut then, by `what` ("fr 800x600").
void check_every_tab(ConsoleRig& rig, const Session& s, const std::string& what) {
    for (int tab = 1; tab <= 6; ++tab) {
        rig.frame(s, tab);
        std::vector<Cut> cuts;
        for (int settle = 0; settle < 4; ++settle) cuts = rig.frame(s);
        CAPTURE(what);
        CAPTURE(tab);
        for (const Cut& c : cuts) MESSAGE(what << " tab " << tab << " " << c.where << ": drawn " << c.x0 << ".." << c.x1 << " clipped to " << c.clip0 << ".." << c.clip1);
        CHECK(cuts.empty());
    }
}

}  // namespace

TEST_CASE("console: in every language, the pseudo-language's 40 % longer words included, no tab nor label is cut") {
    const ConfigSet config = load_config({}, "/nowhere");
    const std::pair<float, float> sizes[] = {{1024, 768}, {1280, 720}, {1920, 1080}};
    for (size_t l = 0; l < kLangCount; ++l) {
        auto s = demo_session(config, "consultation", kNow);
        REQUIRE(s.has_value());
        s->lang = static_cast<Lang>(l);
        for (const auto& [w, h] : sizes) {
            ConsoleRig rig(w, h, *s);
            check_every_tab(rig, *s, std::string(lang_id(s->lang)) + " " + std::to_string(int(w)) + "x" + std::to_string(int(h)));
        }
    }
}

TEST_CASE("console: at every laptop size, in every tab and both languages, nothing is cut by an edge") {
    const ConfigSet config = load_config({}, "/nowhere");
    const std::pair<float, float> sizes[] = {{800, 600}, {1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}};
    for (const std::string demo : {"consultation", "long-names", "english", "synthesis", "long-request"}) {
        const auto s = demo_session(config, demo, kNow);
        REQUIRE(s.has_value());
        for (const auto& [w, h] : sizes) {
            ConsoleRig rig(w, h, *s);
            check_every_tab(rig, *s, demo + " " + std::to_string(int(w)) + "x" + std::to_string(int(h)));
        }
    }
}
