#include "platform/timer_tile_png.hpp"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>

namespace atelier::platform {
namespace {

void set_colour(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c[0] / 255.0, c[1] / 255.0, c[2] / 255.0); }

// One line centred in the band [top, top + height), shrunk to fit `width`
// (a long name is cut with "…" rather than made unreadable).
void line(cairo_t* cr, const std::string& text, double top, double height, double width, double tile, bool bold, bool shrink) {
    if (text.empty()) return;
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_from_string(bold ? "DejaVu Sans Bold" : "DejaVu Sans");
    pango_font_description_set_absolute_size(font, height * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout, &w, &h);
    if (shrink && w > width) {
        // The time left must be whole: smaller, never cut.
        pango_font_description_set_absolute_size(font, height * width / w * PANGO_SCALE);
        pango_layout_set_font_description(layout, font);
    } else {
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    pango_layout_get_pixel_size(layout, &w, &h);
    cairo_move_to(cr, (tile - std::min<double>(w, width)) / 2, top + (height * 1.25 - h) / 2);
    pango_cairo_show_layout(cr, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string timer_tile_png(const TimerTile& tile, const TileColours& colours, int size) {
    size = std::clamp(size, kTileMin, kTileMax);
    const double s = size;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, size, size);
    cairo_t* cr = cairo_create(surface);
    set_colour(cr, colours.background);
    cairo_paint(cr);
    const double margin = s * 0.06, width = s - 2 * margin;
    set_colour(cr, colours.dim);
    line(cr, tile.top, s * 0.04, s * 0.15, width, s, false, false);
    set_colour(cr, colours.phases[static_cast<size_t>(tile.phase)]);
    line(cr, tile.big, s * 0.27, s * 0.34, width, s, true, true);
    set_colour(cr, colours.dim);
    line(cr, tile.bottom, s * 0.76, s * 0.15, width, s, false, false);
    cairo_destroy(cr);
    std::string png;
    cairo_surface_write_to_png_stream(surface, append, &png);
    cairo_surface_destroy(surface);
    return png;
}

}  // namespace atelier::platform
