// End of the atelier: planned versus real time per step, and each person's
// speaking time as bars.
#include <algorithm>

#include "core/format.hpp"
#include "core/i18n.hpp"
#include "ui/wall_view.hpp"

namespace atelier::ui {

namespace {

// Planned (as the method planned), added during the atelier, actual: one
// time format throughout, so an over-run never hides in the plan.
void draw_steps(Painter& p, const WallFrame& f, const Box& area, float u) {
    const WallModel& m = f.model;
    const float size = u * FontScale::small;
    const int rows = static_cast<int>(m.summary_rows.size()) + 2;  // header and total
    const float row_h = std::min(area.h / static_cast<float>(rows), 0.075f * u);
    const float label_w = area.w * 0.50f, num_w = area.w * 0.115f, bar_x = area.x + label_w + 3 * num_w + 0.02f * u;
    const float bar_w = area.right() - bar_x;
    int64_t longest = 1;
    for (const SummaryRow& r : m.summary_rows) longest = std::max({longest, r.planned_ms + std::max<int64_t>(0, r.added_ms), r.actual_ms});
    float y = area.y;
    const Word heads[] = {Word::planned, Word::added, Word::actual};
    // Each header right-aligned over its column, a gap short of the one before it: a long word
    // ("Previsto", "Añadido") is drawn smaller rather than touch its neighbour.
    const float gap = 0.015f * u;
    for (int k = 0; k < 3; ++k)
        p.line(f.fonts.small, size, {area.x + label_w + static_cast<float>(k) * num_w + gap, y, num_w - gap, row_h}, f.theme.dim,
               tr(m.lang, heads[k]), Align::right, 0.7f);
    y += row_h;
    auto row = [&](const SummaryRow& r, bool total) {
        const Rgb text = total ? f.theme.text : (r.visited ? f.theme.text : f.theme.dim);
        const Box cell{area.x + label_w, y, num_w, row_h};
        // A step's name wraps onto a second line in its row rather than lose its end.
        const std::vector<std::string> label = text_lines(p, f.fonts.small, size, r.label, label_w - 0.01f * u, row_h >= size * 2.1f ? 2 : 1);
        const float lh = row_h / static_cast<float>(label.size());
        for (size_t i = 0; i < label.size(); ++i)
            p.line(f.fonts.small, size, {area.x, y + lh * static_cast<float>(i), label_w - 0.01f * u, lh}, text, label[i], Align::left, 0.85f);
        p.line(f.fonts.small, size, cell, f.theme.dim, record_time_text(r.planned_ms), Align::right, 0.7f);
        p.line(f.fonts.small, size, {cell.x + num_w, y, num_w, row_h}, f.theme.dim, r.added_ms ? signed_record_time_text(r.added_ms) : "",
               Align::right, 0.7f);
        const bool over = r.actual_ms > r.planned_ms + r.added_ms;
        const std::string actual = r.visited ? record_time_text(r.actual_ms) : "\xE2\x80\x94";  // —
        p.line(f.fonts.small, size, {cell.x + 2 * num_w, y, num_w, row_h}, over ? phase_colour(f.theme, Phase::overtime) : text, actual,
               Align::right, 0.7f);
        if (!total) {
            // Planned as an outline, actual filled inside it: over-runs stick out.
            const float h = row_h * 0.45f, by = y + (row_h - h) * 0.5f;
            const float pw = bar_w * static_cast<float>(r.planned_ms) / static_cast<float>(longest);
            const float aw = bar_w * static_cast<float>(r.actual_ms) / static_cast<float>(longest);
            p.frame({bar_x, by, std::max(1.0f, pw), h}, f.theme.dim, std::max(1.0f, 0.002f * u));
            if (aw > 0) p.rect({bar_x, by, aw, h}, over ? phase_colour(f.theme, Phase::overtime) : f.theme.accent);
        }
        y += row_h;
    };
    for (const SummaryRow& r : m.summary_rows) row(r, false);
    row(m.summary_total, true);
}

void draw_speakers(Painter& p, const WallFrame& f, const Box& area, float u) {
    const WallModel& m = f.model;
    const float size = u * FontScale::small;
    p.line(f.fonts.small, size, {area.x, area.y, area.w, 0.05f * u}, f.theme.dim, tr(m.lang, Word::speaking_time));
    const int n = static_cast<int>(m.speaker_bars.size());
    if (n == 0) return;
    const float top = area.y + 0.06f * u;
    const float row_h = std::min((area.bottom() - top) / static_cast<float>(n), 0.06f * u);
    // The names take the room they need (bars can be shorter: they compare,
    // they are not read); a name wider than most of the area shrinks a
    // little, and only then loses letters.
    float widest = 0;
    for (const SpeakerBar& b : m.speaker_bars) widest = std::max(widest, p.measure(f.fonts.small, size, b.name).x);
    const float time_w = area.w * 0.16f;
    const float name_w = std::clamp(widest + 0.02f * u, area.w * 0.30f, area.w * 0.62f);
    const float bar_w = area.w - name_w - time_w - 0.02f * u;
    int64_t longest = 1;
    for (const SpeakerBar& b : m.speaker_bars) longest = std::max(longest, b.ms);
    float y = top;
    p.tag("summary_speaker");
    for (const SpeakerBar& b : m.speaker_bars) {
        p.line(f.fonts.small, size, {area.x, y, name_w - 0.01f * u, row_h}, b.is_client ? f.theme.client : f.theme.text, b.name,
               Align::left, 0.85f);
        const float h = row_h * 0.5f, w = bar_w * static_cast<float>(b.ms) / static_cast<float>(longest);
        if (w > 0) p.rect({area.x + name_w, y + (row_h - h) * 0.5f, w, h}, b.is_client ? f.theme.client : f.theme.accent);
        p.line(f.fonts.small, size, {area.right() - time_w, y, time_w, row_h}, f.theme.dim, record_time_text(b.ms), Align::right);
        y += row_h;
    }
}

}  // namespace

void draw_summary(Painter& p, const WallFrame& f, const WallLayout& l) {
    const float u = l.unit;
    p.line(f.fonts.large, u * FontScale::large, l.stage_label, f.theme.text, tr(f.model.lang, Word::summary_title));
    const float top = l.stage_label.bottom() + 0.02f * u, bottom = l.footer.y - 0.01f * u - (f.model.summary_note.empty() ? 0 : 0.04f * u);
    if (!f.model.summary_note.empty())
        p.line(f.fonts.small, u * FontScale::small, {l.strip.x, bottom + 0.005f * u, l.strip.w, 0.035f * u}, f.theme.dim,
               f.model.summary_note, Align::left, 0.7f);
    const float x = l.strip.x, w = l.strip.w;
    const WallBands& b = *l.bands;
    if (b.summary_side_by_side) {
        draw_steps(p, f, {x, top, w * b.summary_split, bottom - top}, u);
        draw_speakers(p, f, {x + w * (b.summary_split + 0.03f), top, w * (0.97f - b.summary_split), bottom - top}, u);
    } else {
        const float mid = top + (bottom - top) * b.summary_split;
        draw_steps(p, f, {x, top, w, mid - top}, u);
        draw_speakers(p, f, {x, mid + 0.02f * u, w, bottom - mid - 0.02f * u}, u);
    }
}

}  // namespace atelier::ui
