#include "guidewindow.h"

#include "uilanguage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rd {

GuideWindow::GuideWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    m_browser->setOpenExternalLinks(true);
    retranslate();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

void GuideWindow::retranslate()
{
    setWindowTitle(tr("Connecting Referral Desk to Partner Center"));
    m_browser->setAccessibleName(tr("Connection guide"));
    m_browser->setMarkdown(markdown());
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString GuideWindow::markdown()
{
    QFile file(UiLanguage::localizedResource(
        QStringLiteral("docs"), QStringLiteral("connect-partner-center"), QStringLiteral(".md")));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The connection guide is missing from this installation; it is "
                  "docs/connect-partner-center.md in Referral Desk's source.");
    return QString::fromUtf8(file.readAll());
}

GuideWindow *GuideWindow::showFor(QWidget *parent)
{
    auto *guide = parent ? parent->findChild<GuideWindow *>(QString(), Qt::FindDirectChildrenOnly)
                         : nullptr;
    if (!guide)
        guide = new GuideWindow(parent);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

} // namespace rd
