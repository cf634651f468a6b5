// Messages beside fields (and the explanations under them) wrap and are shown whole: a long
// message, as German ones are, takes more lines instead of being cut at the label's edge.

#include "support/referralbuilder.h"
#include "widgets/actiondialogs.h"
#include "widgets/connectdialog.h"
#include "widgets/settingsdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace rd;
using namespace rd::test;

class FieldMessagesTest : public QObject
{
    Q_OBJECT

    /// The labels that carry a message or an explanation for a field.
    static QList<QLabel *> messageLabels(QWidget *dialog)
    {
        QList<QLabel *> out;
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            const QString name = l->objectName();
            if (name.endsWith(QLatin1String("Error")) || name.endsWith(QLatin1String("Hint")))
                out.append(l);
        }
        return out;
    }

    /// Shown whole: as tall as its wrapped text needs at the width it was given.
    static bool shownWhole(const QLabel *label)
    {
        return label->wordWrap() && label->height() >= label->heightForWidth(label->width());
    }

    static QString shots() { return QStringLiteral(QT_TESTCASE_BUILDDIR "/screenshots"); }

    static QString describe(const QLabel *label)
    {
        return QStringLiteral("%1: %2x%3, needs height %4")
            .arg(label->objectName())
            .arg(label->width())
            .arg(label->height())
            .arg(label->heightForWidth(label->width()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto *german = new QTranslator(this);
        QVERIFY(german->load(QStringLiteral(":/i18n/referraldesk_de.qm")));
        QCoreApplication::installTranslator(german);
    }

    void everyMessageLabelWrapsAndMayGrow()
    {
        const Referral referral = ReferralBuilder().inEvaluating().build();
        AcceptDialog accept(referral, Action::Accept, QStringLiteral("EUR"), QDate(2026, 1, 20));
        ReasonDialog reason(referral, Action::Decline, QDate(2026, 1, 20));
        ConnectDialog connect({});
        SettingsDialog settings({});
        for (QDialog *dialog :
            std::initializer_list<QDialog *> { &accept, &reason, &connect, &settings }) {
            const QList<QLabel *> labels = messageLabels(dialog);
            QVERIFY(!labels.isEmpty());
            for (QLabel *l : labels) {
                QVERIFY2(l->wordWrap(), qPrintable(l->objectName()));
                // Never squeezed below the height its text needs; free to take more.
                const QSizePolicy::Policy v = l->sizePolicy().verticalPolicy();
                QVERIFY2(v & QSizePolicy::GrowFlag, qPrintable(l->objectName()));
                QVERIFY2(!(v & QSizePolicy::ShrinkFlag), qPrintable(l->objectName()));
            }
        }
    }

    void aLongMessageOnTheDealValueAndTheClosingDateIsShownWhole()
    {
        const Referral referral = ReferralBuilder().inEvaluating().build();
        AcceptDialog dialog(referral, Action::Accept, QStringLiteral("EUR"), QDate(2026, 1, 20));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.fill(QStringLiteral("zwölf Tausend fünfhundert Euro, ungefähr"),
            QStringLiteral("EUR"), QDate(2026, 1, 1));
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QVERIFY(dialog.isVisible());
        for (const char *name : { "dealValueError", "closingError" }) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY(label);
            QVERIFY2(label->isVisible(), name);
            QVERIFY2(label->text().size() > 40, qPrintable(label->text())); // a long one
            QTRY_VERIFY2(shownWhole(label), qPrintable(describe(label)));
        }
        QDir().mkpath(shots());
        QVERIFY(dialog.grab().save(shots() + QStringLiteral("/accept-errors.png")));
    }

    void theSettingsRangesAndTheirMessagesAreShownWhole()
    {
        SettingsDialog dialog({});
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QSpinBox *>(QStringLiteral("syncInterval"))->setValue(0);
        dialog.findChild<QSpinBox *>(QStringLiteral("undoSeconds"))->setValue(100000);
        QVERIFY(!dialog.apply());
        for (const char *name :
            { "syncIntervalHint", "syncIntervalError", "undoSecondsHint", "undoSecondsError" }) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY(label);
            QVERIFY2(label->isVisible(), name);
            QTRY_VERIFY2(shownWhole(label), qPrintable(describe(label)));
        }
        QDir().mkpath(shots());
        QVERIFY(dialog.grab().save(shots() + QStringLiteral("/settings-errors.png")));
    }
};

QTEST_MAIN(FieldMessagesTest)
#include "tst_fieldmessages.moc"
