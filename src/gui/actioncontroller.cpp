#include "actioncontroller.h"

#include "store/store.h"
#include "widgets/actiondialogs.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace rd {

namespace {

QKeySequence shortcutFor(Action a)
{
    switch (a) {
    case Action::Interested:
        return QKeySequence(Qt::CTRL | Qt::Key_I);
    case Action::NoThanks:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    case Action::Accept:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    case Action::Decline:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    case Action::Won:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    case Action::Lost:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    case Action::EditDeal:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    }
    return {};
}

} // namespace

ActionController::ActionController(
    Store *store, Clock *clock, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_dialogParent(dialogParent)
    , m_undo(new QAction(this))
    , m_tick(new QTimer(this))
{
    // The countdown reads the clock, so a test's clock moves it as well as time does.
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (secondsLeft() <= 0) {
            sendNow();
        } else if (secondsLeft() != m_shownSeconds) {
            m_shownSeconds = secondsLeft();
            emit pendingChanged();
        }
    });
    m_undo->setObjectName(QStringLiteral("action-undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &ActionController::undo);
    for (Action a : Lifecycle::allActions()) {
        auto *qa = new QAction(this);
        qa->setObjectName(QStringLiteral("action-") + Lifecycle::actionKey(a));
        qa->setShortcut(shortcutFor(a));
        qa->setShortcutContext(Qt::WindowShortcut);
        qa->setEnabled(false);
        connect(qa, &QAction::triggered, this, [this, a] {
            if (!m_current.isEmpty())
                perform(m_current, a);
        });
        m_actions.insert(a, qa);
    }
    retranslate();
}

void ActionController::retranslate()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setText(Lifecycle::actionName(it.key()));
        it.value()->setToolTip(tr("%1 (%2)").arg(Lifecycle::actionName(it.key()),
            shortcutFor(it.key()).toString(QKeySequence::NativeText)));
    }
    m_undo->setText(
        m_lastSeq ? tr("&Undo %1").arg(Lifecycle::actionName(m_lastAction)) : tr("&Undo"));
}

QList<QAction *> ActionController::actions() const
{
    QList<QAction *> out;
    for (Action a : Lifecycle::allActions())
        out.append(m_actions.value(a));
    return out;
}

void ActionController::setCurrent(const QString &id)
{
    m_current = id;
    const std::optional<Referral> r = id.isEmpty() ? std::nullopt : m_store->referral(id);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(r && Lifecycle::isAllowed(*r, it.key()));
}

bool ActionController::perform(const QString &id, Action action)
{
    const std::optional<Referral> r = m_store->referral(id);
    if (!r) {
        emit message(tr("That referral is no longer in the local database."));
        return false;
    }
    if (!Lifecycle::isAllowed(*r, action)) {
        emit message(Lifecycle::refusal(*r, action));
        return false;
    }
    const QDate today = m_clock->now().toLocalTime().date();
    ActionInput input;
    switch (action) {
    case Action::Accept:
    case Action::EditDeal: {
        AcceptDialog dialog(*r, action, m_currency, today, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted) {
            if (dialog.isUnchanged())
                emit message(tr("The deal with %1 is unchanged; nothing was sent.")
                                 .arg(r->customerProfile.name));
            return false;
        }
        input = dialog.input();
        break;
    }
    case Action::Decline:
    case Action::Lost: {
        ReasonDialog dialog(*r, action, today, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        input = dialog.input();
        break;
    }
    case Action::Won: {
        QMessageBox confirm(QMessageBox::Question, tr("Deal won"),
            tr("Report the deal with %1 as won? The referral is archived.")
                .arg(r->customerProfile.name),
            QMessageBox::Cancel, m_dialogParent);
        QPushButton *won = confirm.addButton(tr("Mark as Won"), QMessageBox::AcceptRole);
        confirm.setDefaultButton(won);
        confirm.exec();
        if (confirm.clickedButton() != static_cast<QAbstractButton *>(won))
            return false;
        break;
    }
    case Action::Interested:
    case Action::NoThanks:
        break;
    }
    const QDateTime now = m_clock->now();
    const QDateTime holdUntil = m_undoSeconds > 0 ? now.addSecs(m_undoSeconds) : QDateTime();
    const Store::ActionResult result = m_store->applyAction(id, action, input, now, holdUntil);
    if (!result.ok()) {
        emit message(result.error ? result.error.message : result.errors.value(0).message);
        return false;
    }
    // One undo at a time: the action before this one goes out now.
    const bool released = sendNow();
    m_lastSeq = result.entry->seq;
    m_lastId = id;
    m_lastAction = action;
    m_undo->setText(tr("&Undo %1").arg(Lifecycle::actionName(action)));
    m_undo->setEnabled(true);
    emit applied(id, action);
    if (result.entry->holdUntil.isValid()) {
        m_pending = { result.entry->seq, id, action, r->customerProfile.name,
            result.entry->holdUntil };
        m_shownSeconds = secondsLeft();
        m_tick->start();
        emit pendingChanged();
    } else {
        emit message(tr("%1: %2 — it will be sent to Partner Center.")
                         .arg(Lifecycle::actionName(action), r->customerProfile.name));
        if (!released)
            emit sendRequested();
    }
    setCurrent(m_current);
    return true;
}

int ActionController::secondsLeft() const
{
    if (!hasPending())
        return 0;
    const qint64 ms = m_clock->now().msecsTo(m_pending.until);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

bool ActionController::sendNow()
{
    if (!hasPending())
        return false;
    if (!m_store->release(m_pending.seq) && lastState(m_pending.seq) == LastState::Queued) {
        // Still held (the database was busy): the next tick tries again; nothing is lost.
        return true;
    }
    clearPending();
    emit sendRequested();
    return true;
}

void ActionController::clearPending()
{
    m_pending = Pending();
    m_tick->stop();
    emit pendingChanged();
}

ActionController::LastState ActionController::lastState(qint64 seq) const
{
    for (const OutboxEntry &e : m_store->outboxFor(m_lastId)) {
        if (e.seq != seq)
            continue;
        switch (e.state) {
        case OutboxEntry::State::Queued:
            return LastState::Queued;
        case OutboxEntry::State::Sending:
            return LastState::Sending;
        case OutboxEntry::State::Conflict:
        case OutboxEntry::State::Failed:
            return LastState::Stopped;
        }
    }
    return LastState::Gone;
}

void ActionController::undo()
{
    if (!m_lastSeq)
        return;
    const QString id = m_lastId;
    if (m_store->discard(m_lastSeq)) {
        if (m_pending.seq == m_lastSeq)
            clearPending(); // undone inside its window: the bar goes, nothing is left to send
        emit message(tr("Undone; nothing was sent."));
        emit undone(id);
    } else {
        // Say what really happened, from the entry itself.
        switch (lastState(m_lastSeq)) {
        case LastState::Queued:
            // Not undone and not sent (the database was busy): everything stays as it was,
            // the window and Undo included, so the person can simply try again.
            emit message(tr("The action could not be undone just now; try again."));
            return;
        case LastState::Sending:
            emit message(
                tr("The action is already on its way to Partner Center and cannot be undone."));
            break;
        case LastState::Stopped:
        case LastState::Gone:
            emit message(tr("The action was already sent to Partner Center and cannot be undone."));
            break;
        }
        if (m_pending.seq == m_lastSeq)
            clearPending();
    }
    m_lastSeq = 0;
    m_undo->setEnabled(false);
    setCurrent(m_current);
}

void ActionController::refreshUndo()
{
    if (!m_lastSeq)
        return;
    // While it is being sent it cannot be undone; if sending fails it waits again, undoable.
    bool exists = false, queued = false;
    for (const OutboxEntry &e : m_store->outboxFor(m_lastId)) {
        if (e.seq == m_lastSeq) {
            exists = true;
            queued = e.state == OutboxEntry::State::Queued;
        }
    }
    m_undo->setEnabled(queued);
    // Gone another way (another tool undid it), or stopped by a conflict the pull found: no
    // countdown to an entry that will not be sent.
    if (!queued && m_pending.seq == m_lastSeq)
        clearPending();
    if (!exists)
        m_lastSeq = 0;
}

bool ActionController::canMove(const QStringList &ids, Stage to) const
{
    for (const QString &id : ids) {
        const std::optional<Referral> r = m_store->referral(id);
        if (!r || Lifecycle::move(*r, to).actions.isEmpty())
            return false;
    }
    return !ids.isEmpty();
}

void ActionController::move(const QStringList &ids, Stage to)
{
    for (const QString &id : ids) {
        const std::optional<Referral> r = m_store->referral(id);
        if (!r)
            continue;
        const Move m = Lifecycle::move(*r, to);
        if (m.actions.isEmpty()) {
            if (r->stage() != to) // a drop back on its own column is no request
                emit message(m.refusal);
            continue;
        }
        Action chosen = m.actions.first();
        if (m.actions.size() > 1) {
            // Negotiating to Archived: won or lost?
            QMenu menu(m_dialogParent);
            for (Action a : m.actions)
                menu.addAction(Lifecycle::actionName(a))->setData(int(a));
            QAction *picked = menu.exec(QCursor::pos());
            if (!picked)
                continue;
            chosen = Action(picked->data().toInt());
        }
        perform(id, chosen);
    }
}

} // namespace rd
