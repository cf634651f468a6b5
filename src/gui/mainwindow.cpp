#include "mainwindow.h"

#include "boardwidget.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace rd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/referral-desk.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    statusBar()->showMessage(tr("Not connected to Partner Center."));
}

MainWindow::~MainWindow() = default;

BoardWidget *MainWindow::board() const
{
    return m_ui->board;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Referral Desk"),
        tr("<h3>Referral Desk %1</h3>"
           "<p>Answer Microsoft Partner Center referrals before they are missed.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace rd
