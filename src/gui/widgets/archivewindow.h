#pragma once

#include "export/archiveexport.h"
#include "store/store.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace rd {

class ArchiveModel;
class DetailsPane;

/// The full archive: every past referral in a lazily loaded table, searched with the store's
/// full-text index as you type and narrowed by outcome, date, country, size and product; the
/// selected referral read only beside it; the current view exported to CSV. Works offline.
class ArchiveWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveWindow(Store *store, QWidget *parent = nullptr);

    ArchiveModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    QComboBox *outcome() const { return m_outcome; }
    QComboBox *country() const { return m_country; }
    QComboBox *size() const { return m_size; }
    QLineEdit *product() const { return m_product; }
    QDateEdit *closedFrom() const { return m_from; }
    QDateEdit *closedTo() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    DetailsPane *details() const { return m_details; }

    /// Starts writing the rows of the current filter and order to `path` as CSV
    /// (ArchiveExport), on the archive reader's thread; exportFinished says how it ended.
    void exportTo(const QString &path);
    /// Stops the export being written; nothing is written (exportFinished, cancelled).
    void cancelExport();
    /// The selected rows as tab-separated text on the clipboard, for a spreadsheet.
    void copySelection();
    /// Brings the window up with referral `id` in its details (a similar or related referral
    /// opened from the board's details pane).
    void showReferral(const QString &id);

signals:
    void exportProgress(int rowsWritten);
    void exportFinished(const rd::ArchiveExport::Result &result, const QString &path);

public slots:
    /// Re-reads the filter lists and the rows (after a sync brought new archived referrals).
    void reload();
    /// The search fill has `left` referrals of a first sync to index (SyncEngine::searchPending):
    /// a search says they are not found yet, and runs again once none is left.
    void searchPreparing(qint64 left);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCount();
    void applyFilter();
    void setFilterValues(QStringList countries, QStringList sizes);
    void exportWithDialog();

    Store *m_store;
    ArchiveModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_outcome;
    QComboBox *m_country;
    QComboBox *m_size;
    QLineEdit *m_product;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_closedLabel;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    DetailsPane *m_details;
    QTimer *m_typing;
    quint64 m_valuesTicket = 0; ///< the filter lists being read
    quint64 m_exportTicket = 0; ///< the export being written
    QString m_exportPath;
    QStringList m_countries; ///< the archive's countries and sizes, as codes, for the filters
    QStringList m_sizes;
    QString m_readProblem; ///< why the last read failed, until one succeeds
    quint64 m_pendingTicket = 0; ///< Store::searchPending being read
    qint64 m_searchPending = 0; ///< referrals a search does not find yet (SearchFill)
};

} // namespace rd
