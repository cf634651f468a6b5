// Stage and outcome derivation: docs/lifecycle.md, "Stages a person sees" and the outcome table.

#include "domain/referral.h"

#include <QTest>

using namespace rd;

class ReferralTest : public QObject
{
    Q_OBJECT
private slots:
    void stages_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        QTest::addColumn<Stage>("stage");
        QTest::newRow("New/Pending") << "New"
                                     << "Pending" << Stage::New;
        QTest::newRow("New/Received") << "New"
                                      << "Received" << Stage::Evaluating;
        QTest::newRow("new/received any case") << "new"
                                               << "RECEIVED" << Stage::Evaluating;
        QTest::newRow("New/unknown") << "New"
                                     << "Triaged" << Stage::New;
        QTest::newRow("New/empty") << "New"
                                   << "" << Stage::New;
        QTest::newRow("Active/Accepted") << "Active"
                                         << "Accepted" << Stage::Negotiating;
        QTest::newRow("Active/anything") << "Active"
                                         << "InProgress" << Stage::Negotiating;
        QTest::newRow("Closed/Won") << "Closed"
                                    << "Won" << Stage::Archived;
        QTest::newRow("unknown status") << "Paused"
                                        << "Pending" << Stage::Archived;
        QTest::newRow("no status") << ""
                                   << "" << Stage::Archived;
    }

    void stages()
    {
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        QFETCH(Stage, stage);
        QCOMPARE(stageFor(status, substatus), stage);
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        QTest::addColumn<QString>("statusReason");
        QTest::addColumn<QString>("lastOpen");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("open New") << "New"
                                  << "Pending"
                                  << ""
                                  << "" << Outcome::None;
        QTest::newRow("open Evaluating") << "New"
                                         << "Received"
                                         << ""
                                         << "" << Outcome::None;
        QTest::newRow("open Negotiating") << "Active"
                                          << "Accepted"
                                          << ""
                                          << "" << Outcome::None;
        QTest::newRow("Won") << "Closed"
                             << "Won"
                             << ""
                             << "" << Outcome::Won;
        QTest::newRow("Lost with reason") << "Closed"
                                          << "Lost"
                                          << "Price"
                                          << "" << Outcome::Lost;
        QTest::newRow("Error") << "Closed"
                               << "Error"
                               << ""
                               << "" << Outcome::Error;
        // Declined: told apart by statusReason first, then the last open substatus.
        QTest::newRow("Declined, reason Skipped") << "Closed"
                                                  << "Declined"
                                                  << "Skipped"
                                                  << "" << Outcome::Skipped;
        QTest::newRow("Declined, reason skipped any case") << "Closed"
                                                           << "Declined"
                                                           << "sKiPpEd"
                                                           << "Received" << Outcome::Skipped;
        QTest::newRow("Declined from Pending") << "Closed"
                                               << "Declined"
                                               << ""
                                               << "Pending" << Outcome::Skipped;
        QTest::newRow("Declined from Received") << "Closed"
                                                << "Declined"
                                                << "Not a fit"
                                                << "Received" << Outcome::Declined;
        QTest::newRow("Declined, never seen open") << "Closed"
                                                   << "Declined"
                                                   << ""
                                                   << "" << Outcome::Declined;
        // Expired: Missed when it never got an answer.
        QTest::newRow("Expired, reason Missed") << "Closed"
                                                << "Expired"
                                                << "Missed"
                                                << "Received" << Outcome::Missed;
        QTest::newRow("Expired, reason Expired") << "Closed"
                                                 << "Expired"
                                                 << "Expired"
                                                 << "Pending" << Outcome::Expired;
        QTest::newRow("Expired from Pending") << "Closed"
                                              << "Expired"
                                              << ""
                                              << "Pending" << Outcome::Missed;
        QTest::newRow("Expired from Received") << "Closed"
                                               << "Expired"
                                               << ""
                                               << "Received" << Outcome::Expired;
        QTest::newRow("Expired, never seen open") << "Closed"
                                                  << "Expired"
                                                  << ""
                                                  << "" << Outcome::Expired;
        QTest::newRow("closed, unknown substatus") << "Closed"
                                                   << "Merged"
                                                   << ""
                                                   << "" << Outcome::Unknown;
        QTest::newRow("closed, no substatus") << "Closed"
                                              << ""
                                              << ""
                                              << "" << Outcome::Unknown;
        QTest::newRow("unknown status") << "Paused"
                                        << ""
                                        << ""
                                        << "" << Outcome::Unknown;
    }

    void outcomes()
    {
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        QFETCH(QString, statusReason);
        QFETCH(QString, lastOpen);
        QFETCH(Outcome, outcome);
        QCOMPARE(outcomeFor(status, substatus, statusReason, lastOpen), outcome);
    }

    void stageText_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        QTest::addColumn<QString>("text");
        QTest::newRow("new") << "New"
                             << "Pending"
                             << "New";
        QTest::newRow("evaluating") << "New"
                                    << "Received"
                                    << "Evaluating";
        QTest::newRow("negotiating") << "Active"
                                     << "Accepted"
                                     << "Negotiating";
        QTest::newRow("won") << "Closed"
                             << "Won"
                             << "Archived · Won";
        QTest::newRow("error") << "Closed"
                               << "Error"
                               << "Archived · Closed as error";
        QTest::newRow("unknown substatus beside stage") << "New"
                                                        << "Triaged"
                                                        << "New (Triaged)";
        QTest::newRow("unknown active substatus") << "Active"
                                                  << "OnHold"
                                                  << "Negotiating (OnHold)";
        QTest::newRow("unknown closed substatus shown") << "Closed"
                                                        << "Merged"
                                                        << "Archived · Merged";
        QTest::newRow("unknown status") << "Paused"
                                        << "Pending"
                                        << "Unknown (Paused)";
        QTest::newRow("no status") << ""
                                   << ""
                                   << "Unknown (no status)";
    }

    void stageText()
    {
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        QFETCH(QString, text);
        Referral r;
        r.id = QStringLiteral("x");
        r.status = status;
        r.substatus = substatus;
        QCOMPARE(r.stageText(), text);
    }

    void equalityCoversClientMemory()
    {
        Referral a;
        a.id = QStringLiteral("1");
        Referral b = a;
        QCOMPARE(a, b);
        b.lastOpenSubstatus = QStringLiteral("Pending");
        QVERIFY(!(a == b));
        b = a;
        b.raw.insert(QStringLiteral("x"), 1);
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(ReferralTest)
#include "tst_referral.moc"
