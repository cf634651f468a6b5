<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>Accepter la recommandation</translation>
    </message>
    <message>
        <source>Estimated deal &amp;value:</source>
        <translation>&amp;Valeur estimée de l’affaire&#x202f;:</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>Valeur estimée de l’affaire</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#x202f;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Estimated &amp;closing date:</source>
        <translation>Date de &amp;clôture estimée&#x202f;:</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Date de clôture estimée</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#x202f;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Partner Center cannot be reached; your actions are kept and sent later.</source>
        <translation>Le Partner Center est injoignable&#x202f;; vos actions sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>Partner Center did not answer in time; your actions are kept and sent later.</source>
        <translation>Le Partner Center n’a pas répondu à temps&#x202f;; vos actions sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your account cannot use referrals: it needs the Partner Center role Referrals Admin or Referrals User.</source>
        <translation>Votre compte ne peut pas utiliser les recommandations&#x202f;: il lui faut le rôle Partner Center «&#x202f;Administrateur des recommandations&#x202f;» ou «&#x202f;Utilisateur des recommandations&#x202f;».</translation>
    </message>
    <message>
        <source>Partner Center has no referral list at this address (HTTP 404); check the Referrals API address in the settings.</source>
        <translation>Le Partner Center n’a aucune liste de recommandations à cette adresse (HTTP 404)&#x202f;; vérifiez l’adresse de l’API des recommandations dans les paramètres.</translation>
    </message>
    <message>
        <source>The referral no longer exists in Partner Center.</source>
        <translation>La recommandation n’existe plus dans le Partner Center.</translation>
    </message>
    <message>
        <source>The referral changed in Partner Center since it was read.</source>
        <translation>La recommandation a été modifiée dans le Partner Center depuis sa lecture.</translation>
    </message>
    <message>
        <source>Partner Center refused the change:</source>
        <translation>Le Partner Center a refusé la modification&#x202f;:</translation>
    </message>
    <message>
        <source>Partner Center refused the request to list referrals (HTTP %1):</source>
        <translation>Le Partner Center a refusé la demande de liste des recommandations (HTTP %1)&#x202f;:</translation>
    </message>
    <message>
        <source>Partner Center refused the request to read the referral (HTTP %1):</source>
        <translation>Le Partner Center a refusé la demande de lecture de la recommandation (HTTP %1)&#x202f;:</translation>
    </message>
    <message>
        <source>Partner Center asks to slow down; trying again shortly.</source>
        <translation>Le Partner Center demande de ralentir&#x202f;; nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>Partner Center had a problem (HTTP %1); trying again later.</source>
        <translation>Le Partner Center a rencontré un problème (HTTP %1)&#x202f;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>Partner Center sent an answer Referral Desk cannot read; trying again later.</source>
        <translation>Le Partner Center a envoyé une réponse que Referral Desk ne sait pas lire&#x202f;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>The connection to Partner Center is not secure, so nothing was sent.</source>
        <translation>La connexion au Partner Center n’est pas sécurisée&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Syncing stopped because of the local database, not Partner Center; your actions are kept.</source>
        <translation>La synchronisation s’est arrêtée à cause de la base de données locale, et non du Partner Center&#x202f;; vos actions sont conservées.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter an address.</source>
        <translation>Entrez une adresse.</translation>
    </message>
    <message>
        <source>This is not a web address (for example https://example.com).</source>
        <translation>Ce n’est pas une adresse web (par exemple https://example.com).</translation>
    </message>
    <message>
        <source>New referrals arrived</source>
        <translation>Nouvelles recommandations reçues</translation>
    </message>
    <message>
        <source>24-hour response target ends in 2 hours</source>
        <translation>Le délai de réponse de 24 heures expire dans 2 heures</translation>
    </message>
    <message>
        <source>Missed in 12 hours</source>
        <translation>Manquée dans 12 heures</translation>
    </message>
    <message>
        <source>Missed in 1 hour (last call)</source>
        <translation>Manquée dans 1 heure (dernier rappel)</translation>
    </message>
    <message>
        <source>Expires in 24 hours</source>
        <translation>Expire dans 24 heures</translation>
    </message>
    <message>
        <source>Expires in 4 hours (last call)</source>
        <translation>Expire dans 4 heures (dernier rappel)</translation>
    </message>
    <message>
        <source>Closing date passed (once a day)</source>
        <translation>Date de clôture dépassée (une fois par jour)</translation>
    </message>
    <message>
        <source>An action failed or conflicts</source>
        <translation>Une action a échoué ou est en conflit</translation>
    </message>
    <message>
        <source>A client id has no spaces.</source>
        <translation>Un ID client ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>Sync every %1 to %2 minutes.</source>
        <translation>L’intervalle de synchronisation doit être de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>Hold each action for %1 to %2 seconds before it is sent.</source>
        <translation>Chaque action doit être retenue de %1 à %2 secondes avant son envoi.</translation>
    </message>
    <message>
        <source>Choose a currency from the list (ISO 4217 code).</source>
        <translation>Choisissez une devise dans la liste (code ISO 4217).</translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end.</source>
        <translation>Les heures silencieuses doivent avoir un début et une fin distincts.</translation>
    </message>
    <message>
        <source>There is no translation for “%1”.</source>
        <translation>Il n’existe pas de traduction pour «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The setting %1 in %2 cannot be used: “%3”. %4 Correct it in Settings (or in that file); until then Referral Desk works offline.</source>
        <extracomment>%1 the key, %2 the settings file, %3 its value, %4 what is wrong with it</extracomment>
        <translation>Le paramètre %1 dans %2 est inutilisable&#x202f;: «&#x202f;%3&#x202f;». %4 Corrigez-le dans les paramètres (ou dans ce fichier)&#x202f;; d’ici là, Referral Desk fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Weekly summary (Monday morning)</source>
        <translation>Résumé hebdomadaire (lundi matin)</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Referral ID</source>
        <translation>ID de la recommandation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Partner Center</source>
        <translation>Connexion au Partner Center</translation>
    </message>
    <message>
        <source>Referral Desk signs in to Partner Center as you, through an app registration in your organization&apos;s Microsoft Entra ID. Enter what that registration shows; you then sign in with your Partner Center account in your browser (it needs the Referrals admin or Referrals user role).</source>
        <translation>Referral Desk se connecte au Partner Center en votre nom, par le biais d’une inscription d’application dans le Microsoft Entra ID de votre organisation. Entrez les valeurs affichées par cette inscription&#x202f;; vous vous connectez ensuite dans votre navigateur avec votre compte Partner Center (il doit avoir le rôle «&#x202f;Administrateur des recommandations&#x202f;» ou «&#x202f;Utilisateur des recommandations&#x202f;»).</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#x202f;:</translation>
    </message>
    <message>
        <source>Tenant (directory id or domain)</source>
        <translation>Locataire (ID d’annuaire ou domaine)</translation>
    </message>
    <message>
        <source>Your directory (tenant) id, or your organization&apos;s domain such as contoso.onmicrosoft.com. It decides where you sign in.</source>
        <translation>L’ID de votre annuaire (locataire), ou le domaine de votre organisation, par exemple contoso.onmicrosoft.com. Il détermine où vous vous connectez.</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>ID d’&amp;application (client)&#x202f;:</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>ID d’application (client)</translation>
    </message>
    <message>
        <source>The id of the app registration your administrator made for Referral Desk in Microsoft Entra ID (its Overview page).</source>
        <translation>L’ID de l’inscription d’application que votre administrateur a créée pour Referral Desk dans Microsoft Entra ID (sur sa page «&#x202f;Vue d’ensemble&#x202f;»).</translation>
    </message>
    <message>
        <source>API &amp;permission:</source>
        <translation>Au&amp;torisation d’API&#x202f;:</translation>
    </message>
    <message>
        <source>Partner Center API permission (scope)</source>
        <translation>Autorisation de l’API Partner Center (étendue)</translation>
    </message>
    <message>
        <source>The delegated Partner Center permission Referral Desk asks for. Keep the default unless your administrator says otherwise.</source>
        <translation>L’autorisation Partner Center déléguée que demande Referral Desk. Conservez la valeur par défaut, sauf indication contraire de votre administrateur.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter your directory (tenant) id or your organization&apos;s domain, for example contoso.onmicrosoft.com.</source>
        <translation>Entrez l’ID de votre annuaire (locataire) ou le domaine de votre organisation, par exemple contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>A sign-in address needs the tenant in its path, for example https://login.microsoftonline.com/contoso.onmicrosoft.com.</source>
        <translation>Une adresse de connexion doit contenir le locataire dans son chemin, par exemple https://login.microsoftonline.com/contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>“%1” is neither a directory id (such as 72f988bf-86f1-41af-91ab-2d7cd011db47) nor a domain (such as contoso.onmicrosoft.com).</source>
        <translation>«&#x202f;%1&#x202f;» n’est ni un ID d’annuaire (comme 72f988bf-86f1-41af-91ab-2d7cd011db47) ni un domaine (comme contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>Enter the application (client) id of your app registration.</source>
        <translation>Entrez l’ID d’application (client) de votre inscription d’application.</translation>
    </message>
    <message>
        <source>An application (client) id looks like 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d; copy it from the app registration&apos;s Overview page.</source>
        <translation>Un ID d’application (client) ressemble à 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d&#x202f;; copiez-le depuis la page «&#x202f;Vue d’ensemble&#x202f;» de l’inscription d’application.</translation>
    </message>
    <message>
        <source>Enter the API permission, normally https://api.partner.microsoft.com/user_impersonation.</source>
        <translation>Entrez l’autorisation d’API, normalement https://api.partner.microsoft.com/user_impersonation.</translation>
    </message>
    <message>
        <source>“%1” is not an API permission such as https://api.partner.microsoft.com/user_impersonation.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une autorisation d’API comme https://api.partner.microsoft.com/user_impersonation.</translation>
    </message>
</context>
<context>
    <name>CountryName</name>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Îles Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>République du Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Îles Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Îles Malouines (Falkland)</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Îles Féroé</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groenland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud-et-les Îles Sandwich du Sud</translation>
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
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l’océan Indien</translation>
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
        <translation>Islande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Îles Caïmans</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
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
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (partie française)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Birmanie</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Île Norfolk</translation>
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
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Nioue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
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
        <translation>Pérou</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sainte-Hélène, Ascension et Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard et Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Saint-Siège (Vatican)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis et Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message>
        <source>Missed · waiting for the service</source>
        <translation>Manquée · en attente du service</translation>
    </message>
    <message>
        <source>Expired · waiting for the service</source>
        <translation>Expirée · en attente du service</translation>
    </message>
    <message>
        <source>Closing date passed</source>
        <translation>Date de clôture dépassée</translation>
    </message>
    <message>
        <source>Missed in %1</source>
        <translation>Manquée dans %1</translation>
    </message>
    <message>
        <source>Respond in %1</source>
        <translation>Répondre dans %1</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Expire dans %1</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>Clôture dans %1</translation>
    </message>
    <message>
        <source>Late · missed in %1</source>
        <translation>En retard · manquée dans %1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes left, e.g. &quot;5 h 12 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>minutes left, e.g. &quot;40 min&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Respond soon</source>
        <translation>Répondre bientôt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>About to be missed</source>
        <translation>Bientôt manquée</translation>
    </message>
    <message>
        <source>Decide soon</source>
        <translation>Décider bientôt</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture proche</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Échue</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>a length of time on its own, as in: median answer 3 days</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>time left, after in or within: expires in 3 days</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Not enough history: no earlier referral like this one has ended yet.</source>
        <translation>Historique insuffisant : aucune recommandation antérieure similaire n’est encore terminée.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history: only %n similar referrals have ended so far (a fit needs %1).</source>
        <extracomment>%n similar referrals ended so far; %1 how many are needed</extracomment>
        <translation>
            <numerusform>Historique insuffisant : seulement %n recommandation similaire terminée jusqu’ici (il en faut %1).</numerusform>
            <numerusform>Historique insuffisant : seulement %n recommandations similaires terminées jusqu’ici (il en faut %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You won %1 of %n similar referrals: %2.</source>
        <extracomment>%1 how many were won, %n how many similar ones ended, %2 what they share</extracomment>
        <translation>
            <numerusform>Vous avez gagné %1 sur %n recommandation similaire : %2.</numerusform>
            <numerusform>Vous avez gagné %1 sur %n recommandations similaires : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>High fit</source>
        <translation>Adéquation élevée</translation>
    </message>
    <message>
        <source>Medium fit</source>
        <translation>Adéquation moyenne</translation>
    </message>
    <message>
        <source>Low fit</source>
        <translation>Adéquation faible</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>Historique insuffisant</translation>
    </message>
    <message>
        <source>Not known yet: Referral Desk is still counting how your archived referrals ended. The fit appears when it is done.</source>
        <translation>Pas encore connue : Referral Desk compte encore l’issue de vos recommandations archivées. L’adéquation apparaîtra une fois ce décompte terminé.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1+ employees</source>
        <extracomment>A company size: more than this many employees (&quot;10,000+ employees&quot;)</extracomment>
        <translation>%1+ employés</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <extracomment>A company size of exactly this many employees</extracomment>
        <translation>%1 employés</translation>
    </message>
    <message>
        <source>%1–%2 employees</source>
        <extracomment>A company size: from–to employees (&quot;51–250 employees&quot;); keep the en dash</extracomment>
        <translation>%1–%2 employés</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <extracomment>The referral&apos;s qualification: nobody qualified the lead</extracomment>
        <translation>Non qualifiée</translation>
    </message>
    <message>
        <source>Direct</source>
        <extracomment>The referral&apos;s qualification: the lead came directly, not through marketing or sales</extracomment>
        <translation>Directe</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <extracomment>The referral&apos;s qualification: qualified by (Microsoft) marketing</extracomment>
        <translation>Qualifiée par le marketing</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <extracomment>The referral&apos;s qualification: qualified by (Microsoft) sales</extracomment>
        <translation>Qualifiée par les ventes</translation>
    </message>
    <message>
        <source>Independent</source>
        <extracomment>Referral type: visible to this partner only</extracomment>
        <translation>Indépendante</translation>
    </message>
    <message>
        <source>Shared (co-sell)</source>
        <extracomment>Referral type: visible to two parties selling together (for example with Microsoft)</extracomment>
        <translation>Partagée (co-vente)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Why a referral was closed: the partner said &quot;No thanks&quot; while it was new</extracomment>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Why a referral was closed: nobody answered in time</extracomment>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Why a referral was closed: no decision in time</extracomment>
        <translation>Expirée</translation>
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
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The referral is already in %1.</source>
        <extracomment>%1 and %2 are stages; %3 says what is possible instead</extracomment>
        <translation>La recommandation est déjà à l’étape «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>A referral in %1 can’t be moved to %2. %3</source>
        <translation>Une recommandation à l’étape «&#x202f;%1&#x202f;» ne peut pas passer à l’étape «&#x202f;%2&#x202f;». %3</translation>
    </message>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation>Entrez la valeur estimée de l’affaire.</translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation>La valeur de l’affaire doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation>La valeur de l’affaire ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>Choose the currency of the deal.</source>
        <translation>Choisissez la devise de l’affaire.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as EUR or USD.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un code de devise ISO 4217 comme EUR ou USD.</translation>
    </message>
    <message>
        <source>Enter the estimated closing date.</source>
        <translation>Entrez la date de clôture estimée.</translation>
    </message>
    <message>
        <source>The closing date can’t be in the past; choose today (%1) or later.</source>
        <translation>La date de clôture ne peut pas être dans le passé&#x202f;; choisissez aujourd’hui (%1) ou une date ultérieure.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Indiquez pourquoi l’affaire a été perdue.</translation>
    </message>
    <message>
        <source>Say why you decline this referral.</source>
        <translation>Indiquez pourquoi vous refusez cette recommandation.</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>Le motif est trop long&#x202f;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>“%1” names an outcome, not a reason; describe why.</source>
        <translation>«&#x202f;%1&#x202f;» désigne un résultat, pas un motif&#x202f;; expliquez pourquoi.</translation>
    </message>
    <message>
        <source>The note is too long: %1 characters, at most %2.</source>
        <translation>La note est trop longue&#x202f;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>Nothing changed: edit the deal value, currency, closing date or notes.</source>
        <translation>Rien n’a changé&#x202f;: modifiez la valeur de l’affaire, la devise, la date de clôture ou les notes.</translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifier l’affaire</translation>
    </message>
    <message>
        <source>You sent this referral to another partner: they answer it, and Referral Desk only shows how it goes.</source>
        <translation>Vous avez envoyé cette recommandation à un autre partenaire&#x202f;: c’est lui qui y répond, et Referral Desk en affiche seulement le suivi.</translation>
    </message>
    <message>
        <source>Its status “%1” is unknown to Referral Desk, so it is read only.</source>
        <translation>Son statut «&#x202f;%1&#x202f;» est inconnu de Referral Desk&#x202f;: elle est donc en lecture seule.</translation>
    </message>
    <message>
        <source>Archived referrals are read only.</source>
        <translation>Les recommandations archivées sont en lecture seule.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <extracomment>%1 is the list of actions allowed, e.g. &quot;I’m interested and No thanks&quot;</extracomment>
        <translation>Actions possibles&#x202f;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not possible: %2</source>
        <extracomment>%1 an action; the rest explains why outgoing referrals take none</extracomment>
        <translation>«&#x202f;%1&#x202f;» n’est pas possible&#x202f;: %2</translation>
    </message>
    <message>
        <source>“%1” is not possible for a referral in %2. %3</source>
        <extracomment>%1 an action, %2 a stage, %3 what is allowed instead</extracomment>
        <translation>«&#x202f;%1&#x202f;» n’est pas possible pour une recommandation à l’étape «&#x202f;%2&#x202f;». %3</translation>
    </message>
    <message>
        <source>Not a fit for our offerings</source>
        <translation>Ne correspond pas à nos offres</translation>
    </message>
    <message>
        <source>Outside the regions we serve</source>
        <translation>Hors de nos zones d’intervention</translation>
    </message>
    <message>
        <source>Deal too small</source>
        <translation>Affaire trop petite</translation>
    </message>
    <message>
        <source>No capacity at the moment</source>
        <translation>Pas de disponibilité pour le moment</translation>
    </message>
    <message>
        <source>Customer unreachable</source>
        <translation>Client injoignable</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Customer chose another partner</source>
        <translation>Le client a choisi un autre partenaire</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Customer postponed or cancelled</source>
        <translation>Le client a reporté ou annulé</translation>
    </message>
    <message>
        <source>Requirements changed</source>
        <translation>Les besoins ont changé</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>Valeur estimée de l’affaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Date de clôture estimée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connection Guide</source>
        <translation>&amp;Guide de connexion</translation>
    </message>
    <message>
        <source>&amp;About Referral Desk</source>
        <translation>À &amp;propos de Referral Desk</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation>Entrez la valeur estimée de l’affaire.</translation>
    </message>
    <message>
        <source>The deal value must be more than 0.</source>
        <translation>La valeur de l’affaire doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Enter digits, such as %2.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un montant. Entrez des chiffres, par exemple %2.</translation>
    </message>
    <message>
        <source>Use at most 2 decimals.</source>
        <translation>Utilisez 2 décimales au maximum.</translation>
    </message>
    <message>
        <source>The deal value can be at most %1.</source>
        <translation>La valeur de l’affaire ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its ISO 4217 currency code, e.g. &quot;12,500.50 EUR&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has no decimals.</source>
        <extracomment>%1 is a currency code such as JPY, whose amounts are whole numbers</extracomment>
        <translation>%1 n’a pas de décimales.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 decimals.</source>
        <extracomment>%1 is a currency code such as KWD; %2 its number of decimals: 2, 3 or 4</extracomment>
        <translation>%1 accepte au plus %2 décimales.</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Answer %1 within %2</source>
        <translation>Répondez à %1 sous %2</translation>
    </message>
    <message>
        <source>“%1” reaches the 24-hour response target in %2.</source>
        <translation>Le délai de réponse de 24 heures de «&#x202f;%1&#x202f;» expire dans %2.</translation>
    </message>
    <message>
        <source>%1: missed in %2</source>
        <translation>%1&#x202f;: manquée dans %2</translation>
    </message>
    <message>
        <source>“%1” is archived as Missed in %2 unless you answer.</source>
        <translation>«&#x202f;%1&#x202f;» sera archivée comme manquée dans %2 si vous ne répondez pas.</translation>
    </message>
    <message>
        <source>%1: expires in %2</source>
        <translation>%1&#x202f;: expire dans %2</translation>
    </message>
    <message>
        <source>Accept or decline “%1” within %2.</source>
        <translation>Acceptez ou refusez «&#x202f;%1&#x202f;» sous %2.</translation>
    </message>
    <message>
        <source>%1: closing date passed</source>
        <translation>%1&#x202f;: date de clôture dépassée</translation>
    </message>
    <message>
        <source>Report “%1” as Won or Lost.</source>
        <translation>Déclarez «&#x202f;%1&#x202f;» comme gagnée ou perdue.</translation>
    </message>
    <message>
        <source>%1 referrals need your attention</source>
        <translation>%1 recommandations demandent votre attention</translation>
    </message>
    <message>
        <source>Deadlines came closer while Referral Desk was not watching.</source>
        <translation>Des échéances se sont rapprochées pendant que Referral Desk était fermé.</translation>
    </message>
    <message>
        <source>New referral from %1</source>
        <translation>Nouvelle recommandation de %1</translation>
    </message>
    <message>
        <source>“%1”. Respond within %2.</source>
        <translation>«&#x202f;%1&#x202f;». Répondez sous %2.</translation>
    </message>
    <message>
        <source>%1 new referrals</source>
        <translation>%1 nouvelles recommandations</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1: your action was not applied</source>
        <translation>%1&#x202f;: votre action n’a pas été appliquée</translation>
    </message>
    <message>
        <source>Your week in referrals</source>
        <translation>Votre bilan de la semaine</translation>
    </message>
    <message numerus="yes">
        <source>Last week: %n new referral(s), %1 answered within 24 hours.</source>
        <extracomment>%1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>
            <numerusform>Semaine dernière : %n nouvelle recommandation, %1 répondue sous 24 h.</numerusform>
            <numerusform>Semaine dernière : %n nouvelles recommandations, %1 répondues sous 24 h.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last week: no new referrals.</source>
        <translation>Semaine dernière : aucune nouvelle recommandation.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) need(s) an update (closing date passed).</source>
        <translation>
            <numerusform>Résultat à signaler pour %n affaire (date de clôture dépassée).</numerusform>
            <numerusform>Résultat à signaler pour %n affaires (date de clôture dépassée).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#x202f;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails&#x202f;:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>An archived referral whose remote status this version does not know; %1 is that status</extracomment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>aucun statut</translation>
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
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>En évaluation</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Closed as error</source>
        <translation>Clôturée (erreur)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Referrals API:</source>
        <translation>API des &amp;recommandations&#x202f;:</translation>
    </message>
    <message>
        <source>Referrals API base URL</source>
        <translation>URL de base de l’API des recommandations</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>&amp;Autorité de connexion&#x202f;:</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation>URL de l’autorité de connexion</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;ID client&#x202f;:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>API &amp;permission:</source>
        <translation>Au&amp;torisation d’API&#x202f;:</translation>
    </message>
    <message>
        <source>Partner Center API permission (scope)</source>
        <translation>Autorisation de l’API Partner Center (étendue)</translation>
    </message>
    <message>
        <source>Changes to the service or the sign-in take effect at once: the next sync uses them.</source>
        <translation>Les modifications du service ou de la connexion s’appliquent immédiatement&#x202f;: la prochaine synchronisation les utilise.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ynchroniser toutes les&#x202f;:</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Undo &amp;window:</source>
        <translation>Délai d’ann&amp;ulation&#x202f;:</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>Délai d’annulation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>De&amp;vise par défaut&#x202f;:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Start Referral Desk when I log in</source>
        <translation>Lancer Referral Desk à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Afficher une notification sur le bureau quand&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Heures silencieuses de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures silencieuses</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures silencieuses</translation>
    </message>
    <message>
        <source>During quiet hours only the last calls (missed in 1 hour, expires in 4 hours) are shown.</source>
        <translation>Pendant les heures silencieuses, seuls les derniers rappels (manquée dans 1 heure, expire dans 4 heures) sont affichés.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Texts switch at once; dates and numbers follow the new language the next time Referral Desk starts.</source>
        <translation>Les textes changent aussitôt&#x202f;; les dates et les nombres suivent la nouvelle langue au prochain démarrage de Referral Desk.</translation>
    </message>
</context>
<context>
    <name>SettingsFileGuard</name>
    <message>
        <source>The settings file %1 could not be read: %2.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>The settings file %1 holds values Referral Desk cannot read safely (%2), and they could not be taken out: %3. Remove those lines or the file; until then Referral Desk uses its default settings.</source>
        <translation>Le fichier de paramètres %1 contient des valeurs que Referral Desk ne peut pas lire sans risque (%2), et elles n’ont pas pu être retirées : %3. Supprimez ces lignes ou le fichier ; d’ici là, Referral Desk utilise ses paramètres par défaut.</translation>
    </message>
    <message numerus="yes">
        <source>The setting %1 in %2 held data in a form Referral Desk never writes and cannot read safely, so it was taken out of the file and its default is used. The file as it was is kept as %3.</source>
        <extracomment>%1 the keys (one or more), %2 the settings file, %3 the copy of the file as it was</extracomment>
        <translation>
            <numerusform>Le paramètre %1 dans %2 contenait des données sous une forme que Referral Desk n’écrit jamais et ne peut pas lire sans risque ; il a été retiré du fichier et sa valeur par défaut s’applique. Le fichier tel qu’il était est conservé sous %3.</numerusform>
            <numerusform>Les paramètres %1 dans %2 contenaient des données sous une forme que Referral Desk n’écrit jamais et ne peut pas lire sans risque ; ils ont été retirés du fichier et leurs valeurs par défaut s’appliquent. Le fichier tel qu’il était est conservé sous %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not change %1.</source>
        <translation>Impossible de modifier %1.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation>Répondez aux recommandations du Microsoft Partner Center avant qu’elles ne soient manquées.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Referral Desk cannot start</source>
        <translation>Referral Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Damaged local database</source>
        <translation>Base de données locale endommagée</translation>
    </message>
    <message>
        <source>Referral Desk can keep the damaged file for inspection, start a new database with the actions not sent yet and the history that can still be read from it, and bring your referrals back from Partner Center at the next sync.</source>
        <translation>Referral Desk peut conserver le fichier endommagé pour examen, créer une nouvelle base de données avec les actions pas encore envoyées et l’historique encore lisible, puis récupérer vos recommandations depuis le Partner Center à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Move Aside and Rebuild</source>
        <translation>Mettre de côté et reconstruire</translation>
    </message>
    <message>
        <source>Database rebuilt</source>
        <translation>Base de données reconstruite</translation>
    </message>
    <message>
        <source>Referral Desk did not close properly last time. Checking the local database before it is used…</source>
        <translation>Referral Desk ne s’est pas fermé correctement la dernière fois. Vérification de la base de données locale avant son utilisation…</translation>
    </message>
    <message>
        <source>Checking the Local Database</source>
        <translation>Vérification de la base de données locale</translation>
    </message>
    <message>
        <source>Updating the Local Database</source>
        <translation>Mise à jour de la base de données locale</translation>
    </message>
    <message>
        <source>Updating the local database for this version of Referral Desk. This happens once and can take a few minutes for a large archive…</source>
        <translation>Mise à jour de la base de données locale pour cette version de Referral Desk. Cela n’a lieu qu’une fois et peut prendre quelques minutes pour une archive volumineuse…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Partner Center shows the referral as %1, so “%2” no longer applies.</source>
        <translation>Dans le Partner Center, la recommandation est «&#x202f;%1&#x202f;»&#x202f;: «&#x202f;%2&#x202f;» ne s’applique donc plus.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2). It can be moved aside and rebuilt from Partner Center.</source>
        <translation>La base de données locale %1 est endommagée (%2). Elle peut être mise de côté et reconstruite depuis le Partner Center.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Referral Desk (format %2; this version reads up to %3). Update Referral Desk, or start it with another profile. The file was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Referral Desk (format %2&#x202f;; cette version lit jusqu’au format %3). Mettez à jour Referral Desk ou démarrez-le avec un autre profil. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>migration to format %1 failed: %2</source>
        <translation>la migration vers le format %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>This referral is not in the local database.</source>
        <translation>Cette recommandation ne figure pas dans la base de données locale.</translation>
    </message>
    <message>
        <source>The stored copy of this referral cannot be read. It is read again from Partner Center with the next sync; try again after that.</source>
        <translation>La copie enregistrée de cette recommandation est illisible. Elle sera relue depuis le Partner Center à la prochaine synchronisation&#x202f;; réessayez ensuite.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>La base de données %1 n’a pas pu être créée&#x202f;: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base de données %1 n’a pas pu être ouverte&#x202f;: %2</translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation>La base de données locale %1 n’a pas pu être mise à jour&#x202f;: %2</translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 is full. Free some space; nothing was lost, and what you did is kept until it can be saved.</source>
        <translation>Le disque qui contient la base de données locale %1 est plein. Libérez de l’espace&#x202f;; rien n’a été perdu, et ce que vous avez fait est conservé jusqu’à ce qu’il puisse être enregistré.</translation>
    </message>
    <message>
        <source>Referral Desk cannot write to the local database %1 or its folder (%2). Check that the folder is yours and writable, or start Referral Desk with another --profile.</source>
        <translation>Referral Desk ne peut pas écrire dans la base de données locale %1 ni dans son dossier (%2). Vérifiez que le dossier vous appartient et est accessible en écriture, ou démarrez Referral Desk avec un autre --profile.</translation>
    </message>
    <message>
        <source>The local database %1 is locked by another Referral Desk (or another program) and stayed locked while Referral Desk waited. Try again in a moment.</source>
        <translation>La base de données locale %1 est verrouillée par une autre instance de Referral Desk (ou un autre programme) et l’est restée pendant que Referral Desk attendait. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk that holds the local database %1 reported an error while Referral Desk read or wrote it (%2). Nothing was changed; check the disk or its connection, then start Referral Desk again.</source>
        <translation>Le disque qui contient la base de données locale %1 a signalé une erreur pendant une lecture ou une écriture de Referral Desk (%2). Rien n’a été modifié&#x202f;; vérifiez le disque ou sa connexion, puis redémarrez Referral Desk.</translation>
    </message>
    <message>
        <source>The local database %1 could not be used: %2</source>
        <translation>La base de données locale %1 n’a pas pu être utilisée&#x202f;: %2</translation>
    </message>
    <message>
        <source>Referral Desk (or another referral-desk-cli) has the local database %1 open. Close it, then compact again.</source>
        <translation>Referral Desk (ou un autre referral-desk-cli) a la base de données locale %1 ouverte. Fermez-le, puis relancez le compactage.</translation>
    </message>
    <message>
        <source>The local database %1 is not at this version&apos;s format; it was not compacted.</source>
        <translation>La base de données locale %1 n’est pas au format de cette version ; elle n’a pas été compactée.</translation>
    </message>
    <message>
        <source>A session on the local database %1 ended without closing. Run compact again: the database is checked first.</source>
        <translation>Une session sur la base de données locale %1 s’est terminée sans fermeture. Relancez compact : la base de données sera d’abord vérifiée.</translation>
    </message>
</context>
<context>
    <name>StoreRepair</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base de données %1 n’a pas pu être ouverte&#x202f;: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>La base de données %1 n’a pas pu être lue&#x202f;: %2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2).</source>
        <translation>La base de données locale %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside; close other programs using it, or move it yourself.</source>
        <translation>La base de données endommagée %1 n’a pas pu être mise de côté&#x202f;; fermez les autres programmes qui l’utilisent ou déplacez-la vous-même.</translation>
    </message>
    <message>
        <source>The damaged database was kept as %1.</source>
        <translation>La base de données endommagée a été conservée sous %1.</translation>
    </message>
    <message>
        <source>What could be read from the damaged database could not be saved into the new one at %1.</source>
        <translation>Ce qui a pu être lu dans la base de données endommagée n’a pas pu être enregistré dans la nouvelle, sous %1.</translation>
    </message>
    <message>
        <source>Nothing could be read from it.</source>
        <translation>Rien n’a pu y être lu.</translation>
    </message>
    <message>
        <source>Saved from it: %1 queued actions, %2 history entries; %3 could not be read.</source>
        <translation>Récupéré&#x202f;: %1 actions en attente, %2 entrées d’historique&#x202f;; %3 éléments n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Parts of the file could not be reached at all, so more may be missing.</source>
        <translation>Certaines parties du fichier étaient totalement inaccessibles&#x202f;: il peut donc manquer davantage.</translation>
    </message>
    <message>
        <source>Your referrals come back from Partner Center with the next sync.</source>
        <translation>Vos recommandations seront récupérées depuis le Partner Center à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer Microsoft Partner Center referrals before they are missed.</source>
        <translation>Répondez aux recommandations du Microsoft Partner Center avant qu’elles ne soient manquées.</translation>
    </message>
    <message>
        <source>Keep the local database and settings in &lt;folder&gt;.</source>
        <translation>Conserver la base de données locale et les paramètres dans &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>Referrals API base URL (remembered).</source>
        <translation>URL de base de l’API des recommandations (mémorisée).</translation>
    </message>
    <message>
        <source>Use this bearer token instead of signing in; never written anywhere.</source>
        <translation>Utiliser ce jeton du porteur au lieu de se connecter&#x202f;; il n’est jamais enregistré nulle part.</translation>
    </message>
    <message>
        <source>Sign-in authority URL (remembered).</source>
        <translation>URL de l’autorité de connexion (mémorisée).</translation>
    </message>
    <message>
        <source>OAuth client id (remembered).</source>
        <translation>ID client OAuth (mémorisé).</translation>
    </message>
    <message>
        <source>Start on sample data from the bundled simulator (nothing goes to Partner Center).</source>
        <translation>Démarrer avec les données d’exemple du simulateur fourni (rien n’est envoyé au Partner Center).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; after the first sync (or at once without one), then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; après la première synchronisation (ou immédiatement s’il n’y en a pas), puis quitter.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start until the board is first shown and the memory in use, then quit (for benchmarks).</source>
        <translation>Affiche les millisecondes écoulées du démarrage au premier affichage du tableau et la mémoire utilisée, puis quitte (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>Show the windows light or dark instead of following the system (light, dark).</source>
        <translation>Afficher les fenêtres en clair ou en sombre au lieu de suivre le système (light, dark).</translation>
    </message>
    <message>
        <source>Unknown color scheme &quot;%1&quot;: use light or dark.
</source>
        <translation>Jeu de couleurs « %1 » inconnu : utilisez light ou dark.
</translation>
    </message>
</context>
<context>
    <name>rd::AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>Accepter la recommandation</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifier l’affaire</translation>
    </message>
    <message>
        <source>Accept the referral from %1 with your estimate of the deal. It moves to Negotiating.</source>
        <translation>Acceptez la recommandation de %1 avec votre estimation de l’affaire. Elle passe à l’étape «&#x202f;En négociation&#x202f;».</translation>
    </message>
    <message>
        <source>Change the deal with %1.</source>
        <translation>Modifiez l’affaire avec %1.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>rd::ActionController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>That referral is no longer in the local database.</source>
        <translation>Cette recommandation ne figure plus dans la base de données locale.</translation>
    </message>
    <message>
        <source>The deal with %1 is unchanged; nothing was sent.</source>
        <translation>L’affaire avec %1 est inchangée&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affaire gagnée</translation>
    </message>
    <message>
        <source>Report the deal with %1 as won? The referral is archived.</source>
        <translation>Déclarer l’affaire avec %1 comme gagnée&#x202f;? La recommandation sera archivée.</translation>
    </message>
    <message>
        <source>Mark as Won</source>
        <translation>Déclarer gagnée</translation>
    </message>
    <message>
        <source>%1: %2 — it will be sent to Partner Center.</source>
        <translation>%1&#x202f;: %2 — l’action sera envoyée au Partner Center.</translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation>Annulée&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The action could not be undone just now; try again.</source>
        <translation>L’action n’a pas pu être annulée pour l’instant&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The action is already on its way to Partner Center and cannot be undone.</source>
        <translation>L’action est déjà en cours d’envoi au Partner Center et ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>The action was already sent to Partner Center and cannot be undone.</source>
        <translation>L’action a déjà été envoyée au Partner Center et ne peut plus être annulée.</translation>
    </message>
</context>
<context>
    <name>rd::ApiClient</name>
    <message>
        <source>%1 is not https; plain http is only allowed to this computer (loopback).</source>
        <translation>%1 n’est pas en https&#x202f;; le http non chiffré n’est autorisé que vers cet ordinateur (loopback).</translation>
    </message>
</context>
<context>
    <name>rd::ApiJob</name>
    <message>
        <source>The answer is not a JSON object (%1).</source>
        <translation>La réponse n’est pas un objet JSON (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ArchiveModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>rd::ArchiveWindow</name>
    <message>
        <source>Archive — Referral Desk</source>
        <translation>Archives — Referral Desk</translation>
    </message>
    <message>
        <source>Search customers, referrals, notes, cities, products, contacts</source>
        <translation>Rechercher clients, recommandations, notes, villes, produits, contacts</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Rechercher dans les archives</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>Product or solution</source>
        <translation>Produit/solution</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Clôturées à partir du</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>Clôturées jusqu’au</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clôture&#x202f;:</translation>
    </message>
    <message>
        <source>Archived referrals</source>
        <translation>Recommandations archivées</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>Toutes les tailles</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>Exporter les archives</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting archived referrals…</source>
        <translation>Exportation des recommandations archivées…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text for a spreadsheet (%1)</source>
        <translation>Copier les lignes sélectionnées en texte séparé par des tabulations pour un tableur (%1)</translation>
    </message>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>Impossible de lire l’archive&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n archived referral(s) written to %1.</source>
        <translation>
            <numerusform>%n recommandation archivée écrite dans %1.</numerusform>
            <numerusform>%n recommandations archivées écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln archived referral(s)</source>
        <translation>
            <numerusform>Plus de %Ln recommandation archivée</numerusform>
            <numerusform>Plus de %Ln recommandations archivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived referral(s)</source>
        <translation>
            <numerusform>%Ln recommandation archivée</numerusform>
            <numerusform>%Ln recommandations archivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recently synced referral(s) cannot be found yet: the search is still being prepared.</source>
        <translation>
            <numerusform>%Ln recommandation synchronisée récemment est encore introuvable&#x202f;: la recherche est en cours de préparation.</numerusform>
            <numerusform>%Ln recommandations synchronisées récemment sont encore introuvables&#x202f;: la recherche est en cours de préparation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::BarChart</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>No accepted referrals in this period.</source>
        <translation>Aucune recommandation acceptée sur cette période.</translation>
    </message>
</context>
<context>
    <name>rd::BoardViewOptions</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Sort by &amp;Urgency</source>
        <translation>Trier par &amp;urgence</translation>
    </message>
    <message>
        <source>Sort by &amp;Fit</source>
        <translation>Trier par &amp;adéquation</translation>
    </message>
    <message>
        <source>New and Evaluating cards with the best fit first; the default puts the most urgent first.</source>
        <translation>Les cartes Nouvelle et En évaluation les plus adaptées d’abord ; par défaut, les plus urgentes d’abord.</translation>
    </message>
    <message>
        <source>Show cards</source>
        <translation>Cartes affichées</translation>
    </message>
    <message>
        <source>Which cards the board shows</source>
        <translation>Les cartes que le tableau affiche</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message numerus="yes">
        <source>Needs an update (%n)</source>
        <extracomment>Negotiating referrals whose closing date passed: report Won, Lost or a new date</extracomment>
        <translation>
            <numerusform>Résultat à signaler (%n)</numerusform>
            <numerusform>Résultats à signaler (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CardDelegate</name>
    <message>
        <source>Closes %1</source>
        <extracomment>On a card, the day its deal is expected to close</extracomment>
        <translation>Clôture le %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a card, when both fit on one line: the deal value, then &quot;Closes &lt;date&gt;&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Asked before</source>
        <extracomment>A card&apos;s mark: this customer sent other referrals before (details: &quot;Also from this customer&quot;)</extracomment>
        <translation>Client récurrent</translation>
    </message>
</context>
<context>
    <name>rd::ColumnView</name>
    <message>
        <source>%1 referrals</source>
        <translation>Recommandations&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot be moved here</source>
        <translation>Impossible de la déplacer ici</translation>
    </message>
</context>
<context>
    <name>rd::ConnectDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>A&amp;nnuler la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>How to register Referral Desk and find these values</source>
        <extracomment>The link opens the connection guide inside Referral Desk</extracomment>
        <translation>Comment inscrire Referral Desk et trouver ces valeurs</translation>
    </message>
    <message>
        <source>Open the connection guide</source>
        <translation>Ouvrir le guide de connexion</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Ouverture de la page de connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Your browser shows the Microsoft sign-in page. Sign in there with your Partner Center account; Referral Desk waits for up to 5 minutes. Cancel stops waiting.</source>
        <translation>Votre navigateur affiche la page de connexion Microsoft. Connectez-vous-y avec votre compte Partner Center&#x202f;; Referral Desk attend jusqu’à 5 minutes. «&#x202f;Annuler la connexion&#x202f;» arrête l’attente.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the sign-in address, open it in a browser on this computer and sign in; Referral Desk waits for up to 5 minutes.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Copiez l’adresse de connexion, ouvrez-la dans un navigateur sur cet ordinateur et connectez-vous&#x202f;; Referral Desk attend jusqu’à 5 minutes.</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Rouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Copy its address</source>
        <translation>Copier son adresse</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Change the values or sign in again.</source>
        <translation>Connexion annulée. Modifiez les valeurs ou reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionStatus</name>
    <message>
        <source>Offline, last sync 12:59 PM, 999 actions queued</source>
        <translation>Hors ligne, dernière synchronisation&#x202f;: 12:59, 999 actions en attente</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Online, synced at %1</source>
        <translation>En ligne, synchronisé à %1</translation>
    </message>
    <message>
        <source>Offline, last sync %1</source>
        <translation>Hors ligne, dernière synchronisation&#x202f;: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Local database problem</source>
        <translation>Problème de base de données locale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) queued</source>
        <translation>
            <numerusform>%Ln action en attente</numerusform>
            <numerusform>%Ln actions en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialStore</name>
    <message>
        <source>There is no desktop session bus, so no keyring can be reached. Sign in from a desktop session.</source>
        <translation>Il n’y a pas de bus de session de bureau&#x202f;: aucun trousseau de clés n’est accessible. Connectez-vous depuis une session de bureau.</translation>
    </message>
    <message>
        <source>No keyring service is running. Install GNOME Keyring (gnome-keyring) or KWallet and unlock it, then sign in again.</source>
        <translation>Aucun service de trousseau de clés n’est en cours d’exécution. Installez GNOME Keyring (gnome-keyring) ou KWallet et déverrouillez-le, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keyring did not answer. It may be locked: unlock it (for example by signing in to the desktop) and try again.</source>
        <translation>Le trousseau de clés n’a pas répondu. Il est peut-être verrouillé&#x202f;: déverrouillez-le (par exemple en ouvrant une session sur le bureau) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; Referral Desk keeps sign-in secrets only there.</source>
        <translation>Aucun trousseau n’est disponible sur ce système&#x202f;; Referral Desk ne conserve les secrets de connexion que là.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Referral Desk to use it, or unlock it, and try again.</source>
        <translation>L’accès au trousseau a été refusé. Autorisez Referral Desk à l’utiliser, ou déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>rd::DbusNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>I’m interested</source>
        <translation>Intéressé</translation>
    </message>
</context>
<context>
    <name>rd::Desktop</name>
    <message>
        <source>Referral Desk keeps running in the tray and warns you before a referral is missed. To end it, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Referral Desk continue de tourner dans la zone de notification et vous avertit avant qu’une recommandation ne soit manquée. Pour le fermer, choisissez «&#x202f;Quitter&#x202f;» dans le menu de son icône.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available here (no notification service and no system tray); watch the badges on the board.</source>
        <translation>Les notifications de bureau ne sont pas disponibles ici (ni service de notification ni zone de notification)&#x202f;; surveillez les pastilles du tableau.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Signed out. Queued actions wait until you sign in again.</source>
        <translation>Déconnecté. Les actions en attente patientent jusqu’à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Signed out: choose Sign In… to sync again.</source>
        <translation>Déconnecté&#x202f;: choisissez «&#x202f;Se connecter…&#x202f;» pour synchroniser à nouveau.</translation>
    </message>
    <message>
        <source>Not connected to Partner Center yet: choose Connect… to set it up.</source>
        <translation>Pas encore connecté au Partner Center&#x202f;: choisissez «&#x202f;Se connecter…&#x202f;» pour configurer la connexion.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Referral Desk waits for up to 5 minutes.</source>
        <translation>Terminez la connexion dans votre navigateur&#x202f;; Referral Desk attend jusqu’à 5 minutes.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address on this computer to sign in: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Pour vous connecter, ouvrez cette adresse sur cet ordinateur&#x202f;: %1</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Signed in with a given token</source>
        <translation>Connecté avec un jeton fourni</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Ouverture de la page de connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
</context>
<context>
    <name>rd::DetailsPane</name>
    <message>
        <source>Referral details</source>
        <translation>Détails de la recommandation</translation>
    </message>
    <message>
        <source>Select a card to see everything about the referral.</source>
        <translation>Sélectionnez une carte pour voir tous les détails de la recommandation.</translation>
    </message>
    <message>
        <source>No referral selected</source>
        <translation>Aucune recommandation sélectionnée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Needs a refresh</source>
        <translation>À actualiser</translation>
    </message>
    <message>
        <source>The stored copy of this referral cannot be read, so only its name, customer, status, dates and deal are shown, and no action can be taken on it. The next sync reads it again from Partner Center; your queued actions are kept.</source>
        <translation>La copie enregistrée de cette recommandation est illisible&#x202f;: seuls son nom, le client, le statut, les dates et l’affaire sont affichés, et aucune action n’est possible. La prochaine synchronisation la relira depuis le Partner Center&#x202f;; vos actions en attente sont conservées.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Consentement à être contacté</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Sent by you to another partner, who answers it</source>
        <translation>Envoyée par vous à un autre partenaire, qui y répond</translation>
    </message>
    <message>
        <source>Received: yours to answer</source>
        <translation>Reçue&#x202f;: à vous de répondre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>Valeur estimée de l’affaire</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>Date de clôture estimée</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs d’activité</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Votre équipe</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Your actions</source>
        <translation>Vos actions</translation>
    </message>
    <message>
        <source>sent to Partner Center</source>
        <translation>envoyée au Partner Center</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your actions not yet confirmed by Partner Center</source>
        <translation>Vos actions pas encore confirmées par le Partner Center</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Also from this customer</source>
        <translation>Du même client</translation>
    </message>
    <message>
        <source>Other referrals of this customer; press Enter or double-click one to open it</source>
        <translation>Autres recommandations de ce client ; Entrée ou double-clic pour en ouvrir une</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>&quot;Also from this customer&quot;: customer, referral, how it ended (or its stage), date</extracomment>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4</source>
        <translation>%1 — %2 : %3, %4</translation>
    </message>
</context>
<context>
    <name>rd::FitPanel</name>
    <message>
        <source>Similar referrals (press Enter or double-click to open one):</source>
        <translation>Recommandations similaires (Entrée ou double-clic pour en ouvrir une) :</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <extracomment>a similar past referral: customer, its name, how it ended, when</extracomment>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Fit not known yet</source>
        <translation>Adéquation pas encore connue</translation>
    </message>
</context>
<context>
    <name>rd::GuideWindow</name>
    <message>
        <source>Connecting Referral Desk to Partner Center</source>
        <translation>Connecter Referral Desk au Partner Center</translation>
    </message>
    <message>
        <source>Connection guide</source>
        <translation>Guide de connexion</translation>
    </message>
    <message>
        <source>The connection guide is missing from this installation; it is docs/connect-partner-center.md in Referral Desk&apos;s source.</source>
        <translation>Le guide de connexion manque dans cette installation&#x202f;; il se trouve dans le code source de Referral Desk, sous docs/connect-partner-center.md.</translation>
    </message>
</context>
<context>
    <name>rd::InsightsWindow</name>
    <message>
        <source>Insights — Referral Desk</source>
        <translation>Indicateurs — Referral Desk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçues à partir du</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Reçues jusqu’au</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By company size</source>
        <translation>Par taille d’entreprise</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Par produit</translation>
    </message>
    <message>
        <source>Referrals received in:</source>
        <translation>Recommandations reçues sur la période&#x202f;:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation>Délai médian avant la première réponse</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Répondues sous 24 h</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation>Taux d’acceptation</translation>
    </message>
    <message>
        <source>Win rate of accepted</source>
        <translation>Taux de réussite des acceptées</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Valeur gagnée</translation>
    </message>
    <message>
        <source>Pipeline in Negotiating</source>
        <translation>Pipeline en négociation</translation>
    </message>
    <message>
        <source>Closing date passed: report Won or Lost</source>
        <translation>Date de clôture dépassée&#x202f;: à déclarer gagnée ou perdue</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>The range starts after it ends: choose a start on or before %1.</source>
        <translation>La période commence après sa fin&#x202f;: choisissez un début au plus tard le %1.</translation>
    </message>
    <message>
        <source>Answered in 24 h</source>
        <translation>Répondues sous 24 h</translation>
    </message>
    <message>
        <source>Median answer</source>
        <translation>Délai médian</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille d’entreprise</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Win rate of accepted referrals</source>
        <translation>Taux de réussite des recommandations acceptées</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A figure&apos;s name before its value (&quot;Received: 30&quot;); Chinese uses a full-width colon</extracomment>
        <translation>%1&#x202f;:</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send queued actions and fetch changes now (%1)</source>
        <translation>Envoyer les actions en attente et récupérer les modifications maintenant (%1)</translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation>Synchronisation co&amp;mplète</translation>
    </message>
    <message>
        <source>Also compare every referral Partner Center lists, to find any that arrived with an older date (%1)</source>
        <translation>Comparer aussi toutes les recommandations listées par le Partner Center, pour trouver celles arrivées avec une date antérieure (%1)</translation>
    </message>
    <message>
        <source>Referrals you sent to other partners. They answer them; nothing here needs an answer from you.</source>
        <translation>Les recommandations que vous avez envoyées à d’autres partenaires. Ce sont eux qui y répondent&#x202f;; rien ici n’attend de réponse de votre part.</translation>
    </message>
    <message>
        <source>Back to Your Referrals</source>
        <translation>Retour à vos recommandations</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archives…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Indicateurs…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Filter cards (Ctrl+F)</source>
        <translation>Filtrer les cartes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>You are exploring sample data from a simulator on this computer. Nothing you do here goes to Partner Center.</source>
        <translation>Vous explorez des données d’exemple issues d’un simulateur sur cet ordinateur. Rien de ce que vous faites ici n’est envoyé au Partner Center.</translation>
    </message>
    <message>
        <source>Connect to Partner Center…</source>
        <translation>Se connecter au Partner Center…</translation>
    </message>
    <message>
        <source>Referral Desk (sample data)</source>
        <translation>Referral Desk (données d’exemple)</translation>
    </message>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Sent by You (%1)</source>
        <translation>Envoyées par vous (%1)</translation>
    </message>
    <message>
        <source>Sent by You</source>
        <translation>Envoyées par vous</translation>
    </message>
    <message>
        <source>Show the referrals you sent to other partners</source>
        <translation>Afficher les recommandations que vous avez envoyées à d’autres partenaires</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Some actions could not be sent; see the cards marked Conflict.</source>
        <translation>Certaines actions n’ont pas pu être envoyées&#x202f;; consultez les cartes marquées «&#x202f;Conflit&#x202f;».</translation>
    </message>
    <message>
        <source>About Referral Desk</source>
        <translation>À propos de Referral Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;Answer Microsoft Partner Center referrals before they are missed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;Répondez aux recommandations du Microsoft Partner Center avant qu’elles ne soient manquées.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::OutboxPusher</name>
    <message>
        <source>The referral is no longer in the local database.</source>
        <translation>La recommandation ne figure plus dans la base de données locale.</translation>
    </message>
    <message>
        <source>The referral keeps changing in Partner Center; “%1” was not sent.</source>
        <translation>La recommandation change sans cesse dans le Partner Center&#x202f;; «&#x202f;%1&#x202f;» n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>Partner Center refused “%1”: %2</source>
        <translation>Le Partner Center a refusé «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Re-based on the referral&apos;s newer version.</source>
        <translation>Adaptée à la version plus récente de la recommandation.</translation>
    </message>
    <message>
        <source>“%1” could not be put back in the queue either, so it cannot be undone until the next sync or the next start of Referral Desk puts it back.</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu non plus être remise dans la file d’attente&#x202f;: elle ne pourra être annulée qu’une fois remise en file par la prochaine synchronisation ou le prochain démarrage de Referral Desk.</translation>
    </message>
</context>
<context>
    <name>rd::ReasonDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>Refuser la recommandation</translation>
    </message>
    <message>
        <source>Why was the deal with %1 lost?</source>
        <translation>Pourquoi l’affaire avec %1 a-t-elle été perdue&#x202f;?</translation>
    </message>
    <message>
        <source>Why do you decline the referral from %1? The customer will be asked to choose another partner.</source>
        <translation>Pourquoi refusez-vous la recommandation de %1&#x202f;? Le client sera invité à choisir un autre partenaire.</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Choisissez ou saisissez un motif</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Déclarer perdue</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>rd::RecentArchiveModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>An archived card read out: customer, referral, outcome</extracomment>
        <translation>%1, %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ReferralListModel</name>
    <message>
        <source>(no customer name)</source>
        <translation>(aucun nom de client)</translation>
    </message>
    <message>
        <source>%1 · closes %2</source>
        <translation>%1 · clôture le %2</translation>
    </message>
    <message>
        <source>Needs a refresh</source>
        <translation>À actualiser</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Envoyée par vous</translation>
    </message>
    <message>
        <source>An action could not be sent.</source>
        <translation>Une action n’a pas pu être envoyée.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>%1, %2. Stage: %3.</source>
        <extracomment>A card read out: customer, referral, stage</extracomment>
        <translation>%1, %2. Étape&#x202f;: %3.</translation>
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
        <translation>Conflit&#x202f;: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to Partner Center.</source>
        <translation>En attente d’envoi à Partner Center.</translation>
    </message>
    <message>
        <source>Also from this customer: earlier referrals.</source>
        <extracomment>The card&apos;s mark read out: this customer sent other referrals before</extracomment>
        <translation>Du même client : recommandations antérieures.</translation>
    </message>
</context>
<context>
    <name>rd::ReferralPuller</name>
    <message>
        <source>The list has no &quot;value&quot;.</source>
        <translation>La liste ne contient pas de champ «&#x202f;value&#x202f;».</translation>
    </message>
    <message>
        <source>The local database %1 could not be read or written.</source>
        <translation>La base de données locale %1 n’a pas pu être lue ou écrite.</translation>
    </message>
</context>
<context>
    <name>rd::ResponsePanel</name>
    <message>
        <source>How fast you answer: the last 12 weeks</source>
        <translation>Vos délais de réponse : 12 dernières semaines</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Missed the 24-hour target this week</source>
        <translation>Délai de réponse de 24 h manqué cette semaine</translation>
    </message>
    <message>
        <source>Reading the last 12 weeks…</source>
        <translation>Lecture des 12 dernières semaines…</translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on at least the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>Série : réponse sous 24 h à chaque nouvelle recommandation depuis au moins %n jour de réception.</numerusform>
            <numerusform>Série : réponse sous 24 h à chaque nouvelle recommandation depuis au moins %n jours de réception.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: every new referral answered within 24 h on the last %n day(s) with arrivals.</source>
        <translation>
            <numerusform>Série : réponse sous 24 h à chaque nouvelle recommandation depuis %n jour de réception.</numerusform>
            <numerusform>Série : réponse sous 24 h à chaque nouvelle recommandation depuis %n jours de réception.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streak: no day to count yet (days without new referrals neither break nor extend it).</source>
        <translation>Série : aucun jour à compter (les jours sans nouvelle recommandation ne l’interrompent ni ne la prolongent).</translation>
    </message>
    <message>
        <source>Streak: none. The latest day with new referrals had one answered later than 24 h.</source>
        <translation>Série : aucune. Le dernier jour de réception, une réponse a pris plus de 24 h.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) missed the 24-hour target this week (double-click to open):</source>
        <translation>
            <numerusform>%n recommandation a manqué le délai de 24 h cette semaine (double-clic pour l’ouvrir) :</numerusform>
            <numerusform>%n recommandations ont manqué le délai de 24 h cette semaine (double-clic pour en ouvrir une) :</numerusform>
        </translation>
    </message>
    <message>
        <source>No referral missed the 24-hour target this week.</source>
        <translation>Aucune recommandation n’a manqué le délai de 24 h cette semaine.</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (après %2)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>rd::SampleService</name>
    <message>
        <source>The sample data service did not start within 20 seconds.</source>
        <translation>Le service de données d’exemple n’a pas démarré dans les 20 secondes.</translation>
    </message>
    <message>
        <source>The sample data service (%1) is not installed beside Referral Desk.</source>
        <translation>Le service de données d’exemple (%1) n’est pas installé à côté de Referral Desk.</translation>
    </message>
    <message>
        <source>The sample data service could not be started: %1</source>
        <translation>Le service de données d’exemple n’a pas pu être démarré&#x202f;: %1</translation>
    </message>
    <message>
        <source>The sample data service stopped at once (exit code %1). %2</source>
        <translation>Le service de données d’exemple s’est arrêté immédiatement (code de sortie %1). %2</translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>How often Referral Desk asks Partner Center for changes: %1–%2 minutes.</source>
        <extracomment>%1–%2 the allowed range of the sync interval in minutes</extracomment>
        <translation>Fréquence à laquelle Referral Desk demande les modifications au Partner Center&#x202f;: %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>How long you can undo an action before it is sent to Partner Center; 0 sends at once. %1–%2 seconds.</source>
        <extracomment>%1–%2 the allowed range of the undo window in seconds</extracomment>
        <translation>Temps pendant lequel vous pouvez annuler une action avant son envoi au Partner Center&#x202f;; 0 l’envoie immédiatement. %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>A&amp;nnuler la connexion</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Non disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>rd::SignIn</name>
    <message>
        <source>No application (client) id is set: connect to Partner Center first (File › Sign In, or referral-desk-cli --tenant … --client-id … sign-in).</source>
        <translation>Aucun ID d’application (client) n’est défini&#x202f;: connectez-vous d’abord au Partner Center (Fichier › Se connecter, ou referral-desk-cli --tenant … --client-id … sign-in).</translation>
    </message>
    <message>
        <source>The sign-in authority “%1” is not a web address.</source>
        <translation>L’autorité de connexion «&#x202f;%1&#x202f;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Signing in again is needed (%1).</source>
        <translation>Vous devez vous reconnecter (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in was not completed within %n minute(s), so Referral Desk stopped waiting. Start it again when you are ready.</source>
        <translation>
            <numerusform>La connexion n’a pas abouti au bout de %n minute&#x202f;: Referral Desk a cessé d’attendre. Relancez-la quand vous le souhaitez.</numerusform>
            <numerusform>La connexion n’a pas abouti au bout de %n minutes&#x202f;: Referral Desk a cessé d’attendre. Relancez-la quand vous le souhaitez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not listen on this computer for the sign-in answer: %1</source>
        <translation>Impossible d’écouter la réponse de connexion sur cet ordinateur&#x202f;: %1</translation>
    </message>
    <message>
        <source>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;Sign-in finished. You can close this page and return to Referral Desk.&lt;/p&gt;</source>
        <translation>&lt;!doctype html&gt;&lt;meta charset=utf-8&gt;&lt;title&gt;Referral Desk&lt;/title&gt;&lt;p&gt;Connexion terminée. Vous pouvez fermer cette page et revenir à Referral Desk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sign-in answer did not match this request; try again.</source>
        <translation>La réponse de connexion ne correspond pas à cette demande&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>La connexion a été refusée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not start the sign-in: %1</source>
        <translation>Impossible de lancer la connexion&#x202f;: %1</translation>
    </message>
    <message>
        <source>The sign-in code expired; start again.</source>
        <translation>Le code de connexion a expiré&#x202f;; recommencez.</translation>
    </message>
    <message>
        <source>The sign-in settings changed; sign in again.</source>
        <translation>Les paramètres de connexion ont changé&#x202f;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>rd::StageColumn</name>
    <message>
        <source>No new referrals</source>
        <translation>Aucune nouvelle recommandation</translation>
    </message>
    <message>
        <source>Nothing being evaluated</source>
        <translation>Aucune recommandation en évaluation</translation>
    </message>
    <message>
        <source>No deals in negotiation</source>
        <translation>Aucune affaire en négociation</translation>
    </message>
    <message>
        <source>Nothing archived yet</source>
        <translation>Rien n’est encore archivé</translation>
    </message>
    <message>
        <source>Open the full archive…</source>
        <translation>Ouvrir toutes les archives…</translation>
    </message>
    <message>
        <source>Open the full archive</source>
        <translation>Ouvrir toutes les archives</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Column header: a stage and how many referrals it holds, e.g. &quot;New · 3&quot;</extracomment>
        <translation>%1 · %2</translation>
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
        <translation>Le jeton d’accès fourni a été refusé.</translation>
    </message>
</context>
<context>
    <name>rd::TrayIcon</name>
    <message>
        <source>&amp;Open Referral Desk</source>
        <translation>&amp;Ouvrir Referral Desk</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications for 1 Hour</source>
        <translation>Suspendre les notifications &amp;pendant 1 heure</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Notifications Paused until %1 (Click to Resume)</source>
        <translation>Notifications suspendues jusqu’à %1 (cliquer pour reprendre)</translation>
    </message>
    <message>
        <source>Nothing needs an answer today</source>
        <translation>Aucune réponse à donner aujourd’hui</translation>
    </message>
    <message>
        <source>%1 new</source>
        <extracomment>In the tray&apos;s tooltip: how many referrals are in the New column</extracomment>
        <translation>Nouvelles&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) need(s) an answer today</source>
        <translation>
            <numerusform>%Ln recommandation attend une réponse aujourd’hui</numerusform>
            <numerusform>%Ln recommandations attendent une réponse aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>No new referrals this week</source>
        <translation>Aucune nouvelle recommandation cette semaine</translation>
    </message>
    <message>
        <source>This week: %1 answered within 24 h</source>
        <extracomment>In the tray&apos;s tooltip; %1 is a percentage (&quot;86 %&quot;)</extracomment>
        <translation>Cette semaine : %1 répondues sous 24 h</translation>
    </message>
</context>
<context>
    <name>rd::UndoBar</name>
    <message>
        <source>%1: %2. Sent to Partner Center in %3 s.</source>
        <extracomment>%1 the action, %2 the customer, %3 seconds until it is sent</extracomment>
        <translation>%1&#x202f;: %2. Envoi au Partner Center dans %3 s.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take the action back; nothing is sent (%1)</source>
        <translation>Revenir sur l’action&#x202f;; rien n’est envoyé (%1)</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send it to Partner Center without waiting</source>
        <translation>L’envoyer au Partner Center sans attendre</translation>
    </message>
</context>
<context>
    <name>rd::WeeklyResponseChart</name>
    <message>
        <source>%1 h</source>
        <extracomment>A scale&apos;s hours in the weekly response chart (&quot;48 h&quot;)</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Answers per week</source>
        <translation>Réponses par semaine</translation>
    </message>
    <message>
        <source>Week of %1: no new referrals</source>
        <translation>Semaine du %1 : aucune nouvelle recommandation</translation>
    </message>
    <message>
        <source>Week of %1: %2 answered within 24 h, median %3</source>
        <translation>Semaine du %1 : %2 répondues sous 24 h, médiane %3</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Répondues sous 24 h</translation>
    </message>
    <message>
        <source>Median time to first answer</source>
        <translation>Délai médian avant la première réponse</translation>
    </message>
</context>
<context>
    <name>rd::WelcomePage</name>
    <message>
        <source>Welcome to Referral Desk</source>
        <translation>Bienvenue dans Referral Desk</translation>
    </message>
    <message>
        <source>Referral Desk shows the referrals Microsoft sends you through Partner Center on one board, counts down the time left to answer each one, and warns you before one is missed. It keeps a copy on this computer, so you can work offline too.</source>
        <translation>Referral Desk affiche sur un seul tableau les recommandations que Microsoft vous envoie via le Partner Center, décompte le temps restant pour répondre à chacune et vous avertit avant qu’une recommandation ne soit manquée. Il en conserve une copie sur cet ordinateur&#x202f;: vous pouvez donc aussi travailler hors ligne.</translation>
    </message>
    <message>
        <source>Connect to Partner Center…</source>
        <translation>Se connecter au Partner Center…</translation>
    </message>
    <message>
        <source>Connect to Partner Center</source>
        <translation>Se connecter au Partner Center</translation>
    </message>
    <message>
        <source>Enter your tenant and app registration, then sign in with your browser.</source>
        <translation>Entrez votre locataire et votre inscription d’application, puis connectez-vous dans votre navigateur.</translation>
    </message>
    <message>
        <source>You need a Partner Center account with the Referrals admin or Referrals user role, and an app registration your administrator makes once in Microsoft Entra ID.</source>
        <translation>Il vous faut un compte Partner Center avec le rôle «&#x202f;Administrateur des recommandations&#x202f;» ou «&#x202f;Utilisateur des recommandations&#x202f;», ainsi qu’une inscription d’application que votre administrateur crée une fois pour toutes dans Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Read the connection guide</source>
        <translation>Lire le guide de connexion</translation>
    </message>
    <message>
        <source>What you need, and the connection guide</source>
        <translation>Prérequis et guide de connexion</translation>
    </message>
    <message>
        <source>Starting the sample…</source>
        <translation>Démarrage de l’exemple…</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Explorer avec des données d’exemple</translation>
    </message>
    <message>
        <source>Opens the board on invented referrals from a simulator on this computer.</source>
        <translation>Ouvre le tableau avec des recommandations fictives issues d’un simulateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try the board on invented referrals from a simulator on this computer. Nothing you do there goes to Partner Center.</source>
        <translation>Essayez le tableau avec des recommandations fictives issues d’un simulateur sur cet ordinateur. Rien de ce que vous y faites n’est envoyé au Partner Center.</translation>
    </message>
</context>
</TS>
