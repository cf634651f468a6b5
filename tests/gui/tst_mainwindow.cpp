#include "boardwidget.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QFile>
#include <QLabel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class MainWindowTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsFourStageColumnsInLifecycleOrder()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        SystemClock clock;
        MainWindow window(&store, &clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<StageColumn *> columns = window.board()->findChildren<StageColumn *>();
        QCOMPARE(columns.size(), 4);
        int previousX = -1;
        for (Stage stage : allStages()) {
            StageColumn *c = window.board()->column(stage);
            QVERIFY(c);
            QVERIFY(c->isVisible());
            QVERIFY(c->x() > previousX);
            previousX = c->x();
            QCOMPARE(c->header()->text(), stageName(stage) + QStringLiteral(" · 0"));
            // An empty column says so instead of showing a blank area.
            QVERIFY(c->view()->isShowingPlaceholder());
            QVERIFY(!c->view()->placeholderText().isEmpty());
            QVERIFY(c->width() >= 200);
        }
        // The application icon is compiled into the binary.
        QVERIFY(QFile::exists(QStringLiteral(":/icons/referral-desk.svg")));
        QVERIFY(!window.windowIcon().pixmap(32).isNull());
        QVERIFY(!window.grab().toImage().isNull());
    }

    void columnFollowsItsModel()
    {
        StageColumn column(Stage::Evaluating);
        column.show();
        QStandardItemModel model;
        column.setModel(&model);
        QVERIFY(column.view()->isShowingPlaceholder());
        model.appendRow(new QStandardItem(QStringLiteral("Contoso")));
        QCOMPARE(column.header()->text(), QStringLiteral("Evaluating · 1"));
        QVERIFY(!column.view()->isShowingPlaceholder());
        model.removeRow(0);
        QCOMPARE(column.header()->text(), QStringLiteral("Evaluating · 0"));
        QVERIFY(column.view()->isShowingPlaceholder());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
