#pragma once

#include "domain/clock.h"
#include "domain/lifecycle.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QAction;
class QTimer;
class QWidget;

namespace rd {

class Store;

/// Every way a person acts on a referral (menus, shortcuts, buttons, drag and drop) ends here:
/// ask for what the action needs, check it against the lifecycle, write the store and the outbox
/// in one transaction, and say what happened. Nothing waits on the network.
class ActionController : public QObject
{
    Q_OBJECT
public:
    ActionController(Store *store, Clock *clock, QWidget *dialogParent, QObject *parent = nullptr);

    QAction *action(Action a) const { return m_actions.value(a); }
    QList<QAction *> actions() const;
    void setDefaultCurrency(const QString &code) { m_currency = code; }
    QString defaultCurrency() const { return m_currency; }
    /// How long an action waits, undoable, before it may be sent (0: sent at once).
    void setUndoSeconds(int seconds) { m_undoSeconds = seconds; }
    int undoSeconds() const { return m_undoSeconds; }
    /// Sets the actions' texts again in the current language.
    void retranslate();

    /// The referral the QActions apply to; enables the actions its stage allows.
    void setCurrent(const QString &id);
    QString current() const { return m_current; }

    /// Performs an action on a referral, asking for its input first where it needs some.
    bool perform(const QString &id, Action action);
    /// A drop of cards on a column: the move's action, a choice between two, or why not.
    void move(const QStringList &ids, Stage to);
    /// Whether these cards could be dropped on that stage (columns dim when not).
    bool canMove(const QStringList &ids, Stage to) const;

    /// Undo of the last action, offered until the sync engine starts sending it.
    QAction *undoAction() const { return m_undo; }
    void undo();
    /// Re-checks whether the last action can still be undone (after a sync reported changes).
    void refreshUndo();

    /// The last action while it waits out its undo window (nothing is sent before it ends).
    struct Pending
    {
        qint64 seq = 0;
        QString id;
        Action action = Action::Interested;
        QString customer;
        QDateTime until;
    };
    bool hasPending() const { return m_pending.seq != 0; }
    const Pending &pending() const { return m_pending; }
    /// Whole seconds left in the undo window (rounded up), 0 without one.
    int secondsLeft() const;
    /// Ends the undo window now and asks for the action to be sent (the undo bar's Send now, the
    /// window's end, another action, quitting). Returns whether an action was waiting.
    bool sendNow();

signals:
    void applied(const QString &id, rd::Action action);
    void undone(const QString &id);
    void message(const QString &text);
    /// The waiting action, or its countdown, changed (the undo bar follows).
    void pendingChanged();
    /// Something may be sent now: the sync should run.
    void sendRequested();

private:
    enum class LastState { Queued, Sending, Stopped, Gone };
    /// Where the outbox entry of the last action stands.
    LastState lastState(qint64 seq) const;
    void clearPending();

    Store *m_store;
    Clock *m_clock;
    QWidget *m_dialogParent;
    QString m_current;
    QString m_currency = QStringLiteral("USD");
    int m_undoSeconds = 10;
    QHash<Action, QAction *> m_actions;
    QAction *m_undo;
    Pending m_pending;
    QTimer *m_tick;
    int m_shownSeconds = -1;
    qint64 m_lastSeq = 0;
    QString m_lastId;
    Action m_lastAction = Action::Interested;
};

} // namespace rd
