#include "core/key_help.hpp"

#include <algorithm>

namespace atelier {

std::vector<std::pair<ActionKind, std::string>> help_lines(const KeyMap& keys,
                                                          const std::function<std::string(int key)>& layout_label) {
    std::vector<std::pair<ActionKind, std::string>> lines;
    for (int k = 0; k <= static_cast<int>(ActionKind::reset); ++k) {
        const auto kind = static_cast<ActionKind>(k);
        // floor_N and step_N are shown once, with their first and last keys.
        const bool numbered = kind == ActionKind::floor || kind == ActionKind::step;
        std::string text;
        if (numbered) {
            const int first_n = kind == ActionKind::step ? 0 : 1;
            const auto first = keys_for(keys, Action{kind, first_n}), last = keys_for(keys, Action{kind, 9});
            if (!first.empty() && !last.empty())
                text = chord_label(first[0], layout_label) + " \xE2\x80\xA6 " + chord_label(last[0], layout_label);
        } else {
            std::vector<std::string> seen;
            for (const KeyChord& c : keys_for(keys, Action{kind, 0})) {
                const std::string label = chord_label(c, layout_label);
                if (std::find(seen.begin(), seen.end(), label) != seen.end()) continue;  // "b" by position and by character
                seen.push_back(label);
                text += (text.empty() ? "" : ",  ") + label;
            }
        }
        if (!text.empty()) lines.emplace_back(kind, text);
    }
    return lines;
}

}  // namespace atelier
