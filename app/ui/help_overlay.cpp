#include "ui/help_overlay.hpp"

#include <algorithm>

#include "core/i18n.hpp"

namespace atelier::ui {

std::vector<std::pair<ActionKind, std::string>> help_lines(const KeyMap& keys,
                                                          const std::function<std::string(int key)>& layout_label) {
    std::vector<std::pair<ActionKind, std::string>> lines;
    for (int k = 0; k <= static_cast<int>(ActionKind::reset); ++k) {
        const auto kind = static_cast<ActionKind>(k);
        // floor_N and step_N are shown once, with their first and last keys.
        const bool numbered = kind == ActionKind::floor || kind == ActionKind::step;
        std::string text;
        if (numbered) {
            const int first_n = kind == ActionKind::step ? 0 : 1;
            const auto first = keys_for(keys, Action{kind, first_n}), last = keys_for(keys, Action{kind, 9});
            if (!first.empty() && !last.empty())
                text = chord_label(first[0], layout_label) + " \xE2\x80\xA6 " + chord_label(last[0], layout_label);
        } else {
            std::vector<std::string> seen;
            for (const KeyChord& c : keys_for(keys, Action{kind, 0})) {
                const std::string label = chord_label(c, layout_label);
                if (std::find(seen.begin(), seen.end(), label) != seen.end()) continue;  // "b" by position and by character
                seen.push_back(label);
                text += (text.empty() ? "" : ",  ") + label;
            }
        }
        if (!text.empty()) lines.emplace_back(kind, text);
    }
    return lines;
}


void draw_help(Painter& p, const KeyMap& keys, Lang lang, const FontSet& fonts, const Theme& theme, float width,
               float height, const std::function<std::string(int key)>& layout_label) {
    const float u = fonts.unit;
    p.rect({0, 0, width, height}, {0, 0, 0}, 0, 0.7f);
    const Box panel{width * 0.06f, height * 0.05f, width * 0.88f, height * 0.9f};
    p.rect(panel, theme.panel, 0.02f * u);
    const float pad = 0.03f * u;
    p.line(fonts.medium, u * FontScale::medium, {panel.x + pad, panel.y + pad * 0.5f, panel.w - 2 * pad, 0.07f * u}, theme.text,
           tr(lang, Word::help_title));
    p.line(fonts.small, u * FontScale::small, {panel.x + pad, panel.y + pad * 0.5f, panel.w - 2 * pad, 0.07f * u}, theme.dim,
           tr(lang, Word::help_close), Align::right);
    const auto lines = help_lines(keys, layout_label);
    const float top = panel.y + pad + 0.08f * u, bottom = panel.bottom() - pad;
    const bool two_columns = width >= height;
    const size_t per_col = two_columns ? (lines.size() + 1) / 2 : lines.size();
    const float col_w = (panel.w - 2 * pad) / (two_columns ? 2.0f : 1.0f);
    const float row_h = std::min((bottom - top) / static_cast<float>(std::max<size_t>(1, per_col)), 0.05f * u);
    const float size = std::min(u * FontScale::ui * 1.1f, row_h * 0.8f);
    for (size_t i = 0; i < lines.size(); ++i) {
        const size_t col = i / per_col, row = i % per_col;
        const float x = panel.x + pad + static_cast<float>(col) * col_w, y = top + static_cast<float>(row) * row_h;
        p.line(fonts.ui, size, {x, y, col_w * 0.56f, row_h}, theme.text, tr(lang, lines[i].first), Align::left, 0.85f);
        p.line(fonts.ui, size, {x + col_w * 0.58f, y, col_w * 0.40f, row_h}, theme.accent, keycap_words(lines[i].second, lang), Align::left, 0.85f);
    }
}

}  // namespace atelier::ui
