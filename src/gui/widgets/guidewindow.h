#pragma once

#include <QDialog>

class QTextBrowser;

namespace rd {

/// The connection guide (docs/connect-partner-center.md and its translations, built into the app), readable offline:
/// what a partner administrator sets up in Microsoft Entra ID and what to enter where. Links to
/// Microsoft's pages open in the browser.
class GuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);

    /// Shows the one guide window of `parent`, made on first use.
    static GuideWindow *showFor(QWidget *parent);
    QTextBrowser *browser() const { return m_browser; }

    /// The guide's text (Markdown) in the UI language, as built into the application; English
    /// when there is no copy in that language.
    static QString markdown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser;
};

} // namespace rd
