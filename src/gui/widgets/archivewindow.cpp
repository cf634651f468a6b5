#include "archivewindow.h"

#include "detailspane.h"
#include "domain/labels.h"
#include "export/csvwriter.h"
#include "models/archivemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
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
#include <QVBoxLayout>

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
    , m_table(new QTableView(this))
    , m_details(new DetailsPane(this))
    , m_typing(new QTimer(this))
{
    setWindowTitle(tr("Archive — Referral Desk"));
    setObjectName(QStringLiteral("archive"));
    resize(1200, 720);

    m_search->setPlaceholderText(
        tr("Search customers, referrals, notes, cities, products, contacts"));
    m_search->setAccessibleName(tr("Search the archive"));
    m_search->setClearButtonEnabled(true);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("All outcomes"), -1);
    for (Outcome o : { Outcome::Won, Outcome::Lost, Outcome::Skipped, Outcome::Declined,
             Outcome::Missed, Outcome::Expired, Outcome::Error })
        m_outcome->addItem(outcomeName(o), int(o));
    m_country->setAccessibleName(tr("Country"));
    m_size->setAccessibleName(tr("Company size"));
    m_product->setPlaceholderText(tr("Product or solution"));
    m_product->setAccessibleName(tr("Product or solution"));
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("Any"));
        d->setDate(kAnyDate);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("Closed from"));
    m_to->setAccessibleName(tr("Closed until"));
    m_count->setTextFormat(Qt::PlainText);

    auto *exportButton = new QPushButton(tr("Export to CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &ArchiveWindow::exportWithDialog);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_outcome, 1);
    filters->addWidget(m_country, 1);
    filters->addWidget(m_size, 1);
    filters->addWidget(m_product, 1);
    filters->addWidget(new QLabel(tr("Closed:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArchiveModel::Closed, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Archived referrals"));
    for (int c : { int(ArchiveModel::Customer), int(ArchiveModel::Name) })
        m_table->setColumnWidth(c, 200);
    // Room for the longest company size the service sends, as this language writes it.
    m_table->setColumnWidth(ArchiveModel::Size,
        m_table->fontMetrics().horizontalAdvance(
            Labels::companySize(QStringLiteral("5001to10000employees")))
            + 16);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(exportButton);

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
    connect(m_model, &ArchiveModel::matchCountChanged, this, [this](int n) {
        m_count->setText(n == 1 ? tr("1 archived referral")
                                : tr("%1 archived referrals").arg(QLocale().toString(n)));
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
    reload();
}

void ArchiveWindow::reload()
{
    const QString country = m_country->currentData().toString();
    const QString size = m_size->currentData().toString();
    const QSignalBlocker b1(m_country), b2(m_size);
    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    // The store lists codes in the order of the codes; a person looks for names, and for sizes
    // from small to large.
    QStringList countries = m_store->archiveValues("country");
    Labels::sortCountries(countries);
    for (const QString &c : std::as_const(countries))
        m_country->addItem(Labels::countryName(c), c);
    m_size->clear();
    m_size->addItem(tr("All sizes"), QString());
    QStringList sizes = m_store->archiveValues("size");
    Labels::sortCompanySizes(sizes);
    for (const QString &s : std::as_const(sizes))
        m_size->addItem(Labels::companySize(s), s);
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    m_size->setCurrentIndex(std::max(0, m_size->findData(size)));
    applyFilter();
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
    // Typed text ranks by relevance until the person picks a column to sort by.
    m_model->setFilter(f);
}

bool ArchiveWindow::exportTo(
    const QString &path, QString *error, const std::function<bool(int, int)> &progress)
{
    CsvWriter csv(path);
    if (!csv.open()) {
        *error = tr("%1 cannot be written: %2").arg(path, csv.errorString());
        return false;
    }
    QStringList header;
    for (int c = 0; c < ArchiveModel::ColumnCount; ++c)
        header.append(m_model->headerData(c, Qt::Horizontal).toString());
    csv.writeRow(header);
    const int total = m_model->matchCount();
    int done = 0;
    for (int offset = 0; offset < total; offset += 1000) {
        const QList<ArchiveRow> page = m_store->archive(
            m_model->filter(), m_model->sortColumn(), m_model->sortOrder(), offset, 1000);
        for (const ArchiveRow &r : page) {
            QStringList cells;
            for (int c = 0; c < ArchiveModel::ColumnCount; ++c)
                cells.append(ArchiveModel::cellText(r, c));
            csv.writeRow(cells);
        }
        done += int(page.size());
        if (progress && !progress(done, total)) {
            csv.cancel();
            *error = tr("Export cancelled; no file was written.");
            return false;
        }
        if (page.size() < 1000)
            break;
    }
    if (!csv.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, csv.errorString());
        return false;
    }
    return true;
}

void ArchiveWindow::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export archive"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/referrals.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(
        tr("Exporting archived referrals…"), tr("Cancel"), 0, m_model->matchCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QString error;
    const bool ok = exportTo(path, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!ok)
        QMessageBox::warning(this, tr("Export archive"), error);
}

} // namespace rd
