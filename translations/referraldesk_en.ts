<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeadlinePolicy</name>
    <message numerus="yes">
        <source>%n days</source>
        <comment>a length of time on its own, as in: median answer 3 days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>time left, after in or within: expires in 3 days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message numerus="yes">
        <source>Not enough history: only %n similar referrals have ended so far (a fit needs %1).</source>
        <extracomment>%n similar referrals ended so far; %1 how many are needed</extracomment>
        <translation>
            <numerusform>Not enough history: only %n similar referral has ended so far (a fit needs %1).</numerusform>
            <numerusform>Not enough history: only %n similar referrals have ended so far (a fit needs %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You won %1 of %n similar referrals: %2.</source>
        <extracomment>%1 how many were won, %n how many similar ones ended, %2 what they share</extracomment>
        <translation>
            <numerusform>You won %1 of %n similar referral: %2.</numerusform>
            <numerusform>You won %1 of %n similar referrals: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message numerus="yes">
        <source>Last week: %n new referral(s), %1 answered within 24 hours.</source>
        <extracomment>%1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>
            <numerusform>Last week: %n new referral, %1 answered within 24 hours.</numerusform>
            <numerusform>Last week: %n new referrals, %1 answered within 24 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) need(s) an update (closing date passed).</source>
        <translation>
            <numerusform>%n deal needs an update (closing date passed).</numerusform>
            <numerusform>%n deals need an update (closing date passed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsFileGuard</name>
    <message numerus="yes">
        <source>The setting %1 in %2 held data in a form Referral Desk never writes and cannot read safely, so it was taken out of the file and its default is used. The file as it was is kept as %3.</source>
        <extracomment>%1 the keys (one or more), %2 the settings file, %3 the copy of the file as it was</extracomment>
        <translation>
            <numerusform>The setting %1 in %2 held data in a form Referral Desk never writes and cannot read safely, so it was taken out of the file and its default is used. The file as it was is kept as %3.</numerusform>
            <numerusform>The settings %1 in %2 held data in a form Referral Desk never writes and cannot read safely, so they were taken out of the file and their defaults are used. The file as it was is kept as %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ArchiveWindow</name>
    <message numerus="yes">
        <source>More than %Ln archived referral(s)</source>
        <translation>
            <numerusform>More than %Ln archived referral</numerusform>
            <numerusform>More than %Ln archived referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived referral(s)</source>
        <translation>
            <numerusform>%Ln archived referral</numerusform>
            <numerusform>%Ln archived referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived referral(s) written to %1.</source>
        <translation>
            <numerusform>%n archived referral written to %1.</numerusform>
            <numerusform>%n archived referrals written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recently synced referral(s) cannot be found yet: the search is still being prepared.</source>
        <translation>
            <numerusform>%Ln recently synced referral cannot be found yet: the search is still being prepared.</numerusform>
            <numerusform>%Ln recently synced referrals cannot be found yet: the search is still being prepared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::BoardViewOptions</name>
    <message numerus="yes">
        <source>Needs an update (%n)</source>
        <extracomment>Negotiating referrals whose closing date passed: report Won, Lost or a new date</extracomment>
        <translation>
            <numerusform>Needs an update (%n)</numerusform>
            <numerusform>Needs an update (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message numerus="yes">
        <source>%Ln action(s) queued</source>
        <translation>
            <numerusform>%Ln action queued</numerusform>
            <numerusform>%Ln actions queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ResponsePanel</name>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on at least the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>Streak: every new referral answered within 24 h on at least the last %n day with arrivals.</numerusform>
            <numerusform>Streak: every new referral answered within 24 h on at least the last %n days with arrivals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>Streak: every new referral answered within 24 h on the last %n day with arrivals.</numerusform>
            <numerusform>Streak: every new referral answered within 24 h on the last %n days with arrivals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) missed the 24-hour target this week (double-click to open):</source>
        <translation>
            <numerusform>%n referral missed the 24-hour target this week (double-click to open):</numerusform>
            <numerusform>%n referrals missed the 24-hour target this week (double-click to open):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SignIn</name>
    <message numerus="yes">
        <source>Sign-in was not completed within %n minute(s), so Referral Desk stopped waiting. Start it again when you are ready.</source>
        <translation>
            <numerusform>Sign-in was not completed within %n minute, so Referral Desk stopped waiting. Start it again when you are ready.</numerusform>
            <numerusform>Sign-in was not completed within %n minutes, so Referral Desk stopped waiting. Start it again when you are ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln referral(s) need(s) an answer today</source>
        <translation>
            <numerusform>%Ln referral needs an answer today</numerusform>
            <numerusform>%Ln referrals need an answer today</numerusform>
        </translation>
    </message>
</context>
</TS>
