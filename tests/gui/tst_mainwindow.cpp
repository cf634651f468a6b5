#include "boardwidget.h"
#include "mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace rd;

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsFourStageColumnsInLifecycleOrder()
    {
        MainWindow window;
        window.resize(1200, 760);
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
            QVERIFY(c->emptyLabel()->isVisible());
            QVERIFY(!c->emptyLabel()->text().isEmpty());
            QVERIFY(c->width() >= 220);
        }
        // The application icon is compiled into the binary.
        QVERIFY(QFile::exists(QStringLiteral(":/icons/referral-desk.svg")));
        QVERIFY(!window.windowIcon().pixmap(32).isNull());
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
    }

    void columnFollowsItsModel()
    {
        StageColumn column(Stage::Evaluating);
        column.show();
        QStandardItemModel model;
        column.setModel(&model);
        QVERIFY(column.emptyLabel()->isVisible());
        model.appendRow(new QStandardItem(QStringLiteral("Contoso")));
        QCOMPARE(column.header()->text(), QStringLiteral("Evaluating · 1"));
        QVERIFY(column.view()->isVisible());
        QVERIFY(!column.emptyLabel()->isVisible());
        model.removeRow(0);
        QCOMPARE(column.header()->text(), QStringLiteral("Evaluating · 0"));
        QVERIFY(column.emptyLabel()->isVisible());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
