#pragma once

#include "domain/referral.h"
#include "store/relatedquery.h"
#include "store/store.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QHBoxLayout;
class QToolButton;

namespace rd {

class FitPanel;

/// Everything the selected referral holds, as plain text (remote text is untrusted), with a
/// button for each action its stage allows.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    /// Shows a referral and its queued actions; std::nullopt clears the pane.
    void show(const std::optional<Referral> &referral, const QList<OutboxEntry> &outbox = {},
        const QList<HistoryEntry> &history = {});
    QString text() const;
    QString currentId() const { return m_id; }

    /// The "Fit" section under the actions (hidden until the board's window gives it a fit).
    FitPanel *fitPanel() const { return m_fitPanel; }
    /// "Also from this customer": the other referrals of the shown referral's customer, read
    /// off the GUI thread (RelatedLookup). Ignored unless `id` is the one shown; hidden when
    /// empty. show() of another referral clears it.
    void setRelated(const QString &id, const QList<RelatedReferral> &related);
    QList<RelatedReferral> related() const { return m_relatedRows; }

    /// The pane's action buttons trigger these (the same QActions as menus and shortcuts).
    void setActions(const QList<QAction *> &actions);

    static QString describe(const Referral &referral, const QList<OutboxEntry> &outbox,
        const QList<HistoryEntry> &history = {});

signals:
    /// A related referral was activated (Enter or a double click) in "Also from this customer".
    void openReferralRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_id;
    std::optional<Referral> m_referral; ///< what is shown, said again after a language switch
    QList<OutboxEntry> m_outbox;
    QList<HistoryEntry> m_history;
    QLabel *m_title;
    QLabel *m_stage;
    QWidget *m_buttons;
    QHBoxLayout *m_buttonLayout;
    FitPanel *m_fitPanel;
    QPlainTextEdit *m_text;
    QLabel *m_relatedTitle;
    QListWidget *m_related;
    QList<RelatedReferral> m_relatedRows;
    void fillRelated();
};

} // namespace rd
