#include "help/HelpWindow.h"

#include "auth/AccessPolicy.h"
#include "common/WindowSize.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString FirstPage = u"year.html"_s;

// The language the application speaks now: Translations::apply() sets the default locale with the translators,
// from the setting (AppSettings::effectiveLanguage()) or from the --lang of this run.
QString applicationLanguage()
{
    return QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

// Where a page shows the access policy's table, written from the policy itself so that the guide cannot drift
// from what the application enforces.
const QString AccessPolicyMarker = u"<!-- access-policy -->"_s;

class GuideBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::HtmlResource)
            return resource;
        QString html = resource.typeId() == QMetaType::QByteArray ? QString::fromUtf8(resource.toByteArray())
                                                                  : resource.toString();
        if (!html.contains(AccessPolicyMarker))
            return resource;
        return html.replace(AccessPolicyMarker, AccessPolicy::htmlTable());
    }
};

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_browser(new GuideBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
{
    setObjectName(u"helpWindow"_s);
    m_contents->setObjectName(u"helpContents"_s);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_back->setObjectName(u"helpBack"_s);
    m_forward->setObjectName(u"helpForward"_s);
    m_home->setObjectName(u"helpHome"_s);
    resizeWithinScreen(this, {1100, 760});

    for (QToolButton* button : {m_back, m_forward, m_home})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { showPage(FirstPage); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < pages().size())
            showPage(pages().at(row));
    });

    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_home);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});
    layout->addWidget(splitter, 1);

    retranslate();
    setLanguage(applicationLanguage());
}

QStringList HelpWindow::pages()
{
    return {u"year.html"_s,         u"sign-in.html"_s,    u"organisation.html"_s,    u"checklists.html"_s,
            u"audit-plan.html"_s,   u"fieldwork.html"_s,  u"self-inspection.html"_s, u"remediation.html"_s,
            u"cross-checks.html"_s, u"exceptions.html"_s, u"dashboard.html"_s,       u"reports.html"_s,
            u"access.html"_s,       u"settings.html"_s};
}

QUrl HelpWindow::pageUrl(const QString& language, const QString& page)
{
    return QUrl(u"qrc:/help/guide/"_s % language % u'/' % page);
}

QString HelpWindow::pageTitle(const QString& language, const QString& page)
{
    QFile file(u":/help/guide/"_s % language % u'/' % page);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QTextDocument document;
    document.setHtml(QString::fromUtf8(file.readAll()));
    return document.metaInformation(QTextDocument::DocumentTitle);
}

void HelpWindow::setLanguage(const QString& language)
{
    const QString chosen = language == u"ja"_s ? u"ja"_s : u"en"_s;
    if (chosen == m_language)
        return;
    const QString page = m_language.isEmpty() ? FirstPage : currentPage();
    m_language = chosen;
    fillContents();
    showPage(page.isEmpty() ? FirstPage : page);
    // The history holds the pages of the other language.
    m_browser->clearHistory();
}

void HelpWindow::showPage(const QString& page)
{
    m_browser->setSource(pageUrl(m_language, page));
}

QString HelpWindow::currentPage() const
{
    return m_browser->source().fileName();
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setLanguage(applicationLanguage());
    }
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Kansa user guide"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_home->setText(tr("The year at a glance"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
}

void HelpWindow::fillContents()
{
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    for (const QString& page : pages()) {
        auto* item = new QListWidgetItem(pageTitle(m_language, page), m_contents);
        item->setData(Qt::UserRole, page);
    }
}

void HelpWindow::sourceChanged(const QUrl& url)
{
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(pages().indexOf(url.fileName()));
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Kansa user guide") : tr("%1 — Kansa user guide").arg(title));
}

} // namespace kansa
