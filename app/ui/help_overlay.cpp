#include "ui/help_overlay.hpp"

#include <algorithm>

#include "core/i18n.hpp"
#include "core/key_help.hpp"
#include "ui/wall_bands.hpp"

namespace atelier::ui {



void draw_help(Painter& p, const KeyMap& keys, Lang lang, const FontSet& fonts, const Theme& theme, float width,
               float height, const std::function<std::string(int key)>& layout_label) {
    const float u = fonts.unit;
    p.rect({0, 0, width, height}, theme.scrim, 0, 0.7f);
    const Box panel{width * 0.06f, height * 0.05f, width * 0.88f, height * 0.9f};
    p.rect(panel, theme.panel, 0.02f * u);
    const float pad = 0.03f * u;
    p.line(fonts.medium, u * FontScale::medium, {panel.x + pad, panel.y + pad * 0.5f, panel.w - 2 * pad, 0.07f * u}, theme.text,
           tr(lang, Word::help_title));
    p.line(fonts.small, u * FontScale::small, {panel.x + pad, panel.y + pad * 0.5f, panel.w - 2 * pad, 0.07f * u}, theme.dim,
           tr(lang, Word::help_close), Align::right);
    const auto lines = help_lines(keys, layout_label);
    const float top = panel.y + pad + 0.08f * u, bottom = panel.bottom() - pad;
    const bool two_columns = wall_bands(width, height).help_two_columns;
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
