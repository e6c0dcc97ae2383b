#pragma once
// Every size Atelier reads or accepts, named once. The files, the command
// socket and (later) the remote service all check against these before they
// parse anything, and every error quotes the limit it hit.
//
// The values are far above what a real user's files and messages reach, and
// far below what could hurt the app (a stack, the memory, the wall's layout).
#include <cstddef>
#include <cstdint>

namespace atelier::limits {

// ---- files ----------------------------------------------------------------
// The largest file of any kind that is read (state, groups, methods, keys,
// settings, the sample group). The largest real state.json is ~30 KB.
constexpr size_t kFileBytes = size_t{4} << 20;  // 4 MiB
// The deepest nesting of [ and { in a JSON document. The schema needs 7.
constexpr int kJsonDepth = 32;
// The longest text in quotes in a JSON document (a request is 160 characters,
// at most 640 bytes of UTF-8).
constexpr size_t kJsonStringBytes = 16 * 1024;

// ---- the command socket (atelier send) --------------------------------------
constexpr size_t kRequestBytes = 64 * 1024;  // one request line
constexpr size_t kRequestArgs = 64;          // words after "atelier send"
constexpr int kSocketClients = 64;           // served at once; more wait for a free place
constexpr int kClientReadMs = 2000;          // a client that sends nothing for this long is dropped
constexpr int kSendReplyMs = 10000;          // atelier send gives up waiting for a reply after this

// ---- the atelier --------------------------------------------------------------
constexpr int kSteps = 50;                     // steps in a method
constexpr int kStepMinutes = 600;              // ten hours: the longest step
constexpr int64_t kStepMs = int64_t{kStepMinutes} * 60'000;
constexpr int kRounds = 99;                    // rounds a round step plans
constexpr int kMethodMinutes = 100'000;        // a method's stated total and margin
constexpr size_t kIdChars = 64;                // a method's or a step's id
constexpr size_t kStepNumberChars = 8;         // the number the wall gives a step ("2", "2b")
constexpr size_t kTitleChars = 120;            // a method's or a step's name
constexpr size_t kInstructionChars = 400;      // a step's one-line instruction
constexpr int kParticipants = 24;
constexpr int kSeriesSize = 99;                // ateliers planned in a series
constexpr int kSeriesHeld = 500;               // ateliers a group's history keeps
constexpr size_t kNameChars = 60;
constexpr size_t kGroupNameChars = 120;
constexpr size_t kRequestChars = 160;          // three lines on the wall at a size the room reads
constexpr size_t kPlanItemChars = 140;
constexpr size_t kPlanItems = 10;
constexpr size_t kMessageChars = 120;          // a message to the room
constexpr int64_t kBreakMs = int64_t{12} * 3'600'000;  // a break ends within twelve hours

}  // namespace atelier::limits
