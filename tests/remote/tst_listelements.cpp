// The documents of a list page taken as the service sent them (ListElements, issue 15): each
// element of the top-level "value" array, white space outside strings left out, parses to the
// very value the page parses to, whatever its strings hold and however the page is laid out;
// anything that cannot be split is refused, so the caller writes the values out instead.

#include "remote/listelements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace rd;

namespace {

/// Text made to trip a splitter: quotes, backslashes, brackets, braces, commas, colons, white
/// space, control characters, escapes' look-alikes and other scripts.
QString trickyText(QRandomGenerator &random)
{
    static const QStringList pieces { QStringLiteral("\""), QStringLiteral("\\"),
        QStringLiteral("\\\""), QStringLiteral("["), QStringLiteral("]"), QStringLiteral("{"),
        QStringLiteral("}"), QStringLiteral(","), QStringLiteral(":"), QStringLiteral(" "),
        QStringLiteral("\n\t"), QStringLiteral("\u0001"), QStringLiteral("\\u0041"),
        QStringLiteral("\"value\":["), QStringLiteral("Müller"), QStringLiteral("株式会社"),
        QStringLiteral("😀"), QStringLiteral("word") };
    QString out;
    const int n = int(random.bounded(12));
    for (int i = 0; i < n; ++i)
        out += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
    return out;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 4 : 6)) {
    case 0:
        return trickyText(random);
    case 1:
        return double(random.bounded(-100000, 100000)) / 8;
    case 2:
        return random.bounded(2) == 1;
    case 3:
        return QJsonValue(QJsonValue::Null);
    case 4: {
        QJsonArray a;
        for (int i = 0, n = int(random.bounded(4)); i < n; ++i)
            a.append(randomValue(random, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = 0, n = int(random.bounded(5)); i < n; ++i)
            o.insert(trickyText(random) + QString::number(i), randomValue(random, depth + 1));
        return o;
    }
    }
}

} // namespace

class ListElementsTest : public QObject
{
    Q_OBJECT

private slots:
    void eachElementIsTheDocumentAsSentWithoutItsWhiteSpace()
    {
        const QByteArray page
            = "{ \"@odata.context\" : \"https://x/$metadata#a[{,]}\\\"\",\n"
              "            \"extra\": [ {\"value\": [1, 2]}, [\"value\"] ],\n"
              "            \"value\" : [\n"
              "                { \"id\" : \"a\", \"name\" : \"Fabrikam, \\\"Ltd\\\" {EU}\", \"n\": "
              "[ 1, 2.5, {\"k\": []} ] },\n"
              "                {\"id\":\"b\",\"notes\":\"line\\nbreak \\\\ and "
              "\\u00e9\",\"nested\":{\"value\":[{\"x\":1}]}}\n"
              "            ],\n"
              "            \"@odata.nextLink\": \"https://x/?$skiptoken=abc,def]\"\n"
              "        }";
        const QByteArrayList elements = ListElements::of(page);
        QCOMPARE(elements.size(), 2);
        QCOMPARE(elements.at(0),
            QByteArray(
                "{\"id\":\"a\",\"name\":\"Fabrikam, \\\"Ltd\\\" {EU}\",\"n\":[1,2.5,{\"k\":[]}]}"));
        QCOMPARE(elements.at(1),
            QByteArray("{\"id\":\"b\",\"notes\":\"line\\nbreak \\\\ and "
                       "\\u00e9\",\"nested\":{\"value\":[{\"x\":1}]}}"));
        const QJsonArray parsed = QJsonDocument::fromJson(page).object().value(u"value").toArray();
        for (int i = 0; i < 2; ++i)
            QCOMPARE(QJsonDocument::fromJson(elements.at(i)).object(), parsed.at(i).toObject());
    }

    void anythingThatCannotBeSplitIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>busy</html>");
        QTest::newRow("an array") << QByteArray("[{\"value\":[{\"id\":\"a\"}]}]");
        QTest::newRow("no value") << QByteArray("{\"items\":[{\"id\":\"a\"}]}");
        QTest::newRow("unterminated string") << QByteArray("{\"value\":[{\"id\":\"a}]}");
        QTest::newRow("unbalanced") << QByteArray("{\"value\":[{\"id\":\"a\"}}");
        QTest::newRow("cut short") << QByteArray("{\"value\":[{\"id\":\"a\"},{\"id\"");
        QTest::newRow("an empty element")
            << QByteArray("{\"value\":[{\"id\":\"a\"},,{\"id\":\"b\"}]}");
        QTest::newRow("a trailing backslash") << QByteArray("{\"value\":[{\"id\":\"a\\");
    }

    void anythingThatCannotBeSplitIsRefused()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(ListElements::of(body), QByteArrayList());
    }

    void anEmptyListHasNoElements()
    {
        QCOMPARE(ListElements::of("{\"value\": [ ]}"), QByteArrayList());
        QCOMPARE(ListElements::of("{\"value\":[]}").size(), 0);
    }

    void randomPagesSplitIntoTheirValues()
    {
        // Pages of random documents, compact and indented: every element parses to the value
        // the whole page parses to, and is as long as that value written out compactly.
        QRandomGenerator random(20261201);
        for (int round = 0; round < 300; ++round) {
            QJsonArray values;
            for (int i = 0, n = int(random.bounded(1, 8)); i < n; ++i) {
                QJsonObject doc = randomValue(random, 2).toObject();
                doc.insert(QStringLiteral("id"), QStringLiteral("r-%1").arg(i));
                values.append(doc);
            }
            QJsonObject page { { QStringLiteral("@odata.context"), trickyText(random) },
                { QStringLiteral("value"), values } };
            if (random.bounded(2))
                page.insert(QStringLiteral("@odata.nextLink"), trickyText(random));
            const auto format
                = random.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented;
            const QByteArray body = QJsonDocument(page).toJson(format);
            const QByteArrayList elements = ListElements::of(body);
            QCOMPARE(elements.size(), values.size());
            for (int i = 0; i < values.size(); ++i) {
                QCOMPARE(QJsonDocument::fromJson(elements.at(i)).object(), values.at(i).toObject());
                QCOMPARE(elements.at(i),
                    QJsonDocument(values.at(i).toObject()).toJson(QJsonDocument::Compact));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ListElementsTest)
#include "tst_listelements.moc"
