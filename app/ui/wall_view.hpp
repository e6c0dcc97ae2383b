#pragma once
// The wall: stage, timer, speaker, order, footer; or the summary; or blank.
// Draws from const data only; sizes derive from the framebuffer.
#include <string>

#include "core/wall_model.hpp"
#include "ui/fonts.hpp"
#include "ui/painter.hpp"
#include "ui/theme.hpp"

namespace atelier::ui {

struct WallFrame {
    const WallModel& model;
    const FontSet& fonts;
    const Theme& theme;
    float width;
    float height;
    float flash = 0;     // 0..1: the timer area flashes on a phase or step change
    std::string notice;  // a short message at the bottom (a refused command, a file problem)
    std::string help_hint;  // "H : aide" in the footer
};

// What the layout must make room for.
struct WallShape {
    bool board = false;  // the request, the plan or the follow-up replaces the instruction
    bool order = true;   // the speaking order is drawn (a client step with a board drops it)
};
WallShape wall_shape(const WallModel& model);

// Where the parts of the wall go, in pixels. Computed once per frame from
// the framebuffer size; exposed so tests can check pixels inside each part.
struct WallLayout {
    float unit, margin;
    WallShape shape;
    Box strip, stage_label, stage_name, instruction, activity, board, timer, phase, progress, speaker, speaker_name,
        speaker_sub, order, order_label, notice, footer;
};
WallLayout wall_layout(float width, float height, const WallShape& shape = {});

// The wall is drawn over a framebuffer cleared to this colour: a full-screen
// rectangle on top would cost a second fill of every pixel each frame, which
// a software renderer feels.
Rgb clear_colour(const WallModel& model, const Theme& theme);
void draw_wall(Painter& painter, const WallFrame& frame);

// Parts, each in its own file.
void draw_stage(Painter& p, const WallFrame& f, const WallLayout& l);
void draw_board(Painter& p, const WallFrame& f, const WallLayout& l);
void draw_timer(Painter& p, const WallFrame& f, const WallLayout& l);
void draw_speaker_and_order(Painter& p, const WallFrame& f, const WallLayout& l);
void draw_summary(Painter& p, const WallFrame& f, const WallLayout& l);
void draw_blank(Painter& p, const WallFrame& f);
// The client's posture sign (listening in silence, back turned) in `row`.
void draw_posture(Painter& p, const WallFrame& f, const Box& row, Align align);
void draw_confirm(Painter& p, const WallFrame& f, const std::string& prompt);

}  // namespace atelier::ui
