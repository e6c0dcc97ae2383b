#include "ui/wall_view.hpp"

#include <algorithm>
#include <cmath>

namespace atelier::ui {

namespace {

// Line heights as fractions of the unit (the short side), the same in
// either orientation: they follow the font sizes (ui/fonts.hpp). A line's
// box is the font's size (DejaVu's ascent and descent), a hair more. The
// bands around them are per orientation (ui/wall_bands.hpp).
constexpr float kLineBox = 1.04f;       // a line's box over its font's size
constexpr float kTitleCompact = 0.088f; // a two-line title's size when room is short: capitals still read from 10 m
constexpr float kNearLine = 0.064f;     // FontScale::medium: instruction, activity, board title, chips, footer
constexpr float kMidLine = 0.084f;      // FontScale::board: the request's lines, what comes next, the phase
constexpr float kSpeakerLine = 0.104f;  // FontScale::huge
constexpr float kMessageLine = 0.110f;  // the message to the room: the board's size on a panel

struct Heights {
    float message, strip, title, instruction, activity, board, timer_min, phase, progress, speaker, next, chips, notice, footer;
};

Heights heights_of(const WallShape& s, const WallBands& b) {
    const float gap = b.gap;
    Heights h{};
    h.message = s.message ? kMessageLine + gap : 0;
    h.strip = s.strip ? b.strip + gap : 0;
    h.title = static_cast<float>(s.title_lines) * s.title_size * kLineBox;
    h.instruction = s.board ? 0 : static_cast<float>(s.instruction_lines) * kNearLine;
    h.activity = s.activity ? kNearLine * (s.posture_row ? 2.0f : 1.0f) : 0;
    h.board = s.board ? static_cast<float>(s.board_lines) * kMidLine + gap : 0;
    h.timer_min = s.timer_min > 0 ? s.timer_min : s.board ? b.timer_min_board : b.timer_min;
    h.phase = s.phase_beside ? 0 : kMidLine;
    h.progress = 0;  // inside the timer's band
    h.speaker = static_cast<float>(s.speaker_lines) * kSpeakerLine;
    h.next = s.next_beside ? 0 : static_cast<float>(s.next_lines) * kMidLine;
    h.chips = s.order ? static_cast<float>(s.chip_rows) * kNearLine + static_cast<float>(std::max(0, s.chip_rows - 1)) * gap + gap : 0;
    h.notice = s.notice ? kNearLine : 0;
    h.footer = kNearLine;
    return h;
}

float total_of(const Heights& h, const WallBands& b) {
    return b.top + h.message + h.strip + h.title + h.instruction + h.activity + h.board + h.timer_min + h.phase + h.progress + h.speaker + h.next +
           h.chips + h.notice + h.footer + b.bottom + 2 * b.gap;
}

// How many lines `text` takes at `size` in `width`.
std::vector<std::string> text_lines_(const Painter& p, ImFont* font, float size, const std::string& text, float width, int max_lines);

int lines_needed(const Painter& p, ImFont* font, float size, const std::string& text, float width) {
    if (text.empty() || !font) return 0;
    return static_cast<int>(text_lines_(p, font, size, text, width, 100).size());
}

// The chips of the whole order at their size, side by side: how many rows they take in `width`.
int chip_rows_needed(const Painter& p, const FontSet& fonts, const WallModel& m, float u, float width) {
    if (m.order.empty() || !fonts.medium) return 0;
    const float size = u * FontScale::medium, gap = 0.012f * u;
    float x = 0;
    int rows = 1;
    for (const OrderEntry& e : m.order) {
        const float w = p.measure(fonts.medium, size, "\xE2\x9C\x93 " + e.name).x + 0.04f * u;
        if (x > 0 && x + w > width) rows += 1, x = 0;
        x += w + gap;
    }
    return rows;
}

std::vector<std::string> text_lines_(const Painter& p, ImFont* font, float size, const std::string& text, float width, int max_lines) {
    return text_lines(p, font, size, text, width, max_lines);
}

}  // namespace

std::vector<std::string> text_lines(const Painter& p, ImFont* font, float size, const std::string& text, float width, int max_lines) {
    if (max_lines <= 1 || !font) return {text};  // one line: the drawer shrinks it, and elides only below its smallest size
    // Words, greedily, never cut: a word wider than the line gets a line of its
    // own, and the last line holds the rest, both to be shrunk by the drawer.
    std::vector<std::string> lines;
    std::string line;
    size_t i = 0;
    while (i < text.size()) {
        const size_t space = text.find(' ', i);
        const std::string word = text.substr(i, space == std::string::npos ? std::string::npos : space - i);
        i = space == std::string::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        if (static_cast<int>(lines.size()) == max_lines - 1) {
            line += (line.empty() ? "" : " ") + word;
            continue;
        }
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (line.empty() || p.measure(font, size, candidate).x <= width) {
            line = candidate;
        } else {
            lines.push_back(line);
            line = word;
        }
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

WallShape give_way(WallShape shape, float width, float height) {
    const float u = layout_unit(width, height);
    const WallBands& b = wall_bands(width, height);
    // What gives way, in order, while the whole does not fit the height.
    const float budget = height / u;
    auto fits = [&] { return total_of(heights_of(shape, b), b) <= budget; };
    if (!fits() && shape.chip_rows > 1) shape.chip_rows = 1;
    if (!fits()) shape.strip = false;
    if (!fits() && shape.next_lines > 1) shape.next_lines = 1;
    if (!fits() && b.phase_beside > 0) shape.phase_beside = true;
    if (!fits() && shape.next_fits_beside && shape.speaker_lines == 1 && shape.next_lines == 1) shape.next_beside = true;
    // A next step's name that fits on a line of its own but not beside the speaker
    // (German "Danach: Schritt 6 — Auswertung und Lernen"): its number alone, beside.
    if (!fits() && !shape.next_beside && shape.next_brief_fits_beside && shape.speaker_lines == 1) {
        shape.next_brief = true;
        shape.next_lines = 1;
        shape.next_beside = true;
    }
    if (!fits() && !shape.board) shape.timer_min = b.timer_short;
    while (!fits() && shape.speaker_lines > 1) --shape.speaker_lines;
    // A request is drawn smaller first; a plan's items too, down to the 6 m size.
    while (!fits() && shape.board_lines > std::max(3, shape.plan ? shape.plan_least_lines : 0)) --shape.board_lines;
    // A step's name on two lines is drawn a little smaller before the timer gives way
    // (a long German name beside a posture would otherwise halve the digits).
    auto compact_title = [&] {
        shape.title_size = kTitleCompact;
        shape.title_lines = std::min(shape.title_lines, shape.title_lines_compact);
    };
    if (!fits() && shape.board && shape.title_lines > 1) compact_title();
    if (!fits() && shape.board) shape.timer_min = b.timer_least_board;
    // The next speaker is the outlined chip after the filled one: the line saying it goes.
    if (!fits() && shape.order && shape.next_said_by_chips) shape.next_lines = 0;
    if (!fits() && !shape.board) shape.activity = false;
    // A sixth (a board already keeps less).
    if (!fits() && !shape.board) shape.timer_min = b.timer_shorter;
    while (!fits() && shape.instruction_lines > 1) --shape.instruction_lines;
    if (!fits() && shape.title_lines > 1) compact_title();
    while (!fits() && shape.board_lines > 3) --shape.board_lines;  // a plan's items are drawn smaller
    while (!fits() && shape.title_lines > 1) --shape.title_lines;
    if (!fits() && shape.board_lines > 2) shape.board_lines = 2;
    return shape;
}

WallShape wall_shape(const WallModel& m, const FontSet* fonts, float width, float height, bool notice) {
    WallShape shape;
    shape.board = !m.finished && m.board.shown();
    shape.plan = shape.board && m.board.kind != Board::request;
    // In a client step the order is the client alone: the board takes its place.
    shape.order = !(shape.board && m.order.size() <= 1) && !m.order.empty();
    shape.activity = shape.board || m.posture.shown() || !m.client_activity.empty();
    shape.notice = notice && !shape.board;
    shape.message = !m.message.empty();
    const WallBands& b = wall_bands(width, height);
    shape.phase_beside = shape.board && b.phase_beside_with_board;
    if (!fonts || !fonts->large || m.finished) return give_way(shape, width, height);

    const float u = layout_unit(width, height), w = width - 2 * b.margin * u;
    const Painter p(nullptr);
    // What each text needs at the size the room reads it.
    const std::string title = m.step_label.empty() ? m.step_name : m.step_label + "  " + m.step_name;
    // A portrait screen is tall and narrow: texts take more lines there.
    const int most = b.most_lines;
    shape.title_lines = std::clamp(lines_needed(p, fonts->large, u * FontScale::large, title, w), 1, most);
    shape.title_lines_compact = std::clamp(lines_needed(p, fonts->large, u * kTitleCompact, title, w), 1, most);
    shape.speaker_lines = std::clamp(lines_needed(p, fonts->huge, u * FontScale::huge, m.speaker_name, w - 0.04f * u), 1, most);
    if (!shape.board) shape.instruction_lines = std::clamp(lines_needed(p, fonts->medium, u * FontScale::medium, m.instruction, w), 1, most);
    if (shape.board) {
        int needed = 0;
        if (m.board.kind == Board::request) {
            needed = lines_needed(p, fonts->board, u * FontScale::board, m.board.text, w);
        } else {  // a plan: the request above it, the note, each item on its lines
            needed = m.board.text.empty() ? 0 : 1;
            needed += m.board.note.empty() ? 0 : 1;
            // Each item on its lines and a little gap, at the room's 8 m size, and at the 6 m size
            // counted in the band's lines.
            float lines = 0, least = 0;
            for (const std::string& item : m.board.items) {
                lines += static_cast<float>(lines_needed(p, fonts->board, u * FontScale::board, item, w * 0.92f)) + 0.2f;
                least += (static_cast<float>(lines_needed(p, fonts->board, u * FontScale::medium, item, w * 0.94f)) * 1.04f + 0.14f) *
                         FontScale::medium / kMidLine;
            }
            shape.plan_least_lines = needed + static_cast<int>(std::ceil(least));
            needed += static_cast<int>(std::ceil(lines));
        }
        shape.board_lines = std::clamp(needed, 1, m.board.kind == Board::request ? b.request_lines : b.plan_lines);
        shape.chip_rows = 1;
        // The board's title and the posture side by side, or one above the other when both do not fit.
        if (m.posture.shown()) {
            const float both = p.measure(fonts->medium, u * FontScale::medium, m.board.title + "    " + m.posture.brief).x + 2.6f * kNearLine * u;
            shape.posture_row = both > w;
        }
    }
    // What comes next on one line; a next step's name too long for it goes (its number stays), then two lines.
    const int next_full = lines_needed(p, fonts->board, u * FontScale::board, m.next_label, w - 0.04f * u);
    if (next_full > 1) shape.next_brief = true;
    shape.next_lines = std::clamp(lines_needed(p, fonts->board, u * FontScale::board, shape.next_brief ? m.next_brief : m.next_label,
                                               w - 0.04f * u),
                                  1, 2);
    if (shape.speaker_lines == 1 && shape.next_lines == 1) {
        const float name_w = p.measure(fonts->huge, u * FontScale::huge, m.speaker_name).x;
        const float next_w = p.measure(fonts->board, u * FontScale::board, shape.next_brief ? m.next_brief : m.next_label).x;
        shape.next_fits_beside = name_w + next_w + b.beside_gap * u <= w - 0.04f * u;
        const float brief_w = p.measure(fonts->board, u * FontScale::board, m.next_brief).x;
        shape.next_brief_fits_beside = !m.next_brief.empty() && name_w + brief_w + b.beside_gap * u <= w - 0.04f * u;
    }
    shape.next_said_by_chips = shape.order && m.next_is_in_order;
    shape.chip_rows = shape.order ? std::clamp(chip_rows_needed(p, *fonts, m, u, w * 0.82f), 1, 2) : 0;

    return give_way(shape, width, height);
}

WallLayout wall_layout(float width, float height, const WallShape& shape) {
    WallLayout l{};
    const float u = layout_unit(width, height);
    const WallBands& b = wall_bands(width, height);
    const float gap = b.gap;
    l.unit = u;
    l.bands = &b;
    l.shape = shape;
    l.margin = b.margin * u;
    const float x = l.margin, w = width - 2 * l.margin;
    const Heights h = heights_of(shape, b);
    // The timer takes what is left, up to about twice its digits; on a tall
    // screen the rest goes around it, so the wall stays one block.
    const float spare = std::max(0.0f, height / u - total_of(h, b));
    const float timer_h = h.timer_min + std::min(spare, std::max(0.0f, b.timer_max - h.timer_min));
    const float around = std::max(0.0f, spare - (timer_h - h.timer_min)) / 2;
    float y = b.top * u;
    auto take = [&](float fraction) {
        const Box box{x, y, w, fraction * u};
        y += fraction * u;
        return box;
    };
    l.message = shape.message ? take(kMessageLine) : Box{x, y, w, 0};
    if (shape.message) y += gap * u;
    l.strip = shape.strip ? take(b.strip) : Box{x, y, w, 0};
    if (shape.strip) y += gap * u;
    l.stage_label = take(h.title);
    l.stage_name = l.stage_label;  // the number and the name share the band
    l.instruction = take(h.instruction);
    l.activity = take(h.activity);
    l.board = shape.board ? take(h.board - gap) : Box{x, y, w, 0};
    if (shape.board) y += gap * u;
    y += gap * u + around * u;
    const Box band = take(timer_h);
    // The bar at the foot of the band; the digits fill the rest and keep off it.
    l.progress = {x, band.bottom() - b.progress * u, w, b.progress * u};
    l.timer = {x, band.y, w, band.h - (b.progress + gap) * u};
    if (shape.phase_beside && b.phase_beside > 0) {
        // The digits leave room beside them: the phase word goes there.
        l.phase = {x + w * (1 - b.phase_beside), l.timer.y + l.timer.h * 0.2f, w * b.phase_beside, l.timer.h * 0.6f};
        l.timer.w = w * (1 - b.phase_beside);
    } else {
        l.phase = take(h.phase);
    }
    y += gap * u + around * u;
    l.speaker = take(h.speaker + h.next);
    l.speaker_name = {l.speaker.x, l.speaker.y, l.speaker.w, h.speaker * u};
    l.speaker_sub = {l.speaker.x, l.speaker.y + h.speaker * u, l.speaker.w, h.next * u};
    if (shape.order) y += gap * u;
    l.order = shape.order ? take(h.chips - gap) : Box{x, y, w, 0};
    l.order_label = {l.order.x, l.order.y, 0, l.order.h};
    l.notice = take(h.notice);
    y = std::max(y, height - (b.bottom + kNearLine) * u);  // the footer at the foot
    l.footer = take(kNearLine);
    return l;
}

static void draw_footer(Painter& p, const WallFrame& f, const WallLayout& l) {
    p.tag("footer");
    const WallModel& m = f.model;
    const float size = f.fonts.unit * FontScale::medium;
    const Box& b = l.footer;
    p.list()->AddLine(ImVec2(b.x, b.y), ImVec2(b.right(), b.y), colour(f.theme.panel), std::max(1.0f, 0.002f * l.unit));
    // The clock and the projected end at a size the room reads; the group and the series, smaller, for the facilitator.
    const float clock_w = p.measure(f.fonts.medium, size, m.clock).x;
    p.line(f.fonts.medium, size, {b.x, b.y, clock_w + 0.01f * l.unit, b.h}, f.theme.text, m.clock, Align::left, 1.0f);
    const float end_x = b.x + clock_w + 0.05f * l.unit;
    const float end_w = p.measure(f.fonts.medium, size, m.projected_end).x;
    p.line(f.fonts.medium, size, {end_x, b.y, end_w + 0.01f * l.unit, b.h}, f.theme.text, m.projected_end, Align::left, 1.0f);
    std::string who = m.group_name;
    if (!m.series_label.empty()) who += who.empty() ? m.series_label : "  ·  " + m.series_label;
    if (!f.help_hint.empty()) who += "    " + f.help_hint;
    p.tag("footer_group");
    const float rest_x = end_x + end_w + 0.05f * l.unit;
    p.line(f.fonts.small, f.fonts.unit * FontScale::small, {rest_x, b.y, b.right() - rest_x, b.h}, f.theme.dim, who, Align::right, 0.7f);
}

Rgb clear_colour(const WallModel& model, const Theme& theme) { return model.blanked ? theme.blank : theme.background; }

void draw_wall(Painter& p, const WallFrame& f) {
    const WallShape shape = wall_shape(f.model, &f.fonts, f.width, f.height, !f.notice.empty());
    const WallLayout l = wall_layout(f.width, f.height, shape);
    if (f.model.blanked) {
        draw_blank(p, f);
    } else if (f.model.on_break) {
        draw_break(p, f);
    } else {
        draw_stage(p, f, l);
        if (f.model.finished) {
            draw_summary(p, f, l);
        } else {
            draw_board(p, f, l);
            draw_timer(p, f, l);
            draw_speaker_and_order(p, f, l);
        }
        if (!f.notice.empty()) {
            p.tag("notice");
            // Its own line when there is room; over the foot of the wall otherwise, on a panel.
            Box box = l.notice.h > 0 ? l.notice : Box{l.footer.x, l.footer.y - kNearLine * l.unit, l.footer.w, kNearLine * l.unit};
            if (l.notice.h <= 0) p.rect(box, f.theme.panel, 0.01f * l.unit);
            p.line(f.fonts.medium, f.fonts.unit * FontScale::medium, box, f.theme.notice, f.notice, Align::center, 0.6f);
        }
        draw_footer(p, f, l);
        if (shape.message) draw_message(p, f, l.message);
    }
    if (!f.model.confirm_prompt.empty()) draw_confirm(p, f, f.model.confirm_prompt);
}

void draw_blank(Painter& p, const WallFrame& f) {
    // A calm clock and nothing else: the room's attention goes elsewhere.
    const float u = f.fonts.unit;
    p.line(f.fonts.medium, u * FontScale::medium, {0, f.height * 0.5f - u * 0.05f, f.width, u * 0.1f}, f.theme.blank_clock,
           f.model.clock, Align::center);
}

void draw_confirm(Painter& p, const WallFrame& f, const std::string& prompt) {
    const float u = f.fonts.unit;
    const Box panel{f.width * 0.06f, f.height * 0.5f - 0.12f * u, f.width * 0.88f, 0.24f * u};
    p.rect({0, 0, f.width, f.height}, f.theme.scrim, 0, 0.6f);
    p.rect(panel, f.theme.panel, 0.02f * u);
    p.frame(panel, phase_colour(f.theme, Phase::overtime), 0.006f * u, 0.02f * u);
    const Box inner{panel.x + 0.03f * u, panel.y + 0.02f * u, panel.w - 0.06f * u, panel.h - 0.04f * u};
    const float size = u * FontScale::medium;
    const std::vector<std::string> lines = text_lines(p, f.fonts.medium, size, prompt, inner.w, 3);
    const float line_h = size * 1.1f, top = inner.y + (inner.h - line_h * static_cast<float>(lines.size())) * 0.5f;
    for (size_t i = 0; i < lines.size(); ++i)
        p.line(f.fonts.medium, size, {inner.x, top + line_h * static_cast<float>(i), inner.w, line_h}, f.theme.text, lines[i], Align::center, 1.0f);
}

}  // namespace atelier::ui
