#pragma once
// The timer as a small square PNG, for Companion's "image from URL" feedback
// (a Stream Deck key that shows the time left): the tile core decided
// (core/status.hpp), drawn with cairo and pango, fonts through fontconfig.
#include <array>
#include <cstdint>
#include <string>

#include "core/status.hpp"

namespace atelier::platform {

using Colour = std::array<uint8_t, 3>;
// The wall's theme, as the tile needs it (the shell copies it from ui::Theme).
struct TileColours {
    Colour background{16, 20, 24};
    Colour dim{154, 165, 177};
    std::array<Colour, 6> phases{};  // keyed by Phase
};

constexpr int kTileMin = 32, kTileMax = 512, kTileDefault = 72;  // a Stream Deck key is 72 pixels (XL: 96)

// The PNG's bytes; `size` is clamped to [kTileMin, kTileMax].
std::string timer_tile_png(const TimerTile& tile, const TileColours& colours, int size);

}  // namespace atelier::platform
