#include "util/message_language.hpp"

#include <atomic>

namespace ipskit::util {

namespace {

// Set once by the command line before any work starts, read by every thread.
std::atomic<MessageLanguage> current{MessageLanguage::en};

bool starts_with_da(std::string_view value) {
    return value.size() >= 2 && (value[0] == 'd' || value[0] == 'D') &&
           (value[1] == 'a' || value[1] == 'A') &&
           (value.size() == 2 || value[2] == '_' || value[2] == '-' || value[2] == '.' || value[2] == '@');
}

}  // namespace

void set_message_language(MessageLanguage language) {
    current.store(language, std::memory_order_relaxed);
}

MessageLanguage message_language() {
    return current.load(std::memory_order_relaxed);
}

std::string tr(std::string_view en, std::string_view da) {
    return std::string(message_language() == MessageLanguage::da ? da : en);
}

MessageLanguage message_language_from_environment(const char* (*get)(const char*)) {
    if (const char* chosen = get("IPSKIT_LANG"); chosen != nullptr && *chosen != '\0')
        return starts_with_da(chosen) ? MessageLanguage::da : MessageLanguage::en;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = get(name);
        if (value != nullptr && *value != '\0')
            return starts_with_da(value) ? MessageLanguage::da : MessageLanguage::en;
    }
    return MessageLanguage::en;
}

}  // namespace ipskit::util
