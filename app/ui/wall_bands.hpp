#pragma once
// The wall's layout as data, one description per orientation, chosen once
// from the framebuffer: a landscape screen (a projector, a TV) and a portrait
// one (a totem in a corridor, a rotated TV). Heights are fractions of the
// layout unit, the screen's short side, which the font sizes also derive
// from (ui/fonts.hpp, FontScale): the same capital heights on both, so both
// pass the same legibility floors (ui/wall_view.hpp, Legibility). What
// differs is the room around them: a portrait screen is 1.78 units tall and
// one unit wide, so texts take more lines and nothing goes beside the digits.
namespace atelier::ui {

struct WallBands {
    // Margins and gaps.
    float top, bottom, gap;
    float margin;  // left and right, and the footer's
    float strip;   // the strip of every step at the top
    float progress;  // the bar at the foot of the timer's band
    // The timer's band: its least height as the mode wants it, what it takes
    // when room is short (a fifth of the height, then a sixth; beside a
    // board, a ninth then a tenth), and the most it grows to.
    float timer_min, timer_min_board;
    float timer_short, timer_shorter;  // without a board, as room runs out
    float timer_least_board;
    float timer_max;
    // The phase word beside the digits (a share of the width) when room is
    // short, or with a board from the start; 0: never (too narrow for both).
    float phase_beside;
    bool phase_beside_with_board;
    float beside_gap;  // between the speaker's name and what comes next on one line
    // Lines a text may take at its full size before it is drawn smaller.
    int most_lines;      // the step's name, the speaker's name, the instruction
    int request_lines;   // the client's request (or contract)
    int plan_lines;      // the action plan
    // The summary: the steps' table beside the speakers' times, or above them.
    bool summary_side_by_side;
    float summary_split;  // the steps' share of the width (side by side) or of the height (above)
    // The keys' help in two columns, or one.
    bool help_two_columns;
};

inline constexpr WallBands kLandscapeBands{
    .top = 0.010f, .bottom = 0.008f, .gap = 0.010f, .margin = 0.03f, .strip = 0.040f, .progress = 0.012f,
    .timer_min = 0.292f,          // digits of a quarter of the height, and the bar
    .timer_min_board = 0.142f,    // a board keeps the digits at a ninth or more: still by far the largest
    .timer_short = 0.225f,        // a fifth
    .timer_shorter = 0.18f,       // a sixth
    .timer_least_board = 0.12f,   // beside a long request and a posture: capitals of about a tenth, twice the name's
    .timer_max = 0.62f,
    .phase_beside = 0.36f,        // "Dépassement" whole at 16:10
    .phase_beside_with_board = true,
    .beside_gap = 0.08f,
    .most_lines = 3, .request_lines = 4, .plan_lines = 6,
    .summary_side_by_side = true, .summary_split = 0.60f,
    .help_two_columns = true,
};

// A tall screen has room to spare under the same capitals: texts wrap
// rather than shrink, and the phase word keeps its own line (a third of a
// narrow width would cut "Dépassement"). The digits are as large as the
// width allows (about a fifth of the width tall): their band grows no
// taller than that, and the room left goes around the timer, keeping it
// close to its bar and its phase.
inline constexpr WallBands kPortraitBands{
    .top = 0.010f, .bottom = 0.008f, .gap = 0.010f, .margin = 0.03f, .strip = 0.040f, .progress = 0.012f,
    .timer_min = 0.292f,
    .timer_min_board = 0.142f,
    .timer_short = 0.225f,
    .timer_shorter = 0.18f,
    .timer_least_board = 0.12f,
    .timer_max = 0.36f,
    .phase_beside = 0.0f,
    .phase_beside_with_board = false,
    .beside_gap = 0.08f,
    .most_lines = 5, .request_lines = 10, .plan_lines = 10,
    .summary_side_by_side = false, .summary_split = 0.55f,
    .help_two_columns = false,
};

// The description for a framebuffer of this size: portrait when taller than wide.
inline const WallBands& wall_bands(float width, float height) { return width >= height ? kLandscapeBands : kPortraitBands; }

}  // namespace atelier::ui
