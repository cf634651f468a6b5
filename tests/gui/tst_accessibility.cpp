// What a screen reader and a person with low vision get: every focusable control of every window
// has a name (as the accessibility interface reports it, labels' buddies included), cards are read
// out with customer, stage, deadline and the badge's colour in words, the colours pass WCAG AA in
// the light and the dark palette, and the app follows the system's dark mode (the desktop
// portal's color-scheme, served here by a stand-in portal on the test's session bus).

#include "mainwindow.h"
#include "models/archivemodel.h"
#include "models/referrallistmodel.h"
#include "settings/appsettings.h"
#include "settings/connectionsettings.h"
#include "style/appearance.h"
#include "style/colors.h"
#include "support/archiveseed.h"
#include "support/boardfixture.h"
#include "support/referralbuilder.h"
#include "widgets/actiondialogs.h"
#include "widgets/archivewindow.h"
#include "widgets/banner.h"
#include "widgets/carddelegate.h"
#include "widgets/connectdialog.h"
#include "widgets/guidewindow.h"
#include "widgets/insightswindow.h"
#include "widgets/settingsdialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>

using namespace rd;
using namespace rd::test;

namespace {

/// The focusable, enabled, shown controls of `window` that a screen reader would find nameless.
QStringList namelessControls(QWidget *window)
{
    QStringList nameless;
    QList<QWidget *> widgets { window };
    widgets += window->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isEnabled() || !w->isVisibleTo(window)
            || (w != window && w->isWindow()))
            continue;
        // A date field's or an editable list's own line edit is said as that control, which is
        // checked itself.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(QStringLiteral("%1 \"%2\" (%4) in %3")
                                .arg(QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName(),
                                    w->parentWidget()
                                        ? QString::fromLatin1(
                                            w->parentWidget()->metaObject()->className())
                                        : QString(),
                                    iface ? QString::fromLatin1(typeid(*iface).name())
                                          : QStringLiteral("no interface")));
    }
    return nameless;
}

/// A stand-in for the desktop portal's Settings interface: the colour scheme a test sets.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint scheme = 1; // prefers dark

    void change(uint next)
    {
        scheme = next;
        emit SettingChanged(QStringLiteral("org.freedesktop.appearance"),
            QStringLiteral("color-scheme"), QDBusVariant(QVariant(next)));
    }

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QLatin1String("org.freedesktop.appearance")
            && key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(scheme))));
        return QDBusVariant(QVariant(QString()));
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

} // namespace

class AccessibilityTest : public BoardFixture
{
    Q_OBJECT

    Store m_archive;
    TestClock m_insightsClock { utc(2026, 3, 20, 12, 0) };

    void checkNamed(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QStringList nameless = namelessControls(window);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    }

    static QList<QPalette> palettes()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return { fusion->standardPalette(), Appearance::darkPalette() };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!m_archive.open(m_dir.filePath(QStringLiteral("archive.sqlite"))));
        const QList<Referral> referrals = archivedReferrals(
            5, QStringLiteral("Customer"), { QStringLiteral("Lost"), QStringLiteral("Won") });
        QCOMPARE(m_archive.upsert(referrals).size(), referrals.size());
    }

    void boardControlsAreNamed()
    {
        start(5);
        QVERIFY(m_window->select(QStringLiteral("n0"))); // the details pane's action buttons
        checkNamed(m_window.get());
        stop();
    }

    void archiveControlsAreNamed()
    {
        ArchiveWindow window(&m_archive);
        QTRY_COMPARE(window.model()->rowCount(), 5);
        checkNamed(&window);
    }

    void insightsControlsAreNamed()
    {
        InsightsWindow window(&m_archive, &m_insightsClock);
        window.setPeriodDays(0); // the custom range's dates are enabled, so checked too
        checkNamed(&window);
    }

    void settingsControlsAreNamed()
    {
        SettingsDialog dialog { AppSettings() };
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        dialog.show();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i); // each tab's fields are shown only on it
            checkNamed(&dialog);
        }
    }

    void dialogControlsAreNamed()
    {
        ConnectDialog connect { ConnectionSettings() };
        checkNamed(&connect);
        GuideWindow guide;
        checkNamed(&guide);
        const Referral evaluating = ReferralBuilder().inEvaluating().build();
        AcceptDialog accept(evaluating, Action::Accept, QStringLiteral("EUR"), QDate(2026, 3, 2));
        checkNamed(&accept);
        ReasonDialog decline(evaluating, Action::Decline, QDate(2026, 3, 2));
        checkNamed(&decline);
    }

    void cardsSayCustomerStageDeadlineAndUrgency()
    {
        start(5);
        auto *view = m_window->board()->column(Stage::New)->view();
        const QModelIndex card = this->card(Stage::New, QStringLiteral("n0"));
        QVERIFY(card.isValid());
        const QString badge = card.data(ReferralListModel::BadgeTextRole).toString();
        const QString meaning = ReferralListModel::badgeMeaning(
            Badge(card.data(ReferralListModel::BadgeRole).toInt()));
        QVERIFY(!badge.isEmpty());
        QVERIFY(!meaning.isEmpty());
        // As the accessibility interface of the column's list hands it to a screen reader.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
        QVERIFY(list);
        QString said;
        for (int i = 0; i < list->childCount(); ++i) {
            const QString name = list->child(i)->text(QAccessible::Name);
            if (name.contains(QStringLiteral("New customer 0")))
                said = name;
        }
        QVERIFY2(said.contains(QStringLiteral("Stage: New")), qPrintable(said));
        QVERIFY2(said.contains(badge), qPrintable(said));
        QVERIFY2(said.contains(meaning), qPrintable(said));
        // What the card shows below the names: the deal's value and currency.
        const QModelIndex negotiating = this->card(Stage::Negotiating, QStringLiteral("g0"));
        QVERIFY2(negotiating.data(Qt::AccessibleDescriptionRole)
                     .toString()
                     .contains(QStringLiteral("EUR")),
            qPrintable(negotiating.data(Qt::AccessibleDescriptionRole).toString()));
        stop();
    }

    void badgeMeaningsDifferWhereColoursDo()
    {
        // Every colour a badge can have has its own words (None has neither).
        QHash<QRgb, QString> wordsOf;
        for (Badge b : { Badge::OnTime, Badge::RespondSoon, Badge::Late, Badge::Missing,
                 Badge::DecideSoon, Badge::Expiring, Badge::Closing, Badge::Overdue,
                 Badge::Lapsed }) {
            const QRgb colour = CardDelegate::badgeColors(int(b)).first.rgb();
            const QString words = ReferralListModel::badgeMeaning(b);
            QVERIFY(!words.isEmpty());
            if (wordsOf.contains(colour))
                QCOMPARE(words, wordsOf.value(colour));
            for (auto it = wordsOf.cbegin(); it != wordsOf.cend(); ++it) {
                if (it.key() != colour)
                    QVERIFY2(it.value() != words, qPrintable(words));
            }
            wordsOf.insert(colour, words);
        }
    }

    void coloursPassAaInLightAndDark()
    {
        for (const QPalette &pal : palettes()) {
            const QString which = Colors::isDark(pal) ? QStringLiteral("dark")
                                                      : QStringLiteral("light");
            auto check = [&](const QString &what, const QColor &fg, const QColor &bg) {
                const double ratio = Colors::contrastRatio(fg, bg);
                QVERIFY2(ratio >= 4.5,
                    qPrintable(QStringLiteral("%1 %2: %3 on %4 is %5:1")
                                   .arg(which, what, fg.name(), bg.name())
                                   .arg(ratio, 0, 'f', 2)));
            };
            for (bool selected : { false, true }) {
                const QColor card = Colors::cardBackground(pal, selected);
                check(QStringLiteral("card text"), pal.color(QPalette::Text), card);
                check(QStringLiteral("card place line"), Colors::mutedText(pal, card), card);
            }
            check(QStringLiteral("card button"), pal.color(QPalette::ButtonText),
                pal.color(QPalette::Button));
            check(QStringLiteral("window text"), pal.color(QPalette::WindowText),
                pal.color(QPalette::Window));
            check(QStringLiteral("field error"), Colors::errorText(pal),
                pal.color(QPalette::Window));
            for (bool warning : { false, true }) {
                const auto [bg, fg] = Colors::notice(pal, warning);
                check(QStringLiteral("notice"), fg, bg);
            }
            for (int b = int(Badge::None); b <= int(Badge::Lapsed); ++b) {
                const auto [bg, fg] = CardDelegate::badgeColors(b);
                check(QStringLiteral("badge %1").arg(b), fg, bg);
            }
            for (bool conflict : { false, true }) {
                const auto [bg, fg] = CardDelegate::markColors(conflict);
                check(QStringLiteral("mark"), fg, bg);
            }
            for (Fit::Level level : { Fit::Level::Unknown, Fit::Level::Low, Fit::Level::Medium,
                     Fit::Level::High }) {
                const auto [bg, fg] = CardDelegate::fitColors(level);
                check(QStringLiteral("fit %1").arg(int(level)), fg, bg);
            }
        }
        // And the ratio itself: black on white is the largest there is.
        QCOMPARE(qRound(Colors::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(Colors::contrastRatio(Qt::white, Qt::white), 1.0);
    }

    void followsTheSystemsDarkMode()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (scripts/test runs the GUI tests with one)");
        // The portal on a connection of its own, as another process would be.
        QDBusConnection bus = QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("fake-portal"));
        QVERIFY(bus.isConnected());
        FakePortal portal;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));

        const QPalette platform = QApplication::palette();
        QVERIFY(!Colors::isDark(platform));
        // Inside a window, as the board's banner and a dialog's field message are.
        QWidget window;
        auto *banner = new Banner(Banner::Tone::Information, &window);
        banner->showMessage(QStringLiteral("Hello"));
        auto *error = new QLabel(&window);
        showFieldError(error, QStringLiteral("Enter a value."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!Colors::isDark(banner->palette()));
        QCOMPARE(error->palette().color(QPalette::WindowText), Colors::errorText(platform));

        Appearance appearance;
        appearance.follow();
        // The portal says dark: the windows, and the banner's tint, turn dark.
        QTRY_VERIFY(Colors::isDark(QApplication::palette()));
        QCOMPARE(appearance.scheme(), Appearance::Scheme::Dark);
        QTRY_VERIFY(Colors::isDark(banner->palette()));
        QTRY_COMPARE(error->palette().color(QPalette::WindowText),
            Colors::errorText(Appearance::darkPalette()));
        QVERIFY(Colors::contrastRatio(error->palette().color(QPalette::WindowText),
                    error->palette().color(QPalette::Window))
            >= 4.5);
        // The system goes back to light: so does the app, with the palette it had.
        portal.change(2);
        QTRY_COMPARE(appearance.scheme(), Appearance::Scheme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QTRY_VERIFY(!Colors::isDark(banner->palette()));
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), Colors::errorText(platform));

        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
