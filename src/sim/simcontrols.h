#pragma once

#include "simhttp.h"

namespace rd::sim {

class Service;

/// The /_sim/ controls (docs/remote-api.md, "Controls under /_sim/"): the clock, adding and
/// changing referrals as a colleague would, faults, counters, quirks, tokens, device approval,
/// state. Over HTTP for the demo and the benchmarks, through the same public Service API that
/// in-process tests call directly.
class Controls
{
public:
    explicit Controls(Service &service);
    Response handle(const Request &r);

private:
    Service &m_service;
};

} // namespace rd::sim
