#pragma once
// The wall: stage, timer, speaker, order, footer; or the summary; or blank.
// Draws from const data only; sizes derive from the framebuffer.
//
// What the room reads, readable from where it sits: the AV rule (AVIXA DISCAS)
// wants an element's height at least 1/200 of the viewing distance. On a 65"
// screen (0.81 m of image height) that is 6.2 % of the height at 10 m, 4.9 %
// at 8 m, 3.7 % at 6 m. Capital heights as drawn, as a share of the screen's
// short side (a rotated screen is taller, not nearer):
//   timer, speaker, step name ............................ ≥ 6.2 % (10 m)
//   the request or contract, what comes next, the phase .. ≥ 4.9 % (8 m)
//   the instruction, the order's chips, the clock ......... ≥ 3.7 % (6 m)
// When everything does not fit at those sizes, what gives way is decided in
// wall_shape, in this order: the order's second row of chips (the rest become
// "+3"), the steps' strip, the phase word's own line (it goes beside the
// digits), the timer's digits from a quarter of the height to a fifth, a
// second line for the speaker (drawn smaller on one line), a fourth line of a
// long request (drawn smaller), the client's activity line, the digits to a
// sixth, a second line for the instruction, then for the step's name (drawn
// smaller), a third line of the request.
#include <string>

#include "core/wall_model.hpp"
#include "ui/fonts.hpp"
#include "ui/painter.hpp"
#include "ui/theme.hpp"
#include "ui/wall_bands.hpp"

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

// Capital heights the room needs, as a share of the screen's short side.
struct Legibility {
    static constexpr float far = 0.062f;   // 10 m
    static constexpr float mid = 0.049f;   // 8 m
    static constexpr float near = 0.037f;  // 6 m
};

// What the layout makes room for, decided from what there is to show.
struct WallShape {
    bool board = false;        // the request, the plan or the follow-up replaces the instruction
    bool plan = false;         // the board holds a plan: its lines are items, each one needed
    bool order = true;         // the speaking order is drawn (a client step with a board drops it)
    bool strip = true;         // the strip of every step at the top
    bool activity = true;      // the client's activity or posture (no board), or the board's title row
    int title_lines = 1;       // the step's name, wrapped
    float title_size = 0.100f; // the step's name's size (FontScale::large), a little smaller when room is short
    int title_lines_compact = 1;  // the lines it takes at that smaller size
    int instruction_lines = 1; // the instruction, wrapped
    int speaker_lines = 1;     // the speaker's name, wrapped
    int board_lines = 3;       // the request's lines
    int plan_least_lines = 0;  // a plan: the lines that hold every item at the 6 m size
    int chip_rows = 1;         // the order's rows of chips
    int next_lines = 1;        // what Next will do, wrapped
    bool next_brief = false;   // a next step by its number alone (its name does not fit)
    bool next_fits_beside = false;  // the speaker's name and what comes next fit side by side on one line
    bool next_brief_fits_beside = false;  // ... when what comes next is said by the step's number alone
    bool next_beside = false;  // ... and are drawn so, saving the line under the name
    bool next_said_by_chips = false;  // Next gives the floor to the chip after the current one
    bool posture_row = false;  // the client's posture on a row of its own under the board's title (narrow screens)
    bool phase_beside = false; // the phase word beside the digits (a third of the band's width)
    float timer_min = 0;       // the timer band's least height (fraction of the unit); 0: as the mode wants
    bool notice = false;       // a line for a notice
    bool message = false;      // a band at the top for the message to the room: never gives way
};
// The shape that shows everything when it fits, and gives way in the order
// above when it does not. Without fonts (tests of the bands), a plain shape.
WallShape wall_shape(const WallModel& model, const FontSet* fonts = nullptr, float width = 1920, float height = 1080,
                     bool notice = false);

// `shape` with what gives way (above) given up until it fits the screen.
WallShape give_way(WallShape shape, float width, float height);

// Where the parts of the wall go, in pixels. Computed once per frame from
// the framebuffer size; exposed so tests can check pixels inside each part.
struct WallLayout {
    float unit, margin;
    const WallBands* bands;  // the orientation's description, chosen from the size
    WallShape shape;
    Box strip, stage_label, stage_name, instruction, activity, board, timer, phase, progress, speaker, speaker_name,
        speaker_sub, order, order_label, notice, footer, message;
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
// The client's posture sign (listening in silence, back turned) in `row`;
// `brief`: without the client's name (a title beside it names them).
void draw_posture(Painter& p, const WallFrame& f, const Box& row, Align align, bool brief = false);
void draw_confirm(Painter& p, const WallFrame& f, const std::string& prompt);
// The room beyond the atelier (ui/room_view.cpp): the break covering the
// wall, the message to the room in its band.
void draw_break(Painter& p, const WallFrame& f);
void draw_message(Painter& p, const WallFrame& f, const Box& band);
// Digits whose ink fills `box` (the timer's font: digits, ':', '+', '-').
void draw_digits(Painter& p, ImFont* font, const Box& box, Rgb col, const std::string& text);

// Lines of `text` at `size` within `width`, at most `max_lines` (the last
// elided only if it must): shared by the shape, which counts them, and the
// parts, which draw them.
std::vector<std::string> text_lines(const Painter& p, ImFont* font, float size, const std::string& text, float width, int max_lines);

}  // namespace atelier::ui
