#include "carddelegate.h"

#include "domain/lifecycle.h"
#include "domain/types.h"
#include "models/referrallistmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace rd {

namespace {
constexpr int kPadding = 8;
constexpr int kRadius = 6;
} // namespace

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
    int lines = 2; // customer, referral name
    for (int role : { int(ReferralListModel::PlaceRole), int(ReferralListModel::DealRole) }) {
        if (!index.data(role).toString().isEmpty())
            ++lines;
    }
    const int badge = fm.height() + 6;
    const bool open = index.data(ReferralListModel::StageRole).toInt() != int(Stage::Archived)
        && !index.data(ReferralListModel::OutgoingRole).toBool();
    const int buttonRow = open ? fm.height() + 8 : 0;
    return { 200, kPadding * 2 + lines * (fm.height() + 2) + badge + 4 + buttonRow };
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
    painter->fillPath(
        path, selected ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));
    painter->setPen(
        QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
            selected ? 2 : 1));
    painter->drawPath(path);

    const QString problem = index.data(ReferralListModel::ConflictRole).toString();
    const bool pending = index.data(ReferralListModel::PendingRole).toBool();
    if (!problem.isEmpty() || pending) {
        // A stripe down the left edge: red for a conflict, blue while waiting for the remote.
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
        painter->fillPath(
            stripe, problem.isEmpty() ? QColor(0x1F, 0x5F, 0xA8) : QColor(0xC4, 0x2B, 0x1C));
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
    const QColor muted = pal.color(QPalette::PlaceholderText);
    drawLine(index.data(ReferralListModel::CustomerRole).toString(), bold, text);
    drawLine(index.data(ReferralListModel::NameRole).toString(), option.font, text);
    const QString place = index.data(ReferralListModel::PlaceRole).toString();
    if (!place.isEmpty())
        drawLine(place, option.font, muted);
    const QString deal = index.data(ReferralListModel::DealRole).toString();
    if (!deal.isEmpty())
        drawLine(deal, option.font, text);

    // The badge pill, then the marks beside it.
    r.setTop(r.top() + 4);
    int x = r.left();
    auto pill = [&](const QString &label, const QColor &bg, const QColor &fg) {
        if (label.isEmpty() || x >= r.right())
            return;
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        // A little slack: text measured to the exact pixel gets elided by rounding.
        const int w = std::min(QFontMetrics(small).horizontalAdvance(label) + 18, r.right() - x);
        const QRectF box(x, r.top(), w, fm.height() + 4);
        QPainterPath p;
        p.addRoundedRect(box, box.height() / 2, box.height() / 2);
        painter->fillPath(p, bg);
        painter->setPen(fg);
        painter->setFont(small);
        painter->drawText(box.adjusted(7, 0, -7, 0), Qt::AlignCenter | Qt::TextSingleLine,
            QFontMetrics(small).elidedText(label, Qt::ElideRight, w - 14 + 1));
        x += w + 6;
    };
    const int badge = index.data(ReferralListModel::BadgeRole).toInt();
    const auto [bg, fg] = badgeColors(badge);
    pill(index.data(ReferralListModel::BadgeTextRole).toString(), bg, fg);
    if (!problem.isEmpty())
        pill(tr("Conflict"), QColor(0xC4, 0x2B, 0x1C), Qt::white);
    else if (pending)
        pill(tr("Pending"), QColor(0x1F, 0x5F, 0xA8), Qt::white);

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
