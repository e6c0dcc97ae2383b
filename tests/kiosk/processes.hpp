#pragma once
// Small helpers for the kiosk tests: background processes, polling with a
// timeout (never a fixed sleep waiting for the app), temporary folders.
#include <sys/types.h>

#include <functional>
#include <string>

namespace atelier::kiosk_test {

// Starts `command` with /bin/sh in the background; returns its pid or -1.
pid_t spawn(const std::string& command);
// SIGTERM, then waits for it (our child).
void stop(pid_t pid);
// Polls `ok` every 20 ms until it holds or `timeout_ms` has passed.
bool wait_until(const std::function<bool()>& ok, int timeout_ms);
std::string read_all(const std::string& path);
// A command's standard output, with "exit=N" appended on its own line.
std::string run_with_status(const std::string& command);

}  // namespace atelier::kiosk_test
