// The stage: the strip of all steps, then the current step's number, name,
// instruction and what the client does.
#include <algorithm>

#include "ui/wall_view.hpp"

namespace atelier::ui {

static void draw_strip(Painter& p, const WallFrame& f, const WallLayout& l) {
    const auto& strip = f.model.strip;
    if (strip.empty()) return;
    const float u = l.unit, gap = 0.008f * u, size = u * FontScale::small;
    const float cell_w = (l.strip.w - gap * static_cast<float>(strip.size() - 1)) / static_cast<float>(strip.size());
    for (size_t i = 0; i < strip.size(); ++i) {
        const StripEntry& e = strip[i];
        const Box cell{l.strip.x + static_cast<float>(i) * (cell_w + gap), l.strip.y, cell_w, l.strip.h};
        const Box text{cell.x + 0.012f * u, cell.y, cell.w - 0.024f * u, cell.h};
        // Done steps carry a check mark, the current one is filled: shape and
        // words, not colour alone.
        std::string label = e.number.empty() ? e.name : e.number + "  " + e.name;
        if (e.done) label = "\xE2\x9C\x93 " + label;  // ✓
        if (e.current) {
            p.rect(cell, f.theme.accent, 0.01f * u);
            p.line(f.fonts.small, size, text, f.theme.background, label, Align::left, 0.8f);
        } else {
            p.rect(cell, f.theme.panel, 0.01f * u);
            p.line(f.fonts.small, size, text, e.done ? f.theme.done : f.theme.dim, label, Align::left, 0.8f);
        }
    }
}

void draw_stage(Painter& p, const WallFrame& f, const WallLayout& l) {
    draw_strip(p, f, l);
    const WallModel& m = f.model;
    if (m.finished) return;
    const float u = l.unit;
    const float large = u * FontScale::large;
    // "Étape 2" in the accent colour, then the name, on one line.
    const float label_w = p.line(f.fonts.large, large, l.stage_label, f.theme.accent, m.step_label, Align::left, 0.9f);
    const float gap = 0.03f * u;
    const Box name{l.stage_name.x + label_w + gap, l.stage_name.y, l.stage_name.w - label_w - gap, l.stage_name.h};
    p.line(f.fonts.large, large, name, f.theme.text, m.step_name, Align::left, 0.72f);
    p.line(f.fonts.medium, u * FontScale::medium, l.instruction, f.theme.text, m.instruction, Align::left, 0.7f);
    p.line(f.fonts.medium, u * FontScale::small * 1.15f, l.activity, f.theme.client, m.client_activity, Align::left, 0.8f);
}

}  // namespace atelier::ui
