#pragma once
// Writing the record a facilitator asked for: Markdown, CSV, or a PDF of one
// or two clean pages (cairo and pango from Debian, fonts through fontconfig).
#include <string>

#include "core/record.hpp"

namespace atelier::platform {

// The whole record for the facilitator, or the client's own (their request,
// contract and plan: no speaking times, nothing about the others).
enum class RecordKind { full, client };

// Writes `record` to `path`, the format chosen by its extension (.pdf, .csv,
// .md; the client record: .pdf or .md), owner-only (0600), through a
// temporary file beside it renamed over it: a crash leaves the old file or
// the new one. A file already at `path` is replaced only when `overwrite`.
// Returns "" or what went wrong.
std::string export_record(const Record& record, const std::string& path, RecordKind kind = RecordKind::full, bool overwrite = false);
// Where the console's export buttons write: the user's documents folder
// (XDG_DOCUMENTS_DIR, ~/Documents), or home: "atelier-<group>-<date>.<ext>"
// ("atelier-<group>-<date>-client.pdf"), with -2, -3... when that name is
// taken: a second export of the day does not replace the first.
std::string default_export_path(const Record& record, const std::string& extension, RecordKind kind = RecordKind::full);

// The PDF's bytes (pdf_record.cpp); "" with `error` set when cairo fails.
std::string record_pdf(const Record& record, RecordKind kind, std::string& error);

}  // namespace atelier::platform
