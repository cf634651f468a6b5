// Service's fault injection (docs/remote-api.md, "Fault injection"): the rules the controls set
// (POST /_sim/faults) and the fault, if any, that an API request meets.

#include "simservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::sim {

void Service::addFault(Fault fault, int count, double rate, const QByteArray &method)
{
    m_faults.append({ fault, count, rate, method.toUpper() });
}

Fault Service::takeFault(const Request &request)
{
    if (!request.path.startsWith(QLatin1String("/v1.0/")))
        return Fault::None;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        if (rule.remaining > 0) {
            const Fault f = rule.fault;
            if (--rule.remaining == 0 && rule.rate <= 0)
                m_faults.removeAt(i);
            count(QStringLiteral("fault:") + faultName(f));
            return f;
        }
    }
    // One draw for all rate rules, so that their rates add up: 0.1 + 0.15 faults 25% of calls.
    m_faultRandom = m_faultRandom * 1103515245u + 12345u;
    const double draw = double((m_faultRandom >> 8) & 0xFFFF) / 65536.0;
    double cumulative = 0;
    for (const FaultRule &rule : std::as_const(m_faults)) {
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        cumulative += rule.rate;
        if (rule.rate > 0 && draw < cumulative) {
            count(QStringLiteral("fault:") + faultName(rule.fault));
            return rule.fault;
        }
    }
    return Fault::None;
}

int Service::setFaultRules(const QJsonArray &rules, QString *error)
{
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        if (rule.value(QLatin1String("clear")).toBool()) {
            m_faults.clear();
            continue;
        }
        const auto fault = faultFromName(rule.value(QLatin1String("fault")).toVariant().toString());
        if (!fault) {
            *error = QStringLiteral(
                "fault is one of 500, 503, 429, reset, truncate, malformed, stall.");
            return -1;
        }
        if (rule.contains(QLatin1String("retryAfterSecs")))
            m_retryAfterSecs = rule.value(QLatin1String("retryAfterSecs")).toInt();
        addFault(*fault, rule.value(QLatin1String("count")).toInt(0),
            rule.value(QLatin1String("rate")).toDouble(0),
            rule.value(QLatin1String("method")).toString().toLatin1());
    }
    return int(m_faults.size());
}

} // namespace rd::sim
