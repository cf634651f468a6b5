#pragma once

#include "insights/fit.h"
#include "store/fitstore.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rd {

/// The details pane's "Fit" section (issue 18): the mark's reason in one sentence with its
/// numbers, and the archived referrals it was read from, each opening in the archive.
class FitPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FitPanel(QWidget *parent = nullptr);

    /// The fit of the referral shown; std::nullopt hides the section (no fit applies).
    void showFit(const QString &id, const std::optional<Fit> &fit);
    /// The similar referrals of `id`, once read; ignored when another referral is shown by now.
    void showSimilar(const QString &id, const QList<SimilarReferral> &similar);

    QString reason() const;
    QListWidget *similarList() const { return m_list; }

signals:
    void openRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_id;
    std::optional<Fit> m_fit;
    QList<SimilarReferral> m_similar;
    QLabel *m_heading;
    QLabel *m_reason;
    QLabel *m_listLabel;
    QListWidget *m_list;
};

} // namespace rd
