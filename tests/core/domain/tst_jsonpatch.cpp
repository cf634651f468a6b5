#include "domain/jsonpatch.h"

#include <QJsonDocument>
#include <QTest>

using namespace rd;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
QJsonArray arr(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}
} // namespace

class JsonPatchTest : public QObject
{
    Q_OBJECT
private slots:
    void replaceAndAddNestedMembers()
    {
        QJsonObject doc = obj(R"({"status":"New","details":{"notes":"a"}})");
        QString error;
        QVERIFY(JsonPatch::apply(doc, arr(R"([{"op":"replace","path":"/status","value":"Active"},
            {"op":"add","path":"/details/dealValue","value":12.5},
            {"op":"replace","path":"/details/notes","value":"b"}])"),
            &error));
        QCOMPARE(doc, obj(R"({"status":"Active","details":{"notes":"b","dealValue":12.5}})"));
    }

    void addOverwritesAnExistingMember()
    {
        QJsonObject doc = obj(R"({"a":1})");
        QVERIFY(JsonPatch::apply(doc, QJsonArray { JsonPatch::add(QStringLiteral("/a"), 2) }));
        QCOMPARE(doc.value(QStringLiteral("a")).toInt(), 2);
    }

    void escapedPointerTokens()
    {
        QStringList tokens;
        QVERIFY(JsonPatch::parsePointer(QStringLiteral("/a~1b/c~0d"), &tokens));
        QCOMPARE(tokens, (QStringList { QStringLiteral("a/b"), QStringLiteral("c~d") }));
        QVERIFY(!JsonPatch::parsePointer(QStringLiteral("a"), &tokens));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("replace missing")
            << QByteArray(R"([{"op":"replace","path":"/nope","value":1}])") << "does not exist";
        QTest::newRow("remove unsupported")
            << QByteArray(R"([{"op":"remove","path":"/a"}])") << "not supported";
        QTest::newRow("no value") << QByteArray(R"([{"op":"add","path":"/a"}])") << "no value";
        QTest::newRow("parent not object")
            << QByteArray(R"([{"op":"add","path":"/a/b","value":1}])") << "not an object";
        QTest::newRow("root path")
            << QByteArray(R"([{"op":"add","path":"","value":1}])") << "JSON Pointer";
    }

    void failures()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, mentions);
        const QJsonObject before = obj(R"({"a":1,"b":{"c":2}})");
        QJsonObject doc = before;
        // A valid first operation must be rolled back when a later one fails.
        QJsonArray ops { JsonPatch::replace(QStringLiteral("/a"), 99) };
        for (const QJsonValue &v : QJsonDocument::fromJson(patch).array())
            ops.append(v);
        QString error;
        QVERIFY(!JsonPatch::apply(doc, ops, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(doc, before);
    }
};

QTEST_GUILESS_MAIN(JsonPatchTest)
#include "tst_jsonpatch.moc"
