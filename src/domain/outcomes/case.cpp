#include "domain/outcomes/case.hpp"

namespace ipskit::outcomes {

std::string_view outcome_key(Outcome o) {
    switch (o) {
        case Outcome::job:
            return "job";
        case Outcome::flexjob:
            return "flexjob";
        case Outcome::education:
            return "education";
        case Outcome::other:
            return "other";
    }
    return "";
}

}  // namespace ipskit::outcomes
