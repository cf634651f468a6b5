#include "archivewindow.h"

#include "detailspane.h"
#include "domain/labels.h"
#include "models/archivemodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <limits>
#include <tuple>

namespace rd {

namespace {
const QDate kAnyDate(2000, 1, 1);

/// Calls `onEscape` for an Escape that reaches the window: one that no field inside used for
/// itself (a list's editor, an open popup), as a dialog treats Escape.
class EscapeFilter final : public QObject
{
public:
    EscapeFilter(QWidget *window, std::function<void()> onEscape)
        : QObject(window)
        , m_onEscape(std::move(onEscape))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->keyCombination()
                == QKeyCombination(Qt::Key_Escape)) {
            m_onEscape();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEscape;
};
} // namespace

ArchiveWindow::ArchiveWindow(Store *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_model(new ArchiveModel(store, 200, this))
    , m_search(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_product(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_closedLabel(new QLabel(this))
    , m_copyButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_details(new DetailsPane(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("archive"));
    resize(1200, 720);

    m_search->setClearButtonEnabled(true);
    m_outcome->addItem(QString(), -1);
    for (Outcome o : { Outcome::Won, Outcome::Lost, Outcome::Skipped, Outcome::Declined,
             Outcome::Missed, Outcome::Expired, Outcome::Error })
        m_outcome->addItem(QString(), int(o));
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setDate(kAnyDate);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_count->setTextFormat(Qt::PlainText);

    connect(m_exportButton, &QPushButton::clicked, this, &ArchiveWindow::exportWithDialog);
    connect(m_copyButton, &QPushButton::clicked, this, &ArchiveWindow::copySelection);
    auto *copyKey = new QShortcut(QKeySequence::Copy, m_table);
    copyKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyKey, &QShortcut::activated, this, &ArchiveWindow::copySelection);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_outcome, 1);
    filters->addWidget(m_country, 1);
    filters->addWidget(m_size, 1);
    filters->addWidget(m_product, 1);
    filters->addWidget(m_closedLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);

    m_table->setModel(m_model);
    // No column chosen: the most recently archived first, and a search's matches in the search
    // index's own order (newest stored first), so the first page never waits for every match
    // to be sorted (issue 15). A click on a header sorts by that column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for "Copy"; the details show the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    for (int c : { int(ArchiveModel::Customer), int(ArchiveModel::Name) })
        m_table->setColumnWidth(c, 200);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_copyButton);
    footer->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    // Results as you type, without a query per keystroke.
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, &ArchiveWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_product, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *c : { m_outcome, m_country, m_size })
        connect(c, &QComboBox::currentIndexChanged, this, &ArchiveWindow::applyFilter);
    for (QDateEdit *d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, &ArchiveWindow::applyFilter);
    connect(m_model, &ArchiveModel::matchCountChanged, this, [this] {
        m_readProblem.clear();
        showCount();
    });
    connect(m_model, &ArchiveModel::readFailed, this, [this](const QString &message) {
        m_readProblem = message;
        showCount();
    });
    connect(m_model->reader(), &ArchiveReader::exportProgress, this,
        [this](quint64 ticket, int done) {
            if (ticket == m_exportTicket)
                emit exportProgress(done);
        });
    connect(m_model->reader(), &ArchiveReader::exported, this,
        [this](quint64 ticket, const ArchiveExport::Result &result) {
            if (ticket != m_exportTicket)
                return; // an earlier, cancelled one: already reported
            m_exportTicket = 0;
            emit exportFinished(result, m_exportPath);
        });
    connect(m_model->reader(), &ArchiveReader::valuesRead, this,
        [this](quint64 ticket, const QStringList &countries, const QStringList &sizes) {
            if (ticket == m_valuesTicket) {
                m_valuesTicket = 0;
                setFilterValues(countries, sizes);
            }
        });
    connect(m_model->reader(), &ArchiveReader::readDone, this,
        [this](quint64 ticket, const QVariant &left) {
            if (ticket == m_pendingTicket) {
                m_pendingTicket = 0;
                m_searchPending = left.toLongLong();
                showCount();
            }
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QString id = m_model->idAt(current.row());
            m_details->show(id.isEmpty() ? std::nullopt : m_store->referral(id), {},
                id.isEmpty() ? QList<HistoryEntry>() : m_store->history(id));
        });

    // A window of its own: Ctrl+W (and the platform's other Close keys) closes it wherever the
    // focus is; Escape too, once no field inside wants it.
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.append(QKeySequence(Qt::CTRL | Qt::Key_W));
    for (const QKeySequence &key : std::as_const(closeKeys))
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
    // Escape in the search first takes back what was typed there; with nothing (left) to clear
    // it closes the window.
    new EscapeFilter(this, [this] {
        if (m_search->hasFocus() && !m_search->text().isEmpty())
            m_search->clear();
        else
            close();
    });
    retranslate();
    reload();
}

void ArchiveWindow::retranslate()
{
    setWindowTitle(tr("Archive — Referral Desk"));
    m_search->setPlaceholderText(
        tr("Search customers, referrals, notes, cities, products, contacts"));
    m_search->setAccessibleName(tr("Search the archive"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setItemText(0, tr("All outcomes"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i, outcomeName(Outcome(m_outcome->itemData(i).toInt())));
    m_country->setAccessibleName(tr("Country"));
    m_size->setAccessibleName(tr("Company size"));
    m_product->setPlaceholderText(tr("Product or solution"));
    m_product->setAccessibleName(tr("Product or solution"));
    for (QDateEdit *d : { m_from, m_to })
        d->setSpecialValueText(tr("Any"));
    m_from->setAccessibleName(tr("Closed from"));
    m_to->setAccessibleName(tr("Closed until"));
    m_closedLabel->setText(tr("Closed:"));
    m_exportButton->setText(tr("Export to CSV…"));
    m_copyButton->setText(tr("Copy Rows"));
    m_copyButton->setToolTip(
        tr("Copy the selected rows as tab-separated text for a spreadsheet (%1)")
            .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_table->setAccessibleName(tr("Archived referrals"));
    // Room for the longest company size the service sends, as this language writes it.
    m_table->setColumnWidth(ArchiveModel::Size,
        m_table->fontMetrics().horizontalAdvance(
            Labels::companySize(QStringLiteral("5001to10000employees")))
            + 16);
    m_model->retranslate();
    // The lists are kept as codes: made again with their labels, in the new language's order.
    setFilterValues(m_countries, m_sizes);
    showCount();
}

void ArchiveWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArchiveWindow::showCount()
{
    if (!m_readProblem.isEmpty())
        m_count->setText(tr("The archive could not be read: %1").arg(m_readProblem));
    else if (m_model->matchCount() < 0)
        m_count->clear();
    else if (m_model->isMatchCountCapped())
        m_count->setText(tr("More than %Ln archived referral(s)", nullptr, ArchiveModel::countCap));
    else
        m_count->setText(tr("%Ln archived referral(s)", nullptr, m_model->matchCount()));
    // After a first sync the search index is made while the app is idle (SearchFill): until
    // then a search misses those referrals, and says so rather than look complete.
    if (m_readProblem.isEmpty() && m_searchPending > 0 && !m_search->text().trimmed().isEmpty()) {
        const QString note = tr("%Ln recently synced referral(s) cannot be found yet: the search "
                                "is still being prepared.",
            nullptr, int(std::min<qint64>(m_searchPending, std::numeric_limits<int>::max())));
        m_count->setText(
            m_count->text().isEmpty() ? note : m_count->text() + QStringLiteral(" – ") + note);
    }
}

void ArchiveWindow::searchPreparing(qint64 left)
{
    const bool missed = m_searchPending > 0 && !m_search->text().trimmed().isEmpty();
    m_searchPending = left;
    if (left == 0 && missed)
        applyFilter(); // found in full now
    else
        showCount();
}

void ArchiveWindow::reload()
{
    // The lists of countries and sizes come from the archive, read beside the rows.
    if (m_valuesTicket)
        m_model->reader()->cancel(m_valuesTicket);
    m_valuesTicket = m_model->reader()->requestValues();
    if (m_pendingTicket)
        m_model->reader()->cancel(m_pendingTicket);
    m_pendingTicket = m_model->reader()->requestRead(
        [](Store &store) { return QVariant(std::max<qint64>(0, store.searchPending())); });
    applyFilter();
}

void ArchiveWindow::setFilterValues(QStringList countries, QStringList sizes)
{
    m_countries = countries;
    m_sizes = sizes;
    const QString country = m_country->currentData().toString();
    const QString size = m_size->currentData().toString();
    const QSignalBlocker b1(m_country), b2(m_size);
    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    // The store lists codes in the order of the codes; a person looks for names, and for sizes
    // from small to large.
    Labels::sortCountries(countries);
    for (const QString &c : std::as_const(countries))
        m_country->addItem(Labels::countryName(c), c);
    m_size->clear();
    m_size->addItem(tr("All sizes"), QString());
    Labels::sortCompanySizes(sizes);
    for (const QString &s : std::as_const(sizes))
        m_size->addItem(Labels::companySize(s), s);
    // A value chosen before stays chosen, even if the archive no longer has it.
    for (const auto &[box, value, label] :
        { std::tuple { m_country, country, Labels::countryName(country) },
            std::tuple { m_size, size, Labels::companySize(size) } }) {
        if (!value.isEmpty() && box->findData(value) < 0)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(value)));
    }
}

void ArchiveWindow::applyFilter()
{
    ArchiveFilter f;
    f.text = m_search->text();
    if (const int o = m_outcome->currentData().toInt(); o >= 0)
        f.outcomes = { Outcome(o) };
    if (const QString c = m_country->currentData().toString(); !c.isEmpty())
        f.countries = { c };
    if (const QString s = m_size->currentData().toString(); !s.isEmpty())
        f.sizes = { s };
    f.product = m_product->text().trimmed();
    if (m_from->date() != kAnyDate)
        f.closedFrom = m_from->date();
    if (m_to->date() != kAnyDate)
        f.closedTo = m_to->date();
    m_model->setFilter(f);
}

void ArchiveWindow::exportTo(const QString &path)
{
    cancelExport();
    m_exportPath = path;
    m_exportTicket = m_model->reader()->requestExport(
        m_model->filter(), m_model->sortColumn(), m_model->sortOrder(), path);
}

void ArchiveWindow::cancelExport()
{
    if (!m_exportTicket)
        return;
    m_model->reader()->cancel(std::exchange(m_exportTicket, 0));
    ArchiveExport::Result cancelled;
    cancelled.cancelled = true;
    cancelled.error = ArchiveExport::tr("Export cancelled; no file was written.");
    emit exportFinished(cancelled, m_exportPath);
}

void ArchiveWindow::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export archive"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/referrals.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The rows are read and written on the reader's thread; this dialog only follows them.
    auto *progress = new QProgressDialog(tr("Exporting archived referrals…"), tr("Cancel"), 0,
        m_model->isMatchCountCapped() ? 0 : std::max(0, m_model->matchCount()),
        this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(this, &ArchiveWindow::exportProgress, progress, [progress](int done) {
        if (progress->maximum() > 0)
            progress->setValue(std::min(done, progress->maximum()));
    });
    connect(progress, &QProgressDialog::canceled, this, &ArchiveWindow::cancelExport);
    connect(this, &ArchiveWindow::exportFinished, progress,
        [this, progress](const ArchiveExport::Result &result, const QString &written) {
            progress->close();
            if (result.cancelled)
                return; // the person's own choice: nothing to report
            if (!result.ok()) {
                QMessageBox::warning(this, tr("Export archive"), result.error);
                return;
            }
            QMessageBox done(QMessageBox::Information, tr("Export archive"),
                tr("%n archived referral(s) written to %1.", nullptr, result.rows)
                    .arg(QDir::toNativeSeparators(written)),
                QMessageBox::Ok, this);
            QPushButton *open = done.addButton(tr("Open Folder"), QMessageBox::ActionRole);
            done.exec();
            if (done.clickedButton() == open)
                QDesktopServices::openUrl(
                    QUrl::fromLocalFile(QFileInfo(written).absolutePath()));
        });
    exportTo(path);
}

void ArchiveWindow::showReferral(const QString &id)
{
    // Beside the table as it is: finding the row in a lazily read million would read them all.
    m_table->clearSelection();
    m_details->show(m_store->referral(id), {}, m_store->history(id));
    show();
    raise();
    activateWindow();
}

void ArchiveWindow::copySelection()
{
    QList<ArchiveRow> rows;
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end());
    for (const QModelIndex &i : std::as_const(selected)) {
        if (const ArchiveRow *row = m_model->rowAt(i.row()))
            rows.append(*row);
    }
    if (!rows.isEmpty())
        QGuiApplication::clipboard()->setText(ArchiveExport::tabSeparated(rows));
}

} // namespace rd
