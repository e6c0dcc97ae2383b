#pragma once
// Which chime the room hears, if any, for what the wall just noticed
// (wall_event in wall_model.hpp): pure, so that the sound module only plays.
#include <optional>

#include "core/settings.hpp"
#include "core/wall_model.hpp"

namespace atelier {

struct Chime {
    WallEvent event = WallEvent::none;
    const char* sound = "";  // a freedesktop sound theme event id ("complete", "bell"...)
    double volume_db = 0;    // relative to the system's volume, <= 0
};

// Nothing for WallEvent::none, for an event turned off, or at volume 0.
std::optional<Chime> chime_for(WallEvent event, const ChimeSettings& settings);

// A percentage of the system's volume as decibels, the unit libcanberra takes:
// 100 % is 0 dB, 50 % about -6 dB. Loudness is heard logarithmically.
double volume_db(int percent);

// "new step", "warning", "danger", "overtime": for logs and the console.
const char* event_name(WallEvent event);

}  // namespace atelier
