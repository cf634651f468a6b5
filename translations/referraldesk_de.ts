<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>Empfehlung annehmen</translation>
    </message>
    <message>
        <source>Estimated deal &amp;value:</source>
        <translation>Geschätzter &amp;Auftragswert:</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>Geschätzter Auftragswert</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Estimated &amp;closing date:</source>
        <translation>Voraussichtliches &amp;Abschlussdatum:</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Voraussichtliches Abschlussdatum</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Partner Center cannot be reached; your actions are kept and sent later.</source>
        <translation>Das Partner Center ist nicht erreichbar; Ihre Aktionen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time; your actions are kept and sent later.</source>
        <translation>Das Partner Center hat nicht rechtzeitig geantwortet; Ihre Aktionen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account cannot use referrals: it needs the Partner Center role Referrals Admin or Referrals User.</source>
        <translation>Ihr Konto kann keine Empfehlungen bearbeiten: Es benötigt im Partner Center die Rolle „Empfehlungsadministrator“ oder „Empfehlungsbenutzer“.</translation>
    </message>
    <message>
        <source>The referral no longer exists in Partner Center.</source>
        <translation>Die Empfehlung existiert im Partner Center nicht mehr.</translation>
    </message>
    <message>
        <source>The referral changed in Partner Center since it was read.</source>
        <translation>Die Empfehlung wurde im Partner Center geändert, nachdem sie abgerufen wurde.</translation>
    </message>
    <message>
        <source>Partner Center refused the change:</source>
        <translation>Das Partner Center hat die Änderung abgelehnt:</translation>
    </message>
    <message>
        <source>Partner Center asks to slow down; trying again shortly.</source>
        <translation>Das Partner Center bittet, weniger Anfragen zu senden; neuer Versuch in Kürze.</translation>
    </message>
    <message>
        <source>Partner Center had a problem (HTTP %1); trying again later.</source>
        <translation>Beim Partner Center ist ein Problem aufgetreten (HTTP %1); neuer Versuch später.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer Referral Desk cannot read; trying again later.</source>
        <translation>Das Partner Center hat eine Antwort gesendet, die Referral Desk nicht lesen kann; neuer Versuch später.</translation>
    </message>
    <message>
        <source>The connection to Partner Center is not secure, so nothing was sent.</source>
        <translation>Die Verbindung zum Partner Center ist nicht sicher, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Partner Center has no referral list at this address (HTTP 404); check the Referrals API address in the settings.</source>
        <translation>Das Partner Center hat unter dieser Adresse keine Empfehlungsliste (HTTP 404); prüfen Sie die Adresse der Empfehlungs-API in den Einstellungen.</translation>
    </message>
    <message>
        <source>Partner Center refused the request to list referrals (HTTP %1):</source>
        <translation>Das Partner Center hat die Anfrage zum Auflisten der Empfehlungen abgelehnt (HTTP %1):</translation>
    </message>
    <message>
        <source>Partner Center refused the request to read the referral (HTTP %1):</source>
        <translation>Das Partner Center hat die Anfrage zum Abrufen der Empfehlung abgelehnt (HTTP %1):</translation>
    </message>
    <message>
        <source>Syncing stopped because of the local database, not Partner Center; your actions are kept.</source>
        <translation>Die Synchronisierung wurde wegen der lokalen Datenbank angehalten, nicht wegen des Partner Centers; Ihre Aktionen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter an address.</source>
        <translation>Geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <source>This is not a web address (for example https://example.com).</source>
        <translation>Das ist keine Webadresse (zum Beispiel https://example.com).</translation>
    </message>
    <message>
        <source>New referrals arrived</source>
        <translation>Neue Empfehlungen sind eingegangen</translation>
    </message>
    <message>
        <source>24-hour response target ends in 2 hours</source>
        <translation>Das 24-Stunden-Antwortziel endet in 2 Stunden</translation>
    </message>
    <message>
        <source>Missed in 12 hours</source>
        <translation>Verpasst in 12 Stunden</translation>
    </message>
    <message>
        <source>Missed in 1 hour (last call)</source>
        <translation>Verpasst in 1 Stunde (letzter Aufruf)</translation>
    </message>
    <message>
        <source>Expires in 24 hours</source>
        <translation>Läuft ab in 24 Stunden</translation>
    </message>
    <message>
        <source>Expires in 4 hours (last call)</source>
        <translation>Läuft ab in 4 Stunden (letzter Aufruf)</translation>
    </message>
    <message>
        <source>Closing date passed (once a day)</source>
        <translation>Abschlussdatum überschritten (einmal täglich)</translation>
    </message>
    <message>
        <source>An action failed or conflicts</source>
        <translation>Eine Aktion ist fehlgeschlagen oder steht im Konflikt</translation>
    </message>
    <message>
        <source>A client id has no spaces.</source>
        <translation>Eine Client-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Sync every %1 to %2 minutes.</source>
        <translation>Synchronisieren Sie alle %1 bis %2 Minuten.</translation>
    </message>
    <message>
        <source>Choose a currency from the list (ISO 4217 code).</source>
        <translation>Wählen Sie eine Währung aus der Liste (ISO-4217-Code).</translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end.</source>
        <translation>Ruhezeiten brauchen einen Beginn und ein anderes Ende.</translation>
    </message>
    <message>
        <source>There is no translation for “%1”.</source>
        <translation>Für „%1“ gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <source>The setting %1 in %2 cannot be used: “%3”. %4 Correct it in Settings (or in that file); until then Referral Desk works offline.</source>
        <extracomment>%1 the key, %2 the settings file, %3 its value, %4 what is wrong with it</extracomment>
        <translation>Die Einstellung %1 in %2 kann nicht verwendet werden: „%3“. %4 Korrigieren Sie sie in den Einstellungen (oder in dieser Datei); bis dahin arbeitet Referral Desk offline.</translation>
    </message>
    <message>
        <source>Hold each action for %1 to %2 seconds before it is sent.</source>
        <translation>Jede Aktion %1 bis %2 Sekunden zurückhalten, bevor sie gesendet wird.</translation>
    </message>
    <message>
        <source>Weekly summary (Monday morning)</source>
        <translation>Wochenübersicht (Montagmorgen)</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Referral ID</source>
        <translation>Empfehlungs-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Partner Center</source>
        <translation>Mit dem Partner Center verbinden</translation>
    </message>
    <message>
        <source>Referral Desk signs in to Partner Center as you, through an app registration in your organization&apos;s Microsoft Entra ID. Enter what that registration shows; you then sign in with your Partner Center account in your browser (it needs the Referrals admin or Referrals user role).</source>
        <translation>Referral Desk meldet sich in Ihrem Namen beim Partner Center an, und zwar über eine App-Registrierung in Microsoft Entra ID Ihrer Organisation. Geben Sie die Werte aus dieser Registrierung ein; anschließend melden Sie sich im Browser mit Ihrem Partner Center-Konto an (es benötigt die Rolle „Empfehlungsadministrator“ oder „Empfehlungsbenutzer“).</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant (directory id or domain)</source>
        <translation>Mandant (Verzeichnis-ID oder Domäne)</translation>
    </message>
    <message>
        <source>Your directory (tenant) id, or your organization&apos;s domain such as contoso.onmicrosoft.com. It decides where you sign in.</source>
        <translation>Ihre Verzeichnis-ID (Mandant) oder die Domäne Ihrer Organisation, etwa contoso.onmicrosoft.com. Sie bestimmt, wo Sie sich anmelden.</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>An&amp;wendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>The id of the app registration your administrator made for Referral Desk in Microsoft Entra ID (its Overview page).</source>
        <translation>Die ID der App-Registrierung, die Ihr Administrator für Referral Desk in Microsoft Entra ID angelegt hat (auf deren Seite „Übersicht“).</translation>
    </message>
    <message>
        <source>API &amp;permission:</source>
        <translation>API-&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Partner Center API permission (scope)</source>
        <translation>API-Berechtigung für das Partner Center (Bereich)</translation>
    </message>
    <message>
        <source>The delegated Partner Center permission Referral Desk asks for. Keep the default unless your administrator says otherwise.</source>
        <translation>Die delegierte Partner Center-Berechtigung, die Referral Desk anfordert. Behalten Sie die Vorgabe bei, sofern Ihr Administrator nichts anderes angibt.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter your directory (tenant) id or your organization&apos;s domain, for example contoso.onmicrosoft.com.</source>
        <translation>Geben Sie Ihre Verzeichnis-ID (Mandant) oder die Domäne Ihrer Organisation ein, zum Beispiel contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>A sign-in address needs the tenant in its path, for example https://login.microsoftonline.com/contoso.onmicrosoft.com.</source>
        <translation>Eine Anmeldeadresse braucht den Mandanten in ihrem Pfad, zum Beispiel https://login.microsoftonline.com/contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>“%1” is neither a directory id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47) nor a domain (such as contoso.onmicrosoft.com).</source>
        <translation>„%1“ ist weder eine Verzeichnis-ID (etwa 72f988bf-86f1-41af-91ab-2d7cd011db47) noch eine Domäne (etwa contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Enter the application (client) id of your app registration.</source>
        <translation>Geben Sie die Anwendungs-ID (Client) Ihrer App-Registrierung ein.</translation>
    </message>
    <message>
        <source>An application (client) id looks like 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d; copy it from the app registration&apos;s Overview page.</source>
        <translation>Eine Anwendungs-ID (Client) sieht so aus: 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d; kopieren Sie sie von der Seite „Übersicht“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>Enter the API permission, normally https://api.partner.microsoft.com/user_impersonation.</source>
        <translation>Geben Sie die API-Berechtigung ein, normalerweise https://api.partner.microsoft.com/user_impersonation.</translation>
    </message>
    <message>
        <source>“%1” is not an API permission such as https://api.partner.microsoft.com/user_impersonation.</source>
        <translation>„%1“ ist keine API-Berechtigung wie https://api.partner.microsoft.com/user_impersonation.</translation>
    </message>
</context>
<context>
    <name>CountryName</name>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Åland-Inseln</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius und Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvet-Insel</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokos-(Keeling-)Inseln</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Demokratische Republik Kongo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kap Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandinseln (Malwinen)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Färöer-Inseln</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Französisch-Guyana</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>South Georgia und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Insel Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Cayman-Inseln</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (französischer Teil)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>St. Pierre und Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Russische Föderation</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomoninseln</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena, Ascension und Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (niederländischer Teil)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Kleinere Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Heiliger Stuhl (Staat Vatikanstadt)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>Missed · waiting for the service</source>
        <translation>Verpasst · wartet auf den Dienst</translation>
    </message>
    <message>
        <source>Expired · waiting for the service</source>
        <translation>Abgelaufen · wartet auf den Dienst</translation>
    </message>
    <message>
        <source>Missed in %1</source>
        <translation>Verpasst in %1</translation>
    </message>
    <message>
        <source>Respond in %1</source>
        <translation>Antworten in %1</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>Abschluss in %1</translation>
    </message>
    <message>
        <source>Late · missed in %1</source>
        <translation>Spät · verpasst in %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes left, e.g. &quot;5 h 12 min&quot;</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes left, e.g. &quot;40 min&quot;</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Rechtzeitig</translation>
    </message>
    <message>
        <source>Respond soon</source>
        <translation>Bald antworten</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Spät</translation>
    </message>
    <message>
        <source>About to be missed</source>
        <translation>Gleich verpasst</translation>
    </message>
    <message>
        <source>Decide soon</source>
        <translation>Bald entscheiden</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss naht</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Closing date passed</source>
        <translation>Abschluss überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>a length of time on its own, as in: median answer 3 days</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>time left, after in or within: expires in 3 days</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Not enough history: no earlier referral like this one has ended yet.</source>
        <translation>Zu wenig Erfahrungswerte: Noch keine vergleichbare frühere Empfehlung ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history: only %n similar referrals have ended so far (a fit needs %1).</source>
        <extracomment>%n similar referrals ended so far; %1 how many are needed</extracomment>
        <translation>
            <numerusform>Zu wenig Erfahrungswerte: Erst %n vergleichbare Empfehlung ist abgeschlossen (nötig sind %1).</numerusform>
            <numerusform>Zu wenig Erfahrungswerte: Erst %n vergleichbare Empfehlungen sind abgeschlossen (nötig sind %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You won %1 of %n similar referrals: %2.</source>
        <extracomment>%1 how many were won, %n how many similar ones ended, %2 what they share</extracomment>
        <translation>
            <numerusform>Sie haben %1 von %n vergleichbaren Empfehlung gewonnen: %2.</numerusform>
            <numerusform>Sie haben %1 von %n vergleichbaren Empfehlungen gewonnen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>High fit</source>
        <translation>Gute Passung</translation>
    </message>
    <message>
        <source>Medium fit</source>
        <translation>Mittlere Passung</translation>
    </message>
    <message>
        <source>Low fit</source>
        <translation>Geringe Passung</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>Zu wenig Erfahrungswerte</translation>
    </message>
    <message>
        <source>Not known yet: Referral Desk is still counting how your archived referrals ended. The fit appears when it is done.</source>
        <translation>Noch nicht bekannt: Referral Desk zählt noch, wie Ihre archivierten Empfehlungen ausgegangen sind. Die Passung erscheint, sobald das fertig ist.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1+ employees</source>
        <extracomment>A company size: more than this many employees (&quot;10,000+ employees&quot;)</extracomment>
        <translation>%1+ Mitarbeitende</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <extracomment>A company size of exactly this many employees</extracomment>
        <translation>%1 Mitarbeitende</translation>
    </message>
    <message>
        <source>%1–%2 employees</source>
        <extracomment>A company size: from–to employees (&quot;51–250 employees&quot;); keep the en dash</extracomment>
        <translation>%1–%2 Mitarbeitende</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <extracomment>The referral&apos;s qualification: nobody qualified the lead</extracomment>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <source>Direct</source>
        <extracomment>The referral&apos;s qualification: the lead came directly, not through marketing or sales</extracomment>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <extracomment>The referral&apos;s qualification: qualified by (Microsoft) marketing</extracomment>
        <translation>Vom Marketing qualifiziert</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <extracomment>The referral&apos;s qualification: qualified by (Microsoft) sales</extracomment>
        <translation>Vom Vertrieb qualifiziert</translation>
    </message>
    <message>
        <source>Independent</source>
        <extracomment>Referral type: visible to this partner only</extracomment>
        <translation>Unabhängig</translation>
    </message>
    <message>
        <source>Shared (co-sell)</source>
        <extracomment>Referral type: visible to two parties selling together (for example with Microsoft)</extracomment>
        <translation>Gemeinsam (Co-Selling)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Why a referral was closed: the partner said &quot;No thanks&quot; while it was new</extracomment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Why a referral was closed: nobody answered in time</extracomment>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Why a referral was closed: no decision in time</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country and the code the service sent for it: &quot;Germany (DE)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A decline or loss reason followed by the person&apos;s own words</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The referral is already in %1.</source>
        <extracomment>%1 and %2 are stages; %3 says what is possible instead</extracomment>
        <translation>Die Empfehlung ist bereits in „%1“.</translation>
    </message>
    <message>
        <source>A referral in %1 can’t be moved to %2. %3</source>
        <translation>Eine Empfehlung in „%1“ kann nicht nach „%2“ verschoben werden. %3</translation>
    </message>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation>Geben Sie den geschätzten Auftragswert ein.</translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation>Der Auftragswert muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation>Der Auftragswert darf höchstens %1 betragen.</translation>
    </message>
    <message>
        <source>Choose the currency of the deal.</source>
        <translation>Wählen Sie die Währung des Geschäfts.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as EUR or USD.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <source>Enter the estimated closing date.</source>
        <translation>Geben Sie das voraussichtliche Abschlussdatum ein.</translation>
    </message>
    <message>
        <source>The closing date can’t be in the past; choose today (%1) or later.</source>
        <translation>Das Abschlussdatum darf nicht in der Vergangenheit liegen; wählen Sie heute (%1) oder später.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Geben Sie an, warum das Geschäft verloren wurde.</translation>
    </message>
    <message>
        <source>Say why you decline this referral.</source>
        <translation>Geben Sie an, warum Sie diese Empfehlung ablehnen.</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>Der Grund ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>“%1” names an outcome, not a reason; describe why.</source>
        <translation>„%1“ nennt ein Ergebnis, keinen Grund; beschreiben Sie, warum.</translation>
    </message>
    <message>
        <source>The note is too long: %1 characters, at most %2.</source>
        <translation>Die Notiz ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>Nothing changed: edit the deal value, currency, closing date or notes.</source>
        <translation>Nichts geändert: Ändern Sie Auftragswert, Währung, Abschlussdatum oder Notizen.</translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Nein danke</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Geschäft bearbeiten</translation>
    </message>
    <message>
        <source>Its status “%1” is unknown to Referral Desk, so it is read only.</source>
        <translation>Ihr Status „%1“ ist Referral Desk unbekannt, daher ist sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>Archived referrals are read only.</source>
        <translation>Archivierte Empfehlungen sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <extracomment>%1 is the list of actions allowed, e.g. &quot;I’m interested and No thanks&quot;</extracomment>
        <translation>Erlaubt: %1.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a referral in %2. %3</source>
        <extracomment>%1 an action, %2 a stage, %3 what is allowed instead</extracomment>
        <translation>„%1“ ist für eine Empfehlung in „%2“ nicht möglich. %3</translation>
    </message>
    <message>
        <source>Not a fit for our offerings</source>
        <translation>Passt nicht zu unserem Angebot</translation>
    </message>
    <message>
        <source>Outside the regions we serve</source>
        <translation>Außerhalb unserer Regionen</translation>
    </message>
    <message>
        <source>Deal too small</source>
        <translation>Geschäft zu klein</translation>
    </message>
    <message>
        <source>No capacity at the moment</source>
        <translation>Derzeit keine Kapazität</translation>
    </message>
    <message>
        <source>Customer unreachable</source>
        <translation>Kunde nicht erreichbar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Customer chose another partner</source>
        <translation>Kunde hat einen anderen Partner gewählt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Customer postponed or cancelled</source>
        <translation>Kunde hat verschoben oder abgesagt</translation>
    </message>
    <message>
        <source>Requirements changed</source>
        <translation>Anforderungen haben sich geändert</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>Geschätzter Auftragswert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Voraussichtliches Abschlussdatum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>You sent this referral to another partner: they answer it, and Referral Desk only shows how it goes.</source>
        <translation>Sie haben diese Empfehlung an einen anderen Partner gesendet: Er beantwortet sie, und Referral Desk zeigt nur den Verlauf an.</translation>
    </message>
    <message>
        <source>“%1” is not possible: %2</source>
        <extracomment>%1 an action; the rest explains why outgoing referrals take none</extracomment>
        <translation>„%1“ ist nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Referral Desk</source>
        <translation>Ü&amp;ber Referral Desk</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Connection Guide</source>
        <translation>&amp;Verbindungsanleitung</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation>Geben Sie den geschätzten Auftragswert ein.</translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation>Der Auftragswert muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Enter digits, such as %2.</source>
        <translation>„%1“ ist kein Betrag. Geben Sie Ziffern ein, etwa %2.</translation>
    </message>
    <message>
        <source>Use at most 2 decimals.</source>
        <translation>Verwenden Sie höchstens 2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation>Der Auftragswert darf höchstens %1 betragen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;12,500.50 EUR&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has no decimals.</source>
        <extracomment>%1 is a currency code such as JPY, whose amounts are whole numbers</extracomment>
        <translation>%1 hat keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 decimals.</source>
        <extracomment>%1 is a currency code such as KWD; %2 its number of decimals: 2, 3 or 4</extracomment>
        <translation>%1 hat höchstens %2 Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>Answer %1 within %2</source>
        <translation>%1 innerhalb von %2 antworten</translation>
    </message>
    <message>
        <source>“%1” reaches the 24-hour response target in %2.</source>
        <translation>„%1“ erreicht das 24-Stunden-Antwortziel in %2.</translation>
    </message>
    <message>
        <source>%1: missed in %2</source>
        <translation>%1: verpasst in %2</translation>
    </message>
    <message>
        <source>“%1” is archived as Missed in %2 unless you answer.</source>
        <translation>„%1“ wird in %2 als verpasst archiviert, wenn Sie nicht antworten.</translation>
    </message>
    <message>
        <source>%1: expires in %2</source>
        <translation>%1: läuft ab in %2</translation>
    </message>
    <message>
        <source>Accept or decline “%1” within %2.</source>
        <translation>„%1“ innerhalb von %2 annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>%1: closing date passed</source>
        <translation>%1: Abschlussdatum überschritten</translation>
    </message>
    <message>
        <source>Report “%1” as Won or Lost.</source>
        <translation>„%1“ als gewonnen oder verloren melden.</translation>
    </message>
    <message>
        <source>%1 referrals need your attention</source>
        <translation>%1 Empfehlungen brauchen Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>New referral from %1</source>
        <translation>Neue Empfehlung von %1</translation>
    </message>
    <message>
        <source>“%1”. Respond within %2.</source>
        <translation>„%1“. Antworten Sie innerhalb von %2.</translation>
    </message>
    <message>
        <source>%1 new referrals</source>
        <translation>%1 neue Empfehlungen</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1: your action was not applied</source>
        <translation>%1: Ihre Aktion wurde nicht übernommen</translation>
    </message>
    <message>
        <source>Deadlines came closer while Referral Desk was not watching.</source>
        <translation>Fristen sind näher gerückt, während Referral Desk nicht lief.</translation>
    </message>
    <message>
        <source>Your week in referrals</source>
        <translation>Ihr Wochenrückblick</translation>
    </message>
    <message numerus="yes">
        <source>Last week: %n new referral(s), %1 answered within 24 hours.</source>
        <extracomment>%1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>
            <numerusform>Letzte Woche: %n neue Empfehlung, %1 innerhalb von 24 Stunden beantwortet.</numerusform>
            <numerusform>Letzte Woche: %n neue Empfehlungen, %1 innerhalb von 24 Stunden beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last week: no new referrals.</source>
        <translation>Letzte Woche: keine neuen Empfehlungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) need(s) an update (closing date passed).</source>
        <translation>
            <numerusform>%n Geschäft braucht eine Rückmeldung (Abschluss überfällig).</numerusform>
            <numerusform>%n Geschäfte brauchen eine Rückmeldung (Abschluss überfällig).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>An archived referral whose remote status this version does not know; %1 is that status</extracomment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Stage and outcome of an archived referral, e.g. &quot;Archived · Won&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A stage followed by a remote substatus this version does not know</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Closed as error</source>
        <translation>Als Fehler abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Referrals API:</source>
        <translation>&amp;Empfehlungs-API:</translation>
    </message>
    <message>
        <source>Referrals API base URL</source>
        <translation>Basis-URL der Empfehlungs-API</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>Anmelde-&amp;Autorität:</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation>URL der Anmelde-Autorität</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Changes to the service or the sign-in take effect at once: the next sync uses them.</source>
        <translation>Änderungen am Dienst oder an der Anmeldung gelten sofort: Die nächste Synchronisierung verwendet sie.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Start Referral Desk when I log in</source>
        <translation>Referral Desk beim Anmelden &amp;starten</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Ruhezeit von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>During quiet hours only the last calls (missed in 1 hour, expires in 4 hours) are shown.</source>
        <translation>In der Ruhezeit erscheinen nur die letzten Aufrufe (verpasst in 1 Stunde, läuft ab in 4 Stunden).</translation>
    </message>
    <message>
        <source>API &amp;permission:</source>
        <translation>API-&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Partner Center API permission (scope)</source>
        <translation>API-Berechtigung für das Partner Center (Bereich)</translation>
    </message>
    <message>
        <source>Undo &amp;window:</source>
        <translation>&amp;Rücknahmefrist:</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>Rücknahmefrist in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Texts switch at once; dates and numbers follow the new language the next time Referral Desk starts.</source>
        <translation>Texte wechseln sofort; Datums- und Zahlenformate folgen der neuen Sprache beim nächsten Start von Referral Desk.</translation>
    </message>
</context>
<context>
    <name>SettingsFileGuard</name>
    <message>
        <source>The settings file %1 could not be read: %2.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 holds values Referral Desk cannot read safely (%2), and they could not be taken out: %3. Remove those lines or the file; until then Referral Desk uses its default settings.</source>
        <translation>Die Einstellungsdatei %1 enthält Werte, die Referral Desk nicht sicher lesen kann (%2), und sie konnten nicht entfernt werden: %3. Entfernen Sie diese Zeilen oder die Datei; bis dahin verwendet Referral Desk seine Standardeinstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>The setting %1 in %2 held data in a form Referral Desk never writes and cannot read safely, so it was taken out of the file and its default is used. The file as it was is kept as %3.</source>
        <extracomment>%1 the keys (one or more), %2 the settings file, %3 the copy of the file as it was</extracomment>
        <translation>
            <numerusform>Die Einstellung %1 in %2 enthielt Daten in einer Form, die Referral Desk nie schreibt und nicht sicher lesen kann. Sie wurde aus der Datei entfernt, und ihr Standardwert gilt. Die Datei im vorherigen Zustand liegt unter %3.</numerusform>
            <numerusform>Die Einstellungen %1 in %2 enthielten Daten in einer Form, die Referral Desk nie schreibt und nicht sicher lesen kann. Sie wurden aus der Datei entfernt, und ihre Standardwerte gelten. Die Datei im vorherigen Zustand liegt unter %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not change %1.</source>
        <translation>%1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation>Beantworten Sie Empfehlungen aus dem Microsoft Partner Center, bevor sie verfallen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Damaged local database</source>
        <translation>Beschädigte lokale Datenbank</translation>
    </message>
    <message>
        <source>Move Aside and Rebuild</source>
        <translation>Beiseitelegen und neu aufbauen</translation>
    </message>
    <message>
        <source>Database rebuilt</source>
        <translation>Datenbank neu aufgebaut</translation>
    </message>
    <message>
        <source>Referral Desk cannot start</source>
        <translation>Referral Desk kann nicht starten</translation>
    </message>
    <message>
        <source>Referral Desk can keep the damaged file for inspection, start a new database with the actions not sent yet and the history that can still be read from it, and bring your referrals back from Partner Center at the next sync.</source>
        <translation>Referral Desk kann die beschädigte Datei zur Untersuchung aufbewahren, eine neue Datenbank mit den noch nicht gesendeten Aktionen und dem noch lesbaren Verlauf anlegen und Ihre Empfehlungen bei der nächsten Synchronisierung vom Partner Center zurückholen.</translation>
    </message>
    <message>
        <source>Referral Desk did not close properly last time. Checking the local database before it is used…</source>
        <translation>Referral Desk wurde beim letzten Mal nicht ordnungsgemäß beendet. Die lokale Datenbank wird geprüft, bevor sie verwendet wird …</translation>
    </message>
    <message>
        <source>Checking the Local Database</source>
        <translation>Lokale Datenbank wird geprüft</translation>
    </message>
    <message>
        <source>Updating the Local Database</source>
        <translation>Lokale Datenbank wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating the local database for this version of Referral Desk. This happens once and can take a few minutes for a large archive…</source>
        <translation>Die lokale Datenbank wird für diese Version von Referral Desk aktualisiert. Das geschieht einmal und kann bei einem großen Archiv einige Minuten dauern …</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation>Die lokale Datenbank %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Die Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2). It can be moved aside and rebuilt from Partner Center.</source>
        <translation>Die lokale Datenbank %1 ist beschädigt (%2). Sie kann beiseitegelegt und aus dem Partner Center neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Referral Desk (format %2; this version reads up to %3). Update Referral Desk, or start it with another profile. The file was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Referral Desk geschrieben (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Referral Desk oder starten Sie es mit einem anderen Profil. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>migration to format %1 failed: %2</source>
        <translation>Migration auf Format %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This referral is not in the local database.</source>
        <translation>Diese Empfehlung ist nicht in der lokalen Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 is full. Free some space; nothing was lost, and what you did is kept until it can be saved.</source>
        <translation>Der Datenträger mit der lokalen Datenbank %1 ist voll. Geben Sie Speicherplatz frei; nichts ging verloren, und was Sie getan haben, bleibt erhalten, bis es gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Referral Desk cannot write to the local database %1 or its folder (%2). Check that the folder is yours and writable, or start Referral Desk with another --profile.</source>
        <translation>Referral Desk kann nicht in die lokale Datenbank %1 oder ihren Ordner schreiben (%2). Prüfen Sie, ob der Ordner Ihnen gehört und beschreibbar ist, oder starten Sie Referral Desk mit einem anderen --profile.</translation>
    </message>
    <message>
        <source>The local database %1 is locked by another Referral Desk (or another program) and stayed locked while Referral Desk waited. Try again in a moment.</source>
        <translation>Die lokale Datenbank %1 ist von einem anderen Referral Desk (oder einem anderen Programm) gesperrt und blieb gesperrt, während Referral Desk wartete. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The local database %1 could not be used: %2</source>
        <translation>Die lokale Datenbank %1 konnte nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Partner Center shows the referral as %1, so “%2” no longer applies.</source>
        <translation>Im Partner Center hat die Empfehlung den Status %1, daher gilt „%2“ nicht mehr.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The stored copy of this referral cannot be read. It is read again from Partner Center with the next sync; try again after that.</source>
        <translation>Die gespeicherte Kopie dieser Empfehlung kann nicht gelesen werden. Sie wird bei der nächsten Synchronisierung erneut vom Partner Center abgerufen; versuchen Sie es danach noch einmal.</translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 reported an error while Referral Desk read or wrote it (%2). Nothing was changed; check the disk or its connection, then start Referral Desk again.</source>
        <translation>Der Datenträger mit der lokalen Datenbank %1 hat beim Lesen oder Schreiben einen Fehler gemeldet (%2). Es wurde nichts geändert; prüfen Sie den Datenträger oder seine Verbindung und starten Sie Referral Desk dann erneut.</translation>
    </message>
    <message>
        <source>Referral Desk (or another referral-desk-cli) has the local database %1 open. Close it, then compact again.</source>
        <translation>Referral Desk (oder ein anderes referral-desk-cli) hat die lokale Datenbank %1 geöffnet. Schließen Sie es und komprimieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The local database %1 is not at this version&apos;s format; it was not compacted.</source>
        <translation>Die lokale Datenbank %1 hat nicht das Format dieser Version; sie wurde nicht komprimiert.</translation>
    </message>
    <message>
        <source>A session on the local database %1 ended without closing. Run compact again: the database is checked first.</source>
        <translation>Eine Sitzung mit der lokalen Datenbank %1 wurde nicht ordnungsgemäß beendet. Führen Sie compact erneut aus: Die Datenbank wird dann zuerst geprüft.</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2).</source>
        <translation>Die lokale Datenbank %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside; close other programs using it, or move it yourself.</source>
        <translation>Die beschädigte Datenbank %1 konnte nicht beiseitegelegt werden; schließen Sie andere Programme, die sie verwenden, oder verschieben Sie sie selbst.</translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation>Die beschädigte Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>What could be read from the damaged database could not be saved into the new one at %1.</source>
        <translation>Was aus der beschädigten Datenbank gelesen werden konnte, ließ sich nicht in die neue unter %1 speichern.</translation>
    </message>
    <message>
        <source>Nothing could be read from it.</source>
        <translation>Aus ihr konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <source>Saved from it: %1 queued actions, %2 history entries; %3 could not be read.</source>
        <translation>Daraus gerettet: %1 wartende Aktionen, %2 Verlaufseinträge; %3 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Parts of the file could not be reached at all, so more may be missing.</source>
        <translation>Teile der Datei waren gar nicht erreichbar, daher kann mehr fehlen.</translation>
    </message>
    <message>
        <source>Your referrals come back from Partner Center with the next sync.</source>
        <translation>Ihre Empfehlungen kommen mit der nächsten Synchronisierung vom Partner Center zurück.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation>Beantworten Sie Empfehlungen aus dem Microsoft Partner Center, bevor sie verfallen.</translation>
    </message>
    <message>
        <source>Keep the local database and settings in &lt;folder&gt;.</source>
        <translation>Lokale Datenbank und Einstellungen in &lt;folder&gt; ablegen.</translation>
    </message>
    <message>
        <source>Referrals API base URL (remembered).</source>
        <translation>Basis-URL der Empfehlungs-API (wird gespeichert).</translation>
    </message>
    <message>
        <source>Use this bearer token instead of signing in; never written anywhere.</source>
        <translation>Dieses Bearer-Token statt einer Anmeldung verwenden; es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Sign-in authority URL (remembered).</source>
        <translation>URL der Anmelde-Autorität (wird gespeichert).</translation>
    </message>
    <message>
        <source>OAuth client id (remembered).</source>
        <translation>OAuth-Client-ID (wird gespeichert).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync (or at once without one), then quit.</source>
        <translation>Nach der ersten Synchronisierung (oder ohne Synchronisierung sofort) ein Bild des Fensters in &lt;file&gt; speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Start on sample data from the bundled simulator (nothing goes to Partner Center).</source>
        <translation>Mit Beispieldaten aus dem mitgelieferten Simulator starten (nichts wird an das Partner Center gesendet).</translation>
    </message>
    <message>
        <source>Print the milliseconds from start until the board is first shown and the memory in use, then quit (for benchmarks).</source>
        <translation>Die Millisekunden vom Start bis zur ersten Anzeige des Boards und den belegten Speicher ausgeben, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>Show the windows light or dark instead of following the system (light, dark).</source>
        <translation>Fenster hell oder dunkel anzeigen, statt dem System zu folgen (light, dark).</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use light or dark.
</source>
        <translation>Unbekanntes Farbschema „%1“: light oder dark verwenden.
</translation>
    </message>
</context>
<context>
    <name>rd::AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>Empfehlung annehmen</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Geschäft bearbeiten</translation>
    </message>
    <message>
        <source>Accept the referral from %1 with your estimate of the deal. It moves to Negotiating.</source>
        <translation>Nehmen Sie die Empfehlung von %1 mit Ihrer Schätzung des Geschäfts an. Sie wechselt nach „In Verhandlung“.</translation>
    </message>
    <message>
        <source>Change the deal with %1.</source>
        <translation>Das Geschäft mit %1 ändern.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>rd::ActionController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>That referral is no longer in the local database.</source>
        <translation>Diese Empfehlung ist nicht mehr in der lokalen Datenbank.</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Geschäft gewonnen</translation>
    </message>
    <message>
        <source>Report the deal with %1 as won? The referral is archived.</source>
        <translation>Das Geschäft mit %1 als gewonnen melden? Die Empfehlung wird archiviert.</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>Als gewonnen melden</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <source>%1: %2 — it will be sent to Partner Center.</source>
        <translation>%1: %2 – wird an das Partner Center gesendet.</translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation>Rückgängig gemacht; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The action is already on its way to Partner Center and cannot be undone.</source>
        <translation>Die Aktion ist bereits auf dem Weg zum Partner Center und kann nicht mehr zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The deal with %1 is unchanged; nothing was sent.</source>
        <translation>Das Geschäft mit %1 ist unverändert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The action could not be undone just now; try again.</source>
        <translation>Die Aktion konnte gerade nicht zurückgenommen werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The action was already sent to Partner Center and cannot be undone.</source>
        <translation>Die Aktion wurde bereits an das Partner Center gesendet und kann nicht mehr zurückgenommen werden.</translation>
    </message>
</context>
<context>
    <name>rd::ApiClient</name>
    <message>
        <source>%1 is not https; plain http is only allowed to this computer (loopback).</source>
        <translation>%1 ist kein https; unverschlüsseltes http ist nur zu diesem Computer (Loopback) erlaubt.</translation>
    </message>
</context>
<context>
    <name>rd::ApiJob</name>
    <message>
        <source>The answer is not a JSON object (%1).</source>
        <translation>Die Antwort ist kein JSON-Objekt (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ArchiveModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>rd::ArchiveWindow</name>
    <message>
        <source>Archive — Referral Desk</source>
        <translation>Archiv – Referral Desk</translation>
    </message>
    <message>
        <source>Search customers, referrals, notes, cities, products, contacts</source>
        <translation>Kunden, Empfehlungen, Notizen, Orte, Produkte, Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Archiv durchsuchen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Product or solution</source>
        <translation>Produkt oder Lösung</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Abgeschlossen ab</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>Abgeschlossen bis</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Archived referrals</source>
        <translation>Archivierte Empfehlungen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>Alle Größen</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting archived referrals…</source>
        <translation>Archivierte Empfehlungen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet (%1)</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text für eine Tabellenkalkulation kopieren (%1)</translation>
    </message>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n archived referral(s) written to %1.</source>
        <translation>
            <numerusform>%n archivierte Empfehlung wurde in %1 geschrieben.</numerusform>
            <numerusform>%n archivierte Empfehlungen wurden in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln archived referral(s)</source>
        <translation>
            <numerusform>Mehr als %Ln archivierte Empfehlung</numerusform>
            <numerusform>Mehr als %Ln archivierte Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived referral(s)</source>
        <translation>
            <numerusform>%Ln archivierte Empfehlung</numerusform>
            <numerusform>%Ln archivierte Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recently synced referral(s) cannot be found yet: the search is still being prepared.</source>
        <translation>
            <numerusform>%Ln kürzlich synchronisierte Empfehlung ist noch nicht auffindbar: Die Suche wird noch vorbereitet.</numerusform>
            <numerusform>%Ln kürzlich synchronisierte Empfehlungen sind noch nicht auffindbar: Die Suche wird noch vorbereitet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::BarChart</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No accepted referrals in this period.</source>
        <translation>Keine angenommenen Empfehlungen in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>rd::BoardViewOptions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sort by &amp;Urgency</source>
        <translation>Nach &amp;Dringlichkeit sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;Fit</source>
        <translation>Nach &amp;Passung sortieren</translation>
    </message>
    <message>
        <source>New and Evaluating cards with the best fit first; the default puts the most urgent first.</source>
        <translation>Karten in „Neu“ und „In Prüfung“ mit der besten Passung zuerst; standardmäßig stehen die dringendsten oben.</translation>
    </message>
    <message>
        <source>Show cards</source>
        <translation>Angezeigte Karten</translation>
    </message>
    <message>
        <source>Which cards the board shows</source>
        <translation>Welche Karten die Übersicht zeigt</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle Karten</translation>
    </message>
    <message numerus="yes">
        <source>Needs an update (%n)</source>
        <extracomment>Negotiating referrals whose closing date passed: report Won, Lost or a new date</extracomment>
        <translation>
            <numerusform>Rückmeldung fällig (%n)</numerusform>
            <numerusform>Rückmeldung fällig (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CardDelegate</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <extracomment>On a card, the day its deal is expected to close</extracomment>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a card, when both fit on one line: the deal value, then &quot;Closes &lt;date&gt;&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asked before</source>
        <extracomment>A card&apos;s mark: this customer sent other referrals before (details: &quot;Also from this customer&quot;)</extracomment>
        <translation>Schon angefragt</translation>
    </message>
</context>
<context>
    <name>rd::ColumnView</name>
    <message>
        <source>%1 referrals</source>
        <translation>%1 Empfehlungen</translation>
    </message>
    <message>
        <source>Cannot be moved here</source>
        <translation>Kann nicht hierher verschoben werden</translation>
    </message>
</context>
<context>
    <name>rd::ConnectDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>How to register Referral Desk and find these values</source>
        <extracomment>The link opens the connection guide inside Referral Desk</extracomment>
        <translation>So registrieren Sie Referral Desk und finden diese Werte</translation>
    </message>
    <message>
        <source>Open the connection guide</source>
        <translation>Verbindungsanleitung öffnen</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Die Anmeldeseite wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>A&amp;nmeldung abbrechen</translation>
    </message>
    <message>
        <source>Your browser shows the Microsoft sign-in page. Sign in there with your Partner Center account; Referral Desk waits for up to 5 minutes. Cancel stops waiting.</source>
        <translation>Ihr Browser zeigt die Microsoft-Anmeldeseite. Melden Sie sich dort mit Ihrem Partner Center-Konto an; Referral Desk wartet bis zu 5 Minuten. Mit „Anmeldung abbrechen“ beenden Sie das Warten.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the sign-in address, open it in a browser on this computer and sign in; Referral Desk waits for up to 5 minutes.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie die Anmeldeadresse, öffnen Sie sie in einem Browser auf diesem Computer und melden Sie sich an; Referral Desk wartet bis zu 5 Minuten.</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <source>Copy its address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Change the values or sign in again.</source>
        <translation>Anmeldung abgebrochen. Ändern Sie die Werte oder melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message>
        <source>Offline, last sync 12:59 PM, 999 actions queued</source>
        <translation>Offline, letzte Synchronisierung 12:59, 999 Aktionen wartend</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Online, synced at %1</source>
        <translation>Online, synchronisiert um %1</translation>
    </message>
    <message>
        <source>Offline, last sync %1</source>
        <translation>Offline, letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Local database problem</source>
        <translation>Problem mit der lokalen Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) queued</source>
        <translation>
            <numerusform>%Ln Aktion wartend</numerusform>
            <numerusform>%Ln Aktionen wartend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialStore</name>
    <message>
        <source>There is no desktop session bus, so no keyring can be reached. Sign in from a desktop session.</source>
        <translation>Es ist kein Sitzungsbus der Desktop-Sitzung vorhanden, daher ist kein Schlüsselbund erreichbar. Melden Sie sich in einer Desktop-Sitzung an.</translation>
    </message>
    <message>
        <source>No keyring service is running. Install GNOME Keyring (gnome-keyring) or KWallet and unlock it, then sign in again.</source>
        <translation>Es läuft kein Schlüsselbunddienst. Installieren Sie GNOME Keyring (gnome-keyring) oder KWallet, entsperren Sie den Schlüsselbund und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The keyring did not answer. It may be locked: unlock it (for example by signing in to the desktop) and try again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Möglicherweise ist er gesperrt: Entsperren Sie ihn (zum Beispiel durch Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; Referral Desk keeps sign-in secrets only there.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar; Referral Desk speichert Anmeldegeheimnisse nur dort.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Referral Desk to use it, or unlock it, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Referral Desk den Zugriff oder entsperren Sie den Schlüsselbund, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>rd::DbusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation>Interessiert</translation>
    </message>
</context>
<context>
    <name>rd::Desktop</name>
    <message>
        <source>Referral Desk keeps running in the tray and warns you before a referral is missed. To end it, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Referral Desk läuft im Infobereich weiter und warnt Sie, bevor eine Empfehlung verfällt. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available here (no notification service and no system tray); watch the badges on the board.</source>
        <translation>Desktop-Benachrichtigungen sind hier nicht verfügbar (kein Benachrichtigungsdienst und kein Infobereich); achten Sie auf die Hinweise auf dem Board.</translation>
    </message>
    <message>
        <source>Signed in with a given token</source>
        <translation>Mit vorgegebenem Token angemeldet</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Signed out. Queued actions wait until you sign in again.</source>
        <translation>Abgemeldet. Wartende Aktionen bleiben bis zur nächsten Anmeldung erhalten.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed out: choose Sign In… to sync again.</source>
        <translation>Abgemeldet: Wählen Sie „Anmelden…“, um wieder zu synchronisieren.</translation>
    </message>
    <message>
        <source>Not connected to Partner Center yet: choose Connect… to set it up.</source>
        <translation>Noch nicht mit dem Partner Center verbunden: Wählen Sie „Verbinden…“, um die Verbindung einzurichten.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Referral Desk waits for up to 5 minutes.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab; Referral Desk wartet bis zu 5 Minuten.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address on this computer to sign in: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse auf diesem Computer, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Die Anmeldeseite wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rd::DetailsPane</name>
    <message>
        <source>Referral details</source>
        <translation>Details der Empfehlung</translation>
    </message>
    <message>
        <source>Select a card to see everything about the referral.</source>
        <translation>Wählen Sie eine Karte, um alles über die Empfehlung zu sehen.</translation>
    </message>
    <message>
        <source>No referral selected</source>
        <translation>Keine Empfehlung ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>Geschätzter Auftragswert</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Voraussichtliches Abschlussdatum</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Your actions not yet confirmed by Partner Center</source>
        <translation>Ihre noch nicht vom Partner Center bestätigten Aktionen</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Ihre Aktionen</translation>
    </message>
    <message>
        <source>sent to Partner Center</source>
        <translation>an das Partner Center gesendet</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Sent by you to another partner, who answers it</source>
        <translation>Von Ihnen an einen anderen Partner gesendet, der sie beantwortet</translation>
    </message>
    <message>
        <source>Received: yours to answer</source>
        <translation>Eingegangen: von Ihnen zu beantworten</translation>
    </message>
    <message>
        <source>Needs a refresh</source>
        <translation>Aktualisierung nötig</translation>
    </message>
    <message>
        <source>The stored copy of this referral cannot be read, so only its name, customer, status, dates and deal are shown, and no action can be taken on it. The next sync reads it again from Partner Center; your queued actions are kept.</source>
        <translation>Die gespeicherte Kopie dieser Empfehlung kann nicht gelesen werden. Daher werden nur Name, Kunde, Status, Datumsangaben und Geschäft angezeigt, und es sind keine Aktionen möglich. Die nächste Synchronisierung ruft sie erneut vom Partner Center ab; Ihre wartenden Aktionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Also from this customer</source>
        <translation>Weitere von diesem Kunden</translation>
    </message>
    <message>
        <source>Other referrals of this customer; press Enter or double-click one to open it</source>
        <translation>Weitere Empfehlungen dieses Kunden; Eingabetaste oder Doppelklick öffnet eine</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>&quot;Also from this customer&quot;: customer, referral, how it ended (or its stage), date</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4</source>
        <translation>%1 — %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>rd::FitPanel</name>
    <message>
        <source>Similar referrals (press Enter or double-click to open one):</source>
        <translation>Vergleichbare Empfehlungen (Eingabetaste oder Doppelklick öffnet eine):</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <extracomment>a similar past referral: customer, its name, how it ended, when</extracomment>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Fit not known yet</source>
        <translation>Passung noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>rd::GuideWindow</name>
    <message>
        <source>Connecting Referral Desk to Partner Center</source>
        <translation>Referral Desk mit dem Partner Center verbinden</translation>
    </message>
    <message>
        <source>Connection guide</source>
        <translation>Verbindungsanleitung</translation>
    </message>
    <message>
        <source>The connection guide is missing from this installation; it is docs/connect-partner-center.md in Referral Desk&apos;s source.</source>
        <translation>Die Verbindungsanleitung fehlt in dieser Installation; sie liegt im Quellcode von Referral Desk unter docs/connect-partner-center.md.</translation>
    </message>
</context>
<context>
    <name>rd::InsightsWindow</name>
    <message>
        <source>Insights — Referral Desk</source>
        <translation>Auswertungen – Referral Desk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <source>By company size</source>
        <translation>Nach Unternehmensgröße</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Nach Produkt</translation>
    </message>
    <message>
        <source>Referrals received in:</source>
        <translation>Empfehlungen eingegangen im Zeitraum:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation>Median der Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Innerhalb von 24 Std. beantwortet</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Win rate of accepted</source>
        <translation>Gewinnquote der angenommenen</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnener Wert</translation>
    </message>
    <message>
        <source>Pipeline in Negotiating</source>
        <translation>Pipeline in Verhandlung</translation>
    </message>
    <message>
        <source>Closing date passed: report Won or Lost</source>
        <translation>Abschluss überfällig: Gewonnen oder Verloren melden</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Answered in 24 h</source>
        <translation>In 24 Std. beantwortet</translation>
    </message>
    <message>
        <source>Median answer</source>
        <translation>Median Antwort</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Win rate of accepted referrals</source>
        <translation>Gewinnquote der angenommenen Empfehlungen</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Eingegangen ab</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Eingegangen bis</translation>
    </message>
    <message>
        <source>The range starts after it ends: choose a start on or before %1.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: Wählen Sie einen Beginn am oder vor dem %1.</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A figure&apos;s name before its value (&quot;Received: 30&quot;); Chinese uses a full-width colon</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>About Referral Desk</source>
        <translation>Über Referral Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;Answer Microsoft Partner Center referrals before they are missed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;Beantworten Sie Empfehlungen aus dem Microsoft Partner Center, bevor sie verfallen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Send queued actions and fetch changes now (%1)</source>
        <translation>Wartende Aktionen senden und Änderungen jetzt abrufen (%1)</translation>
    </message>
    <message>
        <source>Filter cards (Ctrl+F)</source>
        <translation>Karten filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Some actions could not be sent; see the cards marked Conflict.</source>
        <translation>Einige Aktionen konnten nicht gesendet werden; siehe die Karten mit „Konflikt“.</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiv…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>Aus&amp;wertung…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation>&amp;Vollständig synchronisieren</translation>
    </message>
    <message>
        <source>Also compare every referral Partner Center lists, to find any that arrived with an older date (%1)</source>
        <translation>Zusätzlich alle vom Partner Center aufgelisteten Empfehlungen abgleichen, um auch nachträglich mit älterem Datum eingegangene zu finden (%1)</translation>
    </message>
    <message>
        <source>Referrals you sent to other partners. They answer them; nothing here needs an answer from you.</source>
        <translation>Empfehlungen, die Sie an andere Partner gesendet haben. Diese beantworten sie; hier müssen Sie nichts beantworten.</translation>
    </message>
    <message>
        <source>Back to Your Referrals</source>
        <translation>Zurück zu Ihren Empfehlungen</translation>
    </message>
    <message>
        <source>You are exploring sample data from a simulator on this computer. Nothing you do here goes to Partner Center.</source>
        <translation>Sie sehen sich Beispieldaten aus einem Simulator auf diesem Computer an. Nichts, was Sie hier tun, wird an das Partner Center gesendet.</translation>
    </message>
    <message>
        <source>Connect to Partner Center…</source>
        <translation>Mit dem Partner Center verbinden…</translation>
    </message>
    <message>
        <source>Referral Desk (sample data)</source>
        <translation>Referral Desk (Beispieldaten)</translation>
    </message>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Sent by You (%1)</source>
        <translation>Von Ihnen gesendet (%1)</translation>
    </message>
    <message>
        <source>Sent by You</source>
        <translation>Von Ihnen gesendet</translation>
    </message>
    <message>
        <source>Show the referrals you sent to other partners</source>
        <translation>Die Empfehlungen anzeigen, die Sie an andere Partner gesendet haben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>rd::OutboxPusher</name>
    <message>
        <source>The referral is no longer in the local database.</source>
        <translation>Die Empfehlung ist nicht mehr in der lokalen Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>The referral keeps changing in Partner Center; “%1” was not sent.</source>
        <translation>Die Empfehlung ändert sich im Partner Center ständig; „%1“ wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Partner Center refused “%1”: %2</source>
        <translation>Das Partner Center hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Re-based on the referral&apos;s newer version.</source>
        <translation>An die neuere Version der Empfehlung angepasst.</translation>
    </message>
    <message>
        <source>“%1” could not be put back in the queue either, so it cannot be undone until the next sync or the next start of Referral Desk puts it back.</source>
        <translation>„%1“ konnte auch nicht wieder in die Warteschlange gestellt werden und kann daher erst zurückgenommen werden, wenn die nächste Synchronisierung oder der nächste Start von Referral Desk sie zurückstellt.</translation>
    </message>
</context>
<context>
    <name>rd::ReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Geschäft verloren</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>Empfehlung ablehnen</translation>
    </message>
    <message>
        <source>Why was the deal with %1 lost?</source>
        <translation>Warum wurde das Geschäft mit %1 verloren?</translation>
    </message>
    <message>
        <source>Why do you decline the referral from %1? The customer will be asked to choose another partner.</source>
        <translation>Warum lehnen Sie die Empfehlung von %1 ab? Der Kunde wird gebeten, einen anderen Partner zu wählen.</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Grund wählen oder eingeben</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Als verloren melden</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>rd::RecentArchiveModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An archived card read out: customer, referral, outcome</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ReferralListModel</name>
    <message>
        <source>(no customer name)</source>
        <translation>(kein Kundenname)</translation>
    </message>
    <message>
        <source>%1 · closes %2</source>
        <translation>%1 · Abschluss %2</translation>
    </message>
    <message>
        <source>An action could not be sent.</source>
        <translation>Eine Aktion konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Von Ihnen gesendet</translation>
    </message>
    <message>
        <source>Needs a refresh</source>
        <translation>Aktualisierung nötig</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>im Zeitplan</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>%1, %2. Stage: %3.</source>
        <extracomment>A card read out: customer, referral, stage</extracomment>
        <translation>%1, %2. Phase: %3.</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>A card&apos;s deadline read out, with how urgent its colour says it is</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to Partner Center.</source>
        <translation>Wartet auf das Senden an Partner Center.</translation>
    </message>
    <message>
        <source>Also from this customer: earlier referrals.</source>
        <extracomment>The card&apos;s mark read out: this customer sent other referrals before</extracomment>
        <translation>Weitere von diesem Kunden: frühere Empfehlungen.</translation>
    </message>
</context>
<context>
    <name>rd::ReferralPuller</name>
    <message>
        <source>The list has no &quot;value&quot;.</source>
        <translation>Die Liste enthält kein Feld „value“.</translation>
    </message>
    <message>
        <source>The local database %1 could not be read or written.</source>
        <translation>Die lokale Datenbank %1 konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>rd::ResponsePanel</name>
    <message>
        <source>How fast you answer: the last 12 weeks</source>
        <translation>Wie schnell Sie antworten: die letzten 12 Wochen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Missed the 24-hour target this week</source>
        <translation>Diese Woche das 24-Stunden-Antwortziel verpasst</translation>
    </message>
    <message>
        <source>Reading the last 12 weeks…</source>
        <translation>Die letzten 12 Wochen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on at least the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>Serie: Seit mindestens %n Tag mit Eingängen jede neue Empfehlung innerhalb von 24 Std. beantwortet.</numerusform>
            <numerusform>Serie: Seit mindestens %n Tagen mit Eingängen jede neue Empfehlung innerhalb von 24 Std. beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>Serie: Seit %n Tag mit Eingängen jede neue Empfehlung innerhalb von 24 Std. beantwortet.</numerusform>
            <numerusform>Serie: Seit %n Tagen mit Eingängen jede neue Empfehlung innerhalb von 24 Std. beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: no day to count yet (days without new referrals neither break nor extend it).</source>
        <translation>Serie: Noch kein Tag zu zählen (Tage ohne neue Empfehlungen zählen weder für noch gegen sie).</translation>
    </message>
    <message>
        <source>Streak: none. The latest day with new referrals had one answered later than 24 h.</source>
        <translation>Serie: keine. Am letzten Tag mit neuen Empfehlungen wurde eine erst nach über 24 Std. beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) missed the 24-hour target this week (double-click to open):</source>
        <translation>
            <numerusform>%n Empfehlung hat diese Woche das 24-Stunden-Antwortziel verpasst (Doppelklick öffnet sie):</numerusform>
            <numerusform>%n Empfehlungen haben diese Woche das 24-Stunden-Antwortziel verpasst (Doppelklick öffnet eine):</numerusform>
        </translation>
    </message>
    <message>
        <source>No referral missed the 24-hour target this week.</source>
        <translation>Diese Woche kein 24-Stunden-Antwortziel verpasst.</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (%2 später)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>rd::SampleService</name>
    <message>
        <source>The sample data service did not start within 20 seconds.</source>
        <translation>Der Beispieldatendienst ist nicht innerhalb von 20 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The sample data service (%1) is not installed beside Referral Desk.</source>
        <translation>Der Beispieldatendienst (%1) ist nicht zusammen mit Referral Desk installiert.</translation>
    </message>
    <message>
        <source>The sample data service could not be started: %1</source>
        <translation>Der Beispieldatendienst konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sample data service stopped at once (exit code %1). %2</source>
        <translation>Der Beispieldatendienst wurde sofort beendet (Exitcode %1). %2</translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>A&amp;nmeldung abbrechen</translation>
    </message>
    <message>
        <source>How often Referral Desk asks Partner Center for changes: %1–%2 minutes.</source>
        <extracomment>%1–%2 the allowed range of the sync interval in minutes</extracomment>
        <translation>Wie oft Referral Desk das Partner Center nach Änderungen fragt: %1–%2 Minuten.</translation>
    </message>
    <message>
        <source>How long you can undo an action before it is sent to Partner Center; 0 sends at once. %1–%2 seconds.</source>
        <extracomment>%1–%2 the allowed range of the undo window in seconds</extracomment>
        <translation>Wie lange Sie eine Aktion zurücknehmen können, bevor sie an das Partner Center gesendet wird; 0 sendet sofort. %1–%2 Sekunden.</translation>
    </message>
</context>
<context>
    <name>rd::SignIn</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signing in again is needed (%1).</source>
        <translation>Eine erneute Anmeldung ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>Could not listen on this computer for the sign-in answer: %1</source>
        <translation>Auf diesem Computer konnte nicht auf die Antwort der Anmeldung gewartet werden: %1</translation>
    </message>
    <message>
        <source>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;Sign-in finished. You can close this page and return to Referral Desk.&lt;/p&gt;</source>
        <translation>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;Anmeldung abgeschlossen. Sie können diese Seite schließen und zu Referral Desk zurückkehren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>Die Antwort der Anmeldung passt nicht zu dieser Anfrage; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not start the sign-in: %1</source>
        <translation>Die Anmeldung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sign-in code expired; start again.</source>
        <translation>Der Anmeldecode ist abgelaufen; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>No application (client) id is set: connect to Partner Center first (File › Sign In, or referral-desk-cli --tenant … --client-id … sign-in).</source>
        <translation>Es ist keine Anwendungs-ID (Client) festgelegt: Verbinden Sie sich zuerst mit dem Partner Center (Datei › Anmelden oder referral-desk-cli --tenant … --client-id … sign-in).</translation>
    </message>
    <message>
        <source>The sign-in authority “%1” is not a web address.</source>
        <translation>Die Anmelde-Autorität „%1“ ist keine Webadresse.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in was not completed within %n minute(s), so Referral Desk stopped waiting. Start it again when you are ready.</source>
        <translation>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minute abgeschlossen, daher wartet Referral Desk nicht mehr. Starten Sie sie erneut, sobald Sie bereit sind.</numerusform>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minuten abgeschlossen, daher wartet Referral Desk nicht mehr. Starten Sie sie erneut, sobald Sie bereit sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in settings changed; sign in again.</source>
        <translation>Die Anmeldeeinstellungen haben sich geändert; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>rd::StageColumn</name>
    <message>
        <source>No new referrals</source>
        <translation>Keine neuen Empfehlungen</translation>
    </message>
    <message>
        <source>Nothing being evaluated</source>
        <translation>Nichts in Prüfung</translation>
    </message>
    <message>
        <source>No deals in negotiation</source>
        <translation>Keine Geschäfte in Verhandlung</translation>
    </message>
    <message>
        <source>Nothing archived yet</source>
        <translation>Noch nichts archiviert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Column header: a stage and how many referrals it holds, e.g. &quot;New · 3&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open the full archive…</source>
        <translation>Das ganze Archiv öffnen…</translation>
    </message>
    <message>
        <source>Open the full archive</source>
        <translation>Das ganze Archiv öffnen</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>The Archived column&apos;s count when a search found more than it counts, e.g. &quot;10000+&quot;</extracomment>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>rd::StaticTokenSource</name>
    <message>
        <source>The given access token was refused.</source>
        <translation>Das angegebene Zugriffstoken wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>rd::TrayIcon</name>
    <message>
        <source>&amp;Open Referral Desk</source>
        <translation>Referral Desk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications for 1 Hour</source>
        <translation>Benachrichtigungen 1 Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Notifications Paused until %1 (Click to Resume)</source>
        <translation>Benachrichtigungen pausiert bis %1 (Klicken zum Fortsetzen)</translation>
    </message>
    <message>
        <source>Nothing needs an answer today</source>
        <translation>Heute ist nichts zu beantworten</translation>
    </message>
    <message>
        <source>%1 new</source>
        <extracomment>In the tray&apos;s tooltip: how many referrals are in the New column</extracomment>
        <translation>%1 neu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) need(s) an answer today</source>
        <translation>
            <numerusform>%Ln Empfehlung braucht heute eine Antwort</numerusform>
            <numerusform>%Ln Empfehlungen brauchen heute eine Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>No new referrals this week</source>
        <translation>Diese Woche keine neuen Empfehlungen</translation>
    </message>
    <message>
        <source>This week: %1 answered within 24 h</source>
        <extracomment>In the tray&apos;s tooltip; %1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>Diese Woche: %1 in 24 Std. beantwortet</translation>
    </message>
</context>
<context>
    <name>rd::UndoBar</name>
    <message>
        <source>%1: %2. Sent to Partner Center in %3 s.</source>
        <extracomment>%1 the action, %2 the customer, %3 seconds until it is sent</extracomment>
        <translation>%1: %2. Wird in %3 s an das Partner Center gesendet.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take the action back; nothing is sent (%1)</source>
        <translation>Aktion zurücknehmen; es wird nichts gesendet (%1)</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send it to Partner Center without waiting</source>
        <translation>Ohne zu warten an das Partner Center senden</translation>
    </message>
</context>
<context>
    <name>rd::WeeklyResponseChart</name>
    <message>
        <source>%1 h</source>
        <extracomment>A scale&apos;s hours in the weekly response chart (&quot;48 h&quot;)</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Answers per week</source>
        <translation>Antworten pro Woche</translation>
    </message>
    <message>
        <source>Week of %1: no new referrals</source>
        <translation>Woche vom %1: keine neuen Empfehlungen</translation>
    </message>
    <message>
        <source>Week of %1: %2 answered within 24 h, median %3</source>
        <translation>Woche vom %1: %2 innerhalb von 24 Std. beantwortet, Median %3</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Innerhalb von 24 Std. beantwortet</translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation>Median der Zeit bis zur ersten Antwort</translation>
    </message>
</context>
<context>
    <name>rd::WelcomePage</name>
    <message>
        <source>Welcome to Referral Desk</source>
        <translation>Willkommen bei Referral Desk</translation>
    </message>
    <message>
        <source>Referral Desk shows the referrals Microsoft sends you through Partner Center on one board, counts down the time left to answer each one, and warns you before one is missed. It keeps a copy on this computer, so you can work offline too.</source>
        <translation>Referral Desk zeigt die Empfehlungen, die Microsoft Ihnen über das Partner Center sendet, auf einem Board, zählt für jede die verbleibende Antwortzeit herunter und warnt Sie, bevor eine verfällt. Eine Kopie bleibt auf diesem Computer, sodass Sie auch offline arbeiten können.</translation>
    </message>
    <message>
        <source>Connect to Partner Center…</source>
        <translation>Mit dem Partner Center verbinden…</translation>
    </message>
    <message>
        <source>Connect to Partner Center</source>
        <translation>Mit dem Partner Center verbinden</translation>
    </message>
    <message>
        <source>Enter your tenant and app registration, then sign in with your browser.</source>
        <translation>Geben Sie Ihren Mandanten und Ihre App-Registrierung ein und melden Sie sich dann im Browser an.</translation>
    </message>
    <message>
        <source>You need a Partner Center account with the Referrals admin or Referrals user role, and an app registration your administrator makes once in Microsoft Entra ID.</source>
        <translation>Sie benötigen ein Partner Center-Konto mit der Rolle „Empfehlungsadministrator“ oder „Empfehlungsbenutzer“ sowie eine App-Registrierung, die Ihr Administrator einmalig in Microsoft Entra ID anlegt.</translation>
    </message>
    <message>
        <source>Read the connection guide</source>
        <translation>Verbindungsanleitung lesen</translation>
    </message>
    <message>
        <source>What you need, and the connection guide</source>
        <translation>Voraussetzungen und Verbindungsanleitung</translation>
    </message>
    <message>
        <source>Starting the sample…</source>
        <translation>Beispiel wird gestartet…</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Opens the board on invented referrals from a simulator on this computer.</source>
        <translation>Öffnet das Board mit fiktiven Empfehlungen aus einem Simulator auf diesem Computer.</translation>
    </message>
    <message>
        <source>Try the board on invented referrals from a simulator on this computer. Nothing you do there goes to Partner Center.</source>
        <translation>Probieren Sie das Board mit fiktiven Empfehlungen aus einem Simulator auf diesem Computer aus. Nichts, was Sie dort tun, wird an das Partner Center gesendet.</translation>
    </message>
</context>
</TS>
