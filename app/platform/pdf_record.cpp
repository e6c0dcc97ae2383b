// The record as a PDF: A4, drawn with cairo and laid out with pango (fonts
// found through fontconfig: DejaVu Sans). Written to memory, so that the file
// itself is created owner-only and renamed into place (record_export.cpp).
//
// Pages break between blocks, never inside one: a section's heading goes
// with its first rows, a table's rows are never left alone at the top or the
// bottom of a page (at least kKeep of them together), and a table that goes
// on to the next page repeats its header.
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "core/format.hpp"
#include "platform/record_export.hpp"

namespace atelier::platform {

namespace {

constexpr double kPageW = 595.28, kPageH = 841.89, kMargin = 48;  // A4 in points
constexpr double kFull = kPageW - 2 * kMargin;
constexpr size_t kKeep = 3;  // rows kept together at a page break

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

class Pdf {
public:
    explicit Pdf(cairo_t* cr) : cr_(cr) {}
    double y = kMargin;

    // The height `text` takes at `width`; drawn at (x, y) when `draw`.
    double text(const std::string& t, double x, double width, const char* font, double grey = 0.1,
                PangoAlignment align = PANGO_ALIGN_LEFT, bool draw = true) {
        PangoLayout* layout = pango_cairo_create_layout(cr_);
        PangoFontDescription* desc = pango_font_description_from_string(font);
        pango_layout_set_font_description(layout, desc);
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, align);
        pango_layout_set_text(layout, t.c_str(), -1);
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        if (draw) {
            cairo_set_source_rgb(cr_, grey, grey, grey);
            cairo_move_to(cr_, x, y);
            pango_cairo_show_layout(cr_, layout);
        }
        pango_font_description_free(desc);
        g_object_unref(layout);
        return static_cast<double>(h) / PANGO_SCALE;
    }
    double measure(const std::string& t, double width, const char* font) { return text(t, 0, width, font, 0, PANGO_ALIGN_LEFT, false); }
    void new_page() {
        cairo_show_page(cr_);
        y = kMargin;
    }
    double left() const { return kPageH - kMargin - y; }
    cairo_t* cr() const { return cr_; }

private:
    cairo_t* cr_;
};

// A row of a section: its height, and how to draw it at pdf.y.
struct Row {
    double height = 0;
    std::function<void(Pdf&)> draw;
};

// A section: a heading, a header row repeated on each page, then rows.
struct Section {
    std::string title;
    std::vector<Row> header;  // repeated when the section goes on to a new page
    std::vector<Row> rows;
};

constexpr double kHeadingH = 34;

void draw_heading(Pdf& pdf, const std::string& title) {
    pdf.y += 10;
    pdf.y += pdf.text(title, kMargin, kFull, "DejaVu Sans Bold 12") + 4;
    cairo_set_source_rgb(pdf.cr(), 0.75, 0.75, 0.75);
    cairo_rectangle(pdf.cr(), kMargin, pdf.y, kFull, 0.8);
    cairo_fill(pdf.cr());
    pdf.y += 6;
}

double rows_height(const std::vector<Row>& rows, size_t from, size_t to) {
    double h = 0;
    for (size_t i = from; i < to && i < rows.size(); ++i) h += rows[i].height;
    return h;
}

void draw_section(Pdf& pdf, const Section& s) {
    const double header_h = rows_height(s.header, 0, s.header.size());
    const double whole = kHeadingH + header_h + rows_height(s.rows, 0, s.rows.size());
    const double page = kPageH - 2 * kMargin;
    // The section whole on a page when it can be; else its heading with at least kKeep rows.
    const double first = kHeadingH + header_h + rows_height(s.rows, 0, std::min(kKeep, s.rows.size()));
    if ((whole <= page && whole > pdf.left()) || first > pdf.left()) pdf.new_page();
    draw_heading(pdf, s.title);
    for (const Row& r : s.header) r.draw(pdf), pdf.y += r.height;
    for (size_t i = 0; i < s.rows.size(); ++i) {
        // Break before a row that does not fit, or before the last kKeep rows
        // when they do not fit together: no row left alone on a page.
        const bool last_ones = s.rows.size() - i <= kKeep;
        const double need = last_ones ? rows_height(s.rows, i, s.rows.size()) : s.rows[i].height;
        if (need > pdf.left() && i > 0 && need <= page - header_h) {
            pdf.new_page();
            for (const Row& r : s.header) r.draw(pdf), pdf.y += r.height;
        }
        s.rows[i].draw(pdf);
        pdf.y += s.rows[i].height;
    }
}

// A paragraph row: wrapped text at an indent.
Row paragraph(Pdf& pdf, const std::string& text, double indent, const char* font, double grey, double after = 2) {
    const double h = pdf.measure(text, kFull - indent, font) + after;
    return {h, [=](Pdf& p) { p.text(text, kMargin + indent, kFull - indent, font, grey); }};
}

Section text_section(Pdf& pdf, const RecordLabels& L, const char* title, const std::string& text) {
    Section s{title, {}, {}};
    if (text.empty()) s.rows.push_back(paragraph(pdf, L.none, 8, "DejaVu Sans Oblique 10", 0.5));
    else s.rows.push_back(paragraph(pdf, text, 8, "DejaVu Sans 10.5", 0.1));
    return s;
}

Section plan_section(Pdf& pdf, const RecordLabels& L, const Record& r) {
    Section s{L.plan, {}, {}};
    if (r.plan.empty()) s.rows.push_back(paragraph(pdf, L.none, 8, "DejaVu Sans Oblique 10", 0.5));
    for (size_t i = 0; i < r.plan.size(); ++i) {
        const std::string item = r.plan[i], number = std::to_string(i + 1) + ".";
        const double h = pdf.measure(item, kFull - 28, "DejaVu Sans 10.5") + 3;
        s.rows.push_back({h, [=](Pdf& p) {
                              p.text(number, kMargin + 8, 20, "DejaVu Sans Bold 10.5");
                              p.text(item, kMargin + 28, kFull - 28, "DejaVu Sans 10.5");
                          }});
    }
    return s;
}

void draw_meta(Pdf& pdf, const char* label, const std::string& value) {
    if (value.empty()) return;
    pdf.text(label, kMargin, 110, "DejaVu Sans Bold 9.5", 0.35);
    pdf.y += pdf.text(value, kMargin + 115, kFull - 115, "DejaVu Sans 9.5");
}

void draw_full(Pdf& pdf, const Record& r) {
    const RecordLabels& L = record_labels(r.lang);
    pdf.y += pdf.text(std::string(L.record), kMargin, kFull, "DejaVu Sans Bold 18") + 2;
    pdf.y += pdf.text(r.title, kMargin, kFull, "DejaVu Sans 12", 0.3) + 8;
    draw_meta(pdf, L.date, r.date_said);
    draw_meta(pdf, L.group, r.group);
    draw_meta(pdf, L.series, r.series);
    draw_meta(pdf, L.method, r.method);
    draw_meta(pdf, L.client, r.client);
    draw_meta(pdf, L.facilitator, r.facilitator);
    if (!r.finished) pdf.y += 4 + pdf.text(L.not_finished, kMargin, kFull, "DejaVu Sans Oblique 9", 0.4);

    draw_section(pdf, text_section(pdf, L, L.request, r.request));
    draw_section(pdf, text_section(pdf, L, L.contract, r.contract));
    draw_section(pdf, plan_section(pdf, L, r));

    // Steps: planned, added, actual; one time format throughout.
    const double col = 70, name_w = kFull - 3 * col;
    auto step_row = [&](const std::string& name, const std::string& a, const std::string& b, const std::string& c, const char* font) {
        const double h = pdf.measure(name, name_w - 8, font) + 2;
        return Row{h, [=](Pdf& p) {
                       p.text(name, kMargin, name_w - 8, font);
                       p.text(a, kMargin + name_w, col, font, 0.1, PANGO_ALIGN_RIGHT);
                       p.text(b, kMargin + name_w + col, col, font, 0.1, PANGO_ALIGN_RIGHT);
                       p.text(c, kMargin + name_w + 2 * col, col, font, 0.1, PANGO_ALIGN_RIGHT);
                   }};
    };
    Section steps{std::string(L.steps), {step_row("", L.planned, L.added, L.actual, "DejaVu Sans Bold 9")}, {}};
    for (const RecordStep& st : r.steps)
        steps.rows.push_back(step_row((st.number.empty() ? "" : st.number + ". ") + st.name, record_time_text(st.planned_ms),
                                      st.added_ms ? signed_record_time_text(st.added_ms) : "",
                                      st.visited ? record_time_text(st.actual_ms) : "\u2014", "DejaVu Sans 9.5"));
    steps.rows.push_back(step_row(L.total, record_time_text(r.total.planned_ms), signed_record_time_text(r.total.added_ms),
                                  record_time_text(r.total.actual_ms), "DejaVu Sans Bold 9.5"));
    draw_section(pdf, steps);

    // Speaking time, with bars: the balance of the floor at a glance; who came late or left, under their name.
    Section people{L.speaking_time, {}, {}};
    int64_t longest = 1;
    for (const RecordPerson& p : r.people) longest = std::max(longest, p.spoken_ms);
    for (const RecordPerson& p : r.people) {
        const std::string who = p.name + " (" + p.role + (p.has_left ? ", " + std::string(L.left) : "") + ")";
        const std::string moves = p.presence;
        const double h = pdf.measure(who, 200, "DejaVu Sans 9.5") + (moves.empty() ? 0 : pdf.measure(moves, 200, "DejaVu Sans Oblique 8")) + 2;
        const double bar = (kFull - 280) * static_cast<double>(p.spoken_ms) / static_cast<double>(longest);
        const std::string time = record_time_text(p.spoken_ms);
        people.rows.push_back({h, [=](Pdf& pd) {
                                   const double name_h = pd.text(who, kMargin, 200, "DejaVu Sans 9.5");
                                   if (!moves.empty()) {
                                       pd.y += name_h;
                                       pd.text(moves, kMargin + 8, 192, "DejaVu Sans Oblique 8", 0.4);
                                       pd.y -= name_h;
                                   }
                                   cairo_set_source_rgb(pd.cr(), 0.30, 0.55, 0.80);
                                   cairo_rectangle(pd.cr(), kMargin + 205, pd.y + 3, bar, 8);
                                   cairo_fill(pd.cr());
                                   pd.text(time, kMargin + kFull - 70, 70, "DejaVu Sans 9.5", 0.1, PANGO_ALIGN_RIGHT);
                               }});
    }
    draw_section(pdf, people);
}

void draw_client(Pdf& pdf, const Record& r) {
    const RecordLabels& L = record_labels(r.lang);
    pdf.y += pdf.text(std::string(L.client_record), kMargin, kFull, "DejaVu Sans Bold 18") + 2;
    pdf.y += pdf.text(r.client, kMargin, kFull, "DejaVu Sans 13", 0.2) + 4;
    pdf.y += pdf.text(L.client_note, kMargin, kFull, "DejaVu Sans Oblique 9.5", 0.4) + 8;
    draw_meta(pdf, L.date, r.date_said);
    draw_meta(pdf, L.group, r.group);
    draw_meta(pdf, L.facilitator, r.facilitator);
    draw_section(pdf, text_section(pdf, L, L.request, r.request));
    draw_section(pdf, text_section(pdf, L, L.contract, r.contract));
    draw_section(pdf, plan_section(pdf, L, r));
}

}  // namespace

std::string record_pdf(const Record& r, RecordKind kind, std::string& error) {
    const RecordLabels& L = record_labels(r.lang);
    std::string bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_bytes, &bytes, kPageW, kPageH);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(cairo_surface_status(surface));
        cairo_surface_destroy(surface);
        return "";
    }
    const std::string title = kind == RecordKind::client ? std::string(L.client_record) + " — " + r.client
                                                         : std::string(L.record) + " — " + r.title;
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Atelier");
    cairo_t* cr = cairo_create(surface);
    Pdf pdf(cr);
    if (kind == RecordKind::client) draw_client(pdf, r);
    else draw_full(pdf, r);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(status);
        return "";
    }
    return bytes;
}

}  // namespace atelier::platform
