#pragma once
// Writing the record a facilitator asked for: Markdown, CSV, or a PDF of one
// or two clean pages (cairo and pango from Debian, fonts through fontconfig).
#include <string>

#include "core/record.hpp"

namespace atelier::platform {

// Writes `record` to `path`, the format chosen by its extension (.pdf, .csv,
// .md). Returns "" or what went wrong.
std::string export_record(const Record& record, const std::string& path);
// Where the console's export buttons write: the user's documents folder
// (XDG_DOCUMENTS_DIR, ~/Documents), or home: "atelier-<group>-<date>.<ext>".
std::string default_export_path(const Record& record, const std::string& extension);

// The PDF alone (pdf_record.cpp).
std::string write_record_pdf(const Record& record, const std::string& path);

}  // namespace atelier::platform
