#include "trayicon.h"

#include "domain/clock.h"
#include "models/referrallistmodel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>

namespace rd {

TrayIcon::TrayIcon(ReferralListModel *model, Clock *clock, DeadlinePolicy policy, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
    , m_policy(std::move(policy))
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_open(m_menu->addAction(QString()))
    , m_sync(m_menu->addAction(QString()))
    , m_pause(m_menu->addAction(QString()))
    , m_quit(nullptr)
    , m_coalesce(new QTimer(this))
    , m_midnight(new QTimer(this))
{
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_pause->setCheckable(true);
    m_tray->setContextMenu(m_menu);
    retranslate();
    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_sync, &QAction::triggered, this, &TrayIcon::syncRequested);
    connect(
        m_pause, &QAction::triggered, this, [this](bool checked) { emit pauseRequested(checked); });
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });

    // Many model signals during a sync: count once they have settled.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &TrayIcon::recount);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, m_coalesce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_coalesce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, m_coalesce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::layoutChanged, m_coalesce, qOverload<>(&QTimer::start));
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, &TrayIcon::recount);
    connect(m_clock, &Clock::jumped, this, &TrayIcon::recount);
    recount();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::retranslate()
{
    m_open->setText(tr("&Open Referral Desk"));
    m_sync->setText(tr("&Sync Now"));
    m_pause->setText(tr("&Pause Notifications for 1 Hour"));
    m_quit->setText(tr("&Quit"));
    setPausedUntil(m_pausedUntil);
    m_tray->setToolTip(toolTip());
}

void TrayIcon::setPausedUntil(const QDateTime &until)
{
    m_pausedUntil = until;
    const bool paused = until.isValid() && m_clock->now() < until;
    m_pause->setChecked(paused);
    m_pause->setText(paused
            ? tr("Notifications Paused until %1 (Click to Resume)")
                  .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat))
            : tr("&Pause Notifications for 1 Hour"));
    if (paused) {
        // Back to "pause" when the hour is over.
        QTimer::singleShot(
            std::max<qint64>(0, m_clock->now().msecsTo(until)) + 1, this, [this, until] {
                if (m_pausedUntil == until)
                    setPausedUntil(until);
            });
    }
}

void TrayIcon::setThisWeek(int received, int answeredWithin24h)
{
    m_weekReceived = received;
    m_weekWithin24h = answeredWithin24h;
    m_tray->setToolTip(toolTip());
}

void TrayIcon::show()
{
    m_tray->show();
}

QString TrayIcon::toolTip() const
{
    QString text = QApplication::applicationDisplayName();
    if (m_dueToday > 0)
        text += QLatin1Char('\n')
            + tr("%Ln referral(s) need(s) an answer today", nullptr, m_dueToday);
    else
        text += QLatin1Char('\n') + tr("Nothing needs an answer today");
    if (m_newCount > 0)
        //: In the tray's tooltip: how many referrals are in the New column
        text += QLatin1Char('\n') + tr("%1 new").arg(m_newCount);
    if (m_weekReceived == 0) {
        text += QLatin1Char('\n') + tr("No new referrals this week");
    } else if (m_weekReceived > 0) {
        //: In the tray's tooltip; %1 is a percentage ("86 %")
        text += QLatin1Char('\n')
            + tr("This week: %1 answered within 24 h")
                  .arg(QLocale().toString(qRound(100.0 * m_weekWithin24h / m_weekReceived))
                      + QStringLiteral(" %"));
    }
    return text;
}

void TrayIcon::recount()
{
    const QDateTime now = m_clock->now();
    int due = 0;
    int fresh = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const std::optional<Referral> r = m_model->referralAt(row);
        if (!r)
            continue;
        if (r->stage() == Stage::New && !r->isOutgoing()) // as the New column counts them
            ++fresh;
        if (m_policy.needsAnswerToday(*r, now))
            ++due;
    }
    m_newCount = fresh;
    armMidnight();
    if (due == m_dueToday) {
        m_tray->setToolTip(toolTip());
        return;
    }
    m_dueToday = due;
    updateIcon();
    m_tray->setToolTip(toolTip());
    emit countChanged(due);
}

void TrayIcon::armMidnight()
{
    const QDateTime now = m_clock->now().toTimeZone(m_policy.timeZone());
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), m_policy.timeZone());
    m_midnight->start(int(std::clamp<qint64>(now.msecsTo(midnight) + 1, 0, 24 * 3600 * 1000)));
}

void TrayIcon::updateIcon()
{
    const QIcon base(QStringLiteral(":/icons/referral-desk.svg"));
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = base.pixmap(size, size);
        if (m_dueToday > 0) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QString text
                = m_dueToday > 99 ? QStringLiteral("99+") : QString::number(m_dueToday);
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(std::max(7, size * 9 / 16));
            p.setFont(font);
            const int w
                = std::max(size * 5 / 8, QFontMetrics(font).horizontalAdvance(text) + size / 6);
            const QRectF badge(size - w, 0, w, size * 5 / 8.0);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xc4, 0x2b, 0x1c));
            p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            p.setPen(Qt::white);
            p.drawText(badge, Qt::AlignCenter, text);
        }
        icon.addPixmap(pixmap);
    }
    m_tray->setIcon(icon);
}

} // namespace rd
