<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailWidget</name>
    <message>
        <source>page</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>empty duration</source>
        <translation>durée vide</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: expected a number such as 30d, 1h or 5m</source>
        <translation>durée invalide &apos;%1&apos; : un nombre tel que 30d, 1h ou 5m est attendu</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: unknown unit (use ms, s, m, h, d, w or y)</source>
        <translation>durée invalide &apos;%1&apos; : unité inconnue (utilisez ms, s, m, h, d, w ou y)</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: units must go from largest to smallest</source>
        <translation>durée invalide &apos;%1&apos; : les unités doivent aller de la plus grande à la plus petite</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: must be greater than zero</source>
        <translation>durée invalide &apos;%1&apos; : doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: number too large (at most 100y)</source>
        <translation>durée invalide &apos;%1&apos; : nombre trop grand (au plus 100y)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Alerting::AlertDelivery</name>
    <message>
        <source>Alertmanager %1</source>
        <translation>Alertmanager %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>« %1 » n’est pas une URL valide</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only to this machine (localhost, 127.0.0.1, ::1); use https</source>
        <translation>%1 : le http non chiffré n’est permis que vers cette machine (localhost, 127.0.0.1, ::1) ; utilisez https</translation>
    </message>
    <message>
        <source>%1: only http and https URLs can receive alerts</source>
        <translation>%1 : seules les URL http et https peuvent recevoir des alertes</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolu : %1</translation>
    </message>
    <message>
        <source>Not acknowledged, escalated: %1</source>
        <translation>Non acquitté, escaladé : %1</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Synthèse : %1</translation>
    </message>
    <message>
        <source>Firing: %1</source>
        <translation>Déclenchée : %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>Error budget left %1</source>
        <translation>Budget d’erreur restant %1</translation>
    </message>
    <message>
        <source>The error budget is exhausted</source>
        <translation>Le budget d’erreur est épuisé</translation>
    </message>
    <message>
        <source>At the current burn the budget runs out in %1</source>
        <translation>Au rythme actuel, le budget est épuisé dans %1</translation>
    </message>
    <message>
        <source>In maintenance (correction %1)</source>
        <translation>En maintenance (correction %1)</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook : %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Open in SLA Desk</source>
        <translation>Ouvrir dans SLA Desk</translation>
    </message>
    <message>
        <source>Run remediation</source>
        <translation>Lancer la remédiation</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>the alert history could not be opened</source>
        <translation>l&apos;historique des alertes n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>alert delivery</source>
        <translation>envoi des alertes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>given up after %n attempt(s): %1</source>
        <translation>
            <numerusform>abandon après %n tentative : %1</numerusform>
            <numerusform>abandon après %n tentatives : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no remediation webhook</source>
        <translation>le SLA &apos;%1&apos; n&apos;a pas de webhook de remédiation</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Acknowledged from the desktop notification</source>
        <translation>Acquittée depuis la notification de bureau</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Alerting::AlertEngine</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>burn rate</source>
        <translation>taux de consommation</translation>
    </message>
    <message>
        <source>budget left</source>
        <translation>budget restant</translation>
    </message>
    <message>
        <source>drift score</source>
        <translation>score de dérive</translation>
    </message>
    <message>
        <source>budget consumed this period</source>
        <translation>budget consommé sur cette période</translation>
    </message>
    <message>
        <source>%1 / %2: no data</source>
        <translation>%1 / %2 : aucune donnée</translation>
    </message>
    <message>
        <source>%1 / %2: %3 %4 (threshold %5)</source>
        <translation>%1 / %2 : %3 %4 (seuil %5)</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2 : %3</translation>
    </message>
    <message>
        <source>SLI %1 against a target of %2</source>
        <translation>SLI %1 pour une cible de %2</translation>
    </message>
    <message>
        <source>Error budget exhausted (%1 left)</source>
        <translation>Budget d&apos;erreur épuisé (%1 restant)</translation>
    </message>
    <message>
        <source>Error budget left: %1</source>
        <translation>Budget d&apos;erreur restant : %1</translation>
    </message>
    <message>
        <source>Budget runs out %1 at the current burn</source>
        <translation>Le budget sera épuisé %1 au taux de consommation actuel</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of tier 3 or severity info fired since the last digest.</source>
        <translation>
            <numerusform>%n alerte de niveau 3 ou de gravité info déclenchée depuis la dernière synthèse.</numerusform>
            <numerusform>%n alertes de niveau 3 ou de gravité info déclenchées depuis la dernière synthèse.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 %4, threshold %5)</source>
        <translation>%1 → %2 (%3 %4, seuil %5)</translation>
    </message>
    <message>
        <source>Acknowledged%1: %2</source>
        <translation>Acquittée%1 : %2</translation>
    </message>
    <message>
        <source>Silenced%1 until %2: %3</source>
        <translation>Mise en silence%1 jusqu&apos;à %2 : %3</translation>
    </message>
    <message>
        <source>Silence ended%1</source>
        <translation>Fin de la mise en silence%1</translation>
    </message>
    <message>
        <source>Notification sent (%1)</source>
        <translation>Notification envoyée (%1)</translation>
    </message>
    <message>
        <source>Notification failed (%1): %2</source>
        <translation>Échec de la notification (%1) : %2</translation>
    </message>
    <message>
        <source>Escalated: not acknowledged in time</source>
        <translation>Escaladée : non acquittée à temps</translation>
    </message>
    <message>
        <source>Remediation run%1: HTTP %2</source>
        <translation>Remédiation lancée%1 : HTTP %2</translation>
    </message>
    <message>
        <source>Remediation run%1 failed: %2</source>
        <translation>Échec de la remédiation%1 : %2</translation>
    </message>
    <message>
        <source>Checklist: %1 done%2</source>
        <translation>Liste de contrôle : étape « %1 » cochée%2</translation>
    </message>
    <message>
        <source>Checklist: %1 undone%2</source>
        <translation>Liste de contrôle : étape « %1 » décochée%2</translation>
    </message>
    <message>
        <source>Note%1: %2</source>
        <translation>Note%1 : %2</translation>
    </message>
    <message>
        <source>Triage: confirm the breach and its impact</source>
        <translation>Triage : confirmer le non-respect et son impact</translation>
    </message>
    <message>
        <source>Communicate: tell stakeholders and customers</source>
        <translation>Communication : informer les parties prenantes et les clients</translation>
    </message>
    <message>
        <source>Remediate: roll back, fall back or retrain</source>
        <translation>Remédiation : revenir en arrière, basculer sur une solution de repli ou réentraîner</translation>
    </message>
    <message>
        <source>Validate: the SLI is back within target</source>
        <translation>Validation : vérifier que le SLI respecte de nouveau la cible</translation>
    </message>
    <message>
        <source># Post-mortem (draft): %1 — %2</source>
        <translation># Post-mortem (brouillon) : %1 — %2</translation>
    </message>
    <message>
        <source>*Blameless: this describes what happened and what we learn, not who is at fault.*</source>
        <translation>*Sans recherche de coupable : ce document décrit ce qui s&apos;est passé et ce que nous en apprenons, pas qui est en faute.*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Résumé</translation>
    </message>
    <message>
        <source>- Alert: `%1` (%2, tier %3)</source>
        <translation>- Alerte : `%1` (%2, niveau %3)</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- Début : %1</translation>
    </message>
    <message>
        <source>- Ended: %1</source>
        <translation>- Fin : %1</translation>
    </message>
    <message>
        <source>ongoing at %1</source>
        <translation>en cours à %1</translation>
    </message>
    <message>
        <source>- Runbook: %1</source>
        <translation>- Runbook : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>## Impact</source>
        <translation>## Impact</translation>
    </message>
    <message>
        <source>| Figure | Before | Now |</source>
        <translation>| Chiffre | Avant | Maintenant |</translation>
    </message>
    <message>
        <source>| SLI | %1 | %2 |</source>
        <translation>| SLI | %1 | %2 |</translation>
    </message>
    <message>
        <source>| Error budget left | %1 | %2 |</source>
        <translation>| Budget d&apos;erreur restant | %1 | %2 |</translation>
    </message>
    <message>
        <source>| Target | %1 | %1 |</source>
        <translation>| Cible | %1 | %1 |</translation>
    </message>
    <message>
        <source>## Timeline (UTC)</source>
        <translation>## Chronologie (UTC)</translation>
    </message>
    <message>
        <source>Annotation: %1</source>
        <translation>Annotation : %1</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (aucun événement enregistré)</translation>
    </message>
    <message>
        <source>## Root cause</source>
        <translation>## Cause racine</translation>
    </message>
    <message>
        <source>_To be written._</source>
        <translation>_À rédiger._</translation>
    </message>
    <message>
        <source>## What went well</source>
        <translation>## Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>## What went wrong</source>
        <translation>## Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>## Action items</source>
        <translation>## Actions à mener</translation>
    </message>
    <message>
        <source>| Action | Owner | Due |</source>
        <translation>| Action | Responsable | Échéance |</translation>
    </message>
    <message>
        <source>SLI over %1</source>
        <translation>SLI sur %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Alerting::AlertHistory</name>
    <message>
        <source>the alert history has schema version %1; this version of SLA Desk reads up to %2</source>
        <translation>l’historique des alertes a la version de schéma %1 ; cette version de SLA Desk lit jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::CloudWatchSource</name>
    <message>
        <source>no shared credentials file %1</source>
        <translation>pas de fichier d&apos;identifiants partagé %1</translation>
    </message>
    <message>
        <source>the shared credentials file %1 has no profile &apos;%2&apos; with aws_access_key_id and aws_secret_access_key</source>
        <translation>le fichier d&apos;identifiants partagé %1 n&apos;a pas de profil &apos;%2&apos; avec aws_access_key_id et aws_secret_access_key</translation>
    </message>
    <message>
        <source>the GetMetricData answer is not a JSON object (%1)</source>
        <translation>la réponse de GetMetricData n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>a GetMetricData result has no Id or as many timestamps as values</source>
        <translation>un résultat de GetMetricData n&apos;a pas d&apos;Id ou pas autant d&apos;horodatages que de valeurs</translation>
    </message>
    <message>
        <source>query %1: status %2</source>
        <translation>requête %1 : statut %2</translation>
    </message>
    <message>
        <source>the AssumeRole answer holds no temporary credentials</source>
        <translation>la réponse d&apos;AssumeRole ne contient pas d&apos;identifiants temporaires</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;</source>
        <translation>source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos; answered HTTP %2 %3: %4</source>
        <translation>la source de données CloudWatch &apos;%1&apos; a répondu HTTP %2 %3 : %4</translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos; has no AWS credentials</source>
        <translation>la source de données CloudWatch &apos;%1&apos; n&apos;a pas d&apos;identifiants AWS</translation>
    </message>
    <message>
        <source>assuming role %1 failed: %2</source>
        <translation>la prise du rôle %1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (still throttled after %n retries)</source>
        <translation>
            <numerusform>%1 (toujours limité après %n nouvelle tentative)</numerusform>
            <numerusform>%1 (toujours limité après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos;: %2</source>
        <translation>source de données CloudWatch &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>CloudWatch sources list no series or labels here: name the metric in CloudWatch&apos;s form {namespace: ..., metric: ..., dimensions: {...}}</source>
        <translation>les sources CloudWatch ne listent ici ni séries ni labels : nommez la métrique sous la forme de CloudWatch {namespace: ..., metric: ..., dimensions: {...}}</translation>
    </message>
    <message>
        <source>(no error code)</source>
        <translation>(pas de code d&apos;erreur)</translation>
    </message>
    <message>
        <source>the ListMetrics answer is not a JSON object with a Metrics list (%1)</source>
        <translation>la réponse ListMetrics n&apos;est pas un objet JSON avec une liste Metrics (%1)</translation>
    </message>
    <message>
        <source>a ListMetrics entry has no Namespace or MetricName</source>
        <translation>une entrée ListMetrics n&apos;a ni Namespace ni MetricName</translation>
    </message>
</context>
<context>
    <name>Sla::Core::CredentialStore</name>
    <message>
        <source>For headless use set %1 in the environment instead.</source>
        <translation>Pour une utilisation sans interface, définissez plutôt %1 dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>no secret is stored for data source &apos;%1&apos; (a locked keyring also reports this); store one with: slactl credentials set %1</source>
        <translation>aucun secret n&apos;est enregistré pour la source de données &apos;%1&apos; (un trousseau verrouillé signale aussi ceci) ; enregistrez-en un avec : slactl credentials set %1</translation>
    </message>
    <message>
        <source>the keychain denied access to the secret of &apos;%1&apos; (is the keyring locked?). %2</source>
        <translation>le trousseau a refusé l&apos;accès au secret de &apos;%1&apos; (le trousseau est-il verrouillé ?). %2</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is reachable: %1. %2</source>
        <translation>aucun trousseau (Secret Service) n&apos;est joignable : %1. %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogQuery</name>
    <message>
        <source>expected a metric name such as trace.http.request.hits</source>
        <translation>un nom de métrique tel que trace.http.request.hits est attendu</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;by&apos;</source>
        <translation>&apos;{&apos; attendu après &apos;by&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;; a selector ends after its tags, &apos;by {...}&apos; and .as_count() or .as_rate()</source>
        <translation>&apos;%1&apos; inattendu ; un sélecteur se termine après ses tags, &apos;by {...}&apos; et .as_count() ou .as_rate()</translation>
    </message>
    <message>
        <source>only one of .as_count() and .as_rate() may be given</source>
        <translation>un seul de .as_count() et .as_rate() peut être indiqué</translation>
    </message>
    <message>
        <source>function .%1() is not allowed in a selector; SLA Desk chooses the rollup itself</source>
        <translation>la fonction .%1() n&apos;est pas autorisée dans un sélecteur ; SLA Desk choisit lui-même le rollup</translation>
    </message>
    <message>
        <source>selector &quot;%1&quot;, column %2: %3</source>
        <translation>sélecteur &quot;%1&quot;, colonne %2 : %3</translation>
    </message>
    <message>
        <source>selector &quot;%1&quot;: counters are summed across series; remove &quot;%2:&quot; or write &quot;sum:&quot;</source>
        <translation>sélecteur &quot;%1&quot; : les compteurs sont additionnés sur les séries ; supprimez &quot;%2:&quot; ou écrivez &quot;sum:&quot;</translation>
    </message>
    <message>
        <source>selector &quot;%1&quot;: a counter is read as a count of events; remove .as_rate()</source>
        <translation>sélecteur &quot;%1&quot; : un compteur est lu comme un nombre d&apos;événements ; supprimez .as_rate()</translation>
    </message>
    <message>
        <source>&apos;{&apos; at column %1 is never closed</source>
        <translation>&apos;{&apos; à la colonne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>empty tag in &apos;{...}&apos;; write key:value, !key:value or *</source>
        <translation>tag vide dans &apos;{...}&apos; ; écrivez key:value, !key:value ou *</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in a tag list</source>
        <translation>&apos;%1&apos; inattendu dans une liste de tags</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogResponse</name>
    <message>
        <source>the query failed with status &quot;%1&quot;</source>
        <translation>la requête a échoué avec le statut &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>la requête a échoué : %1</translation>
    </message>
    <message>
        <source>the answer has no &quot;series&quot;; not a Datadog query response</source>
        <translation>la réponse n&apos;a pas de &quot;series&quot; ; ce n&apos;est pas une réponse de requête Datadog</translation>
    </message>
    <message>
        <source>the answer is not a timeseries_response</source>
        <translation>la réponse n&apos;est pas une timeseries_response</translation>
    </message>
    <message>
        <source>the answer has %1 series but %2 value rows</source>
        <translation>la réponse a %1 séries mais %2 lignes de valeurs</translation>
    </message>
    <message>
        <source>a value row has %1 values for %2 times</source>
        <translation>une ligne de valeurs a %1 valeurs pour %2 instants</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list of SLOs</source>
        <translation>la réponse n&apos;a pas de liste &quot;data&quot; de SLO</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; SLO object</source>
        <translation>la réponse n&apos;a pas d&apos;objet SLO &quot;data&quot;</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; SLO history object</source>
        <translation>la réponse n&apos;a pas d&apos;objet d&apos;historique de SLO &quot;data&quot;</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;results&quot; object with a &quot;metrics&quot; list of names</source>
        <translation>pas d&apos;objet « results » avec une liste « metrics » de noms</translation>
    </message>
    <message>
        <source>no &quot;data&quot; object whose attributes list the tags</source>
        <translation>pas d&apos;objet « data » dont les attributs listent les tags</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogSite</name>
    <message>
        <source>data source &quot;%1&quot;: url &quot;%2&quot; is not an http or https URL; expected e.g. https://datadog-proxy.example.com</source>
        <translation>source de données &quot;%1&quot; : l&apos;url &quot;%2&quot; n&apos;est pas une URL http ou https ; attendu par ex. https://datadog-proxy.example.com</translation>
    </message>
    <message>
        <source>data source &quot;%1&quot;: unknown Datadog site &quot;%2&quot;; expected one of %3</source>
        <translation>source de données &quot;%1&quot; : site Datadog inconnu &quot;%2&quot; ; attendu : l&apos;un de %3</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire &quot;%1&quot; ?)</translation>
    </message>
    <message>
        <source>the %1 of data source &quot;%2&quot;</source>
        <translation>%1 de la source de données &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogSloImporter</name>
    <message>
        <source>the Datadog SLO list in &apos;data&apos; is empty: nothing to import</source>
        <translation>la liste de SLO Datadog dans &apos;data&apos; est vide : rien à importer</translation>
    </message>
    <message>
        <source>not a Datadog SLO object: %1</source>
        <translation>pas un objet SLO Datadog : %1</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot; (id %2) is already imported from %3:%4:%5; imported once</source>
        <translation>le SLO Datadog &quot;%1&quot; (id %2) est déjà importé depuis %3:%4:%5 ; importé une seule fois</translation>
    </message>
    <message>
        <source>define it (apiVersion: openslo/v1, kind: DataSource, spec.type: datadog, spec.connectionDetails.site) and store its keys with `slactl credentials set %1`</source>
        <translation>définissez-la (apiVersion: openslo/v1, kind: DataSource, spec.type: datadog, spec.connectionDetails.site) et enregistrez ses clés avec `slactl credentials set %1`</translation>
    </message>
    <message>
        <source>the imported Datadog SLOs read from the DataSource &apos;%1&apos;, which this set does not define: added one with no connection details (Datadog&apos;s default site); %2</source>
        <translation>les SLO Datadog importés lisent la DataSource &apos;%1&apos;, que cet ensemble ne définit pas : une DataSource sans détails de connexion a été ajoutée (site par défaut de Datadog) ; %2</translation>
    </message>
    <message>
        <source>the set defines several Datadog DataSources (%1), so the imported Datadog SLOs read from &apos;%2&apos;, which it does not define: added one with no connection details; %3</source>
        <translation>l&apos;ensemble définit plusieurs DataSources Datadog (%1), donc les SLO Datadog importés lisent &apos;%2&apos;, qu&apos;il ne définit pas : une DataSource sans détails de connexion a été ajoutée ; %3</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogSource</name>
    <message>
        <source>Datadog source &quot;%1&quot; has no API key or application key; store them with `slactl credentials set %1` (two lines: API key, then application key) or set DD_API_KEY and DD_APP_KEY</source>
        <translation>la source Datadog &quot;%1&quot; n&apos;a pas de clé d&apos;API ou de clé d&apos;application ; enregistrez-les avec `slactl credentials set %1` (deux lignes : clé d&apos;API, puis clé d&apos;application) ou définissez DD_API_KEY et DD_APP_KEY</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot;</source>
        <translation>source Datadog &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the request was cancelled</source>
        <translation>%1 : la requête a été annulée</translation>
    </message>
    <message>
        <source>%1 rejected the API key or application key (HTTP %2%3); store valid keys with `slactl credentials set %4` or set DD_API_KEY and DD_APP_KEY</source>
        <translation>%1 a refusé la clé d&apos;API ou la clé d&apos;application (HTTP %2%3) ; enregistrez des clés valides avec `slactl credentials set %4` ou définissez DD_API_KEY et DD_APP_KEY</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP 429; %2); retried %3 times. Query less often or ask Datadog support for a higher limit</source>
        <translation>%1 est limité en débit (HTTP 429 ; %2) ; %3 nouvelles tentatives. Interrogez moins souvent ou demandez une limite plus élevée au support Datadog</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2%3)</source>
        <translation>%1 a refusé la requête (HTTP %2%3)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2%3)</source>
        <translation>%1 a échoué (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot; cannot list series; write the Datadog query by hand</source>
        <translation>la source Datadog &quot;%1&quot; ne peut pas lister les séries ; écrivez la requête Datadog à la main</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot; cannot list tag names</source>
        <translation>la source Datadog &quot;%1&quot; ne peut pas lister les noms de tags</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot; cannot list tag values</source>
        <translation>la source Datadog &quot;%1&quot; ne peut pas lister les valeurs de tags</translation>
    </message>
    <message>
        <source>limit %1 requests per %2 s</source>
        <translation>limite de %1 requêtes par %2 s</translation>
    </message>
    <message>
        <source>bucket &quot;%1&quot;</source>
        <translation>bucket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>resets in %1 s</source>
        <translation>réinitialisation dans %1 s</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot;: &quot;%2&quot; is not an SLO id (letters and digits, as in the SLO&apos;s URL)</source>
        <translation>source Datadog &quot;%1&quot; : &quot;%2&quot; n&apos;est pas un id de SLO (lettres et chiffres, comme dans l&apos;URL du SLO)</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not %2: %3</source>
        <translation>%1 a envoyé une réponse qui n&apos;est pas %2 : %3</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <source>a list of SLOs</source>
        <translation>une liste de SLO</translation>
    </message>
    <message>
        <source>an SLO</source>
        <translation>un SLO</translation>
    </message>
    <message>
        <source>an SLO history</source>
        <translation>un historique de SLO</translation>
    </message>
    <message>
        <source>%1: a timeseries request needs at least one query</source>
        <translation>%1 : une requête de séries temporelles nécessite au moins une requête</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot name a query (a letter or _, then letters, digits or _; each name once)</source>
        <translation>%1 : &quot;%2&quot; ne peut pas nommer une requête (une lettre ou _, puis des lettres, chiffres ou _ ; chaque nom une seule fois)</translation>
    </message>
    <message>
        <source>the API key of Datadog source &quot;%1&quot;</source>
        <translation>la clé d&apos;API de la source Datadog &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the application key of Datadog source &quot;%1&quot;</source>
        <translation>la clé d&apos;application de la source Datadog &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a query result</source>
        <translation>un résultat de requête</translation>
    </message>
    <message>
        <source>a timeseries result</source>
        <translation>un résultat de séries temporelles</translation>
    </message>
    <message>
        <source>a list of metrics</source>
        <translation>une liste de métriques</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot;: &quot;%2&quot; is not a metric name</source>
        <translation>source Datadog « %1 » : « %2 » n&apos;est pas un nom de métrique</translation>
    </message>
    <message>
        <source>a list of tags</source>
        <translation>une liste de tags</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DocumentLoader</name>
    <message>
        <source>no such file or folder</source>
        <translation>aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>a document must be a mapping with apiVersion and kind, got %1</source>
        <translation>un document doit être un mapping avec apiVersion et kind, reçu : %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>lecture du YAML impossible : %1</translation>
    </message>
    <message>
        <source>unrecognised document: no apiVersion and kind (supported: sladesk/v1 SLA and TierTemplate, OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, Pyrra ServiceLevelObjective)</source>
        <translation>document non reconnu : pas d&apos;apiVersion ni de kind (pris en charge : sladesk/v1 SLA et TierTemplate, OpenSLO v1, v1alpha et v2alpha, Sloth prometheus/v1 et PrometheusServiceLevel, Pyrra ServiceLevelObjective)</translation>
    </message>
    <message>
        <source>unsupported document: apiVersion &apos;%1&apos;, kind &apos;%2&apos; (supported: sladesk/v1 SLA and TierTemplate, OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, Pyrra ServiceLevelObjective)</source>
        <translation>document non pris en charge : apiVersion &apos;%1&apos;, kind &apos;%2&apos; (pris en charge : sladesk/v1 SLA et TierTemplate, OpenSLO v1, v1alpha et v2alpha, Sloth prometheus/v1 et PrometheusServiceLevel, Pyrra ServiceLevelObjective)</translation>
    </message>
    <message>
        <source>mappings and lists are nested too deeply</source>
        <translation>les mappings et les listes sont imbriqués trop profondément</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Engine</name>
    <message>
        <source>histogram bucket label le=&quot;%1&quot; is not a number</source>
        <translation>le label de bucket d&apos;histogramme le=&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a histogram series has no le label; select the _bucket series of a histogram</source>
        <translation>une série d&apos;histogramme n&apos;a pas de label le ; sélectionnez la série _bucket d&apos;un histogramme</translation>
    </message>
    <message>
        <source>the histogram has no le=&quot;+Inf&quot; bucket, so the total number of requests is unknown</source>
        <translation>l&apos;histogramme n&apos;a pas de bucket le=&quot;+Inf&quot;, donc le nombre total de requêtes est inconnu</translation>
    </message>
    <message>
        <source>no histogram bucket has le equal to the threshold %1; choose one of the bucket bounds: %2</source>
        <translation>aucun bucket d&apos;histogramme n&apos;a le égal au seuil %1 ; choisissez l&apos;une des bornes de bucket : %2</translation>
    </message>
    <message>
        <source>the reference and current histograms have different buckets (%1 and %2 le values)</source>
        <translation>les histogrammes de référence et actuel ont des buckets différents (%1 et %2 valeurs le)</translation>
    </message>
    <message>
        <source>the reference and current histograms have different bucket bounds</source>
        <translation>les histogrammes de référence et actuel ont des bornes de bucket différentes</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Evaluator</name>
    <message>
        <source>the objective has no data source; set `dataSource` on the SLA or the objective</source>
        <translation>l&apos;objectif n&apos;a pas de source de données ; définissez `dataSource` sur le SLA ou sur l&apos;objectif</translation>
    </message>
    <message>
        <source>no DataSource named &apos;%1&apos; in the workspace</source>
        <translation>aucune DataSource nommée &apos;%1&apos; dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; has type &apos;%2&apos;, which SLA Desk cannot query</source>
        <translation>la source de données &apos;%1&apos; est de type &apos;%2&apos;, que SLA Desk ne sait pas interroger</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; needs a secret (auth %2): store it with `slactl credentials set %1` or set %3</source>
        <translation>la source de données &apos;%1&apos; nécessite un secret (auth %2) : enregistrez-le avec `slactl credentials set %1` ou définissez %3</translation>
    </message>
    <message>
        <source>recording loaded</source>
        <translation>enregistrement chargé</translation>
    </message>
    <message>
        <source>queries answered</source>
        <translation>requêtes traitées</translation>
    </message>
    <message>
        <source>no objective &apos;%1&apos; in SLA &apos;%2&apos;</source>
        <translation>aucun objectif &apos;%1&apos; dans le SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a chart needs a start before its end and a positive step</source>
        <translation>un graphique nécessite un début avant sa fin et un pas positif</translation>
    </message>
    <message>
        <source>Datadog cannot serve drift indicators: its query language has no histogram bucket increases; use a Prometheus or recorded source</source>
        <translation>Datadog ne peut pas fournir d&apos;indicateurs de dérive : son langage de requête n&apos;a pas d&apos;accroissements de buckets d&apos;histogramme ; utilisez une source Prometheus ou des données enregistrées</translation>
    </message>
    <message>
        <source>a percentile latency objective cannot be read from Datadog counters; use a `threshold` indicator on a gauge holding the percentile (e.g. trace.http.request.duration.by.service.95p) or the share of requests under the threshold (no `percentile`)</source>
        <translation>un objectif de latence en percentile ne peut pas être lu depuis des compteurs Datadog ; utilisez un indicateur `threshold` sur une jauge contenant le percentile (par ex. trace.http.request.duration.by.service.95p) ou la part des requêtes sous le seuil (sans `percentile`)</translation>
    </message>
    <message>
        <source>a percentile latency objective needs `budgeting: {timeslices: DURATION}`</source>
        <translation>un objectif de latence en percentile nécessite `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>histogram selector &quot;%1&quot;, column %2: %3</source>
        <translation>sélecteur d&apos;histogramme &quot;%1&quot;, colonne %2 : %3</translation>
    </message>
    <message>
        <source>histogram selector &quot;%1&quot;: name the histogram without .bucket or .count; SLA Desk reads %2.bucket{upper_bound:THRESHOLD} and %2.count</source>
        <translation>sélecteur d&apos;histogramme &quot;%1&quot; : nommez l&apos;histogramme sans .bucket ni .count ; SLA Desk lit %2.bucket{upper_bound:THRESHOLD} et %2.count</translation>
    </message>
    <message>
        <source>a raw `errorRatio` query cannot be evaluated on Datadog (ratios of windows do not add up); write `good` or `bad` and `total` count queries</source>
        <translation>une requête brute `errorRatio` ne peut pas être évaluée sur Datadog (les ratios de fenêtres ne s&apos;additionnent pas) ; écrivez des requêtes de comptage `good` ou `bad` et `total`</translation>
    </message>
    <message>
        <source>a raw `value` query needs `budgeting: {timeslices: DURATION}`</source>
        <translation>une requête brute `value` nécessite `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>a threshold indicator needs `budgeting: {timeslices: DURATION}`</source>
        <translation>un indicateur à seuil nécessite `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>timeslices shorter than %1 s cannot be read from Datadog (its finest rollup interval)</source>
        <translation>des tranches de temps plus courtes que %1 s ne peuvent pas être lues depuis Datadog (son intervalle de rollup le plus fin)</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;: %2</source>
        <translation>source de données &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>%1; check the data source&apos;s site or url and the network</source>
        <translation>%1 ; vérifiez le site ou l&apos;url de la source de données et le réseau</translation>
    </message>
    <message>
        <source>%1 (objective &apos;%2&apos;); check its selectors</source>
        <translation>%1 (objectif &apos;%2&apos;) ; vérifiez ses sélecteurs</translation>
    </message>
    <message>
        <source>raw Datadog queries with their own rollup cannot be charted</source>
        <translation>les requêtes Datadog brutes avec leur propre rollup ne peuvent pas être tracées</translation>
    </message>
    <message>
        <source>the SLA has no window and its tier sets none; add `window: 30d` (or a calendar window)</source>
        <translation>le SLA n&apos;a pas de fenêtre et son niveau n&apos;en définit aucune ; ajoutez `window: 30d` (ou une fenêtre calendaire)</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; in the window; use an IANA name such as Europe/Berlin</source>
        <translation>fuseau horaire inconnu &apos;%1&apos; dans la fenêtre ; utilisez un nom IANA tel que Europe/Berlin</translation>
    </message>
    <message>
        <source>Datadog data source &apos;%1&apos; needs an API key and an application key: store them with `slactl credentials set %1` (two lines: API key, then application key) or set %2 (the same two lines) or DD_API_KEY and DD_APP_KEY</source>
        <translation>la source de données Datadog &apos;%1&apos; nécessite une clé d&apos;API et une clé d&apos;application : enregistrez-les avec `slactl credentials set %1` (deux lignes : clé d&apos;API, puis clé d&apos;application) ou définissez %2 (les deux mêmes lignes) ou DD_API_KEY et DD_APP_KEY</translation>
    </message>
    <message>
        <source>this indicator needs `budgeting: {timeslices: DURATION}`</source>
        <translation>cet indicateur nécessite `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>a bucket series has no numeric le label</source>
        <translation>une série de bucket n&apos;a pas de label le numérique</translation>
    </message>
    <message>
        <source>the drift reference needs `from` before `to`</source>
        <translation>la référence de dérive nécessite `from` avant `to`</translation>
    </message>
    <message>
        <source>the drift reference %1 .. %2 holds no data of &apos;%3&apos;</source>
        <translation>la référence de dérive %1 .. %2 ne contient aucune donnée de &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1; check the data source&apos;s url and that the server is running</source>
        <translation>%1 ; vérifiez l&apos;url de la source de données et que le serveur est en marche</translation>
    </message>
    <message>
        <source>%1; store the secret with `slactl credentials set %2` or set %3</source>
        <translation>%1 ; enregistrez le secret avec `slactl credentials set %2` ou définissez %3</translation>
    </message>
    <message>
        <source>selector &apos;%1&apos; does not parse: %2</source>
        <translation>le sélecteur &apos;%1&apos; ne peut pas être analysé : %2</translation>
    </message>
    <message>
        <source>histogram selector &apos;%1&apos; needs a metric name</source>
        <translation>le sélecteur d&apos;histogramme &apos;%1&apos; nécessite un nom de métrique</translation>
    </message>
    <message>
        <source>selector &apos;%1&apos;: %2</source>
        <translation>sélecteur &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>histogram &apos;%1&apos; has no bucket with le = %2; the latency threshold must be one of its bucket bounds</source>
        <translation>l&apos;histogramme &apos;%1&apos; n&apos;a pas de bucket avec le = %2 ; le seuil de latence doit être l&apos;une de ses bornes de bucket</translation>
    </message>
    <message>
        <source>cannot read the recording of data source &apos;%1&apos;: %2; check its `file` (relative to the workspace folder)</source>
        <translation>impossible de lire l&apos;enregistrement de la source de données &apos;%1&apos; : %2 ; vérifiez son `file` (relatif au dossier de l&apos;espace de travail)</translation>
    </message>
    <message>
        <source>this indicator cannot be evaluated per timeslice</source>
        <translation>cet indicateur ne peut pas être évalué par tranche de temps</translation>
    </message>
    <message>
        <source>raw `query` indicators cannot run on recorded data (data source &apos;%1&apos;): their text is for a metric server; evaluate this objective against a Prometheus source or use a ratio, latency, classification, drift or threshold indicator</source>
        <translation>les indicateurs `query` bruts ne peuvent pas s&apos;exécuter sur des données enregistrées (source de données &apos;%1&apos;) : leur texte est destiné à un serveur de métriques ; évaluez cet objectif avec une source Prometheus ou utilisez un indicateur de ratio, de latence, de classification, de dérive ou à seuil</translation>
    </message>
    <message>
        <source>a %1 indicator needs `budgeting: {timeslices: DURATION}`</source>
        <translation>un indicateur %1 nécessite `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>the data source went away</source>
        <translation>la source de données a disparu</translation>
    </message>
    <message>
        <source>compliance window</source>
        <translation>fenêtre de conformité</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>fenêtre %1</translation>
    </message>
    <message>
        <source>%1: bad %2 &gt; total %3</source>
        <translation>%1 : mauvais %2 &gt; total %3</translation>
    </message>
    <message>
        <source>%1: good %2 &gt; total %3</source>
        <translation>%1 : bons %2 &gt; total %3</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos;: data source &apos;%3&apos; reports more events in a part than in the total (%4); the SLI of such a window is clamped to 0..100%; check that the objective&apos;s good or bad selector counts a subset of the events its total counts</source>
        <translation>SLA &apos;%1&apos;, objectif &apos;%2&apos; : la source de données &apos;%3&apos; signale plus d&apos;événements dans une partie que dans le total (%4) ; le SLI d&apos;une telle fenêtre est borné à 0..100% ; vérifiez que le sélecteur des bons ou des mauvais événements de l&apos;objectif compte un sous-ensemble des événements que compte son sélecteur du total</translation>
    </message>
    <message>
        <source>an error-ratio query holds no event counts to take out</source>
        <translation>une requête de taux d&apos;erreur ne contient aucun nombre d&apos;événements à retirer</translation>
    </message>
    <message>
        <source>%1/%2: correction(s) %3 not applied (%4); its figures are uncorrected</source>
        <translation>%1/%2 : correction(s) %3 non appliquée(s) (%4) ; ses chiffres ne sont pas corrigés</translation>
    </message>
    <message>
        <source>its query uses the window elsewhere than in a range selector, so the events of a period cannot be counted</source>
        <translation>sa requête utilise la fenêtre ailleurs que dans un sélecteur de plage, les événements d&apos;une période ne peuvent donc pas être comptés</translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation>%1 calendaire</translation>
    </message>
    <message>
        <source>holds data from %1 only</source>
        <translation>ne contient des données qu&apos;à partir de %1</translation>
    </message>
    <message>
        <source>keeps %1 of data (retention), so nothing before %2</source>
        <translation>conserve %1 de données (rétention), donc rien avant %2</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; %2, but the longest window (%3 of %4) reads from %5: its figures and those of every objective marked partial cover less than their window</source>
        <translation>la source de données &apos;%1&apos; %2, mais la fenêtre la plus longue (%3 de %4) lit à partir de %5 : ses chiffres et ceux de chaque objectif marqué partiel couvrent moins que leur fenêtre</translation>
    </message>
    <message>
        <source>a raw Datadog query with its own rollup cannot be counted per period</source>
        <translation>une requête Datadog brute avec son propre rollup ne peut pas être comptée par période</translation>
    </message>
    <message>
        <source>invalid CloudWatch selector %1: %2</source>
        <translation>sélecteur CloudWatch invalide %1 : %2</translation>
    </message>
    <message>
        <source>this indicator needs `budgeting: {timeslices: DURATION}` on CloudWatch</source>
        <translation>cet indicateur exige `budgeting: {timeslices: DURATION}` sur CloudWatch</translation>
    </message>
    <message>
        <source>drift indicators are not served by CloudWatch: it has no histogram buckets to score drift on; use a Prometheus or recorded source</source>
        <translation>CloudWatch ne fournit pas d&apos;indicateurs de dérive : il n&apos;a pas de buckets d&apos;histogramme sur lesquels mesurer la dérive ; utilisez une source Prometheus ou des données enregistrées</translation>
    </message>
    <message>
        <source>raw `query` indicators are not served by CloudWatch; write the selectors in CloudWatch&apos;s form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</source>
        <translation>CloudWatch ne fournit pas d&apos;indicateurs `query` bruts ; écrivez les sélecteurs sous la forme de CloudWatch ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</translation>
    </message>
    <message>
        <source>CloudWatch serves latency as a percentile statistic per timeslice (e.g. ModelLatency p95): give `percentile` and `budgeting: {timeslices: DURATION}`</source>
        <translation>CloudWatch fournit la latence comme statistique de percentile par tranche de temps (p. ex. ModelLatency p95) : indiquez `percentile` et `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>`aggregate: last` is not served by CloudWatch; use avg, min or max</source>
        <translation>CloudWatch ne fournit pas `aggregate: last` ; utilisez avg, min ou max</translation>
    </message>
    <message>
        <source>not a CloudWatch source</source>
        <translation>ce n&apos;est pas une source CloudWatch</translation>
    </message>
    <message>
        <source>CloudWatch reads periods of whole minutes: a timeslice of %1 s cannot be read</source>
        <translation>CloudWatch lit des périodes de minutes entières : une tranche de temps de %1 s ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1; check the data source&apos;s region or endpoint and the network</source>
        <translation>%1 ; vérifiez la région ou le point de terminaison de la source de données et le réseau</translation>
    </message>
    <message>
        <source>%1; check the AWS credentials (environment, `slactl credentials set`, or the shared credentials file&apos;s profile) and that they may call cloudwatch:GetMetricData</source>
        <translation>%1 ; vérifiez les identifiants AWS (environnement, `slactl credentials set` ou le profil du fichier d&apos;identifiants partagé) et qu&apos;ils peuvent appeler cloudwatch:GetMetricData</translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos; has no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, store them with `slactl credentials set %1` (access key id, secret access key and optionally the session token, one a line) or set %2, or add profile &apos;%3&apos; to %4</source>
        <translation>la source de données CloudWatch &apos;%1&apos; n&apos;a pas d&apos;identifiants AWS : définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, enregistrez-les avec `slactl credentials set %1` (identifiant de clé d&apos;accès, clé d&apos;accès secrète et éventuellement le jeton de session, un par ligne) ou définissez %2, ou ajoutez le profil &apos;%3&apos; à %4</translation>
    </message>
    <message>
        <source>recordings have no namespaces</source>
        <translation>les enregistrements n&apos;ont pas d&apos;espaces de noms</translation>
    </message>
    <message>
        <source>this kind of data source lists no metric names</source>
        <translation>ce type de source de données ne liste pas de noms de métriques</translation>
    </message>
    <message>
        <source>the recording rules hold %1 of the %2 five-minute pieces of the window</source>
        <translation>les règles d&apos;enregistrement contiennent %1 des %2 tranches de cinq minutes de la fenêtre</translation>
    </message>
    <message>
        <source>the recording rules hold no good events for the window</source>
        <translation>les règles d&apos;enregistrement ne contiennent aucun événement bon pour la fenêtre</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Explanation</name>
    <message>
        <source>over the window, less the events inside the corrections</source>
        <translation>sur la fenêtre, moins les événements compris dans les corrections</translation>
    </message>
    <message>
        <source>good events</source>
        <translation>bons événements</translation>
    </message>
    <message>
        <source>total events</source>
        <translation>total des événements</translation>
    </message>
    <message>
        <source>good events without corrections</source>
        <translation>bons événements sans corrections</translation>
    </message>
    <message>
        <source>total events without corrections</source>
        <translation>total des événements sans corrections</translation>
    </message>
    <message>
        <source>events left out by corrections</source>
        <translation>événements exclus par les corrections</translation>
    </message>
    <message>
        <source>total without corrections - total</source>
        <translation>total sans corrections - total</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>bad events</source>
        <translation>mauvais événements</translation>
    </message>
    <message>
        <source>total - good</source>
        <translation>total - bons</translation>
    </message>
    <message>
        <source>allowed bad events</source>
        <translation>mauvais événements autorisés</translation>
    </message>
    <message>
        <source>(1 - target) × total</source>
        <translation>(1 - cible) × total</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>good / total</source>
        <translation>bons / total</translation>
    </message>
    <message>
        <source>error budget consumed</source>
        <translation>budget d&apos;erreur consommé</translation>
    </message>
    <message>
        <source>bad / allowed bad = (1 - SLI) / (1 - target)</source>
        <translation>mauvais / mauvais autorisés = (1 - SLI) / (1 - cible)</translation>
    </message>
    <message>
        <source>error budget remaining</source>
        <translation>budget d&apos;erreur restant</translation>
    </message>
    <message>
        <source>1 - consumed</source>
        <translation>1 - consommé</translation>
    </message>
    <message>
        <source>bad events still allowed</source>
        <translation>mauvais événements encore autorisés</translation>
    </message>
    <message>
        <source>allowed bad - bad</source>
        <translation>mauvais autorisés - mauvais</translation>
    </message>
    <message>
        <source>budget in time (seconds)</source>
        <translation>budget en temps (secondes)</translation>
    </message>
    <message>
        <source>bad events still allowed / (total / window length in seconds)</source>
        <translation>mauvais événements encore autorisés / (total / durée de la fenêtre en secondes)</translation>
    </message>
    <message>
        <source>good slices</source>
        <translation>bonnes tranches de temps</translation>
    </message>
    <message>
        <source>bad slices</source>
        <translation>mauvaises tranches de temps</translation>
    </message>
    <message>
        <source>slices without data (gaps)</source>
        <translation>tranches de temps sans données (lacunes)</translation>
    </message>
    <message>
        <source>slices left out by corrections</source>
        <translation>tranches de temps exclues par les corrections</translation>
    </message>
    <message>
        <source>slices that overlap a correction interval</source>
        <translation>tranches de temps qui chevauchent un intervalle de correction</translation>
    </message>
    <message>
        <source>slices in the window</source>
        <translation>tranches de temps dans la fenêtre</translation>
    </message>
    <message>
        <source>allowed bad slices</source>
        <translation>mauvaises tranches de temps autorisées</translation>
    </message>
    <message>
        <source>(1 - target) × (slices in the window - slices left out)</source>
        <translation>(1 - cible) × (tranches de temps dans la fenêtre - tranches de temps exclues)</translation>
    </message>
    <message>
        <source>good slices / (good + bad slices)</source>
        <translation>bonnes tranches de temps / (bonnes + mauvaises tranches de temps)</translation>
    </message>
    <message>
        <source>bad slices / allowed bad slices</source>
        <translation>mauvaises tranches de temps / mauvaises tranches de temps autorisées</translation>
    </message>
    <message>
        <source>bad slices still allowed</source>
        <translation>mauvaises tranches de temps encore autorisées</translation>
    </message>
    <message>
        <source>allowed bad slices - bad slices</source>
        <translation>mauvaises tranches de temps autorisées - mauvaises tranches de temps</translation>
    </message>
    <message>
        <source>bad slices still allowed × slice length in seconds</source>
        <translation>mauvaises tranches de temps encore autorisées × durée d&apos;une tranche en secondes</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>instant query on %1 at %2:</source>
        <translation>requête instantanée sur %1 à %2 :</translation>
    </message>
    <message>
        <source>range query on %1 from %2 to %3, step %4 s:</source>
        <translation>requête de plage sur %1 de %2 à %3, pas de %4 s :</translation>
    </message>
    <message>
        <source>recorded selector on %1, increase from %2 to %3:</source>
        <translation>sélecteur enregistré sur %1, augmentation de %2 à %3 :</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>answer: no series</source>
        <translation>réponse : aucune série</translation>
    </message>
    <message>
        <source>%1 / %2 at %3</source>
        <translation>%1 / %2 à %3</translation>
    </message>
    <message>
        <source>data source: %1; budgeting: %2; status: %3</source>
        <translation>source de données : %1 ; budgétisation : %2 ; statut : %3</translation>
    </message>
    <message>
        <source>window: %1 to %2</source>
        <translation>fenêtre : %1 à %2</translation>
    </message>
    <message>
        <source>corrections: not applied (--no-corrections)</source>
        <translation>corrections : non appliquées (--no-corrections)</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Burn rates (error ratio over the window / (1 - target))</source>
        <translation>Taux de consommation (taux d&apos;erreur sur la fenêtre / (1 - cible))</translation>
    </message>
    <message>
        <source>Queries and answers</source>
        <translation>Requêtes et réponses</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Sla::Core::FigureFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Sla::Core::FigureText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 bad slices over budget</source>
        <translation>%1 mauvaises tranches de temps au-delà du budget</translation>
    </message>
    <message>
        <source>%1 bad slices left</source>
        <translation>%1 mauvaises tranches de temps restantes</translation>
    </message>
    <message>
        <source>%1 of full outage over budget</source>
        <translation>%1 de panne totale au-delà du budget</translation>
    </message>
    <message>
        <source>%1 of full outage left</source>
        <translation>%1 de panne totale restant</translation>
    </message>
    <message>
        <source>%1 bad events over budget</source>
        <translation>%1 mauvais événements au-delà du budget</translation>
    </message>
    <message>
        <source>%1 bad events left</source>
        <translation>%1 mauvais événements restants</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>brut %1</translation>
    </message>
    <message>
        <source>95 % interval [%1, %2]</source>
        <translation>intervalle à 95 % [%1, %2]</translation>
    </message>
    <message>
        <source>, n = %1</source>
        <translation>, n = %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>provisional since %1: %2 (labels still arriving; not used for the status)</source>
        <translation>provisoire depuis %1 : %2 (étiquettes encore en cours d&apos;arrivée ; non utilisé pour le statut)</translation>
    </message>
    <message>
        <source>too few labelled samples for a figure (%1 in the window)</source>
        <translation>trop peu d&apos;échantillons étiquetés pour un chiffre (%1 dans la fenêtre)</translation>
    </message>
    <message>
        <source>too few events for a figure (%1 in the window)</source>
        <translation>trop peu d&apos;événements pour un chiffre (%1 dans la fenêtre)</translation>
    </message>
    <message>
        <source>too few events for a figure</source>
        <translation>trop peu d&apos;événements pour un chiffre</translation>
    </message>
    <message>
        <source>corrections applied: %1</source>
        <translation>corrections appliquées : %1</translation>
    </message>
    <message>
        <source>partial: the window reaches further back than the source keeps data</source>
        <translation>partiel : la fenêtre remonte plus loin que la durée de conservation des données de la source</translation>
    </message>
    <message>
        <source>partial: %1</source>
        <translation>partiel : %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::GzipInflater</name>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation>les données gzip sont corrompues : %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::HttpClient</name>
    <message>
        <source>the request was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <source>%1 is rate limited until a reset in %2 s, longer than the %3 s SLA Desk waits</source>
        <translation>%1 est limité en débit jusqu&apos;à une réinitialisation dans %2 s, plus longtemps que les %3 s qu&apos;attend SLA Desk</translation>
    </message>
    <message>
        <source>the response of %1 exceeds the limit of %2 MB</source>
        <translation>la réponse de %1 dépasse la limite de %2 MB</translation>
    </message>
    <message>
        <source>%1 at %2 did not finish its answer within %3 s</source>
        <translation>%1 à %2 n&apos;a pas terminé sa réponse en %3 s</translation>
    </message>
    <message>
        <source>%1 at %2 sent nothing for %3 s</source>
        <translation>%1 à %2 n&apos;a rien envoyé pendant %3 s</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2: %3</source>
        <translation>impossible de joindre %1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3 without a valid Location to redirect to</source>
        <translation>%1 à %2 a répondu HTTP %3 sans Location valide vers laquelle rediriger</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another origin, %3; SLA Desk follows redirects only within the same scheme, host and port, so that credentials never reach another server: set the url to the server that answers</source>
        <translation>%1 à %2 a redirigé vers une autre origine, %3 ; SLA Desk ne suit les redirections qu&apos;au sein du même schéma, hôte et port, afin que les identifiants n&apos;atteignent jamais un autre serveur : définissez l&apos;url sur le serveur qui répond</translation>
    </message>
    <message>
        <source>%1 at %2 redirects in a loop (back to %3)</source>
        <translation>%1 à %2 redirige en boucle (retour vers %3)</translation>
    </message>
    <message>
        <source>%1 at %2 redirected more than %3 times</source>
        <translation>%1 à %2 a redirigé plus de %3 fois</translation>
    </message>
    <message>
        <source>%1 sent a body in the content encoding &apos;%2&apos;, which SLA Desk does not decode (it asks for gzip)</source>
        <translation>%1 a envoyé un corps dans l&apos;encodage de contenu &apos;%2&apos;, que SLA Desk ne décode pas (il demande gzip)</translation>
    </message>
    <message>
        <source>the gzip-compressed response of %1 exceeds the limit of %2 MB once decompressed</source>
        <translation>la réponse compressée en gzip de %1 dépasse la limite de %2 MB une fois décompressée</translation>
    </message>
    <message>
        <source>%1 sent a gzip-compressed body that ends before its trailer</source>
        <translation>%1 a envoyé un corps compressé en gzip qui se termine avant son trailer</translation>
    </message>
    <message>
        <source>%1 sent a gzip-compressed body that cannot be decompressed: %2</source>
        <translation>%1 a envoyé un corps compressé en gzip qui ne peut pas être décompressé : %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::ImportSupport</name>
    <message>
        <source>the imported SLOs read from the DataSource &apos;prometheus&apos;, which this set does not define: added one with no connection details; define it (apiVersion: openslo/v1, kind: DataSource, spec.type: prometheus, spec.connectionDetails.url) or give a source when evaluating</source>
        <translation>les SLO importés lisent la DataSource &apos;prometheus&apos;, que cet ensemble ne définit pas : une DataSource sans détails de connexion a été ajoutée ; définissez-la (apiVersion: openslo/v1, kind: DataSource, spec.type: prometheus, spec.connectionDetails.url) ou indiquez une source lors de l&apos;évaluation</translation>
    </message>
    <message>
        <source>the string started here is not closed</source>
        <translation>la chaîne commencée ici n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes nothing that is open</source>
        <translation>&apos;%1&apos; ne ferme rien qui soit ouvert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of label matchers such as {code=~&quot;5..&quot;}</source>
        <translation>&apos;%1&apos; n&apos;est pas une liste de matchers de labels tels que {code=~&quot;5..&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed</source>
        <translation>&apos;%1&apos; n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>Sla::Core::MetricSource</name>
    <message>
        <source>data source &quot;%1&quot; cannot list series or labels</source>
        <translation>la source de données &quot;%1&quot; ne peut pas lister les séries ni les libellés</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OpenMetricsParser</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>input fed after the end</source>
        <translation>entrée fournie après la fin</translation>
    </message>
    <message>
        <source>line %1 is longer than 16 MiB: this is not OpenMetrics text</source>
        <translation>la ligne %1 dépasse 16 MiB : ce n&apos;est pas du texte OpenMetrics</translation>
    </message>
    <message>
        <source>gzip data is truncated (the stream ends before its trailer)</source>
        <translation>les données gzip sont tronquées (le flux se termine avant son trailer)</translation>
    </message>
    <message>
        <source>missing &apos;# EOF&apos; at the end of the input (OpenMetrics requires it)</source>
        <translation>&apos;# EOF&apos; manque à la fin de l&apos;entrée (OpenMetrics l&apos;exige)</translation>
    </message>
    <message>
        <source>unexpected content after &apos;# EOF&apos;</source>
        <translation>contenu inattendu après &apos;# EOF&apos;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;# EOF&apos;</source>
        <translation>texte inattendu après &apos;# EOF&apos;</translation>
    </message>
    <message>
        <source>expected a metric family name after &apos;%1&apos;</source>
        <translation>un nom de famille de métriques est attendu après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a space after the metric family name</source>
        <translation>une espace est attendue après le nom de la famille de métriques</translation>
    </message>
    <message>
        <source>expected a metric type after the family name</source>
        <translation>un type de métrique est attendu après le nom de la famille</translation>
    </message>
    <message>
        <source>unknown metric type %1 (expected counter, gauge, histogram, gaugehistogram, summary, info, stateset or unknown)</source>
        <translation>type de métrique inconnu %1 (attendu : counter, gauge, histogram, gaugehistogram, summary, info, stateset ou unknown)</translation>
    </message>
    <message>
        <source>unexpected text after the metric type</source>
        <translation>texte inattendu après le type de métrique</translation>
    </message>
    <message>
        <source>metric family %1 was declared as %2 on line %3</source>
        <translation>la famille de métriques %1 a été déclarée comme %2 à la ligne %3</translation>
    </message>
    <message>
        <source>invalid escape sequence in HELP text (expected \\, \&quot; or \n)</source>
        <translation>séquence d&apos;échappement invalide dans le texte HELP (attendu : \\, \&quot; ou \n)</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;</source>
        <translation>un nom de label ou &apos;}&apos; est attendu</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name</source>
        <translation>&apos;=&apos; attendu après le nom du label</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of label %1</source>
        <translation>&apos;&quot;&apos; attendu au début de la valeur du label %1</translation>
    </message>
    <message>
        <source>invalid escape sequence %1 in label value (expected \\, \&quot; or \n)</source>
        <translation>séquence d&apos;échappement invalide %1 dans la valeur de label (attendu : \\, \&quot; ou \n)</translation>
    </message>
    <message>
        <source>unterminated value of label %1 (missing closing &apos;&quot;&apos;)</source>
        <translation>valeur du label %1 non terminée (&apos;&quot;&apos; fermant manquant)</translation>
    </message>
    <message>
        <source>duplicate label %1</source>
        <translation>label %1 en double</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after label value</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après la valeur du label</translation>
    </message>
    <message>
        <source>timestamp %1 is too large: OpenMetrics timestamps are seconds since the epoch, this looks like milliseconds</source>
        <translation>l&apos;horodatage %1 est trop grand : les horodatages OpenMetrics sont des secondes depuis l&apos;epoch, celui-ci ressemble à des millisecondes</translation>
    </message>
    <message>
        <source>timestamp %1 is out of range</source>
        <translation>l&apos;horodatage %1 est hors limites</translation>
    </message>
    <message>
        <source>expected a metric name, a comment or &apos;# EOF&apos;</source>
        <translation>un nom de métrique, un commentaire ou &apos;# EOF&apos; est attendu</translation>
    </message>
    <message>
        <source>expected a space after the labels</source>
        <translation>une espace est attendue après les labels</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>texte inattendu après l&apos;horodatage</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; to start an exemplar</source>
        <translation>&apos;{&apos; attendu au début d&apos;un exemplar</translation>
    </message>
    <message>
        <source>expected a timestamp after the value (recorded data needs one per sample)</source>
        <translation>un horodatage est attendu après la valeur (les données enregistrées en nécessitent un par échantillon)</translation>
    </message>
    <message>
        <source>histogram bucket without an &apos;le&apos; label</source>
        <translation>bucket d&apos;histogramme sans label &apos;le&apos;</translation>
    </message>
    <message>
        <source>sample rejected</source>
        <translation>échantillon rejeté</translation>
    </message>
    <message>
        <source>invalid timestamp (expected seconds since the epoch)</source>
        <translation>horodatage invalide (attendu : secondes depuis l&apos;epoch)</translation>
    </message>
    <message>
        <source>invalid character in metric name</source>
        <translation>caractère invalide dans le nom de métrique</translation>
    </message>
    <message>
        <source>expected a space and a value after the metric name</source>
        <translation>une espace et une valeur sont attendues après le nom de métrique</translation>
    </message>
    <message>
        <source>expected a value after the metric name and labels</source>
        <translation>une valeur est attendue après le nom de métrique et les labels</translation>
    </message>
    <message>
        <source>invalid value (expected a number, NaN, +Inf or -Inf)</source>
        <translation>valeur invalide (attendu : un nombre, NaN, +Inf ou -Inf)</translation>
    </message>
    <message>
        <source>the &apos;le&apos; label value is not a number</source>
        <translation>la valeur du label &apos;le&apos; n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OpenSloExport</name>
    <message>
        <source>classification measure &apos;%1&apos; needs the &apos;%2&apos; counter</source>
        <translation>la mesure de classification &apos;%1&apos; nécessite le compteur &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a %1 indicator cannot be written as a Datadog metric query</source>
        <translation>un indicateur %1 ne peut pas être écrit comme requête de métrique Datadog</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;: connection detail &apos;%2&apos; looks like a secret and is not exported</source>
        <translation>source de données &apos;%1&apos; : le détail de connexion &apos;%2&apos; ressemble à un secret et n&apos;est pas exporté</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos;: no window given and tier &apos;%3&apos; is not in the workspace; exported with a rolling 30d window</source>
        <translation>SLA &apos;%1&apos;, objectif &apos;%2&apos; : aucune fenêtre indiquée et le niveau &apos;%3&apos; n&apos;est pas dans l&apos;espace de travail ; exporté avec une fenêtre glissante de 30d</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;: alert &apos;%2&apos; is not exported: OpenSLO v1 alert conditions express burn rates only</source>
        <translation>SLA &apos;%1&apos; : l&apos;alerte &apos;%2&apos; n&apos;est pas exportée : les conditions d&apos;alerte OpenSLO v1 n&apos;expriment que des taux de consommation</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos;: data source &apos;%3&apos; is not in the workspace; queries are exported as PromQL</source>
        <translation>SLA &apos;%1&apos;, objectif &apos;%2&apos; : la source de données &apos;%3&apos; n&apos;est pas dans l&apos;espace de travail ; les requêtes sont exportées en PromQL</translation>
    </message>
    <message>
        <source>data source type &apos;%1&apos; has no query language SLA Desk compiles to</source>
        <translation>le type de source de données &apos;%1&apos; n&apos;a pas de langage de requête vers lequel SLA Desk compile</translation>
    </message>
    <message>
        <source>OpenSLO v1 has no drift indicator (drift is computed from histogram bucket increases)</source>
        <translation>OpenSLO v1 n&apos;a pas d&apos;indicateur de dérive (la dérive est calculée à partir des accroissements des buckets d&apos;histogramme)</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos; is not exported: %3</source>
        <translation>SLA &apos;%1&apos;, objectif &apos;%2&apos; n&apos;est pas exporté : %3</translation>
    </message>
    <message>
        <source>%1: error budget burn rate at or above %2x over %3 and %4</source>
        <translation>%1 : taux de consommation du budget d&apos;erreur égal ou supérieur à %2x sur %3 et %4</translation>
    </message>
    <message>
        <source>%1: burn rate %2x over %3, confirmed over %4</source>
        <translation>%1 : taux de consommation %2x sur %3, confirmé sur %4</translation>
    </message>
    <message>
        <source>SLA Desk desktop notification for %1</source>
        <translation>notification de bureau SLA Desk pour %1</translation>
    </message>
    <message>
        <source>Alertmanager for %1</source>
        <translation>Alertmanager pour %1</translation>
    </message>
    <message>
        <source>Webhook for %1</source>
        <translation>Webhook pour %1</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has burn-rate alerts but no notification target; OpenSLO alert policies need one, so they notify the SLA Desk desktop target</source>
        <translation>le SLA &apos;%1&apos; a des alertes de taux de consommation mais aucune cible de notification ; les politiques d&apos;alerte OpenSLO en nécessitent une, elles notifient donc la cible bureau de SLA Desk</translation>
    </message>
    <message>
        <source>Correction &apos;%1&apos; has no OpenSLO equivalent and is not exported</source>
        <translation>La correction &apos;%1&apos; n&apos;a pas d&apos;équivalent OpenSLO et n&apos;est pas exportée</translation>
    </message>
    <message>
        <source>Annotation &apos;%1&apos; has no OpenSLO equivalent and is not exported</source>
        <translation>L&apos;annotation &apos;%1&apos; n&apos;a pas d&apos;équivalent OpenSLO et n&apos;est pas exportée</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OpenSloImporter</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>spec of Service &apos;%1&apos;</source>
        <translation>spec du Service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>spec of DataSource &apos;%1&apos;</source>
        <translation>spec de la DataSource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; is defined twice (first at %2:%3)</source>
        <translation>le SLO &apos;%1&apos; est défini deux fois (d&apos;abord en %2:%3)</translation>
    </message>
    <message>
        <source>objective %1 of SLO &apos;%2&apos; needs &apos;op&apos; and &apos;value&apos;: its indicator is a threshold metric</source>
        <translation>l&apos;objectif %1 du SLO &apos;%2&apos; nécessite &apos;op&apos; et &apos;value&apos; : son indicateur est une métrique à seuil</translation>
    </message>
    <message>
        <source>objective %1 of SLO &apos;%2&apos; compares a threshold metric with Occurrences budgeting; it is evaluated as %3 timeslices</source>
        <translation>l&apos;objectif %1 du SLO &apos;%2&apos; compare une métrique à seuil avec un budget Occurrences ; il est évalué en tranches de temps de %3</translation>
    </message>
    <message>
        <source>&apos;timeSliceTarget&apos; of objective %1 of SLO &apos;%2&apos; has no SLA Desk equivalent and is dropped</source>
        <translation>&apos;timeSliceTarget&apos; de l&apos;objectif %1 du SLO &apos;%2&apos; n&apos;a pas d&apos;équivalent dans SLA Desk et est ignoré</translation>
    </message>
    <message>
        <source>SLI of SLO &apos;%1&apos; reads data source &apos;%2&apos; and &apos;%3&apos;; SLA Desk uses &apos;%2&apos; for the whole objective</source>
        <translation>le SLI du SLO &apos;%1&apos; lit les sources de données &apos;%2&apos; et &apos;%3&apos; ; SLA Desk utilise &apos;%2&apos; pour tout l&apos;objectif</translation>
    </message>
    <message>
        <source>notification target &apos;%1&apos; (&apos;%2&apos;) of AlertPolicy &apos;%3&apos; is not a URL; SLA Desk notifies webhooks only, so it is dropped</source>
        <translation>la cible de notification &apos;%1&apos; (&apos;%2&apos;) de l&apos;AlertPolicy &apos;%3&apos; n&apos;est pas une URL ; SLA Desk ne notifie que des webhooks, elle est donc ignorée</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; is not defined in the files read; one of type &apos;%2&apos; with no connection details was created: add a DataSource document named &apos;%1&apos; to query it</source>
        <translation>la source de données &apos;%1&apos; n&apos;est pas définie dans les fichiers lus ; une source de type &apos;%2&apos; sans détails de connexion a été créée : ajoutez un document DataSource nommé &apos;%1&apos; pour l&apos;interroger</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; of %2 is not valid: OpenSLO names are RFC 1123 labels of at most 63 characters (lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit)</source>
        <translation>le nom &apos;%1&apos; de %2 n&apos;est pas valide : les noms OpenSLO sont des labels RFC 1123 d&apos;au plus 63 caractères (lettres minuscules, chiffres et &apos;-&apos;, commençant et finissant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>field &apos;description&apos; of %1 has %2 characters; OpenSLO allows at most %3</source>
        <translation>le champ &apos;description&apos; de %1 compte %2 caractères ; OpenSLO en autorise au plus %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must name a %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit nommer %3</translation>
    </message>
    <message>
        <source>the %1 reference</source>
        <translation>la référence %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a duration such as 5m, 1h, 28d, 1w or 1M, got &apos;%3&apos;</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une durée telle que 5m, 1h, 28d, 1w ou 1M, reçu : &apos;%3&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2: %3%4 is read as %5</source>
        <translation>champ &apos;%1&apos; de %2 : %3%4 est lu comme %5</translation>
    </message>
    <message>
        <source>%1 needs a &apos;spec&apos; mapping that holds the query</source>
        <translation>%1 nécessite un mapping &apos;spec&apos; contenant la requête</translation>
    </message>
    <message>
        <source>%1 holds no query: its &apos;spec&apos; has no &apos;query&apos; or other text field</source>
        <translation>%1 ne contient aucune requête : son &apos;spec&apos; n&apos;a pas de champ &apos;query&apos; ni d&apos;autre champ texte</translation>
    </message>
    <message>
        <source>connection detail &apos;%1&apos; must be text, got %2</source>
        <translation>le détail de connexion &apos;%1&apos; doit être du texte, reçu : %2</translation>
    </message>
    <message>
        <source>items of &apos;connectionDetails&apos; must be mappings, got %1</source>
        <translation>les éléments de &apos;connectionDetails&apos; doivent être des mappings, reçu : %1</translation>
    </message>
    <message>
        <source>&apos;connectionDetails&apos; must be a mapping, got %1</source>
        <translation>&apos;connectionDetails&apos; doit être un mapping, reçu : %1</translation>
    </message>
    <message>
        <source>connection detail &apos;%1&apos; of %2 is not used by SLA Desk (secrets belong in the keychain)</source>
        <translation>le détail de connexion &apos;%1&apos; de %2 n&apos;est pas utilisé par SLA Desk (les secrets vont dans le trousseau)</translation>
    </message>
    <message>
        <source>metricSource of %1</source>
        <translation>metricSource de %1</translation>
    </message>
    <message>
        <source>%1 takes &apos;dataSourceRef&apos; or &apos;dataSourceSpec&apos;, not both</source>
        <translation>%1 accepte &apos;dataSourceRef&apos; ou &apos;dataSourceSpec&apos;, pas les deux</translation>
    </message>
    <message>
        <source>dataSourceSpec of %1</source>
        <translation>dataSourceSpec de %1</translation>
    </message>
    <message>
        <source>spec of SLI &apos;%1&apos;</source>
        <translation>spec du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;thresholdMetric&apos; and &apos;ratioMetric&apos;</source>
        <translation>%1 nécessite exactement un de &apos;thresholdMetric&apos; et &apos;ratioMetric&apos;</translation>
    </message>
    <message>
        <source>thresholdMetric of SLI &apos;%1&apos;</source>
        <translation>thresholdMetric du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ratioMetric of SLI &apos;%1&apos;</source>
        <translation>ratioMetric du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes either &apos;raw&apos; with &apos;rawType&apos; or &apos;good&apos;/&apos;bad&apos; with &apos;total&apos;, not both</source>
        <translation>%1 accepte soit &apos;raw&apos; avec &apos;rawType&apos;, soit &apos;good&apos;/&apos;bad&apos; avec &apos;total&apos;, pas les deux</translation>
    </message>
    <message>
        <source>raw of SLI &apos;%1&apos;</source>
        <translation>raw du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;rawType&apos; of %1 needs &apos;raw&apos;</source>
        <translation>&apos;rawType&apos; de %1 nécessite &apos;raw&apos;</translation>
    </message>
    <message>
        <source>%1 takes either &apos;good&apos; or &apos;bad&apos;, not both</source>
        <translation>%1 accepte soit &apos;good&apos;, soit &apos;bad&apos;, pas les deux</translation>
    </message>
    <message>
        <source>%1 needs &apos;good&apos; or &apos;bad&apos; (with &apos;total&apos;)</source>
        <translation>%1 nécessite &apos;good&apos; ou &apos;bad&apos; (avec &apos;total&apos;)</translation>
    </message>
    <message>
        <source>good of SLI &apos;%1&apos;</source>
        <translation>good du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad of SLI &apos;%1&apos;</source>
        <translation>bad du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>total of SLI &apos;%1&apos;</source>
        <translation>total du SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>indicator of SLO &apos;%1&apos;</source>
        <translation>indicateur du SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>thresholdMetric of SLO &apos;%1&apos;</source>
        <translation>thresholdMetric du SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>good of %1</source>
        <translation>good de %1</translation>
    </message>
    <message>
        <source>bad of %1</source>
        <translation>bad de %1</translation>
    </message>
    <message>
        <source>total of %1</source>
        <translation>total de %1</translation>
    </message>
    <message>
        <source>spec of AlertCondition &apos;%1&apos;</source>
        <translation>spec de l&apos;AlertCondition &apos;%1&apos;</translation>
    </message>
    <message>
        <source>condition of AlertCondition &apos;%1&apos;</source>
        <translation>condition de l&apos;AlertCondition &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;threshold&apos; of %1 must be a burn rate above 0</source>
        <translation>le champ &apos;threshold&apos; de %1 doit être un taux de consommation supérieur à 0</translation>
    </message>
    <message>
        <source>spec of AlertNotificationTarget &apos;%1&apos;</source>
        <translation>spec de l&apos;AlertNotificationTarget &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;kind&apos; of %1 must be %2, got &apos;%3&apos;</source>
        <translation>le champ &apos;kind&apos; de %1 doit être %2, reçu : &apos;%3&apos;</translation>
    </message>
    <message>
        <source>spec of AlertPolicy &apos;%1&apos;</source>
        <translation>spec de l&apos;AlertPolicy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;conditions&apos; of %1 must be a list, got %2</source>
        <translation>le champ &apos;conditions&apos; de %1 doit être une liste, reçu : %2</translation>
    </message>
    <message>
        <source>%1 needs exactly one condition, got none</source>
        <translation>%1 nécessite exactement une condition, reçu : aucune</translation>
    </message>
    <message>
        <source>%1 takes exactly one condition, got %2</source>
        <translation>%1 accepte exactement une condition, reçu : %2</translation>
    </message>
    <message>
        <source>condition of AlertPolicy &apos;%1&apos;</source>
        <translation>condition de l&apos;AlertPolicy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;notificationTargets&apos; of %1 must be a list, got %2</source>
        <translation>le champ &apos;notificationTargets&apos; de %1 doit être une liste, reçu : %2</translation>
    </message>
    <message>
        <source>%1 needs at least one notification target</source>
        <translation>%1 nécessite au moins une cible de notification</translation>
    </message>
    <message>
        <source>notification target of AlertPolicy &apos;%1&apos;</source>
        <translation>cible de notification de l&apos;AlertPolicy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;; assuming a rolling 30d window</source>
        <translation>%1 n&apos;a pas de &apos;%2&apos; ; une fenêtre glissante de 30d est supposée</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a list of exactly one time window</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une liste d&apos;exactement une fenêtre de temps</translation>
    </message>
    <message>
        <source>time window of %1</source>
        <translation>fenêtre de temps de %1</translation>
    </message>
    <message>
        <source>field &apos;count&apos; of %1 must be above 0</source>
        <translation>le champ &apos;count&apos; de %1 doit être supérieur à 0</translation>
    </message>
    <message>
        <source>%1: &apos;calendar&apos; cannot be set when &apos;isRolling&apos; is true</source>
        <translation>%1 : &apos;calendar&apos; ne peut pas être défini quand &apos;isRolling&apos; vaut true</translation>
    </message>
    <message>
        <source>calendar of %1</source>
        <translation>calendar de %1</translation>
    </message>
    <message>
        <source>field &apos;startTime&apos; of %1 must be a time such as 2022-01-01 12:00:00, got &apos;%2&apos;</source>
        <translation>le champ &apos;startTime&apos; de %1 doit être une heure telle que 2022-01-01 12:00:00, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;timeZone&apos; of %1 must be an IANA time zone such as Europe/Berlin, got &apos;%2&apos;</source>
        <translation>le champ &apos;timeZone&apos; de %1 doit être un fuseau horaire IANA tel que Europe/Berlin, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>calendar window of %1%2 cannot be represented (calendar windows are a week, a month or a quarter); it is read as a rolling %3 window</source>
        <translation>la fenêtre calendaire de %1%2 ne peut pas être représentée (les fenêtres calendaires sont une semaine, un mois ou un trimestre) ; elle est lue comme une fenêtre glissante de %3</translation>
    </message>
    <message>
        <source>rolling window of %1%2 is read as %3</source>
        <translation>la fenêtre glissante de %1%2 est lue comme %3</translation>
    </message>
    <message>
        <source>objective %1 of SLO &apos;%2&apos;</source>
        <translation>objectif %1 du SLO &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 takes &apos;target&apos; or &apos;targetPercent&apos;, not both</source>
        <translation>%1 accepte &apos;target&apos; ou &apos;targetPercent&apos;, pas les deux</translation>
    </message>
    <message>
        <source>the target of %1 must be above 0 and below 1 (targetPercent: above 0 and below 100)</source>
        <translation>le target de %1 doit être supérieur à 0 et inférieur à 1 (targetPercent : supérieur à 0 et inférieur à 100)</translation>
    </message>
    <message>
        <source>field &apos;timeSliceTarget&apos; of %1 must be in (0, 1]</source>
        <translation>le champ &apos;timeSliceTarget&apos; de %1 doit être dans (0, 1]</translation>
    </message>
    <message>
        <source>field &apos;compositeWeight&apos; of %1 must be above 0</source>
        <translation>le champ &apos;compositeWeight&apos; de %1 doit être supérieur à 0</translation>
    </message>
    <message>
        <source>ratioMetrics of %1</source>
        <translation>ratioMetrics de %1</translation>
    </message>
    <message>
        <source>%1 takes &apos;%2&apos; or &apos;%3&apos;, not both</source>
        <translation>%1 accepte &apos;%2&apos; ou &apos;%3&apos;, pas les deux</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is defined twice (first at %3:%4)</source>
        <translation>%1 &apos;%2&apos; a deux définitions (la première en %3:%4)</translation>
    </message>
    <message>
        <source>spec of SLO &apos;%1&apos;</source>
        <translation>spec du SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes &apos;serviceRef&apos; or &apos;service&apos;, not both</source>
        <translation>%1 accepte &apos;serviceRef&apos; ou &apos;service&apos;, pas les deux</translation>
    </message>
    <message>
        <source>the service of %1</source>
        <translation>le service de %1</translation>
    </message>
    <message>
        <source>%1 of SLO &apos;%2&apos;</source>
        <translation>%1 du SLO &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no objectives; nothing is imported from it</source>
        <translation>%1 n&apos;a aucun objectif ; rien n&apos;en est importé</translation>
    </message>
    <message>
        <source>field &apos;objectives&apos; of %1 must be a list of at least one objective</source>
        <translation>le champ &apos;objectives&apos; de %1 doit être une liste d&apos;au moins un objectif</translation>
    </message>
    <message>
        <source>&apos;sli&apos; or &apos;sliRef&apos;</source>
        <translation>&apos;sli&apos; ou &apos;sliRef&apos;</translation>
    </message>
    <message>
        <source>&apos;indicator&apos; (or &apos;ratioMetrics&apos; on every objective)</source>
        <translation>&apos;indicator&apos; (ou &apos;ratioMetrics&apos; sur chaque objectif)</translation>
    </message>
    <message>
        <source>&apos;indicator&apos; or &apos;indicatorRef&apos;</source>
        <translation>&apos;indicator&apos; ou &apos;indicatorRef&apos;</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <source>objective of SLO &apos;%1&apos; has its own indicator although the SLO has one</source>
        <translation>un objectif du SLO &apos;%1&apos; a son propre indicateur alors que le SLO en a un</translation>
    </message>
    <message>
        <source>field &apos;alertPolicies&apos; of %1 must be a list, got %2</source>
        <translation>le champ &apos;alertPolicies&apos; de %1 doit être une liste, reçu : %2</translation>
    </message>
    <message>
        <source>alert policy of SLO &apos;%1&apos;</source>
        <translation>politique d&apos;alerte du SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the AlertPolicy reference</source>
        <translation>la référence AlertPolicy</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in the files read (defined: %3)</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas défini dans les fichiers lus (définis : %3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in the files read; did you mean &apos;%3&apos;?</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas défini dans les fichiers lus ; vouliez-vous dire &apos;%3&apos; ?</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in the files read; did you mean &apos;%3&apos;? What depends on it is left out</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas défini dans les fichiers lus ; vouliez-vous dire &apos;%3&apos; ? Ce qui en dépend est laissé de côté</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not in the files read; it is taken to be defined elsewhere and what depends on it is left out (load it together with this file)</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas dans les fichiers lus ; il est supposé défini ailleurs et ce qui en dépend est laissé de côté (chargez-le avec ce fichier)</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; of %2 should be lowercase (RFC 1123 label); it is imported as &apos;%3&apos;</source>
        <translation>le nom &apos;%1&apos; de %2 devrait être en minuscules (label RFC 1123) ; il est importé comme &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 must be {%2: NAME} or an inline %3 (kind, metadata, spec)</source>
        <translation>%1 doit être {%2: NAME} ou un %3 en ligne (kind, metadata, spec)</translation>
    </message>
    <message>
        <source>calendar window of %1 starts at %2; SLA Desk calendar windows start on a Monday (week) or on the first day of a month or quarter, at 00:00 in %3, so window boundaries move to those times and the anchor is not kept</source>
        <translation>la fenêtre calendaire de %1 commence à %2 ; les fenêtres calendaires de SLA Desk commencent un lundi (semaine) ou le premier jour d&apos;un mois ou d&apos;un trimestre, à 00:00 en %3, donc les limites de fenêtre sont déplacées à ces instants et l&apos;ancre n&apos;est pas conservée</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; differs between the SLOs of SLA &apos;%3&apos;; the first SLO&apos;s value is kept</source>
        <translation>%1 &apos;%2&apos; diffère entre les SLO du SLA &apos;%3&apos; ; la valeur du premier SLO est conservée</translation>
    </message>
    <message>
        <source>annotation &apos;%1&apos; of SLO &apos;%2&apos; must be a number greater than 0, got &quot;%3&quot;</source>
        <translation>l&apos;annotation &apos;%1&apos; du SLO &apos;%2&apos; doit être un nombre supérieur à 0, reçu « %3 »</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OverviewModel</name>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>in over a year</source>
        <translation>dans plus d&apos;un an</translation>
    </message>
    <message>
        <source>in %1 d %2 h</source>
        <translation>dans %1 d %2 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>dans %1 d</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dans %1 min</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans niveau</translation>
    </message>
    <message>
        <source>%1 (1 SLA)</source>
        <translation>%1 (1 SLA)</translation>
    </message>
    <message>
        <source>%1 (%2 SLAs)</source>
        <translation>%1 (%2 SLA)</translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation>
            <numerusform>%n non respecté</numerusform>
            <numerusform>%n non respectés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>%1 — service %2, owner %3</source>
        <translation>%1 — service %2, responsable %3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>%1× (1h)</source>
        <translation>%1× (1h)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Attained %1 against a target of %2</source>
        <translation>Atteint %1 pour une cible de %2</translation>
    </message>
    <message>
        <source>%1 good, %2 bad, %3 without data (slices)</source>
        <translation>%1 bonnes, %2 mauvaises, %3 sans données (tranches)</translation>
    </message>
    <message>
        <source>Latest slice value: %1</source>
        <translation>Dernière valeur de tranche : %1</translation>
    </message>
    <message>
        <source>Stale: figures from %1; the source fails now: %2</source>
        <translation>Obsolète : chiffres de %1 ; la source échoue maintenant : %2</translation>
    </message>
    <message>
        <source>SLA / objective</source>
        <translation>SLA / objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget restant</translation>
    </message>
    <message>
        <source>Burn rate 3d → 5m</source>
        <translation>Taux de consommation 3d → 5m</translation>
    </message>
    <message>
        <source>Exhaustion</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Données insuffisantes</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <source>Corrected; %1</source>
        <translation>Corrigé ; %1</translation>
    </message>
    <message>
        <source>Error budget left %1</source>
        <translation>Budget d&apos;erreur restant %1</translation>
    </message>
    <message>
        <source>Timeslice objectives have no burn rates: their budget is counted in slices.</source>
        <translation>Les objectifs par tranches n’ont pas de taux de consommation : leur budget se compte en tranches.</translation>
    </message>
    <message>
        <source>Burn rate per window (1 = the budget lasts exactly the SLA window):</source>
        <translation>Taux de consommation par fenêtre (1 = le budget dure exactement la fenêtre du SLA) :</translation>
    </message>
    <message>
        <source>%1: %2×</source>
        <translation>%1 : %2×</translation>
    </message>
    <message>
        <source>%1: – (not enough data in this window yet)</source>
        <translation>%1 : – (pas encore assez de données dans cette fenêtre)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Prometheus</name>
    <message>
        <source>sample time %1 is not a number of seconds</source>
        <translation>l&apos;instant d&apos;échantillon %1 n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>sample value &quot;%1&quot; is not a number</source>
        <translation>la valeur d&apos;échantillon &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a sample must be a [time, &quot;value&quot;] pair, got %1 elements</source>
        <translation>un échantillon doit être une paire [time, &quot;value&quot;], reçu : %1 éléments</translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>resultType inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.resultType must come before a scalar result</source>
        <translation>data.resultType doit précéder un résultat scalaire</translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation>data.resultType manque</translation>
    </message>
    <message>
        <source>data.result is missing</source>
        <translation>data.result manque</translation>
    </message>
    <message>
        <source>a vector result holds &quot;values&quot;; expected one &quot;value&quot; per series</source>
        <translation>un résultat vecteur contient &quot;values&quot; ; un &quot;value&quot; par série est attendu</translation>
    </message>
    <message>
        <source>a matrix result holds &quot;value&quot;; expected &quot;values&quot; per series</source>
        <translation>un résultat matrice contient &quot;value&quot; ; &quot;values&quot; par série est attendu</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>statut HTTP %1 : %2</translation>
    </message>
    <message>
        <source>unexpected content after the JSON object</source>
        <translation>contenu inattendu après l&apos;objet JSON</translation>
    </message>
    <message>
        <source>the server reported an error of type &quot;%1&quot;</source>
        <translation>le serveur a signalé une erreur de type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has no &quot;status&quot;</source>
        <translation>la réponse n&apos;a pas de &quot;status&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has no &quot;data&quot;</source>
        <translation>la réponse n&apos;a pas de &quot;data&quot;</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>a sample value must be a string, got %1</source>
        <translation>une valeur d&apos;échantillon doit être une chaîne, reçu : %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the answer is HTML, not JSON (it starts with &apos;%1&apos;)</source>
        <translation>la réponse est du HTML, pas du JSON (elle commence par &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the range query was answered with a %1 result, not a matrix; is this a Prometheus-compatible query API?</source>
        <translation>la requête sur plage a reçu un résultat %1, pas une matrice ; est-ce une API de requête compatible Prometheus ?</translation>
    </message>
</context>
<context>
    <name>Sla::Core::PrometheusSource</name>
    <message>
        <source>data source &apos;%1&apos; has an invalid url &apos;%2&apos;; expected http://host:port or https://host:port</source>
        <translation>la source de données &apos;%1&apos; a une url invalide &apos;%2&apos; ; attendu : http://host:port ou https://host:port</translation>
    </message>
    <message>
        <source>cannot read CA certificates (PEM) from caFile &apos;%1&apos; of data source &apos;%2&apos;</source>
        <translation>impossible de lire les certificats d&apos;AC (PEM) depuis le caFile &apos;%1&apos; de la source de données &apos;%2&apos;</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; uses https, but this build has no TLS support</source>
        <translation>la source de données &apos;%1&apos; utilise https, mais cette version n&apos;a pas de prise en charge de TLS</translation>
    </message>
    <message>
        <source>a range query needs a valid start at or before its end and a positive step</source>
        <translation>une requête sur plage nécessite un début valide antérieur ou égal à sa fin et un pas positif</translation>
    </message>
    <message>
        <source>a series lookup needs at least one selector</source>
        <translation>une recherche de séries nécessite au moins un sélecteur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label name; expected letters, digits and &apos;_&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de label ; lettres, chiffres et &apos;_&apos; attendus</translation>
    </message>
    <message>
        <source>the query API answers</source>
        <translation>l&apos;API de requête répond</translation>
    </message>
    <message>
        <source>the API answers</source>
        <translation>l&apos;API répond</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; rejected the credentials (HTTP %2); check its auth settings and the secret stored for it</source>
        <translation>la source de données &apos;%1&apos; a refusé les identifiants (HTTP %2) ; vérifiez ses paramètres d&apos;authentification et le secret enregistré pour elle</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; answers with HTTP %2</source>
        <translation>la source de données &apos;%1&apos; répond HTTP %2</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;</source>
        <translation>source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the url of data source &apos;%1&apos;</source>
        <translation>l&apos;url de la source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the pathPrefix of data source &apos;%1&apos;</source>
        <translation>le pathPrefix de la source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the tenant of data source &apos;%1&apos;</source>
        <translation>le tenant de la source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the username of data source &apos;%1&apos;</source>
        <translation>le username de la source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the secret of data source &apos;%1&apos;</source>
        <translation>le secret de la source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>if its certificate comes from a private CA, set caFile of data source &apos;%1&apos; to that CA&apos;s certificate (PEM)</source>
        <translation>si son certificat provient d&apos;une AC privée, définissez le caFile de la source de données &apos;%1&apos; sur le certificat de cette AC (PEM)</translation>
    </message>
    <message>
        <source>check that caFile &apos;%1&apos; of data source &apos;%2&apos; holds the CA that signed the server&apos;s certificate</source>
        <translation>vérifiez que le caFile &apos;%1&apos; de la source de données &apos;%2&apos; contient l&apos;AC qui a signé le certificat du serveur</translation>
    </message>
</context>
<context>
    <name>Sla::Core::PyrraImporter</name>
    <message>
        <source>unsupported Pyrra apiVersion &apos;%1&apos; (supported: %2)</source>
        <translation>apiVersion Pyrra non prise en charge &apos;%1&apos; (prises en charge : %2)</translation>
    </message>
    <message>
        <source>unsupported Pyrra kind &apos;%1&apos; (supported: %2)</source>
        <translation>kind Pyrra non pris en charge &apos;%1&apos; (pris en charge : %2)</translation>
    </message>
    <message>
        <source>Pyrra ServiceLevelObjective</source>
        <translation>Pyrra ServiceLevelObjective</translation>
    </message>
    <message>
        <source>ServiceLevelObjective &apos;%1&apos;</source>
        <translation>ServiceLevelObjective &apos;%1&apos;</translation>
    </message>
    <message>
        <source>spec of %1</source>
        <translation>spec de %1</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 must be a percentage such as &apos;99.9&apos;, got &apos;%2&apos;</source>
        <translation>le champ &apos;target&apos; de %1 doit être un pourcentage tel que &apos;99.9&apos;, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 must be a percentage above 0 and below 100 (e.g. &apos;99.9&apos;), got &apos;%2&apos;</source>
        <translation>le champ &apos;target&apos; de %1 doit être un pourcentage supérieur à 0 et inférieur à 100 (par ex. &apos;99.9&apos;), reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 is a percentage from 0 to 100: &apos;%2&apos; means %3%, not %4%</source>
        <translation>le champ &apos;target&apos; de %1 est un pourcentage de 0 à 100 : &apos;%2&apos; signifie %3 %, pas %4 %</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 should be quoted (&apos;%2&apos;): Pyrra&apos;s CRD holds it as text and rejects a number</source>
        <translation>le champ &apos;target&apos; de %1 devrait être entre guillemets (&apos;%2&apos;) : la CRD de Pyrra le stocke comme texte et refuse un nombre</translation>
    </message>
    <message>
        <source>alerting of %1</source>
        <translation>alerting de %1</translation>
    </message>
    <message>
        <source>indicator of %1</source>
        <translation>indicateur de %1</translation>
    </message>
    <message>
        <source>%1 needs one of ratio, latency, latencyNative or bool_gauge</source>
        <translation>%1 nécessite l&apos;un de ratio, latency, latencyNative ou bool_gauge</translation>
    </message>
    <message>
        <source>%1 has more than one indicator (%2); keep one</source>
        <translation>%1 a plus d&apos;un indicateur (%2) ; gardez-en un</translation>
    </message>
    <message>
        <source>&apos;%1&apos; indicator of %2</source>
        <translation>indicateur &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>the success metric of %1 must select one histogram bucket with an le matcher holding a number, e.g. http_request_duration_seconds_bucket{le=&quot;0.5&quot;}</source>
        <translation>la métrique de succès de %1 doit sélectionner un seul bucket d&apos;histogramme avec un matcher le contenant un nombre, par ex. http_request_duration_seconds_bucket{le=&quot;0.5&quot;}</translation>
    </message>
    <message>
        <source>the %1 and total metrics of %2 are the same</source>
        <translation>les métriques %1 et total de %2 sont identiques</translation>
    </message>
    <message>
        <source>the metrics of %1 are not plain PromQL selectors (Pyrra itself accepts only selectors there): imported as queries over the window</source>
        <translation>les métriques de %1 ne sont pas de simples sélecteurs PromQL (Pyrra lui-même n&apos;y accepte que des sélecteurs) : importées comme requêtes sur la fenêtre</translation>
    </message>
    <message>
        <source>the total metric of %1 is not a plain PromQL selector: imported as a query over the native histogram</source>
        <translation>la métrique total de %1 n&apos;est pas un simple sélecteur PromQL : importée comme requête sur l&apos;histogramme natif</translation>
    </message>
    <message>
        <source>field &apos;metric&apos; of %1 must not be empty: give a PromQL selector</source>
        <translation>le champ &apos;metric&apos; de %1 ne doit pas être vide : indiquez un sélecteur PromQL</translation>
    </message>
    <message>
        <source>ServiceLevelObjective &apos;%1&apos; is already defined at %2:%3; names must be unique across the set</source>
        <translation>le ServiceLevelObjective &apos;%1&apos; est déjà défini en %2:%3 ; les noms doivent être uniques dans tout l&apos;ensemble</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; de %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::QueryCompiler</name>
    <message>
        <source>&apos;%1&apos; is not a metric selector</source>
        <translation>&apos;%1&apos; n&apos;est pas un sélecteur de métrique</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric selector: &apos;%2&apos; is not a metric name</source>
        <translation>&apos;%1&apos; n&apos;est pas un sélecteur de métrique : &apos;%2&apos; n&apos;est pas un nom de métrique</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain selector: text follows the closing brace</source>
        <translation>&apos;%1&apos; n&apos;est pas un simple sélecteur : du texte suit l&apos;accolade fermante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric selector: the closing brace is missing</source>
        <translation>&apos;%1&apos; n&apos;est pas un sélecteur de métrique : l&apos;accolade fermante manque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no single metric name (write it as name{...} or {__name__=&quot;name&quot;})</source>
        <translation>&apos;%1&apos; n&apos;a pas de nom de métrique unique (écrivez-le name{...} ou {__name__=&quot;name&quot;})</translation>
    </message>
    <message>
        <source>classification measure &apos;%1&apos; needs the &apos;%2&apos; counter</source>
        <translation>la mesure de classification &apos;%1&apos; nécessite le compteur &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the query indicator needs good or bad and total, errorRatio, or value</source>
        <translation>l&apos;indicateur query nécessite good ou bad et total, errorRatio ou value</translation>
    </message>
    <message>
        <source>drift is computed locally from histogram bucket increases, not by one query; use the bucket-increase query instead</source>
        <translation>la dérive est calculée localement à partir des accroissements des buckets d&apos;histogramme, pas par une requête ; utilisez plutôt la requête d&apos;accroissement des buckets</translation>
    </message>
    <message>
        <source>unknown indicator kind</source>
        <translation>type d&apos;indicateur inconnu</translation>
    </message>
    <message>
        <source>a value indicator&apos;s error ratio is the share of bad time slices, not one query</source>
        <translation>le taux d&apos;erreur d&apos;un indicateur value est la part des tranches de temps mauvaises, pas une requête unique</translation>
    </message>
</context>
<context>
    <name>Sla::Core::RecordedStore</name>
    <message>
        <source>invalid regular expression %1 for label %2: %3</source>
        <translation>expression régulière %1 invalide pour le label %2 : %3</translation>
    </message>
    <message>
        <source>%n sample(s) with the value NaN, +Inf or -Inf (the first here) are left out: they are gaps, not measurements</source>
        <translation>%n échantillon(s) de valeur NaN, +Inf ou -Inf (le premier ici) sont écartés : ce sont des trous, pas des mesures</translation>
    </message>
    <message>
        <source>%n negative counter sample(s) (the first here) are left out: counters only grow</source>
        <translation>%n échantillon(s) de compteur négatif(s) (le premier ici) sont écartés : les compteurs ne font que croître</translation>
    </message>
    <message>
        <source>%n sample(s) out of time order (the first here) are sorted; of two with the same timestamp the later one is kept</source>
        <translation>%n échantillon(s) hors de l&apos;ordre chronologique (le premier ici) sont triés ; de deux échantillons au même horodatage, le dernier est conservé</translation>
    </message>
    <message>
        <source>the recording needs more than %1 MiB in memory; SLA Desk holds at most that much: keep fewer series or a shorter span in the file</source>
        <translation>l&apos;enregistrement nécessite plus de %1 MiB de mémoire ; SLA Desk en conserve au plus autant : gardez moins de séries ou une période plus courte dans le fichier</translation>
    </message>
    <message>
        <source>the recording has more than %1 series; SLA Desk holds at most that many: split the file or keep only the series the documents select</source>
        <translation>l&apos;enregistrement a plus de %1 séries ; SLA Desk en conserve au plus autant : divisez le fichier ou gardez seulement les séries que les documents sélectionnent</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Recurrence</name>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no NAME=VALUE part such as FREQ=WEEKLY</source>
        <translation>&apos;%1&apos; n&apos;est pas une partie NOM=VALEUR telle que FREQ=WEEKLY</translation>
    </message>
    <message>
        <source>the rule is empty; write e.g. FREQ=WEEKLY;BYDAY=SU</source>
        <translation>la règle est vide ; écrivez par exemple FREQ=WEEKLY;BYDAY=SU</translation>
    </message>
    <message>
        <source>%1 is not supported (supported: FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL)</source>
        <translation>%1 n&apos;est pas pris en charge (pris en charge : FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL)</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported (use DAILY, WEEKLY or MONTHLY)</source>
        <translation>FREQ=%1 n&apos;est pas pris en charge (utilisez DAILY, WEEKLY ou MONTHLY)</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, got &apos;%4&apos;</source>
        <translation>%1 doit être un nombre entier de %2 à %3, reçu &apos;%4&apos;</translation>
    </message>
    <message>
        <source>BYDAY item &apos;%1&apos; is no weekday: use MO, TU, WE, TH, FR, SA, SU, or for MONTHLY an ordinal such as 1MO or -1FR</source>
        <translation>l&apos;élément BYDAY &apos;%1&apos; n&apos;est pas un jour de la semaine : utilisez MO, TU, WE, TH, FR, SA, SU, ou pour MONTHLY un ordinal tel que 1MO ou -1FR</translation>
    </message>
    <message>
        <source>BYDAY item &apos;%1&apos;: the ordinal must be 1 to 5 or -1 to -5</source>
        <translation>élément BYDAY &apos;%1&apos; : l&apos;ordinal doit être de 1 à 5 ou de -1 à -5</translation>
    </message>
    <message>
        <source>BYMONTHDAY item &apos;%1&apos; must be 1 to 31 or -1 to -31</source>
        <translation>l&apos;élément BYMONTHDAY &apos;%1&apos; doit être de 1 à 31 ou de -1 à -31</translation>
    </message>
    <message>
        <source>UNTIL must be a UTC time such as 20250630T000000Z or a date such as 20250630, got &apos;%1&apos;</source>
        <translation>UNTIL doit être une heure UTC telle que 20250630T000000Z ou une date telle que 20250630, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rule needs FREQ (DAILY, WEEKLY or MONTHLY)</source>
        <translation>la règle nécessite FREQ (DAILY, WEEKLY ou MONTHLY)</translation>
    </message>
    <message>
        <source>give COUNT or UNTIL, not both</source>
        <translation>indiquez COUNT ou UNTIL, pas les deux</translation>
    </message>
    <message>
        <source>ordinal BYDAY items such as 1MO need FREQ=MONTHLY</source>
        <translation>les éléments BYDAY ordinaux tels que 1MO nécessitent FREQ=MONTHLY</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used with FREQ=WEEKLY</source>
        <translation>BYMONTHDAY ne peut pas être utilisé avec FREQ=WEEKLY</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Report</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the evaluation ended without a result</source>
        <translation>l&apos;évaluation s&apos;est terminée sans résultat</translation>
    </message>
    <message>
        <source>no alert history at %1</source>
        <translation>aucun historique des alertes dans %1</translation>
    </message>
    <message>
        <source>cannot read the alert history %1: %2</source>
        <translation>impossible de lire l&apos;historique des alertes %1 : %2</translation>
    </message>
    <message>
        <source>no SLA &apos;%1&apos; in the workspace</source>
        <translation>aucun SLA &apos;%1&apos; dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>evaluating the period</source>
        <translation>évaluation de la période</translation>
    </message>
    <message>
        <source>charts of %1/%2</source>
        <translation>graphiques de %1/%2</translation>
    </message>
    <message>
        <source>evaluating the previous period</source>
        <translation>évaluation de la période précédente</translation>
    </message>
    <message>
        <source>evaluating %1</source>
        <translation>évaluation de %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period; use a month (2025-06) or a quarter (2025-Q2)</source>
        <translation>&apos;%1&apos; n&apos;est pas une période ; utilisez un mois (2025-06) ou un trimestre (2025-Q2)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Rules::GrafanaDashboards</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>SLI (%1)</source>
        <translation>SLI (%1)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>SLI against target (%1)</source>
        <translation>SLI par rapport à l&apos;objectif (%1)</translation>
    </message>
    <message>
        <source>The SLI over the rolling %1 window (1 - %2) and the target; below the line the objective is breached.</source>
        <translation>Le SLI sur la fenêtre glissante de %1 (1 - %2) et l&apos;objectif ; sous la ligne, l&apos;objectif est enfreint.</translation>
    </message>
    <message>
        <source>Error budget remaining</source>
        <translation>Budget d&apos;erreur restant</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restant</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>enfreint</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>aucun niveau</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>État (%1)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>budget remaining (%1)</source>
        <translation>budget restant (%1)</translation>
    </message>
    <message>
        <source>Error budget remaining over time</source>
        <translation>Budget d&apos;erreur restant dans le temps</translation>
    </message>
    <message>
        <source>Burn rates</source>
        <translation>Taux de consommation</translation>
    </message>
    <message>
        <source>The error ratio over each window divided by the error budget (1 - target); the dashed lines are the factors of the burn-rate alerts (red: page, orange: ticket).</source>
        <translation>Le taux d&apos;erreur sur chaque fenêtre divisé par le budget d&apos;erreur (1 - objectif) ; les lignes pointillées sont les facteurs des alertes de taux de consommation (rouge : page, orange : ticket).</translation>
    </message>
    <message>
        <source>target %1 over %2</source>
        <translation>objectif %1 sur %2</translation>
    </message>
    <message>
        <source>Value per %1 slice against its threshold (%2 %3)</source>
        <translation>Valeur par tranche de %1 par rapport à son seuil (%2 %3)</translation>
    </message>
    <message>
        <source>SLI per %1 slice against target (%2)</source>
        <translation>SLI par tranche de %1 par rapport à l&apos;objectif (%2)</translation>
    </message>
    <message>
        <source>target %1 of good %2 slices</source>
        <translation>objectif %1 de tranches de %2 bonnes</translation>
    </message>
    <message>
        <source>per slice</source>
        <translation>par tranche</translation>
    </message>
    <message>
        <source>The value each %1 slice is judged by, queried directly (timeslice objectives have no recording rules). The share of good slices, the budget and the status are in SLA Desk.</source>
        <translation>La valeur selon laquelle chaque tranche de %1 est jugée, interrogée directement (les objectifs par tranches n&apos;ont pas de règles d&apos;enregistrement). La part de tranches bonnes, le budget et l&apos;état sont dans SLA Desk.</translation>
    </message>
    <message>
        <source>%1: the share of good slices, its error budget, status and burn rates have no PromQL form; the dashboard shows the value per slice</source>
        <translation>%1 : la part de tranches bonnes, son budget d&apos;erreur, son état et ses taux de consommation n&apos;ont pas de forme PromQL ; le tableau de bord montre la valeur par tranche</translation>
    </message>
    <message>
        <source>its data source &apos;%1&apos; is of type %2, which Grafana&apos;s Prometheus data source does not read</source>
        <translation>sa source de données &apos;%1&apos; est de type %2, que la source de données Prometheus de Grafana ne lit pas</translation>
    </message>
    <message>
        <source>%1: not on the dashboard: %2</source>
        <translation>%1 : absent du tableau de bord : %2</translation>
    </message>
    <message>
        <source>Not shown, or only in part (see SLA Desk):</source>
        <translation>Non affiché, ou seulement en partie (voir SLA Desk) :</translation>
    </message>
    <message>
        <source>Not on this dashboard</source>
        <translation>Absent de ce tableau de bord</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Annotations &amp; Alerts</source>
        <translation>Annotations et alertes</translation>
    </message>
    <message>
        <source>SLA alerts firing</source>
        <translation>Alertes SLA déclenchées</translation>
    </message>
    <message>
        <source>Open in SLA Desk</source>
        <translation>Ouvrir dans SLA Desk</translation>
    </message>
    <message>
        <source>The SLA in the SLA Desk desktop app (sladesk:// link)</source>
        <translation>Le SLA dans l&apos;application SLA Desk (lien sladesk://)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>The SLA&apos;s runbook</source>
        <translation>Le runbook du SLA</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA : %1</translation>
    </message>
    <message>
        <source>Generated by slactl grafana from the SLA %1</source>
        <translation>Généré par slactl grafana à partir du SLA %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Rules::PrometheusRules</name>
    <message>
        <source>periods longer than a day cannot be a time interval</source>
        <translation>les périodes de plus d&apos;un jour ne peuvent pas devenir un intervalle de temps</translation>
    </message>
    <message>
        <source>only recurrences without INTERVAL, COUNT, UNTIL or ordinal weekdays can be a time interval</source>
        <translation>seules les récurrences sans INTERVAL, COUNT, UNTIL ni jours de semaine ordinaux peuvent devenir un intervalle de temps</translation>
    </message>
    <message>
        <source>a period past midnight on chosen days cannot be a time interval</source>
        <translation>une période qui dépasse minuit sur des jours choisis ne peut pas devenir un intervalle de temps</translation>
    </message>
    <message>
        <source>correction &apos;%1&apos; is not muted in Alertmanager: %2</source>
        <translation>la correction &apos;%1&apos; ne coupe pas les alertes dans Alertmanager : %2</translation>
    </message>
    <message>
        <source>timeslice budgeting (the share of good %1 slices) has no PromQL form</source>
        <translation>la budgétisation par tranches de temps (la part de bonnes tranches de %1) n&apos;a pas de forme PromQL</translation>
    </message>
    <message>
        <source>a value indicator is judged per time slice, which has no PromQL form</source>
        <translation>un indicateur de valeur est jugé par tranche de temps, ce qui n&apos;a pas de forme PromQL</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no query to watch for absent data</source>
        <translation>aucune requête pour surveiller l&apos;absence de données</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: no data for %3</source>
        <translation>SLA %1, objectif %2 : aucune donnée pendant %3</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: error budget burning at %3x the sustainable rate; budget left %4</source>
        <translation>SLA %1, objectif %2 : budget d&apos;erreur consommé à %3x le rythme soutenable ; budget restant %4</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: SLI %3 over %4, below %5; budget left %6</source>
        <translation>SLA %1, objectif %2 : SLI %3 sur %4, inférieur à %5 ; budget restant %6</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: SLI %3 over %4, above %5; budget left %6</source>
        <translation>SLA %1, objectif %2 : SLI %3 sur %4, supérieur à %5 ; budget restant %6</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: %3 of the error budget left, below %4</source>
        <translation>SLA %1, objectif %2 : %3 du budget d&apos;erreur restant, sous %4</translation>
    </message>
    <message>
        <source>this rule kind has no PromQL form</source>
        <translation>ce type de règle n&apos;a pas de forme PromQL</translation>
    </message>
    <message>
        <source>%1: alert rule &apos;%2&apos; not generated (it runs in the desktop and slactl only): %3</source>
        <translation>%1 : règle d&apos;alerte &apos;%2&apos; non générée (elle ne s&apos;exécute que dans l&apos;application de bureau et slactl) : %3</translation>
    </message>
    <message>
        <source>%1: the calendar %2 window has no PromQL form; the rules use a rolling %3 window</source>
        <translation>%1 : la fenêtre calendaire %2 n&apos;a pas de forme PromQL ; les règles utilisent une fenêtre glissante de %3</translation>
    </message>
    <message>
        <source>%1: no recording rules: %2</source>
        <translation>%1 : aucune règle d&apos;enregistrement : %2</translation>
    </message>
    <message>
        <source>%1: correction &apos;%2&apos; has no PromQL form: the rules count the events of its periods (recurring corrections can mute alerts through --alertmanager-config)</source>
        <translation>%1 : la correction &apos;%2&apos; n&apos;a pas de forme PromQL : les règles comptent les événements de ses périodes (les corrections récurrentes peuvent couper les alertes via --alertmanager-config)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Selector</name>
    <message>
        <source>end of the selector</source>
        <translation>fin du sélecteur</translation>
    </message>
    <message>
        <source>empty selector: expected a metric name or &apos;{&apos;</source>
        <translation>sélecteur vide : un nom de métrique ou &apos;{&apos; est attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PromQL keyword, not a metric name; write only the series selector, e.g. http_requests_total{job=&quot;api&quot;}</source>
        <translation>&apos;%1&apos; est un mot-clé PromQL, pas un nom de métrique ; écrivez seulement le sélecteur de séries, par ex. http_requests_total{job=&quot;api&quot;}</translation>
    </message>
    <message>
        <source>unexpected %1: expected a metric name or &apos;{&apos;</source>
        <translation>%1 inattendu : un nom de métrique ou &apos;{&apos; est attendu</translation>
    </message>
    <message>
        <source>unterminated label matchers: expected &apos;}&apos;</source>
        <translation>matchers de labels non terminés : &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected %1 after a label matcher: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>%1 inattendu après un matcher de label : &apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>unexpected %1: write only the series selector; ranges, offsets and functions are added per objective window</source>
        <translation>%1 inattendu : écrivez seulement le sélecteur de séries ; les plages, décalages et fonctions sont ajoutés selon la fenêtre de l&apos;objectif</translation>
    </message>
    <message>
        <source>unexpected %1 after the selector</source>
        <translation>%1 inattendu après le sélecteur</translation>
    </message>
    <message>
        <source>a selector without a metric name needs at least one label matcher that does not match the empty string, e.g. {job=&quot;api&quot;}</source>
        <translation>un sélecteur sans nom de métrique nécessite au moins un matcher de label qui ne correspond pas à la chaîne vide, par ex. {job=&quot;api&quot;}</translation>
    </message>
    <message>
        <source>unexpected %1: expected a label name</source>
        <translation>%1 inattendu : un nom de label est attendu</translation>
    </message>
    <message>
        <source>unexpected %1 after label &apos;%2&apos;: expected =, !=, =~ or !~</source>
        <translation>%1 inattendu après le label &apos;%2&apos; : =, !=, =~ ou !~ attendu</translation>
    </message>
    <message>
        <source>metric name given twice: &apos;%1&apos; and a __name__ matcher</source>
        <translation>nom de métrique donné deux fois : &apos;%1&apos; et un matcher __name__</translation>
    </message>
    <message>
        <source>unexpected %1: expected a quoted label value (&quot;...&quot;, &apos;...&apos; or `...`)</source>
        <translation>%1 inattendu : une valeur de label entre guillemets est attendue (&quot;...&quot;, &apos;...&apos; ou `...`)</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>chaîne entre guillemets non terminée</translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation>saut de ligne dans une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>escape sequence not terminated</source>
        <translation>séquence d&apos;échappement non terminée</translation>
    </message>
    <message>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>séquence d&apos;échappement inconnue &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>illegal character %1 in escape sequence</source>
        <translation>caractère interdit %1 dans la séquence d&apos;échappement</translation>
    </message>
    <message>
        <source>escape sequence is an invalid Unicode code point</source>
        <translation>la séquence d&apos;échappement est un point de code Unicode invalide</translation>
    </message>
    <message>
        <source>invalid regular expression for label &apos;%1&apos;: %2</source>
        <translation>expression régulière invalide pour le label &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>invalid regular expression for label &apos;%1&apos;: backreferences are not supported by Prometheus (RE2)</source>
        <translation>expression régulière invalide pour le label &apos;%1&apos; : les références arrière ne sont pas prises en charge par Prometheus (RE2)</translation>
    </message>
    <message>
        <source>invalid regular expression for label &apos;%1&apos;: lookaround and atomic groups are not supported by Prometheus (RE2)</source>
        <translation>expression régulière invalide pour le label &apos;%1&apos; : le lookaround et les groupes atomiques ne sont pas pris en charge par Prometheus (RE2)</translation>
    </message>
    <message>
        <source>empty selector: expected a metric name, e.g. trace.http.request.hits{service:web}</source>
        <translation>sélecteur vide : un nom de métrique est attendu, par ex. trace.http.request.hits{service:web}</translation>
    </message>
    <message>
        <source>unknown aggregator &apos;%1&apos;: expected sum, avg, min or max</source>
        <translation>agrégateur inconnu &apos;%1&apos; : attendu sum, avg, min ou max</translation>
    </message>
    <message>
        <source>unexpected %1: expected a metric name</source>
        <translation>%1 inattendu : un nom de métrique est attendu</translation>
    </message>
    <message>
        <source>a Datadog metric name must start with a letter</source>
        <translation>un nom de métrique Datadog doit commencer par une lettre</translation>
    </message>
    <message>
        <source>metric name &apos;%1&apos; has an empty segment</source>
        <translation>le nom de métrique &apos;%1&apos; a un segment vide</translation>
    </message>
    <message>
        <source>unexpected %1: expected &apos;{&apos; and a scope after the metric name, e.g. {*} for all series</source>
        <translation>%1 inattendu : &apos;{&apos; et une portée sont attendus après le nom de métrique, par ex. {*} pour toutes les séries</translation>
    </message>
    <message>
        <source>unterminated scope: expected &apos;}&apos;</source>
        <translation>portée non terminée : &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>empty scope: write {*} for all series</source>
        <translation>portée vide : écrivez {*} pour toutes les séries</translation>
    </message>
    <message>
        <source>empty tag in scope: expected key:value, !key:value or *</source>
        <translation>tag vide dans la portée : key:value, !key:value ou * attendu</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; must start with a letter</source>
        <translation>le tag &apos;%1&apos; doit commencer par une lettre</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in tag &apos;%2&apos;</source>
        <translation>caractère invalide &apos;%1&apos; dans le tag &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; has no value after &apos;:&apos;</source>
        <translation>le tag &apos;%1&apos; n&apos;a pas de valeur après &apos;:&apos;</translation>
    </message>
    <message>
        <source>unexpected %1 in scope: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>%1 inattendu dans la portée : &apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>&apos;*&apos; (all series) cannot be combined with other tags</source>
        <translation>&apos;*&apos; (toutes les séries) ne peut pas être combiné avec d&apos;autres tags</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the scope: only .as_count() or .as_rate() may follow</source>
        <translation>&apos;%1&apos; inattendu après la portée : seuls .as_count() ou .as_rate() peuvent suivre</translation>
    </message>
    <message>
        <source>a CloudWatch selector is a mapping in braces: {namespace: ..., metric: ...}</source>
        <translation>un sélecteur CloudWatch est un mappage entre accolades : {namespace: ..., metric: ...}</translation>
    </message>
    <message>
        <source>unexpected text after the closing brace</source>
        <translation>texte inattendu après l&apos;accolade fermante</translation>
    </message>
    <message>
        <source>expected &apos;name: value&apos;</source>
        <translation>&apos;nom: valeur&apos; attendu</translation>
    </message>
    <message>
        <source>expected a field name before &apos;:&apos;</source>
        <translation>nom de champ attendu avant &apos;:&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is given twice</source>
        <translation>le champ &apos;%1&apos; est donné deux fois</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>valeur entre guillemets non terminée</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>champ inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>&apos;dimensions&apos; is a mapping: {Name: value, ...}</source>
        <translation>&apos;dimensions&apos; est un mappage : {Nom: valeur, ...}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a single value, not a mapping</source>
        <translation>&apos;%1&apos; prend une seule valeur, pas un mappage</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; takes a single value</source>
        <translation>la dimension &apos;%1&apos; prend une seule valeur</translation>
    </message>
    <message>
        <source>CloudWatch metrics have at most 30 dimensions</source>
        <translation>les métriques CloudWatch ont au plus 30 dimensions</translation>
    </message>
    <message>
        <source>a CloudWatch metric needs &apos;namespace&apos; and &apos;metric&apos;</source>
        <translation>une métrique CloudWatch exige &apos;namespace&apos; et &apos;metric&apos;</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (Sum, SampleCount, Average, Minimum, Maximum or a percentile such as p95)</source>
        <translation>statistique inconnue &apos;%1&apos; (Sum, SampleCount, Average, Minimum, Maximum ou un percentile comme p95)</translation>
    </message>
    <message>
        <source>&apos;period&apos; is a number of seconds, a multiple of 60</source>
        <translation>&apos;period&apos; est un nombre de secondes, multiple de 60</translation>
    </message>
    <message>
        <source>metric math inputs are named with a lower-case letter, then letters, digits or &apos;_&apos;, each a mapping {namespace: ..., metric: ..., stat: ...}</source>
        <translation>les entrées du calcul de métriques commencent par une minuscule, puis des lettres, chiffres ou &apos;_&apos;, chacune un mappage {namespace: ..., metric: ..., stat: ...}</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; of a metric math selector (known: expression, metrics, period)</source>
        <translation>champ inconnu &apos;%1&apos; d&apos;un sélecteur de calcul de métriques (connus : expression, metrics, period)</translation>
    </message>
    <message>
        <source>a metric math selector needs &apos;expression&apos; and &apos;metrics&apos;</source>
        <translation>un sélecteur de calcul de métriques exige &apos;expression&apos; et &apos;metrics&apos;</translation>
    </message>
</context>
<context>
    <name>Sla::Core::SlaReader</name>
    <message>
        <source>%1 document</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>field &apos;spec&apos; of %1 must be a mapping, got %2</source>
        <translation>le champ &apos;spec&apos; de %1 doit être un mapping, reçu : %2</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>nom de %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: use at most 63 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit (an RFC 1123 label)</source>
        <translation>%1 &apos;%2&apos; n&apos;est pas valide : utilisez au plus 63 lettres minuscules, chiffres et &apos;-&apos;, en commençant et finissant par une lettre ou un chiffre (un label RFC 1123)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 is %3 characters long; OpenSLO allows at most %4</source>
        <translation>le champ &apos;%1&apos; de %2 compte %3 caractères ; OpenSLO en autorise au plus %4</translation>
    </message>
    <message>
        <source>%1 must be an http or https URL such as https://example.com, got &apos;%2&apos;</source>
        <translation>%1 doit être une URL http ou https telle que https://example.com, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>from 0 to 1</source>
        <translation>de 0 à 1</translation>
    </message>
    <message>
        <source>between 0 and 1 (exclusive)</source>
        <translation>entre 0 et 1 (exclus)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be %3, got %4</source>
        <translation>le champ &apos;%1&apos; de %2 doit être %3, reçu : %4</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a list, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une liste, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a duration such as 30d or {calendar: month, timeZone: Europe/Berlin}, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une durée telle que 30d ou {calendar: month, timeZone: Europe/Berlin}, reçu : %3</translation>
    </message>
    <message>
        <source>calendar window of %1</source>
        <translation>fenêtre calendaire de %1</translation>
    </message>
    <message>
        <source>field &apos;timeZone&apos; of %1: &apos;%2&apos; is not a known IANA time zone such as Europe/Berlin or UTC</source>
        <translation>champ &apos;timeZone&apos; de %1 : &apos;%2&apos; n&apos;est pas un fuseau horaire IANA connu tel que Europe/Berlin ou UTC</translation>
    </message>
    <message>
        <source>field &apos;budgeting&apos; of %1 must be &apos;occurrences&apos; or {timeslices: DURATION} such as {timeslices: 1d}, got %2</source>
        <translation>le champ &apos;budgeting&apos; de %1 doit être &apos;occurrences&apos; ou {timeslices: DURATION} tel que {timeslices: 1d}, reçu : %2</translation>
    </message>
    <message>
        <source>budgeting of %1</source>
        <translation>budgeting de %1</translation>
    </message>
    <message>
        <source>objective #%1</source>
        <translation>objectif n° %1</translation>
    </message>
    <message>
        <source>objective &apos;%1&apos;</source>
        <translation>objectif &apos;%1&apos;</translation>
    </message>
    <message>
        <source>objective name</source>
        <translation>nom de l&apos;objectif</translation>
    </message>
    <message>
        <source>the %1 indicator of %2 is judged per time slice: add budgeting: {timeslices: DURATION}, e.g. {timeslices: 1d}</source>
        <translation>l&apos;indicateur %1 de %2 est jugé par tranche de temps : ajoutez budgeting: {timeslices: DURATION}, par ex. {timeslices: 1d}</translation>
    </message>
    <message>
        <source>indicator of %1</source>
        <translation>indicateur de %1</translation>
    </message>
    <message>
        <source>%1 needs exactly one of %2</source>
        <translation>%1 nécessite exactement un de %2</translation>
    </message>
    <message>
        <source>%1 has several kinds (%2); give exactly one</source>
        <translation>%1 a plusieurs types (%2) ; indiquez-en exactement un</translation>
    </message>
    <message>
        <source>%1 indicator of %2</source>
        <translation>indicateur %1 de %2</translation>
    </message>
    <message>
        <source>%1 has both &apos;good&apos; and &apos;bad&apos;; give exactly one of them, plus &apos;total&apos;</source>
        <translation>%1 a à la fois &apos;good&apos; et &apos;bad&apos; ; indiquez exactement l&apos;un des deux, plus &apos;total&apos;</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;good&apos; and &apos;bad&apos;, plus &apos;total&apos;</source>
        <translation>%1 nécessite exactement un de &apos;good&apos; et &apos;bad&apos;, plus &apos;total&apos;</translation>
    </message>
    <message>
        <source>field &apos;threshold&apos; of %1 must be a positive number of seconds, got %2</source>
        <translation>le champ &apos;threshold&apos; de %1 doit être un nombre positif de secondes, reçu : %2</translation>
    </message>
    <message>
        <source>%1: measure &apos;%2&apos; needs the counter &apos;%3&apos; (it needs %4)</source>
        <translation>%1 : la mesure &apos;%2&apos; nécessite le compteur &apos;%3&apos; (elle nécessite %4)</translation>
    </message>
    <message>
        <source>%1: counter &apos;%2&apos; is not used by measure &apos;%3&apos; and is ignored</source>
        <translation>%1 : le compteur &apos;%2&apos; n&apos;est pas utilisé par la mesure &apos;%3&apos; et est ignoré</translation>
    </message>
    <message>
        <source>field &apos;threshold&apos; of %1 must be a positive number, got %2</source>
        <translation>le champ &apos;threshold&apos; de %1 doit être un nombre positif, reçu : %2</translation>
    </message>
    <message>
        <source>reference of %1</source>
        <translation>référence de %1</translation>
    </message>
    <message>
        <source>%1: &apos;from&apos; must be before &apos;to&apos;</source>
        <translation>%1 : &apos;from&apos; doit précéder &apos;to&apos;</translation>
    </message>
    <message>
        <source>%1 needs exactly one form: {good|bad: Q, total: Q}, {errorRatio: Q} or {value: Q, op: gte|gt|lte|lt, threshold: N}</source>
        <translation>%1 nécessite exactement une forme : {good|bad: Q, total: Q}, {errorRatio: Q} ou {value: Q, op: gte|gt|lte|lt, threshold: N}</translation>
    </message>
    <message>
        <source>alert #%1</source>
        <translation>alerte n° %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping, got %2</source>
        <translation>%1 doit être un mapping, reçu : %2</translation>
    </message>
    <message>
        <source>alert &apos;%1&apos;</source>
        <translation>alerte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>alert name</source>
        <translation>nom de l&apos;alerte</translation>
    </message>
    <message>
        <source>%1 has both &apos;below&apos; and &apos;above&apos;; give exactly one</source>
        <translation>%1 a à la fois &apos;below&apos; et &apos;above&apos; ; indiquez-en exactement un</translation>
    </message>
    <message>
        <source>field &apos;burnRate&apos; of %1 must be &apos;default&apos; or a list of {long, short, factor, severity}, got %2</source>
        <translation>le champ &apos;burnRate&apos; de %1 doit être &apos;default&apos; ou une liste de {long, short, factor, severity}, reçu : %2</translation>
    </message>
    <message>
        <source>burn-rate window #%1 of %2</source>
        <translation>fenêtre de taux de consommation n° %1 de %2</translation>
    </message>
    <message>
        <source>field &apos;factor&apos; of %1 must be a positive number, got %2</source>
        <translation>le champ &apos;factor&apos; de %1 doit être un nombre positif, reçu : %2</translation>
    </message>
    <message>
        <source>field &apos;short&apos; of %1 must be shorter than &apos;long&apos;</source>
        <translation>le champ &apos;short&apos; de %1 doit être plus court que &apos;long&apos;</translation>
    </message>
    <message>
        <source>notify target #%1 of %2</source>
        <translation>cible de notification n° %1 de %2</translation>
    </message>
    <message>
        <source>%1 must be &apos;desktop&apos;, {alertmanager: URL} or {webhook: URL}, got &apos;%2&apos;</source>
        <translation>%1 doit être &apos;desktop&apos;, {alertmanager: URL} ou {webhook: URL}, reçu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;alertmanager&apos; and &apos;webhook&apos;</source>
        <translation>%1 nécessite exactement un de &apos;alertmanager&apos; et &apos;webhook&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2</source>
        <translation>champ &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>contract of %1</source>
        <translation>contract de %1</translation>
    </message>
    <message>
        <source>credit #%1 of %2</source>
        <translation>credit n° %1 de %2</translation>
    </message>
    <message>
        <source>remediation of %1</source>
        <translation>remediation de %1</translation>
    </message>
    <message>
        <source>field &apos;webhook&apos; of %1</source>
        <translation>champ &apos;webhook&apos; de %1</translation>
    </message>
    <message>
        <source>field &apos;runbook&apos; of %1</source>
        <translation>champ &apos;runbook&apos; de %1</translation>
    </message>
    <message>
        <source>escalation of %1</source>
        <translation>escalation de %1</translation>
    </message>
    <message>
        <source>field &apos;minimums&apos; of %1 must be a mapping keyed by indicator kind, got %2</source>
        <translation>le champ &apos;minimums&apos; de %1 doit être un mapping indexé par type d&apos;indicateur, reçu : %2</translation>
    </message>
    <message>
        <source>unknown indicator kind &apos;%1&apos; in minimums of %2 (known: %3)</source>
        <translation>type d&apos;indicateur inconnu &apos;%1&apos; dans minimums de %2 (connus : %3)</translation>
    </message>
    <message>
        <source>unknown indicator kind &apos;%1&apos; in minimums of %2; did you mean &apos;%3&apos;?</source>
        <translation>type d&apos;indicateur inconnu &apos;%1&apos; dans minimums de %2 ; vouliez-vous dire &apos;%3&apos; ?</translation>
    </message>
    <message>
        <source>%1 minimum of %2</source>
        <translation>minimum %1 de %2</translation>
    </message>
    <message>
        <source>SLA spec</source>
        <translation>spec de SLA</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;</source>
        <translation>SLA &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs at least one objective</source>
        <translation>%1 nécessite au moins un objectif</translation>
    </message>
    <message>
        <source>TierTemplate spec</source>
        <translation>spec de TierTemplate</translation>
    </message>
    <message>
        <source>TierTemplate &apos;%1&apos;</source>
        <translation>TierTemplate &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connectionDetails of DataSource &apos;%1&apos;</source>
        <translation>connectionDetails de la DataSource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>items of %1 must be mappings such as {url: https://...}, got %2</source>
        <translation>les éléments de %1 doivent être des mappings tels que {url: https://...}, reçu : %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 looks like a secret; keep secrets out of documents</source>
        <translation>le champ &apos;%1&apos; de %2 ressemble à un secret ; ne mettez pas de secrets dans les documents</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is given twice in %2</source>
        <translation>le champ &apos;%1&apos; est indiqué deux fois dans %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 holds a secret: it is ignored and never written back; secrets live in the keychain: use slactl credentials set %3</source>
        <translation>le champ &apos;%1&apos; de %2 contient un secret : il est ignoré et jamais réécrit ; les secrets sont dans le trousseau : utilisez slactl credentials set %3</translation>
    </message>
    <message>
        <source>%1 is missing the required field &apos;%2&apos;</source>
        <translation>il manque à %1 le champ obligatoire &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;url&apos;: it cannot be queried until one is given (slactl also takes --prometheus URL)</source>
        <translation>%1 n&apos;a pas d&apos;&apos;url&apos; : elle ne peut pas être interrogée tant qu&apos;aucune n&apos;est indiquée (slactl accepte aussi --prometheus URL)</translation>
    </message>
    <message>
        <source>%1: auth &apos;basic&apos; needs a &apos;username&apos; (the password lives in the keychain)</source>
        <translation>%1 : l&apos;auth &apos;basic&apos; nécessite un &apos;username&apos; (le mot de passe est dans le trousseau)</translation>
    </message>
    <message>
        <source>DataSource &apos;%1&apos;</source>
        <translation>DataSource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;connectionDetails&apos;: it cannot be queried until a url is given (slactl also takes --prometheus URL)</source>
        <translation>%1 n&apos;a pas de &apos;connectionDetails&apos; : elle ne peut pas être interrogée tant qu&apos;aucune url n&apos;est indiquée (slactl accepte aussi --prometheus URL)</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 holds a password (user:password@host): SLA Desk neither sends nor shows nor exports it; store credentials in the keychain with `slactl credentials set`</source>
        <translation>%1 contient un mot de passe (user:password@host) : SLA Desk ne l&apos;envoie, ne l&apos;affiche ni ne l&apos;exporte ; enregistrez les identifiants dans le trousseau avec `slactl credentials set`</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a number, got the text &quot;%3&quot;; write it without quotes</source>
        <translation>le champ &apos;%1&apos; de %2 doit être un nombre, reçu le texte &quot;%3&quot; ; écrivez-le sans guillemets</translation>
    </message>
    <message>
        <source>field &apos;slas&apos; of %1 needs at least one SLA name</source>
        <translation>le champ &apos;slas&apos; de %1 nécessite au moins un nom de SLA</translation>
    </message>
    <message>
        <source>%1 has both &apos;duration&apos; and &apos;end&apos;; give exactly one of them</source>
        <translation>%1 a à la fois &apos;duration&apos; et &apos;end&apos; ; indiquez exactement l&apos;un des deux</translation>
    </message>
    <message>
        <source>%1 needs &apos;duration&apos; (such as 2h) or &apos;end&apos; (an RFC 3339 time)</source>
        <translation>%1 nécessite &apos;duration&apos; (tel que 2h) ou &apos;end&apos; (une heure RFC 3339)</translation>
    </message>
    <message>
        <source>%1 spec</source>
        <translation>spécification %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;text&apos; of %1 is empty</source>
        <translation>le champ &apos;text&apos; de %1 est vide</translation>
    </message>
    <message>
        <source>field &apos;url&apos; of %1</source>
        <translation>le champ &apos;url&apos; de %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a number of at least 0, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être un nombre supérieur ou égal à 0, reçu %3</translation>
    </message>
    <message>
        <source>field &apos;minSamples&apos; of %1 counts labelled samples of classification indicators; this %2 indicator ignores it (use minEvents)</source>
        <translation>le champ &apos;minSamples&apos; de %1 compte les échantillons étiquetés des indicateurs de classification ; cet indicateur %2 l&apos;ignore (utilisez minEvents)</translation>
    </message>
    <message>
        <source>field &apos;labelDelay&apos; of %1 applies to classification indicators only (ground truth that arrives late); this is a %2 indicator</source>
        <translation>le champ &apos;labelDelay&apos; de %1 s&apos;applique uniquement aux indicateurs de classification (vérité terrain qui arrive en retard) ; il s&apos;agit d&apos;un indicateur %2</translation>
    </message>
    <message>
        <source>a sladesk/v1 document needs a kind: SLA, TierTemplate, Correction or Annotation</source>
        <translation>un document sladesk/v1 nécessite un kind : SLA, TierTemplate, Correction ou Annotation</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; for apiVersion sladesk/v1 (expected SLA, TierTemplate, Correction or Annotation; DataSource and Service use apiVersion openslo/v1)</source>
        <translation>kind &apos;%1&apos; inconnu pour apiVersion sladesk/v1 (attendu : SLA, TierTemplate, Correction ou Annotation ; DataSource et Service utilisent apiVersion openslo/v1)</translation>
    </message>
    <message>
        <source>%1 needs one of &apos;below&apos;, &apos;above&apos;, &apos;burnRate&apos;, &apos;budgetBelow&apos;, &apos;noData&apos;, &apos;driftAbove&apos; or &apos;consumedAbove&apos;</source>
        <translation>%1 nécessite l&apos;un de &apos;below&apos;, &apos;above&apos;, &apos;burnRate&apos;, &apos;budgetBelow&apos;, &apos;noData&apos;, &apos;driftAbove&apos; ou &apos;consumedAbove&apos;</translation>
    </message>
    <message>
        <source>field &apos;driftAbove&apos; of %1 must be a number or &apos;threshold&apos;, got %2</source>
        <translation>le champ &apos;driftAbove&apos; de %1 doit être un nombre ou &apos;threshold&apos;, reçu %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2: &apos;%3&apos; is not %4</source>
        <translation>champ &apos;%1&apos; de %2 : &apos;%3&apos; n&apos;est pas %4</translation>
    </message>
    <message>
        <source>an AWS region such as eu-west-1</source>
        <translation>une région AWS comme eu-west-1</translation>
    </message>
    <message>
        <source>an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader</source>
        <translation>un ARN de rôle IAM comme arn:aws:iam::123456789012:role/sla-reader</translation>
    </message>
    <message>
        <source>field &apos;weight&apos; of %1 must be a number greater than 0, got %2</source>
        <translation>le champ &apos;weight&apos; de %1 doit être un nombre supérieur à 0, reçu %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::SloImport</name>
    <message>
        <source>Datadog SLO &quot;%1&quot;: a metric SLO needs query.numerator and query.denominator</source>
        <translation>SLO Datadog &quot;%1&quot; : un SLO de métrique nécessite query.numerator et query.denominator</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: a time-slice SLO needs a comparator (&gt;, &gt;=, &lt;, &lt;=), a threshold and a query</source>
        <translation>SLO Datadog &quot;%1&quot; : un SLO par tranches de temps nécessite un comparateur (&gt;, &gt;=, &lt;, &lt;=), un seuil et une requête</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: formula &quot;%2&quot; combines several queries; only a formula naming one query can be imported</source>
        <translation>SLO Datadog &quot;%1&quot; : la formule &quot;%2&quot; combine plusieurs requêtes ; seule une formule nommant une seule requête peut être importée</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: %2 SLOs are computed from monitors and have no metric query; skipped</source>
        <translation>SLO Datadog &quot;%1&quot; : les SLO %2 sont calculés à partir de moniteurs et n&apos;ont pas de requête de métrique ; ignoré</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: no thresholds; expected at least one {timeframe, target}</source>
        <translation>SLO Datadog &quot;%1&quot; : aucun thresholds ; au moins un {timeframe, target} est attendu</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: timeframe &quot;%2&quot; has no rolling window here (expected 7d, 30d or 90d); threshold skipped</source>
        <translation>SLO Datadog &quot;%1&quot; : le timeframe &quot;%2&quot; n&apos;a pas de fenêtre glissante ici (attendu : 7d, 30d ou 90d) ; seuil ignoré</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: target %2 for %3 is not a percentage between 0 and 100</source>
        <translation>SLO Datadog &quot;%1&quot; : le target %2 pour %3 n&apos;est pas un pourcentage entre 0 et 100</translation>
    </message>
    <message>
        <source>not a Datadog SLO answer: %1</source>
        <translation>pas une réponse SLO Datadog : %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::SlothImporter</name>
    <message>
        <source>Sloth spec</source>
        <translation>spec Sloth</translation>
    </message>
    <message>
        <source>unsupported Sloth spec version &apos;%1&apos; (supported: %2)</source>
        <translation>version de spec Sloth non prise en charge &apos;%1&apos; (prises en charge : %2)</translation>
    </message>
    <message>
        <source>unsupported Sloth apiVersion &apos;%1&apos; (supported: %2)</source>
        <translation>apiVersion Sloth non prise en charge &apos;%1&apos; (prises en charge : %2)</translation>
    </message>
    <message>
        <source>Sloth AlertWindows are not imported: SLA Desk alerts with its own burn-rate windows (the SRE workbook set, or a burnRate list in the SLA)</source>
        <translation>les AlertWindows Sloth ne sont pas importées : SLA Desk alerte avec ses propres fenêtres de taux de consommation (l&apos;ensemble du SRE workbook ou une liste burnRate dans le SLA)</translation>
    </message>
    <message>
        <source>unsupported Sloth kind &apos;%1&apos; (supported: PrometheusServiceLevel, AlertWindows)</source>
        <translation>kind Sloth non pris en charge &apos;%1&apos; (pris en charge : PrometheusServiceLevel, AlertWindows)</translation>
    </message>
    <message>
        <source>Sloth PrometheusServiceLevel</source>
        <translation>Sloth PrometheusServiceLevel</translation>
    </message>
    <message>
        <source>spec of PrometheusServiceLevel</source>
        <translation>spec de PrometheusServiceLevel</translation>
    </message>
    <message>
        <source>field &apos;slos&apos; of %1 must be a list of at least one SLO, got %2</source>
        <translation>le champ &apos;slos&apos; de %1 doit être une liste d&apos;au moins un SLO, reçu : %2</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>SLO name &apos;%1&apos; is longer than 128 characters (the PrometheusServiceLevel limit)</source>
        <translation>le nom de SLO &apos;%1&apos; dépasse 128 caractères (la limite de PrometheusServiceLevel)</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos;</source>
        <translation>SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; is defined twice in service &apos;%2&apos; (first at line %3); SLO names must be unique per service</source>
        <translation>le SLO &apos;%1&apos; est défini deux fois dans le service &apos;%2&apos; (d&apos;abord à la ligne %3) ; les noms de SLO doivent être uniques par service</translation>
    </message>
    <message>
        <source>field &apos;objective&apos; of %1 must be a percentage above 0 and below 100 (e.g. 99.9), got %2</source>
        <translation>le champ &apos;objective&apos; de %1 doit être un pourcentage supérieur à 0 et inférieur à 100 (par ex. 99.9), reçu : %2</translation>
    </message>
    <message>
        <source>interval of %1</source>
        <translation>interval de %1</translation>
    </message>
    <message>
        <source>%1 is skipped: its SLI comes from the Sloth SLI plugin &apos;%2&apos;, whose query is built by plugin code SLA Desk cannot run; write the plugin&apos;s queries as sli.events instead</source>
        <translation>%1 est ignoré : son SLI provient du plugin SLI Sloth &apos;%2&apos;, dont la requête est construite par du code de plugin que SLA Desk ne peut pas exécuter ; écrivez plutôt les requêtes du plugin en sli.events</translation>
    </message>
    <message>
        <source>sli of %1</source>
        <translation>sli de %1</translation>
    </message>
    <message>
        <source>%1 needs an SLI type: events (error_query and total_query), raw (error_ratio_query) or plugin</source>
        <translation>%1 nécessite un type de SLI : events (error_query et total_query), raw (error_ratio_query) ou plugin</translation>
    </message>
    <message>
        <source>%1 has more than one SLI type; keep one of events, raw and plugin</source>
        <translation>%1 a plus d&apos;un type de SLI ; gardez-en un parmi events, raw et plugin</translation>
    </message>
    <message>
        <source>SLI plugin of %1</source>
        <translation>plugin SLI de %1</translation>
    </message>
    <message>
        <source>field &apos;id&apos; of %1 must not be empty</source>
        <translation>le champ &apos;id&apos; de %1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>events SLI of %1</source>
        <translation>SLI events de %1</translation>
    </message>
    <message>
        <source>%1: the error and total queries are the same; the error query must count only the bad events</source>
        <translation>%1 : les requêtes d&apos;erreur et de total sont identiques ; la requête d&apos;erreur doit compter seulement les événements mauvais</translation>
    </message>
    <message>
        <source>raw SLI of %1</source>
        <translation>SLI raw de %1</translation>
    </message>
    <message>
        <source>alerting of SLO &apos;%1&apos;</source>
        <translation>alerting du SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of Sloth %2 documents; Sloth ignores it and so does the import (did you mean &apos;%3&apos;?)</source>
        <translation>&apos;%1&apos; n&apos;est pas un champ des documents Sloth %2 ; Sloth l&apos;ignore, et l&apos;import aussi (vouliez-vous dire &apos;%3&apos; ?)</translation>
    </message>
    <message>
        <source>%1 of SLO &apos;%2&apos;</source>
        <translation>%1 du SLO &apos;%2&apos;</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; has page or ticket alerts enabled but no alerting.name: name the alerts, or disable both with &apos;disable: true&apos;</source>
        <translation>le SLO &apos;%1&apos; a des alertes page ou ticket activées mais pas d&apos;alerting.name : nommez les alertes, ou désactivez les deux avec &apos;disable: true&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>field &apos;chain&apos; of %1 must be a list of plugins, got %2</source>
        <translation>le champ &apos;chain&apos; de %1 doit être une liste de plugins, reçu : %2</translation>
    </message>
    <message>
        <source>plugin in %1</source>
        <translation>plugin dans %1</translation>
    </message>
    <message>
        <source>Sloth SLO plugins are not imported (they only change the Prometheus rules Sloth generates): %1</source>
        <translation>les plugins de SLO Sloth ne sont pas importés (ils ne modifient que les règles Prometheus générées par Sloth) : %1</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; of service &apos;%2&apos; is already defined at %3:%4; Sloth SLO names must be unique per service across all files</source>
        <translation>le SLO &apos;%1&apos; du service &apos;%2&apos; est déjà défini en %3:%4 ; les noms de SLO Sloth doivent être uniques par service dans tous les fichiers</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a mapping of names to values, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être un mapping de noms vers des valeurs, reçu : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; of %3 is not a valid Prometheus %4 name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>&apos;%1&apos; dans &apos;%2&apos; de %3 n&apos;est pas un nom de %4 Prometheus valide (lettres, chiffres et &apos;_&apos;, sans commencer par un chiffre)</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in &apos;%2&apos; of %3 must be text, got %4</source>
        <translation>la valeur de &apos;%1&apos; dans &apos;%2&apos; de %3 doit être du texte, reçu : %4</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in &apos;%2&apos; of %3 must not be empty</source>
        <translation>la valeur de &apos;%1&apos; dans &apos;%2&apos; de %3 ne doit pas être vide</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must not be empty: give a PromQL query</source>
        <translation>le champ &apos;%1&apos; de %2 ne doit pas être vide : indiquez une requête PromQL</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must use the {{.window}} placeholder as its range (Sloth evaluates the query over each alert window), e.g. sum(rate(http_requests_total[{{.window}}]))</source>
        <translation>le champ &apos;%1&apos; de %2 doit utiliser l&apos;espace réservé {{.window}} comme plage (Sloth évalue la requête sur chaque fenêtre d&apos;alerte), par ex. sum(rate(http_requests_total[{{.window}}]))</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must not be empty</source>
        <translation>le champ &apos;%1&apos; de %2 ne doit pas être vide</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 is &apos;%3&apos;: a Sloth name must start and end with a letter or digit and contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>le champ &apos;%1&apos; de %2 vaut &apos;%3&apos; : un nom Sloth doit commencer et finir par une lettre ou un chiffre et ne contenir que des lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 is not a valid PromQL query: %3 (character %4 of &apos;%5&apos;)</source>
        <translation>le champ &apos;%1&apos; de %2 n&apos;est pas une requête PromQL valide : %3 (caractère %4 de &apos;%5&apos;)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::StrictJson</name>
    <message>
        <source>not valid JSON: %1 (a .json file must be strict JSON: no trailing commas, single quotes or comments)</source>
        <translation>JSON non valide : %1 (un fichier .json doit être du JSON strict : ni virgules finales, ni guillemets simples, ni commentaires)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::TextHygiene</name>
    <message>
        <source>%1 contains the control character %2 at position %3; control characters (CR, LF, NUL, TAB, other C0, DEL) could inject HTTP headers and are not allowed</source>
        <translation>%1 contient le caractère de contrôle %2 à la position %3 ; les caractères de contrôle (CR, LF, NUL, TAB, autres C0, DEL) pourraient injecter des en-têtes HTTP et ne sont pas autorisés</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Validator</name>
    <message>
        <source>SLA &apos;%1&apos;</source>
        <translation>SLA &apos;%1&apos;</translation>
    </message>
    <message>
        <source>objective &apos;%1&apos; of SLA &apos;%2&apos;</source>
        <translation>objectif &apos;%1&apos; du SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>alert &apos;%1&apos;</source>
        <translation>alerte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>burn-rate alert</source>
        <translation>alerte de taux de consommation</translation>
    </message>
    <message>
        <source>unnamed alert</source>
        <translation>alerte sans nom</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already defined at %3</source>
        <translation>%1 &apos;%2&apos; a déjà une définition en %3</translation>
    </message>
    <message>
        <source>atRisk of TierTemplate &apos;%1&apos; must be a fraction of the error budget between 0 and 1 (exclusive), got %2</source>
        <translation>atRisk du TierTemplate &apos;%1&apos; doit être une fraction du budget d&apos;erreur entre 0 et 1 (exclus), reçu : %2</translation>
    </message>
    <message>
        <source>alert &apos;%1&apos; is already defined at %2</source>
        <translation>l&apos;alerte &apos;%1&apos; est déjà définie en %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in %3; did you mean &apos;%4&apos;?</source>
        <translation>%1 &apos;%2&apos; introuvable dans %3 ; vouliez-vous dire &apos;%4&apos; ?</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in %3 (no %4 is defined)</source>
        <translation>%1 &apos;%2&apos; introuvable dans %3 (aucun élément de type %4 n&apos;est défini)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in %3 (known: %4)</source>
        <translation>%1 &apos;%2&apos; introuvable dans %3 (connus : %4)</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>source de données</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; in %2 has type %3: SLA Desk cannot query %3 data sources (supported types: prometheus, datadog, recorded); its objectives will show no data</source>
        <translation>la source de données &apos;%1&apos; dans %2 est de type %3 : SLA Desk ne peut pas interroger les sources de données %3 (types pris en charge : prometheus, datadog, recorded) ; ses objectifs n&apos;afficheront aucune donnée</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no window and its tier &apos;%2&apos; sets none: add a window such as 30d</source>
        <translation>le SLA &apos;%1&apos; n&apos;a pas de fenêtre et son niveau &apos;%2&apos; n&apos;en définit aucune : ajoutez une fenêtre telle que 30d</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no window: add a window such as 30d, or a tier that sets one</source>
        <translation>le SLA &apos;%1&apos; n&apos;a pas de fenêtre : ajoutez une fenêtre telle que 30d, ou un niveau qui en définit une</translation>
    </message>
    <message>
        <source>objective &apos;%1&apos; is already defined at %2</source>
        <translation>l&apos;objectif &apos;%1&apos; est déjà défini en %2</translation>
    </message>
    <message>
        <source>%1 has no data source: set dataSource on the SLA or on the objective</source>
        <translation>%1 n&apos;a pas de source de données : définissez dataSource sur le SLA ou sur l&apos;objectif</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>%1 of SLA &apos;%2&apos;</source>
        <translation>%1 du SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no {{window}} placeholder: it would read the same range for every window, e.g. write [{{window}}] where the range goes</source>
        <translation>%1 n&apos;a pas d&apos;espace réservé {{window}} : il lirait la même plage pour chaque fenêtre ; écrivez par ex. [{{window}}] là où va la plage</translation>
    </message>
    <message>
        <source>Datadog cannot serve drift indicators: its query language has no histogram bucket increases; use a Prometheus or recorded source</source>
        <translation>Datadog ne peut pas fournir d&apos;indicateurs de dérive : son langage de requête n&apos;a pas d&apos;accroissements de buckets d&apos;histogramme ; utilisez une source Prometheus ou des données enregistrées</translation>
    </message>
    <message>
        <source>invalid Datadog selector in %1: %2</source>
        <translation>sélecteur Datadog invalide dans %1 : %2</translation>
    </message>
    <message>
        <source>invalid PromQL selector in %1: %2</source>
        <translation>sélecteur PromQL invalide dans %1 : %2</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; requires target &gt;= %2 for %3 objectives; &apos;%4&apos; has %5</source>
        <translation>le niveau &apos;%1&apos; exige target &gt;= %2 pour les objectifs %3 ; &apos;%4&apos; a %5</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; requires threshold &lt;= %2 for %3 objectives; &apos;%4&apos; has %5</source>
        <translation>le niveau &apos;%1&apos; exige threshold &lt;= %2 pour les objectifs %3 ; &apos;%4&apos; a %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Correction &apos;%1&apos;</source>
        <translation>Correction &apos;%1&apos;</translation>
    </message>
    <message>
        <source>end %1 of %2 is not after its start %3</source>
        <translation>la fin %1 de %2 n&apos;est pas après son début %3</translation>
    </message>
    <message>
        <source>invalid recurrence of %1: %2</source>
        <translation>récurrence invalide de %1 : %2</translation>
    </message>
    <message>
        <source>%1 lasts %2, longer than the %3 window of %4: the whole window would be left out</source>
        <translation>%1 dure %2, plus longtemps que la fenêtre %3 de %4 : toute la fenêtre serait exclue</translation>
    </message>
    <message>
        <source>Correction &apos;%1&apos; overlaps Correction &apos;%2&apos; (%3) on %4 from %5 to %6; events in the overlap are left out once</source>
        <translation>La correction &apos;%1&apos; chevauche la correction &apos;%2&apos; (%3) sur %4 de %5 à %6 ; les événements du chevauchement sont exclus une seule fois</translation>
    </message>
    <message>
        <source>Annotation &apos;%1&apos;</source>
        <translation>Annotation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>end %1 of %2 is before its time %3</source>
        <translation>la fin %1 de %2 est antérieure à son heure %3</translation>
    </message>
    <message>
        <source>%1 watches a drift score, but no drift objective of the SLA matches it</source>
        <translation>%1 surveille un score de dérive, mais aucun objectif de dérive du SLA ne lui correspond</translation>
    </message>
    <message>
        <source>%1 needs the calendar window of the SLA on every objective it watches: the budget consumed since the period started is the window&apos;s; use budgetBelow on a rolling window</source>
        <translation>%1 nécessite la fenêtre calendaire du SLA sur chaque objectif qu&apos;elle surveille : le budget consommé depuis le début de la période est celui de la fenêtre ; utilisez budgetBelow sur une fenêtre glissante</translation>
    </message>
    <message>
        <source>drift indicators are not served by CloudWatch: it has no histogram buckets to score drift on; use a Prometheus or recorded source</source>
        <translation>CloudWatch ne fournit pas d&apos;indicateurs de dérive : il n&apos;a pas de buckets d&apos;histogramme sur lesquels mesurer la dérive ; utilisez une source Prometheus ou des données enregistrées</translation>
    </message>
    <message>
        <source>raw query indicators are not served by CloudWatch; write the selectors in CloudWatch&apos;s form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</source>
        <translation>CloudWatch ne fournit pas d&apos;indicateurs query bruts ; écrivez les sélecteurs sous la forme de CloudWatch ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</translation>
    </message>
    <message>
        <source>invalid CloudWatch selector in %1: %2</source>
        <translation>sélecteur CloudWatch invalide dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 names no metric (%2): it selects every metric with these labels, and their values would be added up; write the metric&apos;s name, e.g. http_requests_total{...}</source>
        <translation>%1 ne nomme aucune métrique (%2) : il sélectionne toutes les métriques portant ces labels, et leurs valeurs seraient additionnées ; écrivez le nom de la métrique, p. ex. http_requests_total{...}</translation>
    </message>
</context>
<context>
    <name>Sla::Core::WindowLimits</name>
    <message>
        <source>the window %1 is shorter than the shortest allowed, 1m</source>
        <translation>la fenêtre %1 est plus courte que la plus courte autorisée, 1m</translation>
    </message>
    <message>
        <source>the window %1 is longer than the longest allowed, 730d (2y)</source>
        <translation>la fenêtre %1 est plus longue que la plus longue autorisée, 730d (2y)</translation>
    </message>
    <message>
        <source>timeslices of %1 are shorter than the shortest allowed, 1s</source>
        <translation>des tranches de temps de %1 sont plus courtes que les plus courtes autorisées, 1s</translation>
    </message>
    <message>
        <source>timeslices of %1 are longer than the window (%2): no slice would ever end inside it</source>
        <translation>des tranches de temps de %1 sont plus longues que la fenêtre (%2) : aucune tranche ne s&apos;y terminerait jamais</translation>
    </message>
    <message>
        <source>timeslices of %1 cut the window into %2 slices, more than the %3 allowed; use longer slices (at least %4)</source>
        <translation>des tranches de temps de %1 découpent la fenêtre en %2 tranches, plus que les %3 autorisées ; utilisez des tranches plus longues (au moins %4)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Yaml</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>metadata of %1</source>
        <translation>metadata de %1</translation>
    </message>
    <message>
        <source>field &apos;labels&apos; of metadata must be a mapping, got %1</source>
        <translation>le champ &apos;labels&apos; de metadata doit être un mapping, reçu : %1</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; must be text or a list of text</source>
        <translation>le label &apos;%1&apos; doit être du texte ou une liste de textes</translation>
    </message>
    <message>
        <source>%1 must be a mapping, got %2</source>
        <translation>%1 doit être un mapping, reçu : %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is given twice in %2</source>
        <translation>le champ &apos;%1&apos; est indiqué deux fois dans %2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2 (known fields: %3)</source>
        <translation>champ inconnu &apos;%1&apos; dans %2 (champs connus : %3)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>champ inconnu &apos;%1&apos; dans %2 ; vouliez-vous dire &apos;%3&apos; ?</translation>
    </message>
    <message>
        <source>%1 is missing the required field &apos;%2&apos;</source>
        <translation>il manque à %1 le champ obligatoire &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be text, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être du texte, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a number, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être un nombre, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a whole number, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être un nombre entier, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be true or false, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être true ou false, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a duration such as 30d, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une durée telle que 30d, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2: %3</source>
        <translation>champ &apos;%1&apos; de %2 : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be an RFC 3339 time such as 2025-01-01T00:00:00Z, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une heure RFC 3339 telle que 2025-01-01T00:00:00Z, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a list, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une liste, reçu : %3</translation>
    </message>
    <message>
        <source>items of &apos;%1&apos; in %2 must be text, got %3</source>
        <translation>les éléments de &apos;%1&apos; dans %2 doivent être du texte, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a mapping, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être un mapping, reçu : %3</translation>
    </message>
    <message>
        <source>values of &apos;%1&apos; in %2 must be text, got %3</source>
        <translation>les valeurs de &apos;%1&apos; dans %2 doivent être du texte, reçu : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 has the invalid value &apos;%3&apos; (allowed: %4)</source>
        <translation>le champ &apos;%1&apos; de %2 a la valeur invalide &apos;%3&apos; (autorisées : %4)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>the YAML parser cannot read on from here</source>
        <translation>l&apos;analyseur YAML ne peut pas lire au-delà de ce point</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be an RFC 3339 time with a zone such as 2025-06-09T10:00:00Z or 2025-06-09T12:00:00+02:00, got %3</source>
        <translation>le champ &apos;%1&apos; de %2 doit être une heure RFC 3339 avec fuseau telle que 2025-06-09T10:00:00Z ou 2025-06-09T12:00:00+02:00, reçu %3</translation>
    </message>
</context>
<context>
    <name>Sla::Core::YamlGuard</name>
    <message>
        <source>an alias refers to a mapping or list that contains it: a cycle</source>
        <translation>un alias fait référence à un mapping ou une liste qui le contient : un cycle</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes (aliases count as the nodes they repeat); split it or remove repeated aliases</source>
        <translation>le fichier a plus de %1 nœuds YAML (les alias comptent comme les nœuds qu&apos;ils répètent) ; divisez-le ou supprimez les alias répétés</translation>
    </message>
    <message>
        <source>mappings and lists are nested more than %1 levels deep</source>
        <translation>les mappings et les listes sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; SLA Desk reads documents up to that size</source>
        <translation>le fichier dépasse %1 MiB ; SLA Desk lit les documents jusqu&apos;à cette taille</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: YAML documents are text (is this a binary file?)</source>
        <translation>le fichier contient un octet NUL : les documents YAML sont du texte (est-ce un fichier binaire ?)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::YamlPatch</name>
    <message>
        <source>the YAML does not parse: %1</source>
        <translation>le YAML ne peut pas être analysé : %1</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos; in the text</source>
        <translation>aucun %1 &apos;%2&apos; dans le texte</translation>
    </message>
    <message>
        <source>nothing at %1</source>
        <translation>rien à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>%1 is a list item, not a field</source>
        <translation>%1 est un élément de liste, pas un champ</translation>
    </message>
    <message>
        <source>a block value cannot go into a flow mapping</source>
        <translation>une valeur de bloc ne peut pas aller dans un mapping en style flux</translation>
    </message>
    <message>
        <source>cannot add &apos;%1&apos;: its parent is not a mapping</source>
        <translation>impossible d&apos;ajouter &apos;%1&apos; : son parent n&apos;est pas un mapping</translation>
    </message>
    <message>
        <source>cannot remove the first field of a list item</source>
        <translation>impossible de supprimer le premier champ d&apos;un élément de liste</translation>
    </message>
    <message>
        <source>no item %1 in %2</source>
        <translation>aucun élément %1 dans %2</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
</context>
<context>
    <name>Sla::Core::YamlWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::AlertConsole</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>page</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>in maintenance (%1)</source>
        <translation>en maintenance (%1)</translation>
    </message>
    <message>
        <source>acknowledged by %1 %2</source>
        <translation>acquittée par %1 le %2</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>en silence jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget restant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No alert is pending or firing.</source>
        <translation>Aucune alerte n&apos;est en attente ou déclenchée.</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>Mettre en s&amp;ilence…</translation>
    </message>
    <message>
        <source>Run &amp;remediation…</source>
        <translation>Lancer la &amp;remédiation…</translation>
    </message>
    <message>
        <source>Open run&amp;book</source>
        <translation>Ouvrir le run&amp;book</translation>
    </message>
    <message>
        <source>Show &amp;SLA</source>
        <translation>Afficher le &amp;SLA</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrer par texte</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Post-mortem draft…</source>
        <translation>Brouillon de &amp;post-mortem…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <source>Note for the history (what you are doing about it):</source>
        <translation>Note pour l&apos;historique (ce que vous faites pour y remédier) :</translation>
    </message>
    <message>
        <source>The alert is no longer pending or firing.</source>
        <translation>L&apos;alerte n&apos;est plus en attente ni déclenchée.</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Mettre l&apos;alerte en silence</translation>
    </message>
    <message>
        <source>Silence %1 for:</source>
        <translation>Mettre %1 en silence pendant :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>All SLAs</source>
        <translation>Tous les SLA</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>Exporter l&apos;historique des alertes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Incident of %1, firing since %2</source>
        <translation>Incident de %1, déclenché depuis %2</translation>
    </message>
    <message>
        <source>Select a firing alert on the Alerts tab to work through its checklist.</source>
        <translation>Sélectionnez une alerte déclenchée dans l&apos;onglet Alertes pour suivre sa liste de contrôle.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Coché</translation>
    </message>
    <message>
        <source>Unticked</source>
        <translation>Décoché</translation>
    </message>
    <message>
        <source>Post-mortem draft</source>
        <translation>Brouillon de post-mortem</translation>
    </message>
    <message>
        <source>Save post-mortem</source>
        <translation>Enregistrer le post-mortem</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::AlertDesk</name>
    <message>
        <source>On-call console</source>
        <translation>Console d&apos;astreinte</translation>
    </message>
    <message>
        <source>Alert history unavailable (%1): alerts work, nothing is kept.</source>
        <translation>Historique des alertes indisponible (%1) : les alertes fonctionnent, mais rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Run remediation</source>
        <translation>Lancer la remédiation</translation>
    </message>
    <message>
        <source>Run the remediation of %1 now?

This calls %2.</source>
        <translation>Lancer la remédiation de %1 maintenant ?

Cela appelle %2.</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(aucune URL définie)</translation>
    </message>
    <message>
        <source>Remediation not run: %1</source>
        <translation>Remédiation non lancée : %1</translation>
    </message>
    <message>
        <source>Remediation of %1 requested.</source>
        <translation>Remédiation de %1 demandée.</translation>
    </message>
    <message>
        <source>SLA Desk: no alert firing</source>
        <translation>SLA Desk : aucune alerte déclenchée</translation>
    </message>
    <message numerus="yes">
        <source>SLA Desk: %n alert(s) firing</source>
        <translation>
            <numerusform>SLA Desk : %n alerte déclenchée</numerusform>
            <numerusform>SLA Desk : %n alertes déclenchées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sla::Ui::AlertKnobs</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 must be a fraction from 0 to 1</source>
        <translation>%1 doit être une fraction de 0 à 1</translation>
    </message>
    <message>
        <source>a burn-rate factor must be above 0</source>
        <translation>un facteur de taux de consommation doit être supérieur à 0</translation>
    </message>
    <message>
        <source>a burn-rate window must be one of %1</source>
        <translation>une fenêtre de taux de consommation doit être l&apos;une de %1</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>long window</source>
        <translation>fenêtre longue</translation>
    </message>
    <message>
        <source>short window</source>
        <translation>fenêtre courte</translation>
    </message>
    <message>
        <source>%1: pair %2 (%3) %4</source>
        <translation>%1 : paire %2 (%3) %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::BacktestPanel</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>Last SLA window</source>
        <translation>Dernière fenêtre du SLA</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Plage choisie</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Plage :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>&amp;Pas :</translation>
    </message>
    <message>
        <source>R&amp;un backtest</source>
        <translation>&amp;Lancer le backtest</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Alert rules of the objective and variants</source>
        <translation>Règles d&apos;alerte de l&apos;objectif et variantes</translation>
    </message>
    <message>
        <source>&amp;Add variant</source>
        <translation>A&amp;jouter une variante</translation>
    </message>
    <message>
        <source>Re&amp;move variant</source>
        <translation>&amp;Retirer la variante</translation>
    </message>
    <message>
        <source>&amp;Keep this variant</source>
        <translation>&amp;Garder cette variante</translation>
    </message>
    <message>
        <source>Writes the selected variant&apos;s values into the SLA (undoable)</source>
        <translation>Écrit les valeurs de la variante choisie dans le SLA (annulable)</translation>
    </message>
    <message>
        <source>What each would have done</source>
        <translation>Ce que chacune aurait fait</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Time firing</source>
        <translation>Durée de déclenchement</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Budget consumed before the first page</source>
        <translation>Budget consommé avant la première page</translation>
    </message>
    <message>
        <source>Breach periods</source>
        <translation>Périodes d&apos;infraction</translation>
    </message>
    <message>
        <source>Time to detect each breach</source>
        <translation>Délai de détection de chaque infraction</translation>
    </message>
    <message>
        <source>Firing episodes (pages red in the upper half, tickets orange and info blue in the lower) against the objective&apos;s breach periods (hatched)</source>
        <translation>Épisodes de déclenchement (pages en rouge dans la moitié haute, tickets en orange et info en bleu dans la basse) par rapport aux périodes d&apos;infraction de l&apos;objectif (hachurées)</translation>
    </message>
    <message>
        <source>Edit a variant&apos;s values in its column (durations such as 30m, levels such as 0.93); a rule for every objective of the SLA is kept for every objective.</source>
        <translation>Modifiez les valeurs d&apos;une variante dans sa colonne (durées comme 30m, niveaux comme 0.93) ; une règle pour tous les objectifs du SLA est gardée pour tous les objectifs.</translation>
    </message>
    <message>
        <source>No alert rule applies to this objective: add one in the form, then tune it here.</source>
        <translation>Aucune règle d&apos;alerte ne s&apos;applique à cet objectif : ajoutez-en une dans le formulaire, puis ajustez-la ici.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Select a cell of the variant to remove.</source>
        <translation>Sélectionnez une cellule de la variante à retirer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Select a cell of the variant to keep.</source>
        <translation>Sélectionnez une cellule de la variante à garder.</translation>
    </message>
    <message>
        <source>Keep backtest %1 of %2</source>
        <translation>Garder le backtest %1 de %2</translation>
    </message>
    <message>
        <source>The variant could not be written: %1</source>
        <translation>La variante n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>%1 is now the rules of %2 (Undo takes it back).</source>
        <translation>%1 est maintenant les règles de %2 (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Recordings are replayed on their own time line in a chosen range, as slactl backtest does.</source>
        <translation>Les enregistrements sont rejoués sur leur propre axe du temps dans une plage choisie, comme le fait slactl backtest.</translation>
    </message>
    <message>
        <source>Select an SLA and one of its objectives first.</source>
        <translation>Sélectionnez d&apos;abord un SLA et l&apos;un de ses objectifs.</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose a later end.</source>
        <translation>La plage se termine avant de commencer : choisissez une fin plus tardive.</translation>
    </message>
    <message>
        <source>The range has more than %1 steps of %2: choose a larger step.</source>
        <translation>La plage compte plus de %1 pas de %2 : choisissez un pas plus grand.</translation>
    </message>
    <message>
        <source>Evaluating %1 from %2 to %3 every %4…</source>
        <translation>Évaluation de %1 du %2 au %3 toutes les %4…</translation>
    </message>
    <message>
        <source>The source failed at %1: %2</source>
        <translation>La source a échoué à %1 : %2</translation>
    </message>
    <message>
        <source>Replaying the alert rules…</source>
        <translation>Rejeu des règles d&apos;alerte…</translation>
    </message>
    <message>
        <source>The replay ended without a result.</source>
        <translation>Le rejeu s&apos;est terminé sans résultat.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>end of range</source>
        <translation>fin de la plage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>aucune page</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>Backtest of %1 from %2 to %3: %n evaluation(s).</source>
        <translation>
            <numerusform>Backtest de %1 du %2 au %3 : %n évaluation.</numerusform>
            <numerusform>Backtest de %1 du %2 au %3 : %n évaluations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation>Backtest annulé.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ChartAnnotations</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>scheduled maintenance</source>
        <translation>maintenance planifiée</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>en dehors des heures ouvrées</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>labels still arriving; figures may change and are not used for the status</source>
        <translation>étiquettes encore en cours d&apos;arrivée ; les chiffres peuvent changer et ne sont pas utilisés pour le statut</translation>
    </message>
    <message>
        <source>%1 (%2), still firing</source>
        <translation>%1 (%2), toujours déclenchée</translation>
    </message>
    <message>
        <source>%1 (%2), fired until resolved</source>
        <translation>%1 (%2), déclenchée jusqu&apos;à sa résolution</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ChartOverlays</name>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation>Provisoire : %1</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ContractForm</name>
    <message>
        <source>Contract and remediation</source>
        <translation>Contrat et remédiation</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Contract &amp;period:</source>
        <translation>&amp;Période du contrat :</translation>
    </message>
    <message>
        <source>https://… called by Run remediation</source>
        <translation>https://… appelé par « Lancer la remédiation »</translation>
    </message>
    <message>
        <source>https://… opened by Open runbook</source>
        <translation>https://… ouvert par « Ouvrir le runbook »</translation>
    </message>
    <message>
        <source>what to do when the webhook fails</source>
        <translation>que faire si le webhook échoue</translation>
    </message>
    <message>
        <source>Remediation &amp;webhook:</source>
        <translation>&amp;Webhook de remédiation :</translation>
    </message>
    <message>
        <source>Change the contract period</source>
        <translation>Modifier la période du contrat</translation>
    </message>
    <message>
        <source>SLI below %1 % owes %2 %</source>
        <translation>SLI sous %1 % doit %2 %</translation>
    </message>
    <message>
        <source>A credit row&apos;s threshold is an SLI above 0 % and below 100 %.</source>
        <translation>Le seuil d&apos;une ligne de crédit est un SLI au-dessus de 0 % et en dessous de 100 %.</translation>
    </message>
    <message>
        <source>Add a service credit row</source>
        <translation>Ajouter une ligne de crédit de service</translation>
    </message>
    <message>
        <source>Select a credit row to remove.</source>
        <translation>Sélectionnez la ligne de crédit à supprimer.</translation>
    </message>
    <message>
        <source>Remove a service credit row</source>
        <translation>Supprimer une ligne de crédit de service</translation>
    </message>
    <message>
        <source>Change the remediation %1</source>
        <translation>Modifier la remédiation %1</translation>
    </message>
    <message>
        <source>The service credit owed (a share of the period&apos;s fee) when an objective misses its target over the contract period: the largest credit of the rows whose threshold is above the SLI</source>
        <translation>Le crédit de service dû (une part des frais de la période) quand un objectif manque sa cible sur la période du contrat : le plus grand crédit des lignes dont le seuil est au-dessus du SLI</translation>
    </message>
    <message>
        <source>Service cr&amp;edits:</source>
        <translation>Crédits d&amp;e service :</translation>
    </message>
    <message>
        <source>SLI below</source>
        <translation>SLI sous</translation>
    </message>
    <message>
        <source>owes</source>
        <translation>doit</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Runbook :</translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation>Repli :</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::DataSourceForm</name>
    <message>
        <source>Set secret in Data Sou&amp;rces…</source>
        <translation>Définir le secret dans les sou&amp;rces de données…</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the workspace files</source>
        <translation>Les secrets sont conservés dans le trousseau du système, jamais dans les fichiers de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>Descriptio&amp;n :</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recorded File</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)</source>
        <translation>Fichiers OpenMetrics (*.om *.om.gz *.txt *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Data source %1</source>
        <translation>Source de données %1</translation>
    </message>
    <message>
        <source>Change the data source&apos;s %1</source>
        <translation>Modifier %1 de la source de données</translation>
    </message>
    <message>
        <source>The connection details of %1 are a list: edit them in the YAML tab.</source>
        <translation>Les détails de connexion de %1 sont une liste : modifiez-les dans l&apos;onglet YAML.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Prometheus-compatible (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics)</source>
        <translation>Compatible Prometheus (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics)</translation>
    </message>
    <message>
        <source>Datadog</source>
        <translation>Datadog</translation>
    </message>
    <message>
        <source>Recorded OpenMetrics file</source>
        <translation>Fichier OpenMetrics enregistré</translation>
    </message>
    <message>
        <source>e.g. /prometheus for Mimir</source>
        <translation>par ex. /prometheus pour Mimir</translation>
    </message>
    <message>
        <source>sent as X-Scope-OrgID</source>
        <translation>envoyé comme X-Scope-OrgID</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Skip TLS certificate verification (insecure)</source>
        <translation>Ignorer la vérification du certificat TLS (non sécurisé)</translation>
    </message>
    <message>
        <source>relative to the workspace, e.g. data/recording.om.gz</source>
        <translation>relatif à l&apos;espace de travail, par ex. data/recording.om.gz</translation>
    </message>
    <message>
        <source>Shift the recording so that its last sample is now</source>
        <translation>Décaler l&apos;enregistrement pour que son dernier échantillon soit maintenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Path prefix:</source>
        <translation>&amp;Préfixe de chemin :</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>L&amp;ocataire :</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nom d&apos;ut&amp;ilisateur :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret :</translation>
    </message>
    <message>
        <source>Datadog &amp;site:</source>
        <translation>Site &amp;Datadog :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain, never in the workspace files. Headless runs may set SLADESK_SECRET_&lt;SOURCE&gt; instead.</source>
        <translation>Les secrets sont enregistrés dans le trousseau du système, jamais dans les fichiers de l&apos;espace de travail. Les exécutions sans interface peuvent définir SLADESK_SECRET_&lt;SOURCE&gt; à la place.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d&apos;AP&amp;I :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>the recording %1 is readable</source>
        <translation>l&apos;enregistrement %1 est lisible</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>the server answers</source>
        <translation>le serveur répond</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Échec (%1) : %2</translation>
    </message>
    <message>
        <source>every data source needs a name</source>
        <translation>chaque source de données nécessite un nom</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>le nom %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Storing secrets in the keychain…</source>
        <translation>Enregistrement des secrets dans le trousseau…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Secrets stored in the keychain.</source>
        <translation>Secrets enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>Could not store a secret: %1</source>
        <translation>Impossible d&apos;enregistrer un secret : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>SLA Desk cannot query %1 data sources.</source>
        <translation>SLA Desk ne peut pas interroger les sources de données %1.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>The region is required, e.g. eu-west-1.</source>
        <translation>La région est obligatoire, p. ex. eu-west-1.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region name such as eu-west-1.</source>
        <translation>« %1 » n&apos;est pas un nom de région AWS tel que eu-west-1.</translation>
    </message>
    <message>
        <source>Not an http or https URL such as https://monitoring.eu-west-1.amazonaws.com.</source>
        <translation>Pas une URL http ou https telle que https://monitoring.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>A password does not belong in the URL; the keys go into the fields below.</source>
        <translation>Un mot de passe n&apos;a pas sa place dans l&apos;URL ; les clés vont dans les champs ci-dessous.</translation>
    </message>
    <message>
        <source>“%1” is not an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader.</source>
        <translation>« %1 » n&apos;est pas un ARN de rôle IAM tel que arn:aws:iam::123456789012:role/sla-reader.</translation>
    </message>
    <message>
        <source>Give both the access key id and the secret access key (the session token is optional), or leave all three empty to keep the stored ones.</source>
        <translation>Indiquez l&apos;identifiant de clé d&apos;accès et la clé d&apos;accès secrète (le jeton de session est facultatif), ou laissez les trois vides pour garder ceux enregistrés.</translation>
    </message>
    <message>
        <source>The keys must not contain control characters.</source>
        <translation>Les clés ne doivent pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>AWS CloudWatch</source>
        <translation>AWS CloudWatch</translation>
    </message>
    <message>
        <source>required, e.g. eu-west-1</source>
        <translation>obligatoire, p. ex. eu-west-1</translation>
    </message>
    <message>
        <source>optional; default https://monitoring.REGION.amazonaws.com</source>
        <translation>facultatif ; par défaut https://monitoring.REGION.amazonaws.com</translation>
    </message>
    <message>
        <source>optional: a profile of ~/.aws/credentials</source>
        <translation>facultatif : un profil de ~/.aws/credentials</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Endpo&amp;int:</source>
        <translation>Point de t&amp;erminaison :</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Ro&amp;le ARN:</source>
        <translation>ARN du rô&amp;le :</translation>
    </message>
    <message>
        <source>Access key I&amp;D:</source>
        <translation>&amp;Identifiant de clé d&apos;accès :</translation>
    </message>
    <message>
        <source>Secret access ke&amp;y:</source>
        <translation>Clé d&apos;accès &amp;secrète :</translation>
    </message>
    <message>
        <source>Se&amp;ssion token:</source>
        <translation>&amp;Jeton de session :</translation>
    </message>
    <message>
        <source>Connection details:</source>
        <translation>Détails de connexion :</translation>
    </message>
    <message>
        <source>%1 (kept as it is: SLA Desk does not edit this type)</source>
        <translation>%1 (conservé tel quel : SLA Desk ne modifie pas ce type)</translation>
    </message>
    <message>
        <source>Other types (shown read-only)</source>
        <translation>Autres types (affichés en lecture seule)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>uniquement pour des identifiants temporaires</translation>
    </message>
    <message>
        <source>Comment lines inside the data sources you change are not kept; these files have comments: %1</source>
        <translation>Les lignes de commentaire à l&apos;intérieur des sources de données modifiées ne sont pas conservées ; ces fichiers ont des commentaires : %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Non testé : %1</translation>
    </message>
    <message>
        <source>no AWS credentials: type the access key ID and secret access key, store them with slactl credentials set %1, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add profile %2 to %3</source>
        <translation>aucun identifiant AWS : saisissez l&apos;identifiant de clé d&apos;accès et la clé d&apos;accès secrète, enregistrez-les avec slactl credentials set %1, définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou ajoutez le profil %2 à %3</translation>
    </message>
    <message>
        <source>OK: CloudWatch accepted the credentials and answered GetMetricData.</source>
        <translation>OK : CloudWatch a accepté les identifiants et répondu à GetMetricData.</translation>
    </message>
    <message>
        <source>Failed (throttled: CloudWatch takes no more requests for now; try again later): %1</source>
        <translation>Échec (limité : CloudWatch n&apos;accepte plus de requêtes pour l&apos;instant ; réessayez plus tard) : %1</translation>
    </message>
    <message>
        <source>Failed (credentials refused): %1</source>
        <translation>Échec (identifiants refusés) : %1</translation>
    </message>
    <message>
        <source>Failed (unreachable: check the region or endpoint and the network): %1</source>
        <translation>Échec (injoignable : vérifiez la région ou le point de terminaison et le réseau) : %1</translation>
    </message>
    <message>
        <source>data source %1: %2</source>
        <translation>source de données %1 : %2</translation>
    </message>
    <message>
        <source>could not update %1: %2</source>
        <translation>impossible de mettre à jour %1 : %2</translation>
    </message>
    <message>
        <source>Authent&amp;ication:</source>
        <translation>Authent&amp;ification :</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>Fichier de l&apos;A&amp;C :</translation>
    </message>
    <message>
        <source>Application ke&amp;y:</source>
        <translation>Clé d&apos;appl&amp;ication :</translation>
    </message>
    <message>
        <source>Recorded File</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)</source>
        <translation>Fichiers OpenMetrics (*.om *.om.gz *.txt *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>J&amp;eton :</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::DetailWidget</name>
    <message>
        <source>Objective of this SLA</source>
        <translation>Objectif de ce SLA</translation>
    </message>
    <message>
        <source>Error budget remaining</source>
        <translation>Budget d&apos;erreur restant</translation>
    </message>
    <message>
        <source>Burn rate and alert thresholds</source>
        <translation>Taux de consommation et seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Select an SLA or objective in the overview</source>
        <translation>Sélectionnez un SLA ou un objectif dans la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>no attained value; target %1</source>
        <translation>aucune valeur atteinte ; cible %1</translation>
    </message>
    <message>
        <source>budget exhausted</source>
        <translation>budget épuisé</translation>
    </message>
    <message>
        <source>budget runs out %1 at the current burn</source>
        <translation>le budget sera épuisé %1 au taux de consommation actuel</translation>
    </message>
    <message>
        <source>%1 good / %2 bad / %3 empty slices</source>
        <translation>%1 bonnes / %2 mauvaises / %3 vides (tranches)</translation>
    </message>
    <message>
        <source>latest slice %1</source>
        <translation>dernière tranche %1</translation>
    </message>
    <message>
        <source>Service %1, owner %2, data source %3</source>
        <translation>Service %1, responsable %2, source de données %3</translation>
    </message>
    <message>
        <source>Stale: these figures are from %1; the source fails now: %2</source>
        <translation>Obsolète : ces chiffres datent de %1 ; la source échoue maintenant : %2</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>consommation</translation>
    </message>
    <message>
        <source>alert at</source>
        <translation>alerte à</translation>
    </message>
    <message>
        <source>Burn rate per window; ▲ marks a window at or above the threshold of its default alert (SRE workbook: page at 14.4× on 1h and 5m, 6× on 6h and 30m; ticket at 3× on 1d and 2h, 1× on 3d and 6h).</source>
        <translation>Taux de consommation par fenêtre ; ▲ marque une fenêtre égale ou supérieure au seuil de son alerte par défaut (SRE workbook : alerte à 14.4× sur 1h et 5m, 6× sur 6h et 30m ; ticket à 3× sur 1d et 2h, 1× sur 3d et 6h).</translation>
    </message>
    <message>
        <source>%1 (model quality) against target</source>
        <translation>%1 (qualité du modèle) par rapport à la cible</translation>
    </message>
    <message>
        <source>Days within the drift threshold against target</source>
        <translation>Jours sous le seuil de dérive par rapport à la cible</translation>
    </message>
    <message>
        <source>Good slices against target</source>
        <translation>Bonnes tranches par rapport à la cible</translation>
    </message>
    <message>
        <source>SLI against target</source>
        <translation>SLI par rapport à la cible</translation>
    </message>
    <message>
        <source>No chart data: %1</source>
        <translation>Aucune donnée de graphique : %1</translation>
    </message>
    <message>
        <source>1h burn rate</source>
        <translation>Taux de consommation 1h</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Slice value</source>
        <translation>Valeur de tranche</translation>
    </message>
    <message>
        <source>Drift score (%1) per slice</source>
        <translation>Score de dérive (%1) par tranche</translation>
    </message>
    <message>
        <source>p%1 latency per slice (seconds)</source>
        <translation>Latence p%1 par tranche (secondes)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Show how the figures come about: the arithmetic, the queries and their answers (%1)</source>
        <translation>Montrer d&apos;où viennent les chiffres : le calcul, les requêtes et leurs réponses (%1)</translation>
    </message>
    <message>
        <source>attained &lt;b&gt;%1&lt;/b&gt;%2 against a target of %3</source>
        <translation>atteint &lt;b&gt;%1&lt;/b&gt;%2 pour une cible de %3</translation>
    </message>
    <message>
        <source>%1; target %2</source>
        <translation>%1 ; cible %2</translation>
    </message>
    <message>
        <source>error budget left &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>budget d&apos;erreur restant &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>intervalle à 95 %</translation>
    </message>
    <message>
        <source>95 % interval [%1, %2]</source>
        <translation>intervalle à 95 % [%1, %2]</translation>
    </message>
    <message>
        <source>(recorded data, not live)</source>
        <translation>(données enregistrées, pas en direct)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>No burn rates: the budget of a timeslice objective is counted in slices.</source>
        <translation>Pas de taux de consommation : le budget d’un objectif par tranches se compte en tranches.</translation>
    </message>
    <message>
        <source>– : not enough data in that window yet (or fewer events than the objective&apos;s minimum)</source>
        <translation>– : pas encore assez de données dans cette fenêtre (ou moins d’événements que le minimum de l’objectif)</translation>
    </message>
    <message>
        <source>SLI per step</source>
        <translation>SLI par pas</translation>
    </message>
    <message>
        <source>Window SLI as of t</source>
        <translation>SLI de la fenêtre à l&apos;instant t</translation>
    </message>
    <message>
        <source>Budget remaining of the SLA window as of t</source>
        <translation>Budget restant de la fenêtre du SLA à l&apos;instant t</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole range again (or double-click a chart, or press Escape on it)</source>
        <translation>Afficher de nouveau toute la période (ou double-cliquez sur un graphique, ou appuyez sur Échap dessus)</translation>
    </message>
    <message>
        <source>attained &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>atteint &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the SLA window&apos;s error budget spent in it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; du budget d&apos;erreur de la fenêtre du SLA consommé sur cette période</translation>
    </message>
    <message>
        <source>Range “%1”: %2</source>
        <translation>Période « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 · no complete %2 slice ends in this range</source>
        <translation>%1 · aucune tranche complète de %2 ne se termine dans cette période</translation>
    </message>
    <message>
        <source>Read from the sladesk: recording rules of slactl rules: the window&apos;s events are the recorded 5-minute increases, which can differ from the raw series by the pieces at the window&apos;s ends</source>
        <translation>Lu dans les règles d&apos;enregistrement sladesk: de slactl rules : les événements de la fenêtre sont les hausses de 5 minutes enregistrées, qui peuvent différer des séries brutes par les tranches aux bords de la fenêtre</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::EditorSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No %1 &apos;%2&apos; in the workspace</source>
        <translation>Aucun %1 &apos;%2&apos; dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::EditorWidget</name>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Tier templates</source>
        <translation>Modèles de niveau</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>&amp;New SLA…</source>
        <translation>&amp;Nouveau SLA…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert File</source>
        <translation>Res&amp;taurer le fichier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>This workspace has unsaved edits from a session that did not end normally.</source>
        <translation>Cet espace de travail a des modifications non enregistrées d&apos;une session qui ne s&apos;est pas terminée normalement.</translation>
    </message>
    <message>
        <source>&amp;Restore Them</source>
        <translation>&amp;Les récupérer</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>Restored the unsaved edits of %n file(s).</source>
        <translation>
            <numerusform>Modifications non enregistrées de %n fichier récupérées.</numerusform>
            <numerusform>Modifications non enregistrées de %n fichiers récupérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every document is valid.</source>
        <translation>Aucun problème : tous les documents sont valides.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>Modifier le YAML</translation>
    </message>
    <message>
        <source>%1 %2 is edited in the YAML tab; the diagnostics below check it as you type.</source>
        <translation>%1 %2 est modifié dans l&apos;onglet YAML ; les diagnostics ci-dessous le vérifient pendant la saisie.</translation>
    </message>
    <message>
        <source>New SLA %1</source>
        <translation>Nouveau SLA %1</translation>
    </message>
    <message>
        <source>Created %1; save it with %2.</source>
        <translation>%1 créé ; enregistrez-le avec %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Cannot save as %1</source>
        <translation>Impossible d&apos;enregistrer sous %1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Fichiers YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The workspace has unsaved edits. Save them?</source>
        <translation>L&apos;espace de travail a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Alert &amp;backtest</source>
        <translation>&amp;Backtest des alertes</translation>
    </message>
    <message>
        <source>Adds OpenSLO, Sloth, Pyrra, Datadog SLO or SLA Desk files to the workspace</source>
        <translation>Ajoute à l&apos;espace de travail des fichiers OpenSLO, Sloth, Pyrra, SLO Datadog ou SLA Desk</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>OpenSLO, Sloth, Pyrra, Datadog or SLA Desk files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Fichiers OpenSLO, Sloth, Pyrra, Datadog ou SLA Desk (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a workspace before importing files into it.</source>
        <translation>Ouvrez un espace de travail avant d&apos;y importer des fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s), %1 converted to sladesk/v1; save with %2.</source>
        <translation>
            <numerusform>%n fichier importé, dont %1 converti en sladesk/v1 ; enregistrez avec %2.</numerusform>
            <numerusform>%n fichiers importés, dont %1 convertis en sladesk/v1 ; enregistrez avec %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importer…</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::EntriesForm</name>
    <message>
        <source>E&amp;ntries (double-click or F2 to edit a cell; times in UTC, RFC 3339):</source>
        <translation>E&amp;ntrées (double-clic ou F2 pour modifier une cellule ; heures en UTC, RFC 3339) :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Corrections in %1</source>
        <translation>Corrections dans %1</translation>
    </message>
    <message>
        <source>Annotations in %1</source>
        <translation>Annotations dans %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>End or duration</source>
        <translation>Fin ou durée</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>An entry needs a name.</source>
        <translation>Une entrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Describe the period left out</source>
        <translation>Décrivez la période exclue</translation>
    </message>
    <message>
        <source>Describe what happened</source>
        <translation>Décrivez ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Select the entry to remove.</source>
        <translation>Sélectionnez l&apos;entrée à retirer.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ExplainWidget</name>
    <message>
        <source>Explaining</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the whole explanation, with the queries and answers, to the clipboard</source>
        <translation>Copier toute l&apos;explication, avec les requêtes et les réponses, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Queries and answers</source>
        <translation>Requêtes et réponses</translation>
    </message>
    <message>
        <source>Queries sent and their answers</source>
        <translation>Requêtes envoyées et leurs réponses</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>With the figures</source>
        <translation>Avec les chiffres</translation>
    </message>
    <message>
        <source>Explaining %1 / %2 …</source>
        <translation>Explication de %1 / %2 …</translation>
    </message>
    <message>
        <source>%1 / %2 at %3</source>
        <translation>%1 / %2 à %3</translation>
    </message>
    <message>
        <source>Window %1 to %2; status %3; data source %4</source>
        <translation>Fenêtre %1 à %2 ; statut %3 ; source de données %4</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : %2 à %3</translation>
    </message>
    <message>
        <source>Corrections left out: %1</source>
        <translation>Corrections exclues : %1</translation>
    </message>
    <message>
        <source>burn rate %1</source>
        <translation>taux de consommation %1</translation>
    </message>
    <message>
        <source>error ratio over the window / (1 - target)</source>
        <translation>taux d&apos;erreur sur la fenêtre / (1 - cible)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;SLAs:</source>
        <translation>&amp;SLA :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fi&amp;chier :</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Aperçu prêt.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Painting page %1 of %2…</source>
        <translation>Rendu de la page %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::FormSupport</name>
    <message>
        <source>No %1 &apos;%2&apos; in the workspace</source>
        <translation>Aucun %1 « %2 » dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1 : %2 : %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::MainWindow</name>
    <message>
        <source>SLA Desk</source>
        <translation>SLA Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About SLA Desk</source>
        <translation>À &amp;propos de SLA Desk</translation>
    </message>
    <message>
        <source>About SLA Desk</source>
        <translation>À propos de SLA Desk</translation>
    </message>
    <message>
        <source>No workspace open. Use File → Open Folder… (%1).</source>
        <translation>Aucun espace de travail ouvert. Utilisez Fichier → Ouvrir un dossier… (%1).</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open a workspace folder (%1)</source>
        <translation>Ouvrir un dossier d&apos;espace de travail (%1)</translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>Ouvrir l&apos;espace de travail de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>The demo workspace was not found. Looked in:
%1</source>
        <translation>L&apos;espace de travail de démonstration est introuvable. Emplacements consultés :
%1</translation>
    </message>
    <message>
        <source>&amp;Data Sources…</source>
        <translation>&amp;Sources de données…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Evaluate every objective now (%1)</source>
        <translation>Évaluer tous les objectifs maintenant (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Auto Refresh</source>
        <translation>Actualisation a&amp;utomatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Toutes les %1 secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;SLA Desk %1&lt;/b&gt;&lt;p&gt;SLA compliance, error budgets and model quality for production AI systems.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;SLA Desk %1&lt;/b&gt;&lt;p&gt;Conformité aux SLA, budgets d&apos;erreur et qualité des modèles pour les systèmes d&apos;IA en production.&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 — SLA Desk</source>
        <translation>%1 — SLA Desk</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière actualisation %1</translation>
    </message>
    <message>
        <source> · refreshing…</source>
        <translation> · actualisation…</translation>
    </message>
    <message>
        <source> · auto refresh every %1 s</source>
        <translation> · actualisation automatique toutes les %1 s</translation>
    </message>
    <message>
        <source> · auto refresh off</source>
        <translation> · actualisation automatique désactivée</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Ouvrir un dossier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>SLA documents (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Documents SLA (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>%1: %2 error(s) in the documents; see View → Problems.</source>
        <translation>%1 : %2 erreur(s) dans les documents ; voir Affichage → Problèmes.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems — %1</source>
        <translation>Problèmes — %1</translation>
    </message>
    <message>
        <source>Not an SLA Desk link: %1</source>
        <translation>Pas un lien SLA Desk : %1</translation>
    </message>
    <message>
        <source>The workspace has no SLA named %1.</source>
        <translation>L’espace de travail n’a pas de SLA nommé %1.</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisée</translation>
    </message>
    <message>
        <source>%1: no objective uses this source, so no refresh queries it</source>
        <translation>%1 : aucun objectif n&apos;utilise cette source, aucune actualisation ne l&apos;interroge donc</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>On-call &amp;console</source>
        <translation>Console d&apos;a&amp;streinte</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>&amp;Edit Mode</source>
        <translation>&amp;Mode édition</translation>
    </message>
    <message>
        <source>E&amp;ditor</source>
        <translation>Édi&amp;teur</translation>
    </message>
    <message>
        <source>Editor ●</source>
        <translation>Éditeur ●</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language changes when SLA Desk starts again.</source>
        <translation>La langue change au prochain démarrage de SLA Desk.</translation>
    </message>
    <message>
        <source> · incremental (%1 of %2 objectives from the raw series read in full)</source>
        <translation> · incrémentiel (%1 sur %2 objectifs des séries brutes lus en entier)</translation>
    </message>
    <message>
        <source>recording rules for %1 of %2 objectives</source>
        <translation>règles d&apos;enregistrement pour %1 objectifs sur %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 read the window&apos;s events from the sladesk: recording rules of slactl rules (the derived windows&apos; difference applies, see the README)</source>
        <translation>%1 : %2 ont lu les événements de la fenêtre dans les règles d&apos;enregistrement sladesk: de slactl rules (l&apos;écart des fenêtres dérivées s&apos;applique, voir le README)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::NewSlaDialog</name>
    <message>
        <source>New SLA</source>
        <translation>Nouveau SLA</translation>
    </message>
    <message>
        <source>Blank, from the tier</source>
        <translation>Vide, à partir du niveau</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Modèle de départ :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d&apos;a&amp;ffichage :</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>&amp;Source de données :</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilité</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latence</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Précision</translation>
    </message>
    <message>
        <source>D&amp;rift</source>
        <translation>Dé&amp;rive</translation>
    </message>
    <message>
        <source>SLIs:</source>
        <translation>SLI :</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>The template brings its own objectives.</source>
        <translation>Le modèle apporte ses propres objectifs.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ObjectivePreview</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Preview: select an objective.</source>
        <translation>Aperçu : sélectionnez un objectif.</translation>
    </message>
    <message>
        <source>Preview: evaluating %1…</source>
        <translation>Aperçu : évaluation de %1…</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Preview from %1: SLI %2 (target %3), error budget remaining %4, status %5</source>
        <translation>Aperçu depuis %1 : SLI %2 (cible %3), budget d&apos;erreur restant %4, statut %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Explain in the dashboard lists them all)</source>
        <translation>
            <numerusform>… et %n autre (Expliquer dans le tableau de bord les liste toutes)</numerusform>
            <numerusform>… et %n autres (Expliquer dans le tableau de bord les liste toutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window up to now</source>
        <translation>Fenêtre jusqu&apos;à maintenant</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Chosen range (UTC)</source>
        <translation>Plage choisie (UTC)</translation>
    </message>
    <message>
        <source>What the preview covers: the objective&apos;s window up to now, or a range evaluated as a rolling window of exactly that length ending at its end</source>
        <translation>Ce que couvre l&apos;aperçu : la fenêtre de l&apos;objectif jusqu&apos;à maintenant, ou une plage évaluée comme fenêtre glissante de cette longueur exacte se terminant à sa fin</translation>
    </message>
    <message>
        <source>Preview e&amp;xtent:</source>
        <translation>Ét&amp;endue de l&apos;aperçu :</translation>
    </message>
    <message>
        <source>Preview from (UTC)</source>
        <translation>Aperçu depuis (UTC)</translation>
    </message>
    <message>
        <source>Preview to (UTC)</source>
        <translation>Aperçu jusqu&apos;à (UTC)</translation>
    </message>
    <message>
        <source>the range ends before it starts: choose a later end</source>
        <translation>la plage se termine avant de commencer : choisissez une fin plus tardive</translation>
    </message>
    <message>
        <source>over %1 – %2 UTC</source>
        <translation>sur %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::OverviewDelegate</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::OverviewWidget</name>
    <message>
        <source>Search SLA, service, owner or objective</source>
        <translation>Rechercher un SLA, un service, un responsable ou un objectif</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Not met (breached or at risk)</source>
        <translation>Non atteint (non respecté ou à risque)</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Stale figures</source>
        <translation>Chiffres obsolètes</translation>
    </message>
    <message>
        <source>Source %1 is failing: %2</source>
        <translation>La source %1 échoue : %2</translation>
    </message>
    <message>
        <source>Figures from these sources are marked stale (last good values shown) until the source answers again.</source>
        <translation>Les chiffres de ces sources sont marqués obsolètes (les dernières valeurs valides sont affichées) jusqu&apos;à ce que la source réponde à nouveau.</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Données insuffisantes</translation>
    </message>
    <message>
        <source>No objective matches “%1” with the status “%2”.</source>
        <translation>Aucun objectif ne correspond à « %1 » avec le statut « %2 ».</translation>
    </message>
    <message>
        <source>No objective matches “%1”.</source>
        <translation>Aucun objectif ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No objective has the status “%1”.</source>
        <translation>Aucun objectif n’a le statut « %1 ».</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::PdfLinks</name>
    <message>
        <source>the PDF has no cross-reference trailer</source>
        <translation>le PDF n&apos;a pas de trailer de références croisées</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer has no /Size, /Root or start of the cross-reference table</source>
        <translation>le trailer du PDF n&apos;a pas de /Size, de /Root ou de début de table de références croisées</translation>
    </message>
    <message>
        <source>the PDF has no page tree</source>
        <translation>le PDF n&apos;a pas d&apos;arbre de pages</translation>
    </message>
    <message>
        <source>a link from page %1 to page %2 of a PDF of %3 pages</source>
        <translation>un lien de la page %1 vers la page %2 d&apos;un PDF de %3 pages</translation>
    </message>
    <message>
        <source>page %1 of the PDF has no /Annots array</source>
        <translation>la page %1 du PDF n&apos;a pas de tableau /Annots</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Enter or double-click opens the file at the problem</source>
        <translation>Entrée ou un double-clic ouvre le fichier à l’endroit du problème</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>This problem has no file to open.</source>
        <translation>Ce problème n’a pas de fichier à ouvrir.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ReportPdf</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Error budget remaining over the period</source>
        <translation>Budget d&apos;erreur restant sur la période</translation>
    </message>
    <message>
        <source>Budget remaining</source>
        <translation>Budget restant</translation>
    </message>
    <message>
        <source>SLI against target</source>
        <translation>SLI par rapport à la cible</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es), %1 in all</source>
        <translation>
            <numerusform>%n non-respect, %1 au total</numerusform>
            <numerusform>%n non-respects, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaches: %1</source>
        <translation>Non-respects : %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Correction excluded: %1 (%2), %3; approved by %4. %5</source>
        <translation>Correction exclue : %1 (%2), %3 ; approuvée par %4. %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Without corrections: SLI %1, budget consumed %2.</source>
        <translation>Sans corrections : SLI %1, budget consommé %2.</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>sous %1 : %2</translation>
    </message>
    <message>
        <source>Credit: the period SLI %1 is below the target %2, but in no row of the schedule (%3): no credit owed.</source>
        <translation>Crédit : le SLI de la période %1 est inférieur à la cible %2, mais ne correspond à aucune ligne du barème (%3) : aucun crédit dû.</translation>
    </message>
    <message>
        <source>Credit owed: %1 of the period&apos;s fee. The period SLI %2 is below the target %3 and falls in row %4 of the schedule (below %5); schedule: %6.</source>
        <translation>Crédit dû : %1 de la redevance de la période. Le SLI de la période %2 est inférieur à la cible %3 et correspond à la ligne %4 du barème (sous %5) ; barème : %6.</translation>
    </message>
    <message>
        <source>The contract counts per %1; this period is not one, so the figure is indicative.</source>
        <translation>Le contrat se calcule par %1 ; cette période ne correspond pas à cette unité, le chiffre est donc indicatif.</translation>
    </message>
    <message>
        <source>Budget history</source>
        <translation>Historique du budget</translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>Budget consumed</source>
        <translation>Budget consommé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95 % interval [%1, %2]</source>
        <translation>intervalle à 95 % [%1, %2]</translation>
    </message>
    <message>
        <source>drift score of the last slice %1</source>
        <translation>score de dérive de la dernière tranche %1</translation>
    </message>
    <message>
        <source>provisional from %1 (label delay): SLI %2</source>
        <translation>provisoire à partir de %1 (délai des étiquettes) : SLI %2</translation>
    </message>
    <message>
        <source>worst day %1: %2</source>
        <translation>pire jour %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Target %1, attained %2; budget consumed %3 (%4 events, %5).</source>
        <translation>Cible %1, atteint %2 ; budget consommé %3 (%4 événements, %5).</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Aucun chiffre : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tier %1 · owner %2 · credit owed %3</source>
        <translation>Niveau %1 · responsable %2 · crédit dû %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Non-respects</translation>
    </message>
    <message>
        <source>Breach time</source>
        <translation>Durée de non-respect</translation>
    </message>
    <message>
        <source>Remediation runs</source>
        <translation>Remédiations lancées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>SLA compliance report</source>
        <translation>Rapport de conformité SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1 · period %2 (%3, %4)</source>
        <translation>Espace de travail %1 · période %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Summary by tier</source>
        <translation>Synthèse par niveau</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Données insuffisantes</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Reliability score</source>
        <translation>Score de fiabilité</translation>
    </message>
    <message>
        <source>Reliability score: the share of the period each objective was at or above its target, averaged per SLA (equal weights), then per tier.</source>
        <translation>Score de fiabilité : la part de la période pendant laquelle chaque objectif était égal ou supérieur à sa cible, moyennée par SLA (poids égaux), puis par niveau.</translation>
    </message>
    <message>
        <source>Credits owed</source>
        <translation>Crédits dus</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Credit (share of the period&apos;s fee)</source>
        <translation>Crédit (part de la redevance de la période)</translation>
    </message>
    <message>
        <source>Largest changes against the previous period</source>
        <translation>Plus fortes variations par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Budget used before</source>
        <translation>Budget utilisé avant</translation>
    </message>
    <message>
        <source>Budget used now</source>
        <translation>Budget utilisé maintenant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>SLA Desk compliance report · %1 · %2 (%3)</source>
        <translation>Rapport de conformité SLA Desk · %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Généré le %1 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>SLA compliance report %1</source>
        <translation>Rapport de conformité SLA %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de créer le PDF</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>impossible d&apos;écrire le PDF : %1</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::SlaForm</name>
    <message>
        <source>calendar %1 (%2)</source>
        <translation>%1 calendaire (%2)</translation>
    </message>
    <message>
        <source>burn rate: SRE workbook defaults</source>
        <translation>taux de consommation : valeurs par défaut du SRE workbook</translation>
    </message>
    <message numerus="yes">
        <source>burn rate: %n window pair(s)</source>
        <translation>
            <numerusform>taux de consommation : %n paire de fenêtres</numerusform>
            <numerusform>taux de consommation : %n paires de fenêtres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 for %5 (%6)</source>
        <translation>%1 : %2 %3 %4 pendant %5 (%6)</translation>
    </message>
    <message>
        <source>below</source>
        <translation>sous</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>%1: budget below %2 (%3)</source>
        <translation>%1 : budget sous %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no data for %2 (%3)</source>
        <translation>%1 : aucune donnée pendant %2 (%3)</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>Alertmanager %1</source>
        <translation>Alertmanager %1</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>%1 — inherited from %2</source>
        <translation>%1 — hérité de %2</translation>
    </message>
    <message>
        <source>Service level agreement</source>
        <translation>Accord de niveau de service</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom d&apos;&amp;affichage :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>Source de &amp;données :</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Inherited from the tier</source>
        <translation>Héritée du niveau</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Glissante</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendaire</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>e.g. 30d</source>
        <translation>par ex. 30d</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Availability (ratio)</source>
        <translation>Disponibilité (ratio)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Classification (precision)</source>
        <translation>Classification (précision)</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Display na&amp;me:</source>
        <translation>No&amp;m d&apos;affichage :</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>le nom d&apos;affichage</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>S&amp;euil :</translation>
    </message>
    <message>
        <source>target</source>
        <translation>la cible</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>le seuil</translation>
    </message>
    <message>
        <source>Alerts, notification and corrections</source>
        <translation>Alertes, notification et corrections</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>+ Burn rate</source>
        <translation>+ Taux de consommation</translation>
    </message>
    <message>
        <source>+ Threshold</source>
        <translation>+ Seuil</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>+ Weekly maintenance</source>
        <translation>+ Maintenance hebdomadaire</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>No SLA selected</source>
        <translation>Aucun SLA sélectionné</translation>
    </message>
    <message>
        <source>%1 cannot be read: see the diagnostics</source>
        <translation>%1 ne peut pas être lu : voir les diagnostics</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Inherited from %1: %2</source>
        <translation>Hérité de %1 : %2</translation>
    </message>
    <message>
        <source>Written here, the same as %1&apos;s window (%2)</source>
        <translation>Écrite ici, identique à la fenêtre de %1 (%2)</translation>
    </message>
    <message>
        <source>Overrides %1&apos;s window (%2)</source>
        <translation>Remplace la fenêtre de %1 (%2)</translation>
    </message>
    <message>
        <source>The tier sets no window.</source>
        <translation>Le niveau ne définit aucune fenêtre.</translation>
    </message>
    <message>
        <source>Neither the SLA nor its tier sets a window.</source>
        <translation>Ni le SLA ni son niveau ne définissent de fenêtre.</translation>
    </message>
    <message>
        <source>Inherit the window</source>
        <translation>Hériter de la fenêtre</translation>
    </message>
    <message>
        <source>window</source>
        <translation>la fenêtre</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Breaks the tier rule: %1</source>
        <translation>Enfreint la règle du niveau : %1</translation>
    </message>
    <message>
        <source>The minimum of %1 (%2)</source>
        <translation>Le minimum de %1 (%2)</translation>
    </message>
    <message>
        <source>Overrides the minimum of %1 (%2) with a tighter target</source>
        <translation>Remplace le minimum de %1 (%2) par une cible plus stricte</translation>
    </message>
    <message>
        <source>%1 sets no minimum target for %2 objectives</source>
        <translation>%1 ne définit aucune cible minimale pour les objectifs %2</translation>
    </message>
    <message>
        <source>%1 allows at most %2</source>
        <translation>%1 autorise au plus %2</translation>
    </message>
    <message>
        <source>Change the indicator to %1</source>
        <translation>Changer l&apos;indicateur en %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>Ajouter l&apos;objectif %1</translation>
    </message>
    <message>
        <source>Remove objective %1</source>
        <translation>Supprimer l&apos;objectif %1</translation>
    </message>
    <message>
        <source>Add burn-rate alerts</source>
        <translation>Ajouter des alertes de taux de consommation</translation>
    </message>
    <message>
        <source>Add a threshold alert</source>
        <translation>Ajouter une alerte à seuil</translation>
    </message>
    <message>
        <source>Select one of the SLA&apos;s own alerts; inherited alerts belong to the tier.</source>
        <translation>Sélectionnez une des alertes propres au SLA ; les alertes héritées appartiennent au niveau.</translation>
    </message>
    <message>
        <source>Remove an alert</source>
        <translation>Supprimer une alerte</translation>
    </message>
    <message>
        <source>Enter the URL of the %1 target.</source>
        <translation>Saisissez l&apos;URL de la cible %1.</translation>
    </message>
    <message>
        <source>Add a notification target</source>
        <translation>Ajouter une cible de notification</translation>
    </message>
    <message>
        <source>Select one of the SLA&apos;s own notification targets.</source>
        <translation>Sélectionnez une des cibles de notification propres au SLA.</translation>
    </message>
    <message>
        <source>Remove a notification target</source>
        <translation>Supprimer une cible de notification</translation>
    </message>
    <message>
        <source>Add correction %1</source>
        <translation>Ajouter la correction %1</translation>
    </message>
    <message>
        <source>%1: drift score above %2 (%3)</source>
        <translation>%1 : score de dérive supérieur à %2 (%3)</translation>
    </message>
    <message>
        <source>%1: drift score above the objective&apos;s threshold (%2)</source>
        <translation>%1 : score de dérive supérieur au seuil de l&apos;objectif (%2)</translation>
    </message>
    <message>
        <source>%1: over %2 of the period&apos;s budget consumed (%3)</source>
        <translation>%1 : plus de %2 du budget de la période consommé (%3)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::SlaTemplates</name>
    <message>
        <source>Fraud detection API</source>
        <translation>API de détection de fraude</translation>
    </message>
    <message>
        <source>Recommendation API</source>
        <translation>API de recommandation</translation>
    </message>
    <message>
        <source>Content moderation model</source>
        <translation>Modèle de modération de contenu</translation>
    </message>
    <message>
        <source>Seldon Core 1 (executor)</source>
        <translation>Seldon Core 1 (executor)</translation>
    </message>
    <message>
        <source>Seldon Core 2</source>
        <translation>Seldon Core 2</translation>
    </message>
    <message>
        <source>KServe (serverless)</source>
        <translation>KServe (serverless)</translation>
    </message>
    <message>
        <source>KServe on the MLServer runtime</source>
        <translation>KServe avec le runtime MLServer</translation>
    </message>
    <message>
        <source>Evidently drift</source>
        <translation>Dérive Evidently</translation>
    </message>
    <message>
        <source>WhyLabs monitors</source>
        <translation>Moniteurs WhyLabs</translation>
    </message>
    <message>
        <source>Arize monitors</source>
        <translation>Moniteurs Arize</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>Le modèle %1 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::TierForm</name>
    <message>
        <source>The escalation is edited in the YAML tab.</source>
        <translation>L&apos;escalade se modifie dans l&apos;onglet YAML.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>Shown instead of the tier&apos;s name</source>
        <translation>Affiché à la place du nom du niveau</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>none (each SLA sets its own)</source>
        <translation>aucune (chaque SLA fixe la sienne)</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>glissante</translation>
    </message>
    <message>
        <source>calendar week</source>
        <translation>semaine calendaire</translation>
    </message>
    <message>
        <source>calendar month</source>
        <translation>mois calendaire</translation>
    </message>
    <message>
        <source>calendar quarter</source>
        <translation>trimestre calendaire</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>Rolling &amp;length:</source>
        <translation>&amp;Longueur glissante :</translation>
    </message>
    <message>
        <source>A duration such as 30d or 4w</source>
        <translation>Une durée comme 30d ou 4w</translation>
    </message>
    <message>
        <source>At ris&amp;k below:</source>
        <translation>À ris&amp;que sous :</translation>
    </message>
    <message>
        <source>The remaining error budget (a fraction) below which an objective is at risk; default 0.25</source>
        <translation>Le budget d&apos;erreur restant (une fraction) sous lequel un objectif est à risque ; 0.25 par défaut</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertir</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloquer</translation>
    </message>
    <message>
        <source>What the deployment gate does while an objective of the tier is breached</source>
        <translation>Ce que fait la barrière de déploiement tant qu&apos;un objectif du niveau est violé</translation>
    </message>
    <message>
        <source>Deployment &amp;gate:</source>
        <translation>&amp;Barrière de déploiement :</translation>
    </message>
    <message>
        <source>Min. &amp;events:</source>
        <translation>Min. d&apos;&amp;événements :</translation>
    </message>
    <message>
        <source>Default of the objectives&apos; minEvents: fewer events give insufficient_data</source>
        <translation>Valeur par défaut du minEvents des objectifs : moins d&apos;événements donnent insufficient_data</translation>
    </message>
    <message>
        <source>Min. sa&amp;mples:</source>
        <translation>Min. d&apos;écha&amp;ntillons :</translation>
    </message>
    <message>
        <source>Default of the classification objectives&apos; minSamples</source>
        <translation>Valeur par défaut du minSamples des objectifs de classification</translation>
    </message>
    <message>
        <source>Change the tier&apos;s gate</source>
        <translation>Modifier la barrière du niveau</translation>
    </message>
    <message>
        <source>Minimums of the SLAs&apos; objectives</source>
        <translation>Minimums des objectifs des SLA</translation>
    </message>
    <message>
        <source>Target ≥</source>
        <translation>Cible ≥</translation>
    </message>
    <message>
        <source>Threshold ≤</source>
        <translation>Seuil ≤</translation>
    </message>
    <message>
        <source>An objective of this kind must have a target at least this high (a fraction) and a latency threshold (seconds) or drift threshold at most this high; empty: no minimum</source>
        <translation>Un objectif de ce type doit avoir une cible au moins aussi haute (une fraction) et un seuil de latence (secondes) ou de dérive au plus aussi haut ; vide : pas de minimum</translation>
    </message>
    <message>
        <source>M&amp;inimums by indicator kind:</source>
        <translation>M&amp;inimums par type d&apos;indicateur :</translation>
    </message>
    <message>
        <source>Alerts and notification (the SLAs of the tier inherit them)</source>
        <translation>Alertes et notification (les SLA du niveau en héritent)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>N&amp;otify</source>
        <translation>N&amp;otifier</translation>
    </message>
    <message>
        <source>+ B&amp;urn rate</source>
        <translation>+ Taux de co&amp;nsommation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Tier template %1</source>
        <translation>Modèle de niveau %1</translation>
    </message>
    <message>
        <source>Only latency and drift objectives have a threshold the tier limits</source>
        <translation>Seuls les objectifs de latence et de dérive ont un seuil que le niveau limite</translation>
    </message>
    <message>
        <source>Change the tier&apos;s %1</source>
        <translation>Modifier %1 du niveau</translation>
    </message>
    <message>
        <source>Change the tier&apos;s window</source>
        <translation>Modifier la fenêtre du niveau</translation>
    </message>
    <message>
        <source>Change the %1 minimum of the tier</source>
        <translation>Modifier le minimum %1 du niveau</translation>
    </message>
    <message>
        <source>Add burn-rate alerts to the tier</source>
        <translation>Ajouter des alertes de taux de consommation au niveau</translation>
    </message>
    <message>
        <source>Select an alert of the tier to remove.</source>
        <translation>Sélectionnez une alerte du niveau à retirer.</translation>
    </message>
    <message>
        <source>Remove an alert of the tier</source>
        <translation>Retirer une alerte du niveau</translation>
    </message>
    <message>
        <source>Add a notification target to the tier</source>
        <translation>Ajouter une cible de notification au niveau</translation>
    </message>
    <message>
        <source>Select a notification target of the tier to remove.</source>
        <translation>Sélectionnez une cible de notification du niveau à retirer.</translation>
    </message>
    <message>
        <source>Remove a notification target of the tier</source>
        <translation>Retirer une cible de notification du niveau</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::TimeChart</name>
    <message>
        <source>Breach</source>
        <translation>Non-respect</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Légende : %1</translation>
    </message>
    <message>
        <source>Too small for a chart</source>
        <translation>Trop petit pour un graphique</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::TimeRangePicker</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
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
        <source>SLA window</source>
        <translation>Fenêtre du SLA</translation>
    </message>
    <message>
        <source>This calendar month</source>
        <translation>Ce mois civil</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Time range of the charts</source>
        <translation>Période des graphiques</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Start of the custom range (before its end)</source>
        <translation>Début de la plage personnalisée (avant sa fin)</translation>
    </message>
    <message>
        <source>End of the custom range (after its start)</source>
        <translation>Fin de la plage personnalisée (après son début)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::WorkspaceImport</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: no document SLA Desk can import</source>
        <translation>%1 : aucun document que SLA Desk puisse importer</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Weekly maintenance</source>
        <translation>Maintenance hebdomadaire</translation>
    </message>
    <message>
        <source>Weekly maintenance window</source>
        <translation>Fenêtre de maintenance hebdomadaire</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SLA compliance desk</source>
        <translation>Poste de conformité SLA</translation>
    </message>
    <message>
        <source>Workspace folder or file to open. Without one, the last workspace, or else the bundled demo.</source>
        <translation>Dossier ou fichier d&apos;espace de travail à ouvrir. Sans argument, le dernier espace de travail, sinon la démo fournie.</translation>
    </message>
    <message>
        <source>Print the overview rows after the first refresh has been painted, then quit (for tests).</source>
        <translation>Afficher les lignes de la vue d&apos;ensemble après le rendu de la première actualisation, puis quitter (pour les tests).</translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration fourni.</translation>
    </message>
    <message>
        <source>Select an SLA or objective once the first evaluation is shown.</source>
        <translation>Sélectionner un SLA ou un objectif dès que la première évaluation est affichée.</translation>
    </message>
    <message>
        <source>Start a new window even when SLA Desk already runs (otherwise a sladesk:// link or a path goes to the running one).</source>
        <translation>Ouvrir une nouvelle fenêtre même si SLA Desk tourne déjà (sinon un lien sladesk:// ou un chemin va à l’instance en cours).</translation>
    </message>
    <message>
        <source>Start in edit mode (the SLA editor).</source>
        <translation>Démarrer en mode édition (l&apos;éditeur de SLA).</translation>
    </message>
    <message>
        <source>With --self-test-dump: save the window as a PNG image two seconds after the first refresh, then dump and quit.</source>
        <translation>Avec --self-test-dump : enregistrer la fenêtre en image PNG deux secondes après la première actualisation, puis afficher et quitter.</translation>
    </message>
    <message>
        <source>The language of this run: en, de or fr (default: View &gt; Language, else the system&apos;s).</source>
        <translation>La langue de cette exécution : en, de ou fr (par défaut : Affichage &gt; Langue, sinon celle du système).</translation>
    </message>
</context>
<context>
    <name>slactl</name>
    <message>
        <source>Check documents; print file:line:column diagnostics</source>
        <translation>Vérifier des documents ; afficher les diagnostics fichier:ligne:colonne</translation>
    </message>
    <message>
        <source>Import OpenSLO, Sloth or Pyrra files; export OpenSLO v1</source>
        <translation>Importer des fichiers OpenSLO, Sloth ou Pyrra ; exporter en OpenSLO v1</translation>
    </message>
    <message>
        <source>Evaluate every objective: SLI, status, error budget, burn rates</source>
        <translation>Évaluer chaque objectif : SLI, statut, budget d&apos;erreur, taux de consommation</translation>
    </message>
    <message>
        <source>Deployment gate: fail on a breached objective of a blocking tier</source>
        <translation>Contrôle de déploiement : échoue sur un objectif non respecté d&apos;un niveau bloquant</translation>
    </message>
    <message>
        <source>Store (set) or remove (delete) a data source&apos;s secret</source>
        <translation>Enregistrer (set) ou supprimer (delete) le secret d&apos;une source de données</translation>
    </message>
    <message>
        <source>Run &apos;slactl %1 --help&apos; for usage.</source>
        <translation>Exécutez &apos;slactl %1 --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Datadog source &apos;%1&apos; has no keys: store them with `slactl credentials set %1` (two lines: API key, then application key) or set %2, or DD_API_KEY and DD_APP_KEY</source>
        <translation>la source Datadog &apos;%1&apos; n&apos;a pas de clés : enregistrez-les avec `slactl credentials set %1` (deux lignes : clé d&apos;API, puis clé d&apos;application) ou définissez %2, ou DD_API_KEY et DD_APP_KEY</translation>
    </message>
    <message>
        <source>Imports the SLOs of the Datadog DataSource SOURCE of WORKSPACE as sladesk/v1 SLA documents
(metric SLOs as good/total queries, time-slice SLOs as value/op/threshold queries; monitor
SLOs are skipped). Documents go to FILE with -o, else to standard output.
With --history FROM..TO it prints Datadog&apos;s SLI and error budget for that period per SLO
(documents then only go to FILE), to compare with `slactl evaluate --at TO`.
Keys: DD_API_KEY and DD_APP_KEY, SLADESK_SECRET_&lt;SOURCE&gt; (two lines) or the keychain.
Exit code 0 on success, 1 when the workspace is invalid, 2 on usage errors, 3 when Datadog
cannot be reached, refuses the keys or has no SLO with a given id.</source>
        <translation>Importe les SLO de la DataSource Datadog SOURCE de WORKSPACE en documents SLA sladesk/v1
(SLO de métrique en requêtes good/total, SLO par tranches de temps en requêtes value/op/threshold ;
les SLO de moniteur sont ignorés). Les documents vont dans FILE avec -o, sinon sur la sortie standard.
Avec --history FROM..TO, affiche le SLI et le budget d&apos;erreur de Datadog pour cette période par SLO
(les documents ne vont alors que dans FILE), à comparer avec `slactl evaluate --at TO`.
Clés : DD_API_KEY et DD_APP_KEY, SLADESK_SECRET_&lt;SOURCE&gt; (deux lignes) ou le trousseau.
Code de sortie 0 en cas de succès, 1 si l&apos;espace de travail est invalide, 2 en cas d&apos;erreur d&apos;utilisation,
3 si Datadog est injoignable, refuse les clés ou n&apos;a pas de SLO avec un id donné.</translation>
    </message>
    <message>
        <source>The Datadog DataSource to read from.</source>
        <translation>La DataSource Datadog à lire.</translation>
    </message>
    <message>
        <source>The workspace folder or file that defines it.</source>
        <translation>Le dossier ou fichier d&apos;espace de travail qui la définit.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Only the SLOs with these ids (comma-separated).</source>
        <translation>Seulement les SLO avec ces id (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Write the documents to FILE (atomically).</source>
        <translation>Écrire les documents dans FILE (de façon atomique).</translation>
    </message>
    <message>
        <source>Print Datadog&apos;s SLI and error budget from FROM to TO (RFC 3339 or Unix seconds).</source>
        <translation>Afficher le SLI et le budget d&apos;erreur de Datadog de FROM à TO (RFC 3339 ou secondes Unix).</translation>
    </message>
    <message>
        <source>expected SOURCE and WORKSPACE</source>
        <translation>SOURCE et WORKSPACE attendus</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>trop d&apos;arguments</translation>
    </message>
    <message>
        <source>--ids needs at least one SLO id</source>
        <translation>--ids nécessite au moins un id de SLO</translation>
    </message>
    <message>
        <source>--history &apos;%1&apos; is not a period; use FROM..TO with RFC 3339 times or Unix seconds, FROM before TO (e.g. 2025-01-01T00:00:00Z..2025-01-31T00:00:00Z)</source>
        <translation>--history &apos;%1&apos; n&apos;est pas une période ; utilisez FROM..TO avec des heures RFC 3339 ou des secondes Unix, FROM avant TO (par ex. 2025-01-01T00:00:00Z..2025-01-31T00:00:00Z)</translation>
    </message>
    <message numerus="yes">
        <source>slactl %1: the workspace has %n error(s); run &apos;slactl validate %2&apos; for details</source>
        <translation>
            <numerusform>slactl %1 : l&apos;espace de travail a %n erreur ; exécutez &apos;slactl validate %2&apos; pour les détails</numerusform>
            <numerusform>slactl %1 : l&apos;espace de travail a %n erreurs ; exécutez &apos;slactl validate %2&apos; pour les détails</numerusform>
        </translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>il n&apos;en a aucune</translation>
    </message>
    <message>
        <source>it has: %1</source>
        <translation>il a : %1</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; has type %2, not datadog (%3)</source>
        <translation>la source de données &apos;%1&apos; est de type %2, pas datadog (%3)</translation>
    </message>
    <message>
        <source>no Datadog data source &apos;%1&apos; in the workspace (%2)</source>
        <translation>aucune source de données Datadog &apos;%1&apos; dans l&apos;espace de travail (%2)</translation>
    </message>
    <message>
        <source>Datadog source &apos;%1&apos; has no SLO with id %2; nothing written</source>
        <translation>la source Datadog &apos;%1&apos; n&apos;a pas de SLO avec l&apos;id %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; ignoré</translation>
    </message>
    <message>
        <source>slactl %1: cannot write %2: %3</source>
        <translation>slactl %1 : impossible d&apos;écrire %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>slactl %1: %n SLO(s) from Datadog source &apos;%2&apos;</source>
        <translation>
            <numerusform>slactl %1 : %n SLO de la source Datadog &apos;%2&apos;</numerusform>
            <numerusform>slactl %1 : %n SLO de la source Datadog &apos;%2&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLO ID</source>
        <translation>ID SLO</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>BUDGET LEFT</source>
        <translation>BUDGET RESTANT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Datadog SLO history from %1 to %2</source>
        <translation>Historique des SLO Datadog de %1 à %2</translation>
    </message>
    <message>
        <source>slactl %1: %2</source>
        <translation>slactl %1 : %2</translation>
    </message>
    <message>
        <source>Evaluate at TIME (RFC 3339 or Unix seconds; default now).</source>
        <translation>Évaluer à l&apos;instant TIME (RFC 3339 ou secondes Unix ; par défaut maintenant).</translation>
    </message>
    <message>
        <source>Query this Prometheus-compatible server for every objective.</source>
        <translation>Interroger ce serveur compatible Prometheus pour chaque objectif.</translation>
    </message>
    <message>
        <source>Evaluate every objective on this OpenMetrics file.</source>
        <translation>Évaluer chaque objectif sur ce fichier OpenMetrics.</translation>
    </message>
    <message>
        <source>no WORKSPACE given</source>
        <translation>aucun WORKSPACE indiqué</translation>
    </message>
    <message>
        <source>give exactly one WORKSPACE</source>
        <translation>indiquez exactement un WORKSPACE</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time; use RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds</source>
        <translation>--at &apos;%1&apos; n&apos;est pas une heure ; utilisez RFC 3339 (2025-01-31T00:00:00Z) ou des secondes Unix</translation>
    </message>
    <message>
        <source>--prometheus and --recorded cannot be combined</source>
        <translation>--prometheus et --recorded ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--source: no data source &apos;%1&apos; in the workspace (it has: %2)</source>
        <translation>--source : aucune source de données &apos;%1&apos; dans l&apos;espace de travail (présentes : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Evaluates every objective of a workspace: SLI, status, error budget, burn rates.
Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors,
3 when a data source is unreachable, refuses authentication or rejects a query.</source>
        <translation>Évalue chaque objectif d&apos;un espace de travail : SLI, statut, budget d&apos;erreur, taux de consommation.
Code de sortie 0 en cas de succès, 1 si les documents sont invalides, 2 en cas d&apos;erreur d&apos;utilisation,
3 si une source de données est injoignable, refuse l&apos;authentification ou rejette une requête.</translation>
    </message>
    <message>
        <source>The workspace folder or file.</source>
        <translation>Le dossier ou fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Evaluate only objectives of data source NAME.</source>
        <translation>Évaluer seulement les objectifs de la source de données NAME.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Format de sortie : table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for --format (use table or json)</source>
        <translation>format inconnu &apos;%1&apos; pour --format (utilisez table ou json)</translation>
    </message>
    <message>
        <source>SLI %1 against target %2; error budget consumed %3, remaining %4</source>
        <translation>SLI %1 pour une cible de %2 ; budget d&apos;erreur consommé %3, restant %4</translation>
    </message>
    <message>
        <source>Gate only SLAs of tier T.</source>
        <translation>Contrôler seulement les SLA du niveau T.</translation>
    </message>
    <message>
        <source>Also write a JUnit XML report to FILE.</source>
        <translation>Écrire aussi un rapport JUnit XML dans FILE.</translation>
    </message>
    <message>
        <source>--tier: no tier template &apos;%1&apos;</source>
        <translation>--tier : aucun modèle de niveau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ERROR  %1: %2</source>
        <translation>ERROR  %1 : %2</translation>
    </message>
    <message>
        <source>%1 is breached: %2</source>
        <translation>%1 n&apos;est pas respecté : %2</translation>
    </message>
    <message>
        <source>FAIL   %1</source>
        <translation>FAIL   %1</translation>
    </message>
    <message>
        <source>warning (tier gate: warn): %1</source>
        <translation>avertissement (niveau avec gate: warn) : %1</translation>
    </message>
    <message>
        <source>WARN   %1 (tier %2 gate: warn)</source>
        <translation>WARN   %1 (niveau %2 gate: warn)</translation>
    </message>
    <message>
        <source>%1 has no data in its window</source>
        <translation>%1 n&apos;a aucune donnée dans sa fenêtre</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 est %2 : %3</translation>
    </message>
    <message>
        <source>PASS   %1</source>
        <translation>PASS   %1</translation>
    </message>
    <message numerus="yes">
        <source>gate: ERROR, %n objective(s) could not be evaluated</source>
        <translation>
            <numerusform>gate: ERROR, %n objectif n&apos;a pas pu être évalué</numerusform>
            <numerusform>gate: ERROR, %n objectifs n&apos;ont pas pu être évalués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gate: FAILED, %n breached objective(s) in blocking tiers</source>
        <translation>
            <numerusform>gate: FAILED, %n objectif non respecté dans des niveaux bloquants</numerusform>
            <numerusform>gate: FAILED, %n objectifs non respectés dans des niveaux bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gate: passed, %n objective(s) checked</source>
        <translation>
            <numerusform>gate: passed, %n objectif vérifié</numerusform>
            <numerusform>gate: passed, %n objectifs vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Stores (set) or removes (delete) the secret of a data source in the system keychain.
`set` reads the secret from standard input: the password (basic auth), the token (bearer),
or for Datadog two lines, the API key then the application key.
Exit code 0 on success, 2 on usage errors, 3 when the keychain cannot be used.</source>
        <translation>Enregistre (set) ou supprime (delete) le secret d&apos;une source de données dans le trousseau du système.
`set` lit le secret sur l&apos;entrée standard : le mot de passe (basic auth), le jeton (bearer),
ou pour Datadog deux lignes, la clé d&apos;API puis la clé d&apos;application.
Code de sortie 0 en cas de succès, 2 en cas d&apos;erreur d&apos;utilisation, 3 si le trousseau est inutilisable.</translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation>set ou delete</translation>
    </message>
    <message>
        <source>The data source name.</source>
        <translation>Le nom de la source de données.</translation>
    </message>
    <message>
        <source>The workspace the secret belongs to (default: the current folder).</source>
        <translation>L&apos;espace de travail auquel appartient le secret (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>expected &apos;set SOURCE&apos; or &apos;delete SOURCE&apos;</source>
        <translation>&apos;set SOURCE&apos; ou &apos;delete SOURCE&apos; attendu</translation>
    </message>
    <message>
        <source>--workspace &apos;%1&apos; is not a folder</source>
        <translation>--workspace &apos;%1&apos; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>no secret on standard input; pipe it in, e.g. printf %s &quot;$TOKEN&quot; | slactl credentials set %1</source>
        <translation>aucun secret sur l&apos;entrée standard ; transmettez-le par un tube, par ex. printf %s &quot;$TOKEN&quot; | slactl credentials set %1</translation>
    </message>
    <message>
        <source>a Datadog source needs two lines on standard input: the API key, then the application key</source>
        <translation>une source Datadog nécessite deux lignes sur l&apos;entrée standard : la clé d&apos;API, puis la clé d&apos;application</translation>
    </message>
    <message>
        <source>stored the secret of data source &apos;%1&apos; in the keychain</source>
        <translation>le secret de la source de données &apos;%1&apos; a été enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>deleted the secret of data source &apos;%1&apos; from the keychain</source>
        <translation>le secret de la source de données &apos;%1&apos; a été supprimé du trousseau</translation>
    </message>
    <message>
        <source>slactl credentials: %1</source>
        <translation>slactl credentials : %1</translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation>OBJECTIF</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>BURN 1h</source>
        <translation>CONSO. 1h</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>DERNIER</translation>
    </message>
    <message>
        <source>stale:%1</source>
        <translation>stale:%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Evaluated at %1</source>
        <translation>Évalué le %1</translation>
    </message>
    <message>
        <source>Import a Datadog source&apos;s SLOs; show Datadog&apos;s SLI for a period</source>
        <translation>Importer les SLO d&apos;une source Datadog ; afficher le SLI de Datadog pour une période</translation>
    </message>
    <message>
        <source>Usage: slactl COMMAND [OPTIONS] [ARGS...]

SLA Desk on the command line: the same core as the desktop app, for CI gates,
servers and cron.

Commands:
</source>
        <translation>Usage : slactl COMMAND [OPTIONS] [ARGS...]

SLA Desk en ligne de commande : le même cœur que l&apos;application de bureau, pour les contrôles CI,
les serveurs et cron.

Commandes :
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help after the command
  -v, --version  Show the version

Exit codes: 0 success, 1 invalid input or failed check, 2 usage error, 3 source error.
</source>
        <translation>
Options :
  -h, --help     Afficher cette aide, ou l&apos;aide d&apos;une commande après la commande
  -v, --version  Afficher la version

Codes de sortie : 0 succès, 1 entrée invalide ou contrôle échoué, 2 erreur d&apos;utilisation, 3 erreur de source.
</translation>
    </message>
    <message>
        <source>Checks SLA Desk documents (sladesk/v1, OpenSLO, Sloth, Pyrra) given together as one set.
Diagnostics are printed as file:line:column: error|warning: message.
Exit code 0 when valid, 1 when any error was found, 2 on usage errors.</source>
        <translation>Vérifie des documents SLA Desk (sladesk/v1, OpenSLO, Sloth, Pyrra) fournis ensemble comme un seul ensemble.
Les diagnostics sont affichés sous la forme file:line:column: error|warning: message.
Code de sortie 0 si valide, 1 si une erreur a été trouvée, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Files or folders to check.</source>
        <translation>Fichiers ou dossiers à vérifier.</translation>
    </message>
    <message>
        <source>Print errors only.</source>
        <translation>Afficher seulement les erreurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n fichier vérifié</numerusform>
            <numerusform>%n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %n file(s)</source>
        <translation>
            <numerusform>valide : %n fichier</numerusform>
            <numerusform>valides : %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Converts documents. --to sladesk imports OpenSLO, Sloth and Pyrra files into sladesk/v1;
--to openslo exports a workspace as OpenSLO v1 with compiled Prometheus queries.
Exit code 0 on success, 1 when the input has errors, 2 on usage errors.</source>
        <translation>Convertit des documents. --to sladesk importe des fichiers OpenSLO, Sloth et Pyrra en sladesk/v1 ;
--to openslo exporte un espace de travail en OpenSLO v1 avec des requêtes Prometheus compilées.
Code de sortie 0 en cas de succès, 1 si l&apos;entrée contient des erreurs, 2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Files or folders to convert, read as one set.</source>
        <translation>Fichiers ou dossiers à convertir, lus comme un seul ensemble.</translation>
    </message>
    <message>
        <source>Target format: sladesk or openslo.</source>
        <translation>Format cible : sladesk ou openslo.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>Écrire dans FILE (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>slactl convert: --to is required (sladesk or openslo)</source>
        <translation>slactl convert : --to est obligatoire (sladesk ou openslo)</translation>
    </message>
    <message>
        <source>slactl convert: unknown format &apos;%1&apos; for --to (use sladesk or openslo)</source>
        <translation>slactl convert : format inconnu &apos;%1&apos; pour --to (utilisez sladesk ou openslo)</translation>
    </message>
    <message numerus="yes">
        <source>slactl convert: nothing written: the input has %n error(s)</source>
        <translation>
            <numerusform>slactl convert : rien n&apos;a été écrit : l&apos;entrée a %n erreur</numerusform>
            <numerusform>slactl convert : rien n&apos;a été écrit : l&apos;entrée a %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>slactl: unknown command &apos;%1&apos;</source>
        <translation>slactl : commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>slactl: cannot write standard output: %1</source>
        <translation>slactl : impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>aucun PATH indiqué</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the task failed with an unknown error</source>
        <translation>la tâche a échoué avec une erreur inconnue</translation>
    </message>
    <message>
        <source>the task ended without a result</source>
        <translation>la tâche s&apos;est terminée sans résultat</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>slactl %1: the evaluation failed: %2</source>
        <translation>slactl %1 : l&apos;évaluation a échoué : %2</translation>
    </message>
    <message>
        <source>gate: FAILED, the workspace has no objectives to check</source>
        <translation>gate: FAILED, l&apos;espace de travail n&apos;a aucun objectif à contrôler</translation>
    </message>
    <message>
        <source>gate: FAILED, no objectives of tier &apos;%1&apos; to check</source>
        <translation>gate: FAILED, aucun objectif du niveau &apos;%1&apos; à contrôler</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 KiB; pipe in only the secret</source>
        <translation>le secret sur l&apos;entrée standard dépasse %1 KiB ; ne transmettez que le secret</translation>
    </message>
    <message>
        <source>the secret on standard input</source>
        <translation>le secret sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>
Global option, before the command:
  --verbose      debug lines of every sladesk.* logging category on stderr
</source>
        <translation>
Option globale, avant la commande :
  --verbose      lignes de débogage de toutes les catégories de journalisation sladesk.* sur stderr
</translation>
    </message>
    <message numerus="yes">
        <source>slactl convert: nothing written: the %1 output %2 would have %n error(s) (shown at its lines above); please report this as a bug</source>
        <translation>
            <numerusform>slactl convert : rien n&apos;a été écrit : la sortie %1 %2 aurait %n erreur (indiquée à sa ligne ci-dessus) ; merci de le signaler comme bogue</numerusform>
            <numerusform>slactl convert : rien n&apos;a été écrit : la sortie %1 %2 aurait %n erreurs (indiquées à leurs lignes ci-dessus) ; merci de le signaler comme bogue</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA to annotate (required).</source>
        <translation>Le SLA à annoter (obligatoire).</translation>
    </message>
    <message>
        <source>What happened (required).</source>
        <translation>Ce qui s&apos;est passé (obligatoire).</translation>
    </message>
    <message>
        <source>When (RFC 3339 or Unix seconds; default now).</source>
        <translation>Quand (RFC 3339 ou secondes Unix ; par défaut maintenant).</translation>
    </message>
    <message>
        <source>End of a period (RFC 3339 or Unix seconds).</source>
        <translation>Fin d&apos;une période (RFC 3339 ou secondes Unix).</translation>
    </message>
    <message>
        <source>deploy, incident or note (default note).</source>
        <translation>deploy, incident ou note (par défaut note).</translation>
    </message>
    <message>
        <source>A link, e.g. to the CI run (http or https).</source>
        <translation>Un lien, par exemple vers l&apos;exécution CI (http ou https).</translation>
    </message>
    <message>
        <source>Only this objective of the SLA (repeatable; default all).</source>
        <translation>Uniquement cet objectif du SLA (répétable ; par défaut tous).</translation>
    </message>
    <message>
        <source>--sla is required</source>
        <translation>--sla est obligatoire</translation>
    </message>
    <message>
        <source>--text is required and must not be empty</source>
        <translation>--text est obligatoire et ne doit pas être vide</translation>
    </message>
    <message>
        <source>--time &apos;%1&apos; is not a time; use RFC 3339 (2025-06-09T10:00:00Z) or Unix seconds</source>
        <translation>--time &apos;%1&apos; n&apos;est pas une heure ; utilisez RFC 3339 (2025-06-09T10:00:00Z) ou des secondes Unix</translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not a time; use RFC 3339 (2025-06-09T10:00:00Z) or Unix seconds</source>
        <translation>--end &apos;%1&apos; n&apos;est pas une heure ; utilisez RFC 3339 (2025-06-09T10:00:00Z) ou des secondes Unix</translation>
    </message>
    <message>
        <source>--end is before --time</source>
        <translation>--end est antérieur à --time</translation>
    </message>
    <message>
        <source>--kind &apos;%1&apos; is not one of %2</source>
        <translation>--kind &apos;%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--url holds a password (user:password@host); documents never keep secrets</source>
        <translation>--url contient un mot de passe (user:password@host) ; les documents ne conservent jamais de secrets</translation>
    </message>
    <message>
        <source>slactl annotate: unknown SLA &apos;%1&apos;</source>
        <translation>slactl annotate : SLA &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation> (connus : %1)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>slactl annotate: SLA &apos;%1&apos; has no objective &apos;%2&apos;</source>
        <translation>slactl annotate : le SLA &apos;%1&apos; n&apos;a pas d&apos;objectif &apos;%2&apos;</translation>
    </message>
    <message>
        <source> (it has: %1)</source>
        <translation> (il a : %1)</translation>
    </message>
    <message>
        <source>slactl annotate: cannot read %1: %2</source>
        <translation>slactl annotate : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>plus de 16 Mio</translation>
    </message>
    <message>
        <source>slactl annotate: nothing written: %1 would not read back cleanly with the new annotation</source>
        <translation>slactl annotate : rien n&apos;a été écrit : %1 ne se relirait pas correctement avec la nouvelle annotation</translation>
    </message>
    <message>
        <source>Appends an Annotation (a marker on the SLA&apos;s charts) to WORKSPACE/annotations.yaml,
creating it; what the file holds is kept. The file is replaced atomically.
Exit code 0 on success, 1 for an unknown SLA or objective or an invalid workspace,
2 on usage errors.</source>
        <translation>Ajoute une annotation (un repère sur les graphiques du SLA) à WORKSPACE/annotations.yaml,
en le créant au besoin ; le contenu du fichier est conservé. Le fichier est remplacé de façon atomique.
Code de sortie 0 en cas de succès, 1 pour un SLA ou un objectif inconnu ou un espace de travail invalide,
2 pour les erreurs d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Le dossier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>give exactly one WORKSPACE folder</source>
        <translation>indiquez exactement un dossier WORKSPACE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>annotation &apos;%1&apos; added to %2</source>
        <translation>annotation &apos;%1&apos; ajoutée à %2</translation>
    </message>
    <message>
        <source>Ignore the workspace&apos;s corrections: the raw figures.</source>
        <translation>Ignorer les corrections de l&apos;espace de travail : les chiffres bruts.</translation>
    </message>
    <message>
        <source>slactl %1: warning: %2</source>
        <translation>slactl %1 : avertissement : %2</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (vouliez-vous dire &apos;%1&apos; ?)</translation>
    </message>
    <message>
        <source>no SLA &apos;%1&apos; in the workspace</source>
        <translation>aucun SLA &apos;%1&apos; dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no objective &apos;%2&apos;</source>
        <translation>le SLA &apos;%1&apos; n&apos;a pas d&apos;objectif &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Explains one objective&apos;s figure so that it can be checked by hand: the events or
slices behind it, the corrections left out, the error budget&apos;s arithmetic step by
step, the burn rates with their windows, and every query sent with its answer.
Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors (an
unknown SLA or objective too), 3 when the data source fails.</source>
        <translation>Explique le chiffre d&apos;un objectif pour qu&apos;il puisse être vérifié à la main : les événements ou
tranches de temps sous-jacents, les corrections exclues, le calcul du budget d&apos;erreur étape par
étape, les taux de consommation avec leurs fenêtres, et chaque requête envoyée avec sa réponse.
Code de sortie 0 en cas de succès, 1 si les documents sont invalides, 2 pour les erreurs d&apos;utilisation (y compris
un SLA ou un objectif inconnu), 3 en cas d&apos;échec de la source de données.</translation>
    </message>
    <message>
        <source>The SLA&apos;s name.</source>
        <translation>Le nom du SLA.</translation>
    </message>
    <message>
        <source>The objective&apos;s name.</source>
        <translation>Le nom de l&apos;objectif.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for --format (use text or json)</source>
        <translation>format &apos;%1&apos; inconnu pour --format (utilisez text ou json)</translation>
    </message>
    <message>
        <source>give a WORKSPACE, an SLA and an OBJECTIVE</source>
        <translation>indiquez un WORKSPACE, un SLA et un OBJECTIVE</translation>
    </message>
    <message>
        <source>%1 has too few events in its window for a figure (insufficient_data, below minEvents or minSamples); it never blocks</source>
        <translation>%1 a trop peu d&apos;événements dans sa fenêtre pour un chiffre (insufficient_data, en dessous de minEvents ou minSamples) ; il ne bloque jamais</translation>
    </message>
    <message>
        <source>Deployment gate: fails when an objective is breached in an SLA whose tier has `gate: block`
(`gate: warn` tiers are reported but pass). Objectives without data, or with too few
events for a figure (insufficient_data), pass with a note;
a workspace (or --tier) without any objective fails.
Exit code 0 pass, 1 fail (or invalid documents), 2 usage error, 3 source error.</source>
        <translation>Barrière de déploiement : échoue lorsqu&apos;un objectif n&apos;est pas respecté dans un SLA dont le niveau a `gate: block`
(les niveaux `gate: warn` sont signalés mais passent). Les objectifs sans données, ou avec trop peu
d&apos;événements pour un chiffre (insufficient_data), passent avec une remarque ;
un espace de travail (ou --tier) sans aucun objectif échoue.
Code de sortie 0 réussite, 1 échec (ou documents invalides), 2 erreur d&apos;utilisation, 3 erreur de source.</translation>
    </message>
    <message>
        <source>partial:%1</source>
        <translation>partiel:%1</translation>
    </message>
    <message>
        <source>%1/%2 (*): corrected by %3; uncorrected SLI %4, budget left %5</source>
        <translation>%1/%2 (*) : corrigé par %3 ; SLI non corrigé %4, budget restant %5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Explain one objective&apos;s figure: arithmetic, corrections, queries, answers</source>
        <translation>Expliquer le chiffre d&apos;un objectif : calcul, corrections, requêtes, réponses</translation>
    </message>
    <message>
        <source>Append an annotation (e.g. a deploy) to WORKSPACE/annotations.yaml</source>
        <translation>Ajouter une annotation (par exemple un déploiement) à WORKSPACE/annotations.yaml</translation>
    </message>
    <message>
        <source>Start of the period (RFC 3339 or Unix seconds).</source>
        <translation>Début de la période (RFC 3339 ou secondes Unix).</translation>
    </message>
    <message>
        <source>End of the period (RFC 3339 or Unix seconds; default now).</source>
        <translation>Fin de la période (RFC 3339 ou secondes Unix ; par défaut maintenant).</translation>
    </message>
    <message>
        <source>A month (2025-06), a quarter (2025-Q2), or a duration ending at --to (30d).</source>
        <translation>Un mois (2025-06), un trimestre (2025-Q2) ou une durée se terminant à --to (30d).</translation>
    </message>
    <message>
        <source>Time zone of the period&apos;s days and months (default UTC).</source>
        <translation>Fuseau horaire des jours et des mois de la période (par défaut UTC).</translation>
    </message>
    <message>
        <source>Only this SLA (repeatable; default all).</source>
        <translation>Uniquement ce SLA (répétable ; par défaut tous).</translation>
    </message>
    <message>
        <source>An alert history (SQLite) for acknowledgements and remediation runs.</source>
        <translation>Un historique des alertes (SQLite) pour les acquittements et les remédiations lancées.</translation>
    </message>
    <message>
        <source>The report file: .pdf, .csv or .json (required).</source>
        <translation>Le fichier du rapport : .pdf, .csv ou .json (obligatoire).</translation>
    </message>
    <message>
        <source>PDF paper size: a4 (default) or letter.</source>
        <translation>Format de papier du PDF : a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>--tz &apos;%1&apos; is not a time zone (e.g. Europe/Berlin)</source>
        <translation>--tz &apos;%1&apos; n&apos;est pas un fuseau horaire (par ex. Europe/Berlin)</translation>
    </message>
    <message>
        <source>give either --from (and --to) or --period</source>
        <translation>indiquez soit --from (et --to), soit --period</translation>
    </message>
    <message>
        <source>--from and --to take RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds</source>
        <translation>--from et --to acceptent RFC 3339 (2025-01-31T00:00:00Z) ou des secondes Unix</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from doit être antérieur à --to</translation>
    </message>
    <message>
        <source>slactl report: cannot paint the PDF: %1</source>
        <translation>slactl report : impossible de dessiner le PDF : %1</translation>
    </message>
    <message>
        <source>-o FILE is required (.pdf, .csv or .json)</source>
        <translation>-o FILE est obligatoire (.pdf, .csv ou .json)</translation>
    </message>
    <message>
        <source>-o: the file must end in .pdf, .csv or .json</source>
        <translation>-o : le fichier doit se terminer par .pdf, .csv ou .json</translation>
    </message>
    <message>
        <source>this slactl was built without the UI and cannot paint PDF</source>
        <translation>ce slactl a été compilé sans l&apos;interface graphique et ne peut pas dessiner de PDF</translation>
    </message>
    <message>
        <source>--history: no alert history at %1</source>
        <translation>--history : aucun historique des alertes dans %1</translation>
    </message>
    <message>
        <source>--paper is a4 or letter</source>
        <translation>--paper vaut a4 ou letter</translation>
    </message>
    <message>
        <source>A compliance report for a period: PDF for leadership, CSV and JSON for analysis.</source>
        <translation>Un rapport de conformité pour une période : PDF pour la direction, CSV et JSON pour l&apos;analyse.</translation>
    </message>
    <message>
        <source>A workspace folder or file.</source>
        <translation>Un dossier ou fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>--sla: no SLA &apos;%1&apos; in the workspace</source>
        <translation>--sla : aucun SLA &apos;%1&apos; dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>slactl report: %1</source>
        <translation>slactl report : %1</translation>
    </message>
    <message>
        <source>slactl report: warning: %1</source>
        <translation>slactl report : avertissement : %1</translation>
    </message>
    <message>
        <source>Writes Prometheus recording and alerting rules for the workspace&apos;s objectives (for Prometheus,
Thanos Ruler, or with --flavour mimir the Mimir ruler), or with --alertmanager-config the
Alertmanager time intervals, routes and inhibit rules that go with them. What has no PromQL
form is listed as a warning on stderr and as a comment in the file.
Exit code 0 on success, 1 when the documents are invalid or the file cannot be written,
2 on usage errors.</source>
        <translation>Écrit les règles d&apos;enregistrement et d&apos;alerte Prometheus des objectifs de l&apos;espace de travail (pour Prometheus,
Thanos Ruler ou, avec --flavour mimir, le ruler Mimir), ou avec --alertmanager-config les
intervalles de temps, routes et règles d&apos;inhibition Alertmanager qui les accompagnent. Ce qui n&apos;a pas de forme
PromQL est signalé par un avertissement sur stderr et par un commentaire dans le fichier.
Code de sortie 0 en cas de succès, 1 si les documents sont invalides ou si le fichier ne peut pas être écrit,
2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Rule file layout: prometheus (default) or mimir.</source>
        <translation>Structure du fichier de règles : prometheus (par défaut) ou mimir.</translation>
    </message>
    <message>
        <source>Only the SLA NAME.</source>
        <translation>Uniquement le SLA NAME.</translation>
    </message>
    <message>
        <source>Write the Alertmanager configuration instead of the rules.</source>
        <translation>Écrire la configuration Alertmanager au lieu des règles.</translation>
    </message>
    <message>
        <source>unknown flavour &apos;%1&apos; for --flavour (use prometheus or mimir)</source>
        <translation>variante inconnue &apos;%1&apos; pour --flavour (utilisez prometheus ou mimir)</translation>
    </message>
    <message>
        <source>slactl backtest: the variant %1 must be one valid sladesk/v1 TierTemplate whose alerts replace the SLA&apos;s</source>
        <translation>slactl backtest : la variante %1 doit être un unique TierTemplate sladesk/v1 valide dont les alertes remplacent celles du SLA</translation>
    </message>
    <message>
        <source>slactl backtest: the evaluation failed: %1</source>
        <translation>slactl backtest : l&apos;évaluation a échoué : %1</translation>
    </message>
    <message>
        <source>slactl backtest: %1</source>
        <translation>slactl backtest : %1</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>PEAK</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>ALERTES PAGE</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>DURÉE DE DÉCLENCHEMENT</translation>
    </message>
    <message>
        <source>FIRST PAGE</source>
        <translation>PREMIÈRE ALERTE PAGE</translation>
    </message>
    <message>
        <source>BUDGET USED AT FIRST PAGE</source>
        <translation>BUDGET UTILISÉ À LA PREMIÈRE ALERTE PAGE</translation>
    </message>
    <message>
        <source>TIME TO DETECT</source>
        <translation>DÉLAI DE DÉTECTION</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Backtest %1 .. %2, every %3</source>
        <translation>Backtest %1 .. %2, pas de %3</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time; use RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas une heure ; utilisez RFC 3339 (2025-01-31T00:00:00Z) ou des secondes Unix</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <source>--step &apos;%1&apos; is not a duration such as 5m</source>
        <translation>--step &apos;%1&apos; n&apos;est pas une durée telle que 5m</translation>
    </message>
    <message>
        <source>the range has more than %1 steps of %2; choose a larger --step</source>
        <translation>la plage compte plus de %1 pas de %2 ; choisissez un --step plus grand</translation>
    </message>
    <message>
        <source>Replays the alert rules over a period: evaluates the workspace every --step from --from to
--to and runs the alert state machine over the figures. Prints the firing episodes per rule
and, for the workspace&apos;s rules and each --variant, the number of pages, the time firing, the
time to detect each breach period and the budget used at the first page. Recorded sources
are replayed on their own time line (alignToNow does not apply).
Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors, 3 when a data
source fails.</source>
        <translation>Rejoue les règles d&apos;alerte sur une période : évalue l&apos;espace de travail à chaque --step de --from à
--to et exécute la machine à états des alertes sur les chiffres. Affiche les épisodes de déclenchement par règle
et, pour les règles de l&apos;espace de travail et chaque --variant, le nombre d&apos;alertes page, la durée de déclenchement,
le délai de détection de chaque période de non-respect et le budget utilisé à la première alerte page. Les sources
enregistrées sont rejouées sur leur propre ligne de temps (alignToNow ne s&apos;applique pas).
Code de sortie 0 en cas de succès, 1 si les documents sont invalides, 2 en cas d&apos;erreur d&apos;utilisation, 3 si une source
de données échoue.</translation>
    </message>
    <message>
        <source>End of the period (RFC 3339 or Unix seconds).</source>
        <translation>Fin de la période (RFC 3339 ou secondes Unix).</translation>
    </message>
    <message>
        <source>Evaluation interval (default 5m).</source>
        <translation>Intervalle d&apos;évaluation (par défaut 5m).</translation>
    </message>
    <message>
        <source>A TierTemplate file whose alerts are replayed instead of the SLA&apos;s rules (repeatable).</source>
        <translation>Un fichier TierTemplate dont les alertes sont rejouées à la place des règles du SLA (répétable).</translation>
    </message>
    <message>
        <source>Run the alert engine headless: evaluate, keep history, deliver alerts</source>
        <translation>Exécuter le moteur d&apos;alertes sans interface : évaluer, conserver l&apos;historique, envoyer les alertes</translation>
    </message>
    <message>
        <source>Prometheus recording and alerting rules; Alertmanager configuration</source>
        <translation>Règles d&apos;enregistrement et d&apos;alerte Prometheus ; configuration Alertmanager</translation>
    </message>
    <message>
        <source>Replay the alert rules over a period: episodes and per-variant figures</source>
        <translation>Rejouer les règles d&apos;alerte sur une période : épisodes et chiffres par variante</translation>
    </message>
    <message>
        <source>A compliance report for a period as PDF, CSV or JSON</source>
        <translation>Un rapport de conformité pour une période en PDF, CSV ou JSON</translation>
    </message>
    <message>
        <source>Evaluate once, deliver, and exit.</source>
        <translation>Évaluer une fois, envoyer, puis quitter.</translation>
    </message>
    <message>
        <source>Evaluate at this time (RFC 3339 or Unix seconds; with --once).</source>
        <translation>Évaluer à cet instant (RFC 3339 ou secondes Unix ; avec --once).</translation>
    </message>
    <message>
        <source>Time between evaluations (default 30s).</source>
        <translation>Temps entre deux évaluations (par défaut 30s).</translation>
    </message>
    <message>
        <source>Folder of the alert history (default: the XDG state folder).</source>
        <translation>Dossier de l&apos;historique des alertes (par défaut : le dossier d&apos;état XDG).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>slactl watch: evaluation failed: %1</source>
        <translation>slactl watch : l&apos;évaluation a échoué : %1</translation>
    </message>
    <message>
        <source>slactl watch: source %1: %2</source>
        <translation>slactl watch : source %1 : %2</translation>
    </message>
    <message>
        <source>Runs the alert engine of the desktop headless: evaluates WORKSPACE on an interval, keeps
alert states and history in SQLite, delivers to Alertmanager and webhooks, and logs one
line per transition. Resumes its states after a restart without firing again.
Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Exécute sans interface le moteur d&apos;alertes de l&apos;application de bureau : évalue WORKSPACE à intervalle régulier,
conserve les états et l&apos;historique des alertes dans SQLite, envoie vers Alertmanager et les webhooks, et journalise
une ligne par transition. Reprend ses états après un redémarrage sans déclencher à nouveau.
S&apos;arrête proprement sur SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>exactly one WORKSPACE is required</source>
        <translation>exactement un WORKSPACE est requis</translation>
    </message>
    <message>
        <source>--interval must be a duration of at least 1s (e.g. 30s, 1m)</source>
        <translation>--interval doit être une durée d&apos;au moins 1s (par ex. 30s, 1m)</translation>
    </message>
    <message>
        <source>--log-format must be text or json</source>
        <translation>--log-format doit valoir text ou json</translation>
    </message>
    <message>
        <source>--at is not a time; use RFC 3339 or Unix seconds</source>
        <translation>--at n&apos;est pas une heure ; utilisez RFC 3339 ou des secondes Unix</translation>
    </message>
    <message>
        <source>cannot create the state folder %1</source>
        <translation>impossible de créer le dossier d&apos;état %1</translation>
    </message>
    <message>
        <source>slactl watch: alert history: %1</source>
        <translation>slactl watch : historique des alertes : %1</translation>
    </message>
    <message>
        <source>a CloudWatch source needs two or three lines on standard input: the access key id, the secret access key and, for temporary credentials, the session token</source>
        <translation>une source CloudWatch exige deux ou trois lignes sur l&apos;entrée standard : l&apos;identifiant de clé d&apos;accès, la clé d&apos;accès secrète et, pour des identifiants temporaires, le jeton de session</translation>
    </message>
    <message>
        <source>--objective: no objective &apos;%1&apos; in SLA &apos;%2&apos;</source>
        <translation>--objective : aucun objectif &apos;%1&apos; dans le SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>slactl %1: cannot create the folder %2</source>
        <translation>slactl %1 : impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>wrote %1 (dashboard uid %2)</source>
        <translation>%1 écrit (uid du tableau de bord %2)</translation>
    </message>
    <message>
        <source>wrote %1 (Grafana file provisioning)</source>
        <translation>%1 écrit (provisionnement de fichiers Grafana)</translation>
    </message>
    <message>
        <source>Writes one Grafana dashboard (JSON, schemaVersion 39: Grafana 10.3 and later) per SLA and a
file-provisioning configuration for the folder. The panels read the series that
&apos;slactl rules&apos; records (SLI against target, error budget left, status, burn rates with the
alert factors); timeslice objectives show their value per slice in raw PromQL. What has no
PromQL form (drift, Datadog sources) is listed as a warning on stderr and on the dashboard.
Exit code 0 on success, 1 when the documents are invalid or a file cannot be written,
2 on usage errors.</source>
        <translation>Écrit un tableau de bord Grafana (JSON, schemaVersion 39 : Grafana 10.3 et suivants) par SLA et une
configuration de provisionnement de fichiers pour le dossier. Les panneaux lisent les séries que
&apos;slactl rules&apos; enregistre (SLI par rapport à l&apos;objectif, budget d&apos;erreur restant, état, taux de consommation avec les
facteurs d&apos;alerte) ; les objectifs par tranches montrent leur valeur par tranche en PromQL brut. Ce qui n&apos;a pas
de forme PromQL (dérive, sources Datadog) est signalé par un avertissement sur stderr et sur le tableau de bord.
Code de sortie 0 en cas de succès, 1 si les documents sont invalides ou si un fichier ne peut être écrit,
2 en cas d&apos;erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Write the files into DIR (default: grafana), made when missing.</source>
        <translation>Écrit les fichiers dans DIR (par défaut : grafana), créé s&apos;il manque.</translation>
    </message>
    <message>
        <source>The uid of Grafana&apos;s Prometheus data source; without it the dashboards have a data source variable.</source>
        <translation>L&apos;uid de la source de données Prometheus de Grafana ; sans elle, les tableaux de bord ont une variable de source de données.</translation>
    </message>
    <message>
        <source>The Grafana folder of the provisioned dashboards (default: SLA Desk).</source>
        <translation>Le dossier Grafana des tableaux de bord provisionnés (par défaut : SLA Desk).</translation>
    </message>
    <message>
        <source>--datasource-uid &apos;%1&apos; is not a Grafana uid (1 to 40 letters, digits, - and _)</source>
        <translation>--datasource-uid &apos;%1&apos; n&apos;est pas un uid Grafana (1 à 40 lettres, chiffres, - et _)</translation>
    </message>
    <message>
        <source>Only the objective NAME of the SLA given with --sla.</source>
        <translation>Seulement l&apos;objectif NAME du SLA donné avec --sla.</translation>
    </message>
    <message>
        <source>--objective needs --sla</source>
        <translation>--objective nécessite --sla</translation>
    </message>
    <message>
        <source>Grafana dashboards over the recorded series, and their provisioning</source>
        <translation>Tableaux de bord Grafana sur les séries enregistrées, et leur provisionnement</translation>
    </message>
</context>
</TS>
