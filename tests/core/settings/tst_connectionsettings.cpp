// What a partner types to connect: tenant, application (client) id, API permission. Each bad
// value gets its own message; good ones make the sign-in authority.

#include "settings/appsettings.h"
#include "settings/connectionsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class ConnectionSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void tenants_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("authority"); // empty: refused
        QTest::newRow("directory id") << QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")
                                      << QStringLiteral("https://login.microsoftonline.com/"
                                                        "72f988bf-86f1-41af-91ab-2d7cd011db47");
        QTest::newRow("domain") << QStringLiteral(" contoso.onmicrosoft.com ")
                                << QStringLiteral(
                                       "https://login.microsoftonline.com/contoso.onmicrosoft.com");
        QTest::newRow("custom domain")
            << QStringLiteral("fabrikam.de")
            << QStringLiteral("https://login.microsoftonline.com/fabrikam.de");
        QTest::newRow("organizations")
            << QStringLiteral("organizations")
            << QStringLiteral("https://login.microsoftonline.com/organizations");
        QTest::newRow("full authority")
            << QStringLiteral("https://login.microsoftonline.us/contoso.onmicrosoft.us/")
            << QStringLiteral("https://login.microsoftonline.us/contoso.onmicrosoft.us");
        QTest::newRow("test service on loopback")
            << QStringLiteral("http://127.0.0.1:8080/organizations")
            << QStringLiteral("http://127.0.0.1:8080/organizations");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a word") << QStringLiteral("contoso") << QString();
        QTest::newRow("spaces") << QStringLiteral("contoso corp.com") << QString();
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http://login.example.com/contoso.com") << QString();
        QTest::newRow("address without tenant")
            << QStringLiteral("https://login.microsoftonline.com") << QString();
    }

    void tenants()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, authority);
        const QString problem = ConnectionSettings::tenantProblem(tenant);
        QCOMPARE(problem.isEmpty(), !authority.isEmpty());
        QCOMPARE(ConnectionSettings::authorityFor(tenant).toString(), authority);
        if (!authority.isEmpty())
            QCOMPARE(ConnectionSettings::authorityFor(
                         ConnectionSettings::tenantOf(QUrl(authority)))
                         .toString(),
                authority); // what the dialog shows again makes the same authority
    }

    void clientIds()
    {
        QVERIFY(ConnectionSettings::clientIdProblem(
            QStringLiteral("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"))
                    .isEmpty());
        QVERIFY(!ConnectionSettings::clientIdProblem(QString()).isEmpty());
        const QString notGuid = ConnectionSettings::clientIdProblem(QStringLiteral("demo"));
        QVERIFY2(notGuid.contains(QStringLiteral("Overview")), qPrintable(notGuid));
        QVERIFY(!ConnectionSettings::clientIdProblem(QStringLiteral("0a1b2c3d-4e5f-6a7b-8c9d"))
                     .isEmpty());
    }

    void scopes()
    {
        QVERIFY(ConnectionSettings::scopeProblem(
            QStringLiteral("https://api.partner.microsoft.com/user_impersonation"))
                    .isEmpty());
        QVERIFY(ConnectionSettings::scopeProblem(
            QStringLiteral("https://api.partner.microsoft.com/.default offline_access"))
                    .isEmpty());
        QVERIFY(!ConnectionSettings::scopeProblem(QString()).isEmpty());
        QVERIFY(!ConnectionSettings::scopeProblem(QStringLiteral("user_impersonation")).isEmpty());
    }

    void unusableAddressesInTheFileAreNamedWithFileAndKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("referral-desk.ini"));
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(AppSettings::fileProblems(settings).isEmpty()); // defaults are fine
        settings.setValue(QStringLiteral("api/base"), QStringLiteral("http://partner.example.com"));
        settings.setValue(QStringLiteral("auth/authority"), QStringLiteral("%%%"));
        const QStringList problems = AppSettings::fileProblems(settings);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QStringLiteral("api/base")));
        QVERIFY(problems.at(0).contains(path));
        QVERIFY(problems.at(0).contains(QStringLiteral("http://partner.example.com")));
        QVERIFY(problems.at(1).contains(QStringLiteral("auth/authority")));
        settings.setValue(QStringLiteral("api/base"), QStringLiteral("https://partner.example.com"));
        settings.setValue(QStringLiteral("auth/authority"),
            QStringLiteral("https://login.microsoftonline.com/contoso.com"));
        QVERIFY(AppSettings::fileProblems(settings).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ConnectionSettingsTest)
#include "tst_connectionsettings.moc"
