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
