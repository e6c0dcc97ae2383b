// The stage: the strip of all steps, then the current step's number, name,
// instruction, and what the client does (a sign with words when the client
// listens in silence or turns their back).
#include <algorithm>
#include <cmath>

#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

void draw_strip(Painter& p, const WallFrame& f, const WallLayout& l) {
    p.tag("strip");
    const auto& strip = f.model.strip;
    if (strip.empty()) return;
    const float u = l.unit, gap = 0.008f * u, size = std::min(u * FontScale::small, l.strip.h * 0.8f);
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

// A head and shoulders, seen from behind.
void draw_silhouette(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
    dl->AddCircleFilled(ImVec2(c.x, c.y - s * 0.22f), s * 0.2f, col, 24);
    dl->PathArcTo(ImVec2(c.x, c.y + s * 0.42f), s * 0.36f, 3.14159f, 2 * 3.14159f, 20);
    dl->PathFillConvex(col);
}

// A speech bubble struck through: no words from the client now.
void draw_silence(ImDrawList* dl, ImVec2 c, float s, ImU32 col, float thick) {
    dl->AddCircle(ImVec2(c.x, c.y - s * 0.05f), s * 0.32f, col, 24, thick);
    dl->AddTriangleFilled(ImVec2(c.x - s * 0.2f, c.y + s * 0.18f), ImVec2(c.x - s * 0.05f, c.y + s * 0.25f),
                          ImVec2(c.x - s * 0.3f, c.y + s * 0.4f), col);
    dl->AddLine(ImVec2(c.x - s * 0.42f, c.y + s * 0.35f), ImVec2(c.x + s * 0.42f, c.y - s * 0.45f), col, thick * 1.3f);
}

}  // namespace

// The client's posture as a filled sign in the client's colour, with words:
// readable from the back of the room and without colour.
void draw_posture(Painter& p, const WallFrame& f, const Box& row, Align align, bool brief) {
    const PostureView& posture = f.model.posture;
    if (!posture.shown()) return;
    const std::string& words = brief && !posture.brief.empty() ? posture.brief : posture.text;
    const float u = f.fonts.unit, h = row.h, size = std::min(u * FontScale::medium, h * 0.95f);
    const float text_w = std::min(p.measure(f.fonts.medium, size, words).x, row.w - 2.4f * h);
    const float w = text_w + 2.2f * h;
    const float x = align == Align::right ? row.right() - w : row.x;
    const Box pill{x, row.y + (row.h - h) * 0.5f, w, h};
    p.rect(pill, f.theme.client, h * 0.5f);
    ImDrawList* dl = p.list();
    const ImU32 ink = colour(f.theme.background);
    const ImVec2 c1(pill.x + h * 0.62f, pill.y + h * 0.5f), c2(pill.x + h * 1.32f, pill.y + h * 0.5f);
    draw_silhouette(dl, c1, h * 0.8f, ink);
    if (posture.activity == ClientActivity::back_turned) {
        // Turned away: an arrow curling round behind the head.
        dl->PathArcTo(c2, h * 0.26f, -2.6f, 1.9f, 16);
        dl->PathStroke(ink, 0, std::max(1.5f, h * 0.08f));
        const ImVec2 tip(c2.x + h * 0.26f * std::cos(1.9f), c2.y + h * 0.26f * std::sin(1.9f));
        dl->AddTriangleFilled(ImVec2(tip.x - h * 0.12f, tip.y - h * 0.02f), ImVec2(tip.x + h * 0.06f, tip.y - h * 0.1f),
                              ImVec2(tip.x + h * 0.02f, tip.y + h * 0.12f), ink);
    } else {
        draw_silence(dl, c2, h * 0.7f, ink, std::max(1.5f, h * 0.06f));
    }
    p.line(f.fonts.medium, size, {pill.x + 1.8f * h, pill.y, text_w + 0.2f * h, pill.h}, f.theme.background, words,
           Align::left, 0.6f);
}

void draw_stage(Painter& p, const WallFrame& f, const WallLayout& l) {
    if (l.shape.strip) draw_strip(p, f, l);
    const WallModel& m = f.model;
    if (m.finished) return;
    const float u = l.unit;
    const float large = u * l.shape.title_size;
    // "Étape 2" in the accent colour, then the name; a name too long for the
    // line wraps onto a second one rather than lose its end.
    const std::string number = m.step_label.empty() ? "" : m.step_label + "  ";
    const std::vector<std::string> lines = text_lines(p, f.fonts.large, large, number + m.step_name, l.stage_label.w, l.shape.title_lines);
    const float line_h = l.stage_label.h / static_cast<float>(std::max<size_t>(1, lines.size()));
    for (size_t i = 0; i < lines.size(); ++i) {
        Box row{l.stage_label.x, l.stage_label.y + line_h * static_cast<float>(i), l.stage_label.w, line_h};
        std::string text = lines[i];
        if (i == 0 && !m.step_label.empty() && text.rfind(m.step_label, 0) == 0) {
            p.tag("step_label");
            const float label_w = p.line(f.fonts.large, large, row, f.theme.accent, m.step_label, Align::left, 1.0f) + 0.03f * u;
            row.x += label_w, row.w -= label_w;
            text = text.substr(m.step_label.size());
            text.erase(0, text.find_first_not_of(' '));
        }
        p.tag("step");
        p.line(f.fonts.large, large, row, f.theme.text, text, Align::left, 0.72f);
    }
    if (l.shape.board) return;  // the board draws its title and the posture in the activity row
    p.tag("instruction");
    const float near = u * FontScale::medium;
    const std::vector<std::string> instruction = text_lines(p, f.fonts.medium, near, m.instruction, l.instruction.w, l.shape.instruction_lines);
    const float ih = l.instruction.h / static_cast<float>(std::max<size_t>(1, instruction.size()));
    for (size_t i = 0; i < instruction.size(); ++i)
        p.line(f.fonts.medium, near, {l.instruction.x, l.instruction.y + ih * static_cast<float>(i), l.instruction.w, ih}, f.theme.text,
               instruction[i], Align::left, 0.7f);
    if (!l.shape.activity) return;
    p.tag("activity");
    if (m.posture.shown()) draw_posture(p, f, l.activity, Align::left);
    else p.line(f.fonts.medium, near, l.activity, f.theme.client, m.client_activity, Align::left, 0.8f);
}

}  // namespace atelier::ui
