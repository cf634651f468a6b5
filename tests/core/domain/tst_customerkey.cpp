// The customer key (issue 18): the same organisation however its name is written, across scripts
// and legal forms, and never two organisations whose names only look alike.

#include "domain/customerkey.h"

#include <QtTest>

using namespace rd;

class CustomerKeyTest : public QObject
{
    Q_OBJECT

private slots:
    void theSameCustomerWrittenDifferently_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const auto row = [](const char *tag, const char *a, const char *b) {
            QTest::newRow(tag) << QString::fromUtf8(a) << QString::fromUtf8(b);
        };
        row("case and legal form", "Contoso GmbH", "CONTOSO");
        row("dotted legal form", "Fabrikam S.A.", "fabrikam sa");
        row("legal form with comma", "Northwind Traders, Ltd.", "Northwind Traders Limited");
        row("several legal forms", "Müller Bau GmbH & Co. KG", "Müller Bau");
        row("accents", "Müller Bäckerei", "Muller Backerei");
        row("eszett", "Straße Logistik AG", "Strasse Logistik");
        row("spacing and punctuation", "Tail-spin  Toys", "Tailspin Toys");
        row("full-width latin", "ＣＯＮＴＯＳＯ Ltd", "Contoso");
        row("japanese prefix", "株式会社さくら物流", "さくら物流");
        row("japanese suffix", "さくら物流株式会社", "さくら物流");
        row("japanese abbreviation", "㈱さくら物流", "さくら物流");
        row("chinese", "北京智联科技有限公司", "北京智联科技");
        row("korean", "주식회사 한빛물류", "한빛물류");
        row("russian", "ООО «Волга-Сервис»", "Волга Сервис");
        row("polish", "Kowalski Sp. z o.o.", "Kowalski");
        row("mexican", "Lumière S.A. de C.V.", "Lumiere");
        row("greek accents", "Ολύμπια ΑΕ", "ΟΛΥΜΠΙΑ ΑΕ");
        row("turkish dotless i", "Işık Yazılım", "Isik Yazilim");
    }

    void theSameCustomerWrittenDifferently()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const QString key = CustomerKey::ofName(a);
        QVERIFY2(!key.isEmpty(), qPrintable(a));
        QCOMPARE(key, CustomerKey::ofName(b));
    }

    void differentCustomersStayApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const auto row = [](const char *tag, const char *a, const char *b) {
            QTest::newRow(tag) << QString::fromUtf8(a) << QString::fromUtf8(b);
        };
        row("a longer word", "Contoso Pharma", "Contoso Pharmacy");
        row("another word", "Contoso Pharmacy", "Contoso Bank");
        row("a number", "Sunrise 12", "Sunrise 13");
        row("kana voicing", "カラス商事", "ガラス商事");
        row("chinese names sharing a prefix", "北京智联科技有限公司", "北京智联物流有限公司");
        row("a legal form is not the name", "AG Insurance", "Insurance");
    }

    void differentCustomersStayApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(CustomerKey::ofName(a) != CustomerKey::ofName(b),
            qPrintable(a + QStringLiteral(" / ") + b + QStringLiteral(": ") + CustomerKey::ofName(a)));
    }

    void aNameThatIsOnlyALegalFormKeepsItsWord()
    {
        // Nothing but the legal form is never taken for "no name": it stays what it is.
        QCOMPARE(CustomerKey::ofName(QStringLiteral("GmbH")), QStringLiteral("gmbh"));
        QVERIFY(CustomerKey::ofName(QStringLiteral("  ,.  ")).isEmpty());
        QVERIFY(CustomerKey::ofName(QString()).isEmpty());
    }

    void anOrganisationsMailDomain()
    {
        QCOMPARE(CustomerKey::ofEmail(QStringLiteral("Anna.Berg@Contoso.DE")), QStringLiteral("contoso.de"));
        QCOMPARE(CustomerKey::ofEmail(QStringLiteral("it@mail.contoso.com")), QStringLiteral("contoso.com"));
        QCOMPARE(CustomerKey::ofEmail(QStringLiteral("tanaka@sakura.co.jp")), QStringLiteral("sakura.co.jp"));
        QCOMPARE(CustomerKey::ofEmail(QStringLiteral("x@sub.sakura.co.jp")), QStringLiteral("sakura.co.jp"));
        // Public mail services say nothing about who the customer is.
        for (const char *address : { "someone@gmail.com", "a@outlook.de", "b@yahoo.co.jp",
                 "c@qq.com", "d@mail.ru", "e@web.de", "f@hotmail.co.uk" })
            QVERIFY2(CustomerKey::ofEmail(QString::fromLatin1(address)).isEmpty(), address);
        for (const char *bad : { "", "no-at-sign", "x@localhost", "x@.com", "x@" })
            QVERIFY2(CustomerKey::ofEmail(QString::fromLatin1(bad)).isEmpty(), bad);
    }
};

QTEST_APPLESS_MAIN(CustomerKeyTest)
#include "tst_customerkey.moc"
