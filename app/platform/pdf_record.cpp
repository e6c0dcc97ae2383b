// The record as a PDF: A4, one or two pages, drawn with cairo and laid out
// with pango (fonts found through fontconfig: DejaVu Sans).
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>

#include "core/format.hpp"
#include "platform/record_export.hpp"

namespace atelier::platform {

namespace {

constexpr double kPageW = 595.28, kPageH = 841.89, kMargin = 48;  // A4 in points

struct Pdf {
    cairo_t* cr;
    double y = kMargin;

    // Draws `text` at (x, y) within `width`; returns its height. Pango wraps it.
    double text(const std::string& t, double x, double width, const char* font, double grey = 0.1,
                PangoAlignment align = PANGO_ALIGN_LEFT) {
        PangoLayout* layout = pango_cairo_create_layout(cr);
        PangoFontDescription* desc = pango_font_description_from_string(font);
        pango_layout_set_font_description(layout, desc);
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, align);
        pango_layout_set_text(layout, t.c_str(), -1);
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        cairo_set_source_rgb(cr, grey, grey, grey);
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, layout);
        pango_font_description_free(desc);
        g_object_unref(layout);
        return static_cast<double>(h) / PANGO_SCALE;
    }
    // A new page when `needed` points do not fit.
    void room_for(double needed) {
        if (y + needed <= kPageH - kMargin) return;
        cairo_show_page(cr);
        y = kMargin;
    }
    void heading(const std::string& t) {
        room_for(60);
        y += 10;
        y += text(t, kMargin, kPageW - 2 * kMargin, "DejaVu Sans Bold 12") + 4;
        cairo_set_source_rgb(cr, 0.75, 0.75, 0.75);
        cairo_rectangle(cr, kMargin, y, kPageW - 2 * kMargin, 0.8);
        cairo_fill(cr);
        y += 6;
    }
};

}  // namespace

std::string write_record_pdf(const Record& r, const std::string& path) {
    const RecordLabels& L = record_labels(r.lang);
    cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), kPageW, kPageH);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        return "cannot create " + path;
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, (std::string(L.record) + " — " + r.title).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Atelier");
    Pdf pdf{cairo_create(surface)};
    const double full = kPageW - 2 * kMargin;

    pdf.y += pdf.text(std::string(L.record), kMargin, full, "DejaVu Sans Bold 18") + 2;
    pdf.y += pdf.text(r.title, kMargin, full, "DejaVu Sans 12", 0.3) + 8;
    auto meta = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        pdf.text(label, kMargin, 110, "DejaVu Sans Bold 9.5", 0.35);
        pdf.y += pdf.text(value, kMargin + 115, full - 115, "DejaVu Sans 9.5");
    };
    meta(L.date, r.date);
    meta(L.group, r.group);
    meta(L.series, r.series);
    meta(L.method, r.method);
    meta(L.client, r.client);
    meta(L.facilitator, r.facilitator);
    if (!r.finished) pdf.y += 4 + pdf.text(L.not_finished, kMargin, full, "DejaVu Sans Oblique 9", 0.4);

    auto quote = [&](const char* title, const std::string& text) {
        pdf.heading(title);
        pdf.room_for(30);
        pdf.y += pdf.text(text.empty() ? L.none : text, kMargin + 8, full - 8, text.empty() ? "DejaVu Sans Oblique 10" : "DejaVu Sans 10.5",
                          text.empty() ? 0.5 : 0.1) + 2;
    };
    quote(L.request, r.request);
    quote(L.contract, r.contract);
    pdf.heading(L.plan);
    if (r.plan.empty()) pdf.y += pdf.text(L.none, kMargin + 8, full - 8, "DejaVu Sans Oblique 10", 0.5);
    for (size_t i = 0; i < r.plan.size(); ++i) {
        pdf.room_for(20);
        pdf.text(std::to_string(i + 1) + ".", kMargin + 8, 20, "DejaVu Sans Bold 10.5");
        pdf.y += pdf.text(r.plan[i], kMargin + 28, full - 28, "DejaVu Sans 10.5") + 3;
    }

    // Steps: planned, added, actual; one time format throughout.
    pdf.heading(std::string(L.step) + "s");
    const double col = 70, name_w = full - 3 * col;
    auto step_row = [&](const std::string& name, const std::string& a, const std::string& b, const std::string& c, const char* font) {
        pdf.room_for(16);
        const double h = pdf.text(name, kMargin, name_w - 8, font);
        pdf.text(a, kMargin + name_w, col, font, 0.1, PANGO_ALIGN_RIGHT);
        pdf.text(b, kMargin + name_w + col, col, font, 0.1, PANGO_ALIGN_RIGHT);
        pdf.text(c, kMargin + name_w + 2 * col, col, font, 0.1, PANGO_ALIGN_RIGHT);
        pdf.y += h + 2;
    };
    step_row("", L.planned, L.added, L.actual, "DejaVu Sans Bold 9");
    for (const RecordStep& st : r.steps)
        step_row((st.number.empty() ? "" : st.number + ". ") + st.name, record_time_text(st.planned_ms),
                 st.added_ms ? signed_record_time_text(st.added_ms) : "", st.visited ? record_time_text(st.actual_ms) : "\u2014",
                 "DejaVu Sans 9.5");
    step_row(L.total, record_time_text(r.total.planned_ms), signed_record_time_text(r.total.added_ms),
             record_time_text(r.total.actual_ms), "DejaVu Sans Bold 9.5");

    // Speaking time, with bars: the balance of the floor at a glance.
    pdf.heading(L.speaking_time);
    int64_t longest = 1;
    for (const RecordPerson& p : r.people) longest = std::max(longest, p.spoken_ms);
    for (const RecordPerson& p : r.people) {
        pdf.room_for(16);
        const std::string who = p.name + " (" + p.role + (p.has_left ? ", " + std::string(L.left) : "") + ")";
        const double h = pdf.text(who, kMargin, 200, "DejaVu Sans 9.5");
        const double bar = (full - 280) * static_cast<double>(p.spoken_ms) / static_cast<double>(longest);
        cairo_set_source_rgb(pdf.cr, 0.30, 0.55, 0.80);
        cairo_rectangle(pdf.cr, kMargin + 205, pdf.y + 3, bar, 8);
        cairo_fill(pdf.cr);
        pdf.text(record_time_text(p.spoken_ms), kMargin + full - 70, 70, "DejaVu Sans 9.5", 0.1, PANGO_ALIGN_RIGHT);
        pdf.y += h + 2;
    }
    cairo_show_page(pdf.cr);
    cairo_destroy(pdf.cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    return status == CAIRO_STATUS_SUCCESS ? "" : "cannot write " + path + ": " + cairo_status_to_string(status);
}

}  // namespace atelier::platform
