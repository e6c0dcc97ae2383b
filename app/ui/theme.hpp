#pragma once
// Every colour Atelier draws, keyed by what it means: the wall, the timer's
// phases, the console and the ImGui widgets it uses. One Theme is made at
// start from settings.json ("theme": "dark" | "light") and passed down to
// the wall and the console; nothing else holds a colour. Plain numbers (no
// ImGui), so the contrast rules are tested without a display
// (tests/ui/theme_test.cpp: every text colour on every surface it is drawn
// on, ≥ 7:1).
#include <array>
#include <cstdint>

#include "core/settings.hpp"
#include "core/timer.hpp"

namespace atelier::ui {

struct Rgb {
    uint8_t r, g, b;
    friend bool operator==(Rgb, Rgb) = default;
};

// The facilitator's console: its own window, or drawn over the wall, with
// ImGui's widgets. Each surface text is drawn on is opaque here, so that its
// contrast with the text is a number a test checks.
struct ConsoleColours {
    Rgb window;            // the console in its own window
    Rgb overlay;           // the console drawn over the wall: not the wall's background
    Rgb overlay_frame;     // ... framed, under a banner saying the room sees it
    Rgb text, dim;         // ImGui's Text and TextDisabled
    Rgb problem;           // a refusal, a file that cannot be saved
    Rgb miniature_frame;   // around the wall's miniature
    Rgb border;
    Rgb field, field_hovered, field_active;      // text fields, check and radio boxes
    Rgb button, button_hovered, button_active;
    Rgb header, header_hovered, header_active;   // selectables
    Rgb tab, tab_hovered, tab_active;
    Rgb popup;             // confirmations, tooltips
    Rgb title;             // a confirmation's title bar
    Rgb table_header, row_alt;
    Rgb selection;         // selected text in a field (behind the text)
    Rgb scrim;             // behind a confirmation
};

struct Theme {
    ThemeName name;
    Rgb background;   // the wall
    Rgb panel;        // the strip's cells, chips, the help's and a confirmation's panel
    Rgb text;         // the speaker, the step, the instruction; the running timer
    Rgb dim;          // what is done or secondary: passed chips, the footer's group
    Rgb accent;       // the step's number, the current speaker's chip (text on it: background)
    Rgb done;         // spoke, the facilitator's role
    Rgb client;       // the client, the request's title, the posture sign (text on it: background)
    Rgb notice;       // a refused command, a file problem
    Rgb blank;        // the blanked wall: no light from the screen, in either theme
    Rgb blank_clock;  // the calm clock on it
    Rgb scrim;        // behind the help and a confirmation, over the wall
    std::array<Rgb, 6> phases;  // the timer's colour, keyed by Phase (running is `text`)
    ConsoleColours console;
};

// The themes a room can choose. Dark for a dim room or a projector; light
// for a bright room, where a dark wall reflects the windows.
Theme dark_theme();
Theme light_theme();
Theme make_theme(ThemeName name);

// The timer's colour in each phase. Never the only sign: the wall also writes
// the phase as a word beside a sign, and overtime has its "+".
Rgb phase_colour(const Theme& theme, Phase phase);

// WCAG 2 contrast ratio between two colours (1 to 21).
double contrast_ratio(Rgb a, Rgb b);

}  // namespace atelier::ui
