#pragma once

#include "models/stageproxy.h"

#include <QObject>
#include <QTimer>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QToolBar;

namespace rd {

class DetailsPane;
class FitScorer;
class ReferralListModel;
class Store;

/// How the board shows its open referrals, besides the quick filter (issue 18): which cards
/// ("Show": all, a fit level, or the Negotiating ones whose closing date passed) and in which
/// order (most urgent first, the default, or best fit first; remembered in the settings). Owns
/// the FitScorer that gives the cards their fit, and fills the details pane's Fit section.
class BoardViewOptions : public QObject
{
    Q_OBJECT
public:
    BoardViewOptions(Store *store, ReferralListModel *model, QList<StageProxy *> proxies,
        DetailsPane *details, QWidget *parent);

    /// The "Show" box, for the toolbar, and the "View" menu (sort order and the same choices).
    QComboBox *showBox() const { return m_show; }
    QMenu *viewMenu() const { return m_menu; }
    FitScorer *scorer() const { return m_scorer; }

    void setNarrow(StageProxy::Narrow narrow);
    StageProxy::Narrow narrow() const;
    void setSortByFit(bool byFit);
    bool sortsByFit() const;

    /// The referrals changed: fits are read again (after the burst).
    void referralsChanged();
    /// The details pane shows `id` now (or nothing): its Fit section follows.
    void detailsShown(const QString &id);
    void retranslate();

signals:
    /// A similar referral in the details pane was opened: show it in the archive.
    void openArchived(const QString &id);

private:
    void updateCounts();

    ReferralListModel *m_model;
    QList<StageProxy *> m_proxies;
    DetailsPane *m_details;
    FitScorer *m_scorer;
    QComboBox *m_show;
    QMenu *m_menu;
    QActionGroup *m_sortGroup;
    QAction *m_byUrgency;
    QAction *m_byFit;
    QTimer m_countTimer;
};

} // namespace rd
