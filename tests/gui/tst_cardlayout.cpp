// A card's deal in a real board column: a long value and its closing date are drawn whole (never
// elided) at the column's minimum width and at the width a 1280-wide window gives, in English,
// German and French; the card is as tall as its lines, the badge, marks and buttons stay below
// them, and a column that narrows lays its cards out again. What the delegate draws is recorded
// through a paint engine of our own, so the test reads the very strings paint() hands to the
// painter.

#include "boardwidget.h"
#include "domain/lifecycle.h"
#include "domain/money.h"
#include "models/referrallistmodel.h"
#include "models/stageproxy.h"
#include "store/store.h"
#include "support/referralbuilder.h"
#include "widgets/carddelegate.h"

#include <QPaintEngine>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace rd;
using namespace rd::test;

namespace {

constexpr MinorUnits kLongValue = 123'456'789'012; // 1 234 567 890.12
/// The longest a deal value can be written: 999 999 999 999.999 KWD, three decimals.
constexpr MinorUnits kLongestDinars = 999'999'999'999'999;
const QDate kClosing(2026, 12, 31);

/// One line of text as drawn: the pieces on one baseline (a fallback font splits a line).
struct DrawnLine
{
    qreal baseline = 0;
    qreal left = 0;
    qreal right = 0;
    QString text;
};

/// Records every piece of text the painter is asked to draw, and nothing else.
class TextRecorder final : public QPaintEngine
{
public:
    TextRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPath(const QPainterPath &) override { }
    using QPaintEngine::drawPolygon;
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawTextItem(const QPointF &at, const QTextItem &item) override
    {
        pieces.append({ at.y(), at.x(), at.x() + item.width(), item.text() });
    }
    Type type() const override { return QPaintEngine::User; }

    QList<DrawnLine> pieces;
};

/// A paint device with the same resolution as a widget, so fonts measure as they do on screen.
class TextCapture final : public QPaintDevice
{
public:
    explicit TextCapture(const QWidget *like)
        : m_like(like)
    {
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }

    /// The drawn lines, top to bottom, each left to right; pieces apart on one baseline (a badge
    /// and a mark, two buttons) are lines of their own.
    QList<DrawnLine> lines() const
    {
        QMap<int, QList<DrawnLine>> byBaseline;
        for (const DrawnLine &piece : std::as_const(m_engine.pieces))
            byBaseline[qRound(piece.baseline)].append(piece);
        QList<DrawnLine> out;
        for (QList<DrawnLine> pieces : std::as_const(byBaseline)) {
            std::sort(pieces.begin(), pieces.end(),
                [](const DrawnLine &a, const DrawnLine &b) { return a.left < b.left; });
            DrawnLine line = pieces.first();
            for (qsizetype i = 1; i < pieces.size(); ++i) {
                if (pieces.at(i).left > line.right + 1) {
                    out.append(std::exchange(line, pieces.at(i)));
                    continue;
                }
                line.text += pieces.at(i).text;
                line.right = std::max(line.right, pieces.at(i).right);
            }
            out.append(line);
        }
        return out;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 2000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 2000 * 254 / (10 * m_like->logicalDpiX());
        case PdmDpiX:
        case PdmPhysicalDpiX:
            return m_like->logicalDpiX();
        case PdmDpiY:
        case PdmPhysicalDpiY:
            return m_like->logicalDpiY();
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            break;
        }
        return QPaintDevice::metric(metric);
    }

private:
    const QWidget *m_like;
    mutable TextRecorder m_engine;
};

} // namespace

class CardLayoutTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestClock m_clock { utc(2026, 12, 1, 9, 0) };
    int m_run = 0;
    QTranslator *m_translator = nullptr;

    void useLocale(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        if (locale.language() == QLocale::English)
            return;
        // The strings the app ships in that language, so the card holds what its reader sees.
        m_translator = new QTranslator(this);
        QVERIFY(m_translator->load(
            locale, QStringLiteral("referraldesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(m_translator);
    }

    /// A store with one referral in Negotiating, the long deal closing on 31 Dec 2026.
    void fill(Store &store, bool pending, MinorUnits value = kLongValue,
        const QString &currency = QStringLiteral("EUR"))
    {
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_run))));
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("big"))
                           .inNegotiating(value, currency, kClosing)
                           .created(m_clock.now().addDays(-20))
                           .updated(m_clock.now().addDays(-2)) });
        if (!pending)
            return;
        ActionInput input;
        input.dealValue = value;
        input.currency = currency;
        input.closingDate = kClosing;
        input.note = QStringLiteral("Budget approved");
        QVERIFY(
            store.applyAction(QStringLiteral("big"), Action::EditDeal, input, m_clock.now()).ok());
    }

    static QStyleOptionViewItem optionFor(ColumnView *view, const QModelIndex &index)
    {
        // What QAbstractItemView::initViewItemOption gives the delegate.
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        option.font = view->font();
        option.rect = view->visualRect(index);
        return option;
    }

    /// The card's height as the delegate asks for it in this view, at the view's current width.
    static int hintedHeight(ColumnView *view, const QModelIndex &index)
    {
        QStyleOptionViewItem option = optionFor(view, index);
        option.rect = QRect(); // as a list view asks while laying out
        return view->itemDelegate()->sizeHint(option, index).height();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator);
            delete std::exchange(m_translator, nullptr);
        }
    }

    void theDealIsDrawnWhole_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("columnWidth");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("currency");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale french(QLocale::French, QLocale::France);
        // 200: the columns' minimum width (the list inside is ~185); 340: Negotiating's share of
        // a 1280-wide window.
        const QString eur = QStringLiteral("EUR");
        const QString kwd = QStringLiteral("KWD");
        QTest::newRow("en, minimum width") << english << 200 << false << kLongValue << eur;
        QTest::newRow("en, 1280 window") << english << 340 << false << kLongValue << eur;
        QTest::newRow("de, minimum width") << german << 200 << false << kLongValue << eur;
        QTest::newRow("de, 1280 window") << german << 340 << false << kLongValue << eur;
        QTest::newRow("en, 1280 window, pending") << english << 340 << true << kLongValue << eur;
        QTest::newRow("de, minimum width, pending") << german << 200 << true << kLongValue << eur;
        QTest::newRow("fr, minimum width") << french << 200 << false << kLongValue << eur;
        QTest::newRow("fr, 1280 window") << french << 340 << false << kLongValue << eur;
        QTest::newRow("fr, minimum width, pending") << french << 200 << true << kLongValue << eur;
        QTest::newRow("en, minimum width, KWD") << english << 200 << false << kLongestDinars << kwd;
        QTest::newRow("de, minimum width, KWD, pending")
            << german << 200 << true << kLongestDinars << kwd;
    }

    void theDealIsDrawnWhole()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, columnWidth);
        QFETCH(bool, pending);
        QFETCH(qint64, value);
        QFETCH(QString, currency);
        useLocale(locale);
        Store store;
        fill(store, pending, value, currency);
        ReferralListModel model(&store, &m_clock, DeadlinePolicy({}, QTimeZone::utc()));
        model.reload();
        StageProxy proxy(Stage::Negotiating);
        proxy.setSourceModel(&model);
        StageColumn column(Stage::Negotiating);
        column.setModel(&proxy);
        column.resize(columnWidth, 700);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        ColumnView *view = column.view();
        const QModelIndex card = proxy.index(0, 0);
        QVERIFY(card.isValid());
        QCOMPARE(card.data(ReferralListModel::PendingRole).toBool(), pending);

        // Laid out at this width: the card is as tall as the delegate asks for and fits the list.
        QTRY_COMPARE(view->visualRect(card).height(), hintedHeight(view, card));
        const QStyleOptionViewItem option = optionFor(view, card);
        QVERIFY(option.rect.left() >= 0);
        QVERIFY2(option.rect.right() < view->viewport()->width(),
            qPrintable(QStringLiteral("card %1 px wide in a %2 px list")
                           .arg(option.rect.width())
                           .arg(view->viewport()->width())));

        TextCapture capture(view);
        QPainter painter(&capture);
        view->itemDelegate()->paint(&painter, option, card);
        painter.end();
        const QList<DrawnLine> lines = capture.lines();

        const QString shown = Money::format(value, currency);
        const QString date = QLocale().toString(kClosing, QLocale::ShortFormat);
        auto lineWith = [&](const QString &part) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).text.contains(part))
                    return i;
            }
            return qsizetype(-1);
        };
        QStringList drawn;
        for (const DrawnLine &l : lines)
            drawn.append(l.text);
        const qsizetype valueLine = lineWith(shown);
        const qsizetype dateLine = lineWith(date);
        QVERIFY2(valueLine >= 0, qPrintable(drawn.join(QLatin1String(" | "))));
        QVERIFY2(dateLine >= 0, qPrintable(drawn.join(QLatin1String(" | "))));

        // Whole and inside the card's text area, which ends 8 px before its right edge.
        const int textRight = option.rect.right() - 8 + 1;
        for (qsizetype i : { valueLine, dateLine }) {
            const DrawnLine &l = lines.at(i);
            QVERIFY2(!l.text.contains(QChar(0x2026)), qPrintable(l.text));
            QVERIFY2(l.left >= option.rect.left() && l.right <= textRight,
                qPrintable(QStringLiteral("“%1” spans %2–%3, the card's text %4–%5")
                               .arg(l.text)
                               .arg(l.left)
                               .arg(l.right)
                               .arg(option.rect.left())
                               .arg(textRight)));
        }
        // Exactly the lines the delegate reports, each within the width it was given.
        const QFontMetrics fm(option.font);
        const int width = CardDelegate::textWidth(option.rect.width());
        const QStringList deal = CardDelegate::dealLines(card, option.font, width);
        QVERIFY(!deal.isEmpty());
        for (const QString &line : deal) {
            QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
            QVERIFY2(drawn.contains(line), qPrintable(line));
        }

        // Below the deal: the badge (and the mark), then the buttons, all inside the card.
        const qsizetype lastDeal = std::max(valueLine, dateLine);
        const qsizetype badgeLine
            = lineWith(card.data(ReferralListModel::BadgeTextRole).toString());
        QVERIFY2(badgeLine > lastDeal, qPrintable(drawn.join(QLatin1String(" | "))));
        qsizetype lastPill = badgeLine;
        if (pending) {
            // Whole, beside the badge or on a row of its own below it.
            lastPill = lineWith(CardDelegate::tr("Pending"));
            QVERIFY2(lastPill >= badgeLine, qPrintable(drawn.join(QLatin1String(" | "))));
        }
        const auto buttons = CardDelegate::buttons(option, card);
        QCOMPARE(buttons.size(), 2); // Won, Lost
        for (const auto &[action, rect] : buttons) {
            QVERIFY(option.rect.contains(rect));
            QVERIFY(rect.top() >= lines.at(lastPill).baseline + fm.descent());
            // paint() draws each label on the button buttons() reports (clicks land there).
            const qsizetype label = lineWith(Lifecycle::actionName(action));
            QVERIFY2(label > badgeLine, qPrintable(Lifecycle::actionName(action)));
            QVERIFY(rect.contains(QPoint(qRound(lines.at(label).left), rect.center().y())));
        }
    }

    void aLongPlaceWrapsInsteadOfLosingTheSize()
    {
        Store store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("place.sqlite"))));
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("far"))
                           .set("customerProfile",
                               QJsonObject { { QStringLiteral("name"), QStringLiteral("Contoso") },
                                   { QStringLiteral("size"), QStringLiteral("10000plusemployees") },
                                   { QStringLiteral("address"),
                                       QJsonObject { { QStringLiteral("country"),
                                           QStringLiteral("GB") } } } })
                           .created(m_clock.now().addSecs(-3600)) });
        ReferralListModel model(&store, &m_clock, DeadlinePolicy({}, QTimeZone::utc()));
        model.reload();
        const QModelIndex card = model.index(0, 0);
        const QString place = card.data(ReferralListModel::PlaceRole).toString();
        QVERIFY2(place.contains(QStringLiteral(" · ")), qPrintable(place));
        const QFont font;
        const int wide = QFontMetrics(font).horizontalAdvance(place) + 10;
        QCOMPARE(CardDelegate::placeLines(card, font, wide), QStringList { place });
        // Too narrow for both: the country and the size on a line each, neither dropped.
        const QStringList two = CardDelegate::placeLines(card, font, wide / 2);
        QVERIFY2(two.size() >= 2, qPrintable(two.join(QLatin1Char('|'))));
        QCOMPARE(two.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts),
            QString(place).remove(QStringLiteral(" ·")).split(QLatin1Char(' '), Qt::SkipEmptyParts));
        for (const QString &line : two)
            QVERIFY2(QFontMetrics(font).horizontalAdvance(line) <= wide / 2, qPrintable(line));
        // Narrower than the size itself (the Archived column beside a wide board): the size wraps
        // at its spaces, every line fits, and no word is dropped or elided.
        const QString size = place.mid(place.indexOf(QStringLiteral(" · ")) + 3);
        QVERIFY2(size.contains(QLatin1Char(' ')), qPrintable(size));
        const int narrow = QFontMetrics(font).horizontalAdvance(size) * 2 / 3;
        const QStringList many = CardDelegate::placeLines(card, font, narrow);
        QVERIFY2(many.size() >= 3, qPrintable(many.join(QLatin1Char('|'))));
        for (const QString &line : many)
            QVERIFY2(QFontMetrics(font).horizontalAdvance(line) <= narrow, qPrintable(line));
        QCOMPARE(many.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts),
            QString(place).remove(QStringLiteral(" ·")).split(QLatin1Char(' '), Qt::SkipEmptyParts));
        // The card is a line taller for it.
        QStyleOptionViewItem option;
        option.font = font;
        option.rect = QRect(0, 0, wide * 3 / 4 + 30, 100);
        QCOMPARE(CardDelegate::placeLines(card, font, CardDelegate::textWidth(option.rect.width()))
                     .size(),
            2);
        CardDelegate delegate;
        const int narrowHeight = delegate.sizeHint(option, card).height();
        option.rect.setWidth(wide + 60);
        QCOMPARE(narrowHeight - delegate.sizeHint(option, card).height(),
            QFontMetrics(font).height() + 2);
    }

    void aNarrowingColumnLaysItsCardsOutAgain()
    {
        Store store;
        fill(store, false);
        store.upsert({ ReferralBuilder()
                           .set("id", QStringLiteral("next"))
                           .inNegotiating(kLongValue, QStringLiteral("EUR"), kClosing.addDays(30))
                           .created(m_clock.now().addDays(-10))
                           .updated(m_clock.now().addDays(-1)) });
        ReferralListModel model(&store, &m_clock, DeadlinePolicy({}, QTimeZone::utc()));
        model.reload();
        StageProxy proxy(Stage::Negotiating);
        proxy.setSourceModel(&model);
        StageColumn column(Stage::Negotiating);
        column.setModel(&proxy);
        column.resize(340, 700);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        ColumnView *view = column.view();
        QCOMPARE(proxy.rowCount(), 2);
        const QModelIndex card = proxy.index(0, 0);
        const QModelIndex below = proxy.index(1, 0);
        QTRY_COMPARE(view->visualRect(card).height(), hintedHeight(view, card));
        const int wide = view->visualRect(card).height();
        QVERIFY(view->visualRect(below).top() > view->visualRect(card).bottom());
        QCOMPARE(CardDelegate::dealLines(
                     card, view->font(), CardDelegate::textWidth(view->visualRect(card).width()))
                     .size(),
            1); // value and date side by side

        column.resize(200, 700);
        // The deal now needs two lines: the card grows to match, the card below it moves down
        // (rather than covering the grown card's foot), and both stay inside the list.
        QTRY_VERIFY(view->visualRect(below).top() > view->visualRect(card).bottom());
        QCOMPARE(view->visualRect(card).height(), hintedHeight(view, card));
        QVERIFY(view->visualRect(card).height() > wide);
        QVERIFY(view->visualRect(card).right() < view->viewport()->width());
        QCOMPARE(CardDelegate::dealLines(
                     card, view->font(), CardDelegate::textWidth(view->visualRect(card).width()))
                     .size(),
            2);

        // A click on a painted button still reaches the action.
        QSignalSpy clicked(view->cardDelegate(), &CardDelegate::actionClicked);
        QStyleOptionViewItem option = optionFor(view, card);
        const auto buttons = CardDelegate::buttons(option, card);
        QCOMPARE(buttons.size(), 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, buttons.first().second.center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().at(0).toString(), card.data(ReferralListModel::IdRole).toString());
        QCOMPARE(clicked.first().at(1).value<Action>(), Action::Won);
    }
};

QTEST_MAIN(CardLayoutTest)
#include "tst_cardlayout.moc"
