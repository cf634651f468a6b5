#include "carddelegate.h"

#include "domain/lifecycle.h"
#include "domain/money.h"
#include "domain/types.h"
#include "models/referrallistmodel.h"
#include "style/colors.h"

#include <QApplication>
#include <QHash>
#include <QListView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace rd {

QPair<QColor, QColor> CardDelegate::markColors(bool conflict)
{
    return conflict ? qMakePair(QColor(0xC4, 0x2B, 0x1C), QColor(Qt::white))
                    : qMakePair(QColor(0x1F, 0x5F, 0xA8), QColor(Qt::white));
}

QPair<QColor, QColor> CardDelegate::fitColors(Fit::Level level)
{
    // Teal, apart from the deadline badges' green to red: a fit is not an urgency.
    switch (level) {
    case Fit::Level::High:
        return { QColor(0x0B, 0x6E, 0x69), QColor(Qt::white) };
    case Fit::Level::Medium:
        return { QColor(0xD5, 0xEE, 0xEC), QColor(0x0B, 0x4F, 0x4B) };
    case Fit::Level::Low:
        return { QColor(0xEC, 0xEC, 0xEC), QColor(0x4A, 0x4A, 0x4A) };
    case Fit::Level::Unknown:
        break;
    }
    return { QColor(0xF6, 0xF6, 0xF6), QColor(0x5C, 0x5C, 0x5C) };
}

namespace {
constexpr int kPadding = 8;
constexpr int kRadius = 6;
constexpr int kMinWidth = 120; ///< no column is narrower; keeps a transient layout sane

/// The width the card for `option` has, also when the view asks for a size hint: a list view
/// passes its layout bounds then (which leave room for a scroll bar that may not be there), but
/// makes each card as wide as its viewport less the spacing on both sides.
int cardWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QListView *>(option.widget);
        view && view->flow() == QListView::TopToBottom && !view->isWrapping())
        width = view->viewport()->width() - 2 * view->spacing();
    return std::max(width, kMinWidth);
}

/// QFontMetrics::horizontalAdvance, remembered per font and text. A list view asks every card
/// for its size hint on each layout, and any card's change lays its whole column out again;
/// shaping the same few strings every time (~10 us each) was most of that cost. GUI thread only.
int advance(const QFont &font, const QString &text)
{
    struct Widths
    {
        QFont font;
        QHash<QString, int> byText;
    };
    static QList<Widths> cache; // a few fonts: the card's and its pills'
    auto it
        = std::find_if(cache.begin(), cache.end(), [&](const Widths &w) { return w.font == font; });
    if (it == cache.end()) {
        if (cache.size() >= 4)
            cache.removeFirst();
        cache.append({ font, {} });
        it = std::prev(cache.end());
    }
    if (it->byText.size() >= 20000)
        it->byText.clear(); // values, dates and badges change over time: keep it bounded
    if (const auto known = it->byText.constFind(text); known != it->byText.cend())
        return *known;
    const int width = QFontMetrics(font).horizontalAdvance(text);
    it->byText.insert(text, width);
    return width;
}

/// Whether `text` is drawn whole in `width`: paint() elides with QFontMetrics::elidedText, which
/// measures a little differently from horizontalAdvance (seen: "Südkorea · 251–1.000
/// Mitarbeitende" at its exact advance was elided), so near the edge ask it.
bool fits(const QFont &font, const QString &text, int width)
{
    const int w = advance(font, text);
    if (w > width)
        return false;
    return w + 2 < width || QFontMetrics(font).elidedText(text, Qt::ElideRight, width) == text;
}

/// `text` in lines no wider than `width`, broken at spaces; a word wider than a whole line is cut
/// where it stops fitting rather than elided.
QStringList wrapped(const QString &text, const QFont &font, int width)
{
    if (fits(font, text, width))
        return { text };
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fits(font, joined, width)) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line = word;
        while (line.size() > 1 && !fits(font, line, width)) {
            qsizetype fit = 1;
            while (fit + 1 < line.size() && fits(font, line.left(fit + 1), width))
                ++fit;
            if (line.at(fit - 1).isHighSurrogate() && fit > 1)
                --fit; // never split a character outside the basic plane
            lines.append(line.left(fit));
            line = line.mid(fit);
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    auto *view = qobject_cast<QAbstractItemView *>(parent);
    if (!view)
        return;
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    // The view answers sizeHintChanged by laying every card out again, with the new width.
    connect(m_relayout, &QTimer::timeout, this, [this] { emit sizeHintChanged(QModelIndex()); });
    view->viewport()->installEventFilter(this);
}

bool CardDelegate::eventFilter(QObject *watched, QEvent *event)
{
    const auto *view = qobject_cast<QAbstractItemView *>(parent());
    if (m_relayout && view && watched == view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_relayout->start();
        return false;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

int CardDelegate::textWidth(int cardWidth)
{
    return cardWidth - (kPadding + 2) - kPadding; // as paint() insets the text
}

QStringList CardDelegate::placeLines(const QModelIndex &index, const QFont &font, int width)
{
    // "Vereinigtes Königreich · 10.001+ Mitarbeitende" rarely fits one line of a card: the
    // country and the company size then take a line each rather than losing the size, and a part
    // still wider than a narrow column ("5,001–10,000 employees") wraps at its spaces.
    const QString place = index.data(ReferralListModel::PlaceRole).toString();
    if (place.isEmpty())
        return {};
    if (fits(font, place, width))
        return { place };
    QStringList lines;
    for (const QString &part : place.split(QStringLiteral(" · "), Qt::SkipEmptyParts))
        lines.append(wrapped(part, font, width));
    return lines;
}

QStringList CardDelegate::dealLines(const QModelIndex &index, const QFont &font, int width)
{
    QStringList parts;
    const QVariant value = index.data(ReferralListModel::DealValueRole);
    if (value.isValid())
        parts.append(Money::format(
            value.toLongLong(), index.data(ReferralListModel::CurrencyRole).toString()));
    const QDate closing = index.data(ReferralListModel::ClosingRole).toDate();
    if (closing.isValid())
        //: On a card, the day its deal is expected to close
        parts.append(tr("Closes %1").arg(QLocale().toString(closing, QLocale::ShortFormat)));
    if (parts.size() == 2) {
        //: On a card, when both fit on one line: the deal value, then "Closes <date>"
        const QString both = tr("%1 · %2").arg(parts.at(0), parts.at(1));
        if (fits(font, both, width))
            return { both };
    }
    QStringList lines;
    for (const QString &part : std::as_const(parts))
        lines.append(wrapped(part, font, width));
    return lines;
}

QPair<QColor, QColor> CardDelegate::badgeColors(int badge)
{
    switch (Badge(badge)) {
    case Badge::OnTime:
        return { QColor(0xE3, 0xF1, 0xE4), QColor(0x1E, 0x5E, 0x25) };
    case Badge::RespondSoon:
    case Badge::DecideSoon:
    case Badge::Closing:
        return { QColor(0xFF, 0xF1, 0xCC), QColor(0x7A, 0x4E, 0x00) };
    case Badge::Late:
    case Badge::Overdue:
        return { QColor(0xFF, 0xDF, 0xC4), QColor(0x8A, 0x32, 0x00) };
    case Badge::Missing:
    case Badge::Expiring:
        return { QColor(0xD9, 0x38, 0x2C), QColor(Qt::white) };
    case Badge::Lapsed:
        return { QColor(0x6B, 0x6B, 0x6B), QColor(Qt::white) };
    case Badge::None:
        break;
    }
    return { QColor(0xEE, 0xEE, 0xEE), QColor(0x44, 0x44, 0x44) };
}

namespace {

QList<Action> cardActions(int stage)
{
    switch (Stage(stage)) {
    case Stage::New:
        return { Action::Interested, Action::NoThanks };
    case Stage::Evaluating:
        return { Action::Accept, Action::Decline };
    case Stage::Negotiating:
        return { Action::Won, Action::Lost };
    case Stage::Archived:
        break;
    }
    return {};
}

/// A pill under the card's text: the badge, the conflict or pending mark, the "asked before"
/// mark.
struct Pill
{
    QString label;
    QColor background;
    QColor foreground;
    QRect box;
};

QFont pillFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

/// The badge, then the mark, from `topLeft` in a row `width` wide: a pill that does not fit
/// beside the one before goes on a row below it rather than being cut short or left out.
QList<Pill> placePills(const QModelIndex &index, const QFont &font, QPoint topLeft, int width)
{
    const auto [bg, fg]
        = CardDelegate::badgeColors(index.data(ReferralListModel::BadgeRole).toInt());
    QList<Pill> pills { { index.data(ReferralListModel::BadgeTextRole).toString(), bg, fg, {} } };
    if (!index.data(ReferralListModel::ConflictRole).toString().isEmpty()) {
        const auto [markBg, markFg] = CardDelegate::markColors(true);
        pills.append({ CardDelegate::tr("Conflict"), markBg, markFg, {} });
    } else if (index.data(ReferralListModel::PendingRole).toBool()) {
        const auto [markBg, markFg] = CardDelegate::markColors(false);
        pills.append({ CardDelegate::tr("Pending"), markBg, markFg, {} });
    }
    // How referrals like it ended (issue 18), on New and Evaluating cards once scored.
    if (const QVariant fit = index.data(ReferralListModel::FitRole);
        fit.isValid() && !fit.value<Fit>().counting) {
        const Fit::Level level = fit.value<Fit>().level;
        const auto [fitBg, fitFg] = CardDelegate::fitColors(level);
        pills.append({ Fit::levelLabel(level), fitBg, fitFg, {} });
    }
    if (index.data(ReferralListModel::RelatedRole).toBool()) {
        // Customers send one request to several partners: seen before the person answers.
        // Violet: apart from Pending's blue and the fit's teal (white on it: 8:1).
        const QColor markBg(0x5B, 0x3F, 0xA0);
        const QColor markFg(Qt::white);
        //: A card's mark: this customer sent other referrals before (details: "Also from
        //: this customer")
        pills.append({ CardDelegate::tr("Asked before"), markBg, markFg, {} });
    }
    const QFont small = pillFont(font);
    const int height = QFontMetrics(font).height() + 4;
    QPoint at = topLeft;
    QList<Pill> out;
    for (Pill &pill : pills) {
        if (pill.label.isEmpty())
            continue;
        // A little slack: text measured to the exact pixel gets elided by rounding.
        const int w = std::min(advance(small, pill.label) + 18, width);
        if (at.x() > topLeft.x() && at.x() + w > topLeft.x() + width)
            at = QPoint(topLeft.x(), at.y() + height + 2);
        pill.box = QRect(at, QSize(w, height));
        out.append(pill);
        at.rx() += w + 6;
    }
    return out;
}

} // namespace

QList<QPair<Action, QRect>> CardDelegate::buttons(
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QList<QPair<Action, QRect>> out;
    const QFontMetrics fm(option.font);
    const int h = fm.height() + 4;
    const int y = option.rect.bottom() - kPadding - h + 2;
    int x = option.rect.left() + kPadding + 2;
    if (index.data(ReferralListModel::OutgoingRole).toBool())
        return out; // answered by the partner it was sent to
    for (Action a : cardActions(index.data(ReferralListModel::StageRole).toInt())) {
        const int w = fm.horizontalAdvance(Lifecycle::actionName(a)) + 16;
        if (x + w > option.rect.right() - kPadding)
            break;
        out.append({ a, QRect(x, y, w, h) });
        x += w + 6;
    }
    return out;
}

bool CardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        for (const auto &[action, rect] : buttons(option, index)) {
            if (rect.contains(mouse->position().toPoint())) {
                emit actionClicked(index.data(ReferralListModel::IdRole).toString(), action);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int width = cardWidth(option);
    int lines = 2; // customer, referral name
    lines += int(placeLines(index, option.font, textWidth(width)).size());
    lines += int(dealLines(index, option.font, textWidth(width)).size());
    int badge = fm.height() + 6;
    if (index.data(ReferralListModel::PendingRole).toBool()
        || index.data(ReferralListModel::RelatedRole).toBool()
        || index.data(ReferralListModel::FitRole).isValid()
        || !index.data(ReferralListModel::ConflictRole).toString().isEmpty()) {
        // A mark that does not fit beside the badge goes on a row below it.
        const QList<Pill> pills = placePills(index, option.font, QPoint(0, 0), textWidth(width));
        badge += pills.isEmpty() ? 0 : pills.last().box.top();
    }
    const bool open = index.data(ReferralListModel::StageRole).toInt() != int(Stage::Archived)
        && !index.data(ReferralListModel::OutgoingRole).toBool();
    const int buttonRow = open ? fm.height() + 8 : 0;
    // Never wider than the card will be: a list view widens a card to its viewport but never
    // narrows one, and a wider card loses its right edge (and a button) in a narrow column.
    return { width, kPadding * 2 + lines * (fm.height() + 2) + badge + 4 + buttonRow };
}

void CardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    QPainterPath path;
    path.addRoundedRect(card, kRadius, kRadius);
    const QColor background = Colors::cardBackground(pal, selected);
    painter->fillPath(path, background);
    painter->setPen(
        QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
            selected ? 2 : 1));
    painter->drawPath(path);
    if (focused) {
        // The keyboard's card: a ring inside the border, so focus shows apart from selection.
        QPainterPath ring;
        ring.addRoundedRect(card.adjusted(3, 3, -3, -3), kRadius - 2, kRadius - 2);
        painter->setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DotLine));
        painter->drawPath(ring);
    }

    const QString problem = index.data(ReferralListModel::ConflictRole).toString();
    const bool pending = index.data(ReferralListModel::PendingRole).toBool();
    if (!problem.isEmpty() || pending) {
        // A stripe down the left edge: red for a conflict, blue while waiting for the remote.
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
        painter->fillPath(stripe, markColors(!problem.isEmpty()).first);
    }

    QRect r = option.rect.adjusted(kPadding + 2, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(option.font);
    const int lineH = fm.height() + 2;
    auto drawLine = [&](const QString &text, const QFont &font, const QColor &color) {
        painter->setFont(font);
        painter->setPen(color);
        const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width());
        painter->drawText(QRect(r.left(), r.top(), r.width(), lineH),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, elided);
        r.setTop(r.top() + lineH);
    };
    QFont bold = option.font;
    bold.setBold(true);
    const QColor text = pal.color(QPalette::Text);
    // Quieter than the name, still AA (a palette's placeholder grey is often not).
    const QColor muted = Colors::mutedText(pal, background);
    drawLine(index.data(ReferralListModel::CustomerRole).toString(), bold, text);
    drawLine(index.data(ReferralListModel::NameRole).toString(), option.font, text);
    for (const QString &line : placeLines(index, option.font, r.width()))
        drawLine(line, option.font, muted); // wrapped to fit by placeLines(): nothing elided
    // The deal in full, on the lines sizeHint() made room for: a cut value or date misleads.
    painter->setFont(option.font);
    painter->setPen(text);
    for (const QString &line : dealLines(index, option.font, r.width())) {
        painter->drawText(QRect(r.left(), r.top(), r.width(), lineH),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip, line);
        r.setTop(r.top() + lineH);
    }

    // The badge pill, then the mark beside it (or below it, where sizeHint() made room).
    r.setTop(r.top() + 4);
    const QFont small = pillFont(option.font);
    painter->setFont(small);
    for (const Pill &pill : placePills(index, option.font, r.topLeft(), r.width())) {
        const QRectF box(pill.box);
        QPainterPath p;
        p.addRoundedRect(box, box.height() / 2, box.height() / 2);
        painter->fillPath(p, pill.background);
        painter->setPen(pill.foreground);
        painter->drawText(box.adjusted(7, 0, -7, 0), Qt::AlignCenter | Qt::TextSingleLine,
            QFontMetrics(small).elidedText(pill.label, Qt::ElideRight, pill.box.width() - 14 + 1));
    }

    // The card's buttons: the stage's two main actions, drawn as small outlined buttons.
    for (const auto &[action, rect] : buttons(option, index)) {
        QPainterPath p;
        p.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->fillPath(p, pal.color(QPalette::Button));
        painter->setPen(pal.color(QPalette::Mid));
        painter->drawPath(p);
        painter->setPen(pal.color(QPalette::ButtonText));
        painter->setFont(option.font);
        painter->drawText(
            rect, Qt::AlignCenter | Qt::TextSingleLine, Lifecycle::actionName(action));
    }
    painter->restore();
}

} // namespace rd
