<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DetailWidget</name>
    <message>
        <source>page</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>empty duration</source>
        <translation>leere Dauer</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: expected a number such as 30d, 1h or 5m</source>
        <translation>ungültige Dauer &apos;%1&apos;: erwartet wird eine Zahl wie 30d, 1h oder 5m</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: unknown unit (use ms, s, m, h, d, w or y)</source>
        <translation>ungültige Dauer &apos;%1&apos;: unbekannte Einheit (verwenden Sie ms, s, m, h, d, w oder y)</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: units must go from largest to smallest</source>
        <translation>ungültige Dauer &apos;%1&apos;: die Einheiten müssen von der größten zur kleinsten absteigen</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: must be greater than zero</source>
        <translation>ungültige Dauer &apos;%1&apos;: muss größer als null sein</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: number too large (at most 100y)</source>
        <translation>ungültige Dauer &apos;%1&apos;: Zahl zu groß (höchstens 100y)</translation>
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
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only to this machine (localhost, 127.0.0.1, ::1); use https</source>
        <translation>%1: unverschlüsseltes http ist nur zu diesem Rechner erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie https</translation>
    </message>
    <message>
        <source>%1: only http and https URLs can receive alerts</source>
        <translation>%1: nur http- und https-URLs können Alarme empfangen</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Not acknowledged, escalated: %1</source>
        <translation>Nicht bestätigt, eskaliert: %1</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Firing: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <source>Error budget left %1</source>
        <translation>Verbleibendes Fehlerbudget %1</translation>
    </message>
    <message>
        <source>The error budget is exhausted</source>
        <translation>Das Fehlerbudget ist aufgebraucht</translation>
    </message>
    <message>
        <source>At the current burn the budget runs out in %1</source>
        <translation>Beim aktuellen Verbrauch ist das Budget in %1 aufgebraucht</translation>
    </message>
    <message>
        <source>In maintenance (correction %1)</source>
        <translation>In Wartung (Korrektur %1)</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Open in SLA Desk</source>
        <translation>In SLA Desk öffnen</translation>
    </message>
    <message>
        <source>Run remediation</source>
        <translation>Behebung ausführen</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>the alert history could not be opened</source>
        <translation>der Alarmverlauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>alert delivery</source>
        <translation>Alarmzustellung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>given up after %n attempt(s): %1</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no remediation webhook</source>
        <translation>SLA &apos;%1&apos; hat keinen Behebungs-Webhook</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Acknowledged from the desktop notification</source>
        <translation>Über die Desktopbenachrichtigung bestätigt</translation>
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
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>burn rate</source>
        <translation>Burn-Rate</translation>
    </message>
    <message>
        <source>budget left</source>
        <translation>verbleibendes Budget</translation>
    </message>
    <message>
        <source>drift score</source>
        <translation>Drift-Wert</translation>
    </message>
    <message>
        <source>budget consumed this period</source>
        <translation>in diesem Zeitraum verbrauchtes Budget</translation>
    </message>
    <message>
        <source>%1 / %2: no data</source>
        <translation>%1 / %2: keine Daten</translation>
    </message>
    <message>
        <source>%1 / %2: %3 %4 (threshold %5)</source>
        <translation>%1 / %2: %3 %4 (Schwellenwert %5)</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>SLI %1 against a target of %2</source>
        <translation>SLI %1 bei einem Zielwert von %2</translation>
    </message>
    <message>
        <source>Error budget exhausted (%1 left)</source>
        <translation>Fehlerbudget aufgebraucht (%1 übrig)</translation>
    </message>
    <message>
        <source>Error budget left: %1</source>
        <translation>Verbleibendes Fehlerbudget: %1</translation>
    </message>
    <message>
        <source>Budget runs out %1 at the current burn</source>
        <translation>Das Budget ist bei der aktuellen Burn-Rate am %1 aufgebraucht</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) of tier 3 or severity info fired since the last digest.</source>
        <translation>
            <numerusform>%n Alarm der Stufe 3 oder mit Schweregrad info wurde seit der letzten Zusammenfassung ausgelöst.</numerusform>
            <numerusform>%n Alarme der Stufe 3 oder mit Schweregrad info wurden seit der letzten Zusammenfassung ausgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 %4, threshold %5)</source>
        <translation>%1 → %2 (%3 %4, Schwellenwert %5)</translation>
    </message>
    <message>
        <source>Acknowledged%1: %2</source>
        <translation>Bestätigt%1: %2</translation>
    </message>
    <message>
        <source>Silenced%1 until %2: %3</source>
        <translation>Stummgeschaltet%1 bis %2: %3</translation>
    </message>
    <message>
        <source>Silence ended%1</source>
        <translation>Stummschaltung beendet%1</translation>
    </message>
    <message>
        <source>Notification sent (%1)</source>
        <translation>Benachrichtigung gesendet (%1)</translation>
    </message>
    <message>
        <source>Notification failed (%1): %2</source>
        <translation>Benachrichtigung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Escalated: not acknowledged in time</source>
        <translation>Eskaliert: nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>Remediation run%1: HTTP %2</source>
        <translation>Behebung ausgeführt%1: HTTP %2</translation>
    </message>
    <message>
        <source>Remediation run%1 failed: %2</source>
        <translation>Behebung%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Checklist: %1 done%2</source>
        <translation>Checkliste: %1 erledigt%2</translation>
    </message>
    <message>
        <source>Checklist: %1 undone%2</source>
        <translation>Checkliste: %1 nicht mehr erledigt%2</translation>
    </message>
    <message>
        <source>Note%1: %2</source>
        <translation>Notiz%1: %2</translation>
    </message>
    <message>
        <source>Triage: confirm the breach and its impact</source>
        <translation>Triage: die Verletzung und ihre Auswirkung bestätigen</translation>
    </message>
    <message>
        <source>Communicate: tell stakeholders and customers</source>
        <translation>Kommunizieren: Stakeholder und Kunden informieren</translation>
    </message>
    <message>
        <source>Remediate: roll back, fall back or retrain</source>
        <translation>Beheben: zurückrollen, auf einen Fallback umschalten oder neu trainieren</translation>
    </message>
    <message>
        <source>Validate: the SLI is back within target</source>
        <translation>Validieren: der SLI erreicht wieder den Zielwert</translation>
    </message>
    <message>
        <source># Post-mortem (draft): %1 — %2</source>
        <translation># Post-Mortem (Entwurf): %1 — %2</translation>
    </message>
    <message>
        <source>*Blameless: this describes what happened and what we learn, not who is at fault.*</source>
        <translation>*Ohne Schuldzuweisung: Dies beschreibt, was geschehen ist und was wir daraus lernen, nicht wer schuld ist.*</translation>
    </message>
    <message>
        <source>## Summary</source>
        <translation>## Zusammenfassung</translation>
    </message>
    <message>
        <source>- Alert: `%1` (%2, tier %3)</source>
        <translation>- Alarm: `%1` (%2, Stufe %3)</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- Beginn: %1</translation>
    </message>
    <message>
        <source>- Ended: %1</source>
        <translation>- Ende: %1</translation>
    </message>
    <message>
        <source>ongoing at %1</source>
        <translation>dauert an (Stand %1)</translation>
    </message>
    <message>
        <source>- Runbook: %1</source>
        <translation>- Runbook: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>## Impact</source>
        <translation>## Auswirkung</translation>
    </message>
    <message>
        <source>| Figure | Before | Now |</source>
        <translation>| Kennzahl | Vorher | Jetzt |</translation>
    </message>
    <message>
        <source>| SLI | %1 | %2 |</source>
        <translation>| SLI | %1 | %2 |</translation>
    </message>
    <message>
        <source>| Error budget left | %1 | %2 |</source>
        <translation>| Verbleibendes Fehlerbudget | %1 | %2 |</translation>
    </message>
    <message>
        <source>| Target | %1 | %1 |</source>
        <translation>| Zielwert | %1 | %1 |</translation>
    </message>
    <message>
        <source>## Timeline (UTC)</source>
        <translation>## Zeitverlauf (UTC)</translation>
    </message>
    <message>
        <source>Annotation: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (nichts aufgezeichnet)</translation>
    </message>
    <message>
        <source>## Root cause</source>
        <translation>## Ursache</translation>
    </message>
    <message>
        <source>_To be written._</source>
        <translation>_Noch zu schreiben._</translation>
    </message>
    <message>
        <source>## What went well</source>
        <translation>## Was gut lief</translation>
    </message>
    <message>
        <source>## What went wrong</source>
        <translation>## Was schlecht lief</translation>
    </message>
    <message>
        <source>## Action items</source>
        <translation>## Maßnahmen</translation>
    </message>
    <message>
        <source>| Action | Owner | Due |</source>
        <translation>| Maßnahme | Verantwortlich | Fällig |</translation>
    </message>
    <message>
        <source>SLI over %1</source>
        <translation>SLI über %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Alerting::AlertHistory</name>
    <message>
        <source>the alert history has schema version %1; this version of SLA Desk reads up to %2</source>
        <translation>der Alarmverlauf hat die Schemaversion %1; diese Version von SLA Desk liest bis %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::CloudWatchSource</name>
    <message>
        <source>no shared credentials file %1</source>
        <translation>keine gemeinsame Anmeldedatei %1</translation>
    </message>
    <message>
        <source>the shared credentials file %1 has no profile &apos;%2&apos; with aws_access_key_id and aws_secret_access_key</source>
        <translation>die gemeinsame Anmeldedatei %1 hat kein Profil &apos;%2&apos; mit aws_access_key_id und aws_secret_access_key</translation>
    </message>
    <message>
        <source>the GetMetricData answer is not a JSON object (%1)</source>
        <translation>die GetMetricData-Antwort ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>a GetMetricData result has no Id or as many timestamps as values</source>
        <translation>ein GetMetricData-Ergebnis hat keine Id oder nicht gleich viele Zeitstempel wie Werte</translation>
    </message>
    <message>
        <source>query %1: status %2</source>
        <translation>Abfrage %1: Status %2</translation>
    </message>
    <message>
        <source>the AssumeRole answer holds no temporary credentials</source>
        <translation>die AssumeRole-Antwort enthält keine temporären Anmeldedaten</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;</source>
        <translation>Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos; answered HTTP %2 %3: %4</source>
        <translation>CloudWatch-Datenquelle &apos;%1&apos; antwortete HTTP %2 %3: %4</translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos; has no AWS credentials</source>
        <translation>CloudWatch-Datenquelle &apos;%1&apos; hat keine AWS-Anmeldedaten</translation>
    </message>
    <message>
        <source>assuming role %1 failed: %2</source>
        <translation>Übernahme der Rolle %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (still throttled after %n retries)</source>
        <translation>
            <numerusform>%1 (nach %n Wiederholung weiter gedrosselt)</numerusform>
            <numerusform>%1 (nach %n Wiederholungen weiter gedrosselt)</numerusform>
        </translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos;: %2</source>
        <translation>CloudWatch-Datenquelle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>CloudWatch sources list no series or labels here: name the metric in CloudWatch&apos;s form {namespace: ..., metric: ..., dimensions: {...}}</source>
        <translation>CloudWatch-Quellen listen hier keine Reihen oder Labels auf: nennen Sie die Metrik in CloudWatchs Form {namespace: ..., metric: ..., dimensions: {...}}</translation>
    </message>
    <message>
        <source>(no error code)</source>
        <translation>(kein Fehlercode)</translation>
    </message>
    <message>
        <source>the ListMetrics answer is not a JSON object with a Metrics list (%1)</source>
        <translation>die ListMetrics-Antwort ist kein JSON-Objekt mit einer Metrics-Liste (%1)</translation>
    </message>
    <message>
        <source>a ListMetrics entry has no Namespace or MetricName</source>
        <translation>ein ListMetrics-Eintrag hat keinen Namespace oder MetricName</translation>
    </message>
</context>
<context>
    <name>Sla::Core::CredentialStore</name>
    <message>
        <source>For headless use set %1 in the environment instead.</source>
        <translation>Für den Betrieb ohne Oberfläche setzen Sie stattdessen %1 in der Umgebung.</translation>
    </message>
    <message>
        <source>no secret is stored for data source &apos;%1&apos; (a locked keyring also reports this); store one with: slactl credentials set %1</source>
        <translation>für die Datenquelle &apos;%1&apos; ist kein Geheimnis gespeichert (ein gesperrter Schlüsselbund meldet dies ebenfalls); speichern Sie eines mit: slactl credentials set %1</translation>
    </message>
    <message>
        <source>the keychain denied access to the secret of &apos;%1&apos; (is the keyring locked?). %2</source>
        <translation>der Schlüsselbund hat den Zugriff auf das Geheimnis von &apos;%1&apos; verweigert (ist der Schlüsselbund gesperrt?). %2</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is reachable: %1. %2</source>
        <translation>kein Schlüsselbund (Secret Service) erreichbar: %1. %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogQuery</name>
    <message>
        <source>expected a metric name such as trace.http.request.hits</source>
        <translation>erwartet wird ein Metrikname wie trace.http.request.hits</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;by&apos;</source>
        <translation>&apos;{&apos; nach &apos;by&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;; a selector ends after its tags, &apos;by {...}&apos; and .as_count() or .as_rate()</source>
        <translation>unerwartetes &apos;%1&apos;; ein Selektor endet nach seinen Tags, &apos;by {...}&apos; und .as_count() oder .as_rate()</translation>
    </message>
    <message>
        <source>only one of .as_count() and .as_rate() may be given</source>
        <translation>nur eines von .as_count() und .as_rate() darf angegeben werden</translation>
    </message>
    <message>
        <source>function .%1() is not allowed in a selector; SLA Desk chooses the rollup itself</source>
        <translation>die Funktion .%1() ist in einem Selektor nicht erlaubt; SLA Desk wählt das Rollup selbst</translation>
    </message>
    <message>
        <source>selector &quot;%1&quot;, column %2: %3</source>
        <translation>Selektor &quot;%1&quot;, Spalte %2: %3</translation>
    </message>
    <message>
        <source>selector &quot;%1&quot;: counters are summed across series; remove &quot;%2:&quot; or write &quot;sum:&quot;</source>
        <translation>Selektor &quot;%1&quot;: Zähler werden über Serien summiert; entfernen Sie &quot;%2:&quot; oder schreiben Sie &quot;sum:&quot;</translation>
    </message>
    <message>
        <source>selector &quot;%1&quot;: a counter is read as a count of events; remove .as_rate()</source>
        <translation>Selektor &quot;%1&quot;: ein Zähler wird als Anzahl von Ereignissen gelesen; entfernen Sie .as_rate()</translation>
    </message>
    <message>
        <source>&apos;{&apos; at column %1 is never closed</source>
        <translation>&apos;{&apos; in Spalte %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>empty tag in &apos;{...}&apos;; write key:value, !key:value or *</source>
        <translation>leeres Tag in &apos;{...}&apos;; schreiben Sie key:value, !key:value oder *</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in a tag list</source>
        <translation>unerwartetes &apos;%1&apos; in einer Tag-Liste</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogResponse</name>
    <message>
        <source>the query failed with status &quot;%1&quot;</source>
        <translation>die Abfrage ist mit dem Status &quot;%1&quot; fehlgeschlagen</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the answer has no &quot;series&quot;; not a Datadog query response</source>
        <translation>die Antwort hat kein &quot;series&quot;; keine Antwort auf eine Datadog-Abfrage</translation>
    </message>
    <message>
        <source>the answer is not a timeseries_response</source>
        <translation>die Antwort ist keine timeseries_response</translation>
    </message>
    <message>
        <source>the answer has %1 series but %2 value rows</source>
        <translation>die Antwort hat %1 Serien, aber %2 Wertezeilen</translation>
    </message>
    <message>
        <source>a value row has %1 values for %2 times</source>
        <translation>eine Wertezeile hat %1 Werte für %2 Zeitpunkte</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list of SLOs</source>
        <translation>die Antwort hat keine &quot;data&quot;-Liste von SLOs</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; SLO object</source>
        <translation>die Antwort hat kein &quot;data&quot;-SLO-Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; SLO history object</source>
        <translation>die Antwort hat kein &quot;data&quot;-Objekt mit SLO-Verlauf</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;results&quot; object with a &quot;metrics&quot; list of names</source>
        <translation>kein „results“-Objekt mit einer „metrics“-Liste von Namen</translation>
    </message>
    <message>
        <source>no &quot;data&quot; object whose attributes list the tags</source>
        <translation>kein „data“-Objekt, dessen Attribute die Tags auflisten</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogSite</name>
    <message>
        <source>data source &quot;%1&quot;: url &quot;%2&quot; is not an http or https URL; expected e.g. https://datadog-proxy.example.com</source>
        <translation>Datenquelle &quot;%1&quot;: url &quot;%2&quot; ist keine http- oder https-URL; erwartet wird z. B. https://datadog-proxy.example.com</translation>
    </message>
    <message>
        <source>data source &quot;%1&quot;: unknown Datadog site &quot;%2&quot;; expected one of %3</source>
        <translation>Datenquelle &quot;%1&quot;: unbekannte Datadog-Site &quot;%2&quot;; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>the %1 of data source &quot;%2&quot;</source>
        <translation>%1 der Datenquelle &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogSloImporter</name>
    <message>
        <source>the Datadog SLO list in &apos;data&apos; is empty: nothing to import</source>
        <translation>die Datadog-SLO-Liste in &apos;data&apos; ist leer: nichts zu importieren</translation>
    </message>
    <message>
        <source>not a Datadog SLO object: %1</source>
        <translation>kein Datadog-SLO-Objekt: %1</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot; (id %2) is already imported from %3:%4:%5; imported once</source>
        <translation>Datadog-SLO &quot;%1&quot; (ID %2) ist bereits aus %3:%4:%5 importiert; einmal importiert</translation>
    </message>
    <message>
        <source>define it (apiVersion: openslo/v1, kind: DataSource, spec.type: datadog, spec.connectionDetails.site) and store its keys with `slactl credentials set %1`</source>
        <translation>definieren Sie sie (apiVersion: openslo/v1, kind: DataSource, spec.type: datadog, spec.connectionDetails.site) und speichern Sie ihre Schlüssel mit `slactl credentials set %1`</translation>
    </message>
    <message>
        <source>the imported Datadog SLOs read from the DataSource &apos;%1&apos;, which this set does not define: added one with no connection details (Datadog&apos;s default site); %2</source>
        <translation>die importierten Datadog-SLOs lesen aus der DataSource &apos;%1&apos;, die dieser Satz nicht definiert: eine ohne Verbindungsdetails wurde hinzugefügt (Standard-Site von Datadog); %2</translation>
    </message>
    <message>
        <source>the set defines several Datadog DataSources (%1), so the imported Datadog SLOs read from &apos;%2&apos;, which it does not define: added one with no connection details; %3</source>
        <translation>der Satz definiert mehrere Datadog-DataSources (%1), daher lesen die importierten Datadog-SLOs aus &apos;%2&apos;, die er nicht definiert: eine ohne Verbindungsdetails wurde hinzugefügt; %3</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DatadogSource</name>
    <message>
        <source>Datadog source &quot;%1&quot; has no API key or application key; store them with `slactl credentials set %1` (two lines: API key, then application key) or set DD_API_KEY and DD_APP_KEY</source>
        <translation>die Datadog-Quelle &quot;%1&quot; hat keinen API-Schlüssel oder Anwendungsschlüssel; speichern Sie sie mit `slactl credentials set %1` (zwei Zeilen: API-Schlüssel, dann Anwendungsschlüssel) oder setzen Sie DD_API_KEY und DD_APP_KEY</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot;</source>
        <translation>Datadog-Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the request was cancelled</source>
        <translation>%1: die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 rejected the API key or application key (HTTP %2%3); store valid keys with `slactl credentials set %4` or set DD_API_KEY and DD_APP_KEY</source>
        <translation>%1 hat den API-Schlüssel oder Anwendungsschlüssel abgelehnt (HTTP %2%3); speichern Sie gültige Schlüssel mit `slactl credentials set %4` oder setzen Sie DD_API_KEY und DD_APP_KEY</translation>
    </message>
    <message>
        <source>%1 is rate limited (HTTP 429; %2); retried %3 times. Query less often or ask Datadog support for a higher limit</source>
        <translation>%1 ist ratenbegrenzt (HTTP 429; %2); %3-mal wiederholt. Fragen Sie seltener ab oder bitten Sie den Datadog-Support um ein höheres Limit</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2%3)</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2%3)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2%3)</source>
        <translation>%1 ist fehlgeschlagen (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot; cannot list series; write the Datadog query by hand</source>
        <translation>die Datadog-Quelle &quot;%1&quot; kann keine Serien auflisten; schreiben Sie die Datadog-Abfrage von Hand</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot; cannot list tag names</source>
        <translation>die Datadog-Quelle &quot;%1&quot; kann keine Tag-Namen auflisten</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot; cannot list tag values</source>
        <translation>die Datadog-Quelle &quot;%1&quot; kann keine Tag-Werte auflisten</translation>
    </message>
    <message>
        <source>limit %1 requests per %2 s</source>
        <translation>Limit %1 Anfragen pro %2 s</translation>
    </message>
    <message>
        <source>bucket &quot;%1&quot;</source>
        <translation>Bucket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>%1 verbleibend</translation>
    </message>
    <message>
        <source>resets in %1 s</source>
        <translation>Zurücksetzung in %1 s</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot;: &quot;%2&quot; is not an SLO id (letters and digits, as in the SLO&apos;s URL)</source>
        <translation>Datadog-Quelle &quot;%1&quot;: &quot;%2&quot; ist keine SLO-ID (Buchstaben und Ziffern, wie in der URL des SLO)</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not %2: %3</source>
        <translation>%1 hat eine Antwort gesendet, die nicht %2 ist: %3</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>a list of SLOs</source>
        <translation>eine Liste von SLOs</translation>
    </message>
    <message>
        <source>an SLO</source>
        <translation>ein SLO</translation>
    </message>
    <message>
        <source>an SLO history</source>
        <translation>ein SLO-Verlauf</translation>
    </message>
    <message>
        <source>%1: a timeseries request needs at least one query</source>
        <translation>%1: eine Zeitreihenanfrage braucht mindestens eine Abfrage</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot name a query (a letter or _, then letters, digits or _; each name once)</source>
        <translation>%1: &quot;%2&quot; kann keine Abfrage benennen (ein Buchstabe oder _, dann Buchstaben, Ziffern oder _; jeder Name nur einmal)</translation>
    </message>
    <message>
        <source>the API key of Datadog source &quot;%1&quot;</source>
        <translation>der API-Schlüssel der Datadog-Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the application key of Datadog source &quot;%1&quot;</source>
        <translation>der Anwendungsschlüssel der Datadog-Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a query result</source>
        <translation>ein Abfrageergebnis</translation>
    </message>
    <message>
        <source>a timeseries result</source>
        <translation>ein Zeitreihenergebnis</translation>
    </message>
    <message>
        <source>a list of metrics</source>
        <translation>eine Liste von Metriken</translation>
    </message>
    <message>
        <source>Datadog source &quot;%1&quot;: &quot;%2&quot; is not a metric name</source>
        <translation>Datadog-Quelle „%1“: „%2“ ist kein Metrikname</translation>
    </message>
    <message>
        <source>a list of tags</source>
        <translation>eine Liste von Tags</translation>
    </message>
</context>
<context>
    <name>Sla::Core::DocumentLoader</name>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a document must be a mapping with apiVersion and kind, got %1</source>
        <translation>ein Dokument muss ein Mapping mit apiVersion und kind sein, erhalten: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML nicht lesbar: %1</translation>
    </message>
    <message>
        <source>unrecognised document: no apiVersion and kind (supported: sladesk/v1 SLA and TierTemplate, OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, Pyrra ServiceLevelObjective)</source>
        <translation>unbekanntes Dokument: kein apiVersion und kind (unterstützt: sladesk/v1 SLA und TierTemplate, OpenSLO v1, v1alpha und v2alpha, Sloth prometheus/v1 und PrometheusServiceLevel, Pyrra ServiceLevelObjective)</translation>
    </message>
    <message>
        <source>unsupported document: apiVersion &apos;%1&apos;, kind &apos;%2&apos; (supported: sladesk/v1 SLA and TierTemplate, OpenSLO v1, v1alpha and v2alpha, Sloth prometheus/v1 and PrometheusServiceLevel, Pyrra ServiceLevelObjective)</source>
        <translation>nicht unterstütztes Dokument: apiVersion &apos;%1&apos;, kind &apos;%2&apos; (unterstützt: sladesk/v1 SLA und TierTemplate, OpenSLO v1, v1alpha und v2alpha, Sloth prometheus/v1 und PrometheusServiceLevel, Pyrra ServiceLevelObjective)</translation>
    </message>
    <message>
        <source>mappings and lists are nested too deeply</source>
        <translation>Mappings und Listen sind zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Engine</name>
    <message>
        <source>histogram bucket label le=&quot;%1&quot; is not a number</source>
        <translation>das Histogramm-Bucket-Label le=&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>a histogram series has no le label; select the _bucket series of a histogram</source>
        <translation>eine Histogrammserie hat kein le-Label; wählen Sie die _bucket-Serie eines Histogramms</translation>
    </message>
    <message>
        <source>the histogram has no le=&quot;+Inf&quot; bucket, so the total number of requests is unknown</source>
        <translation>das Histogramm hat keinen Bucket le=&quot;+Inf&quot;, daher ist die Gesamtzahl der Anfragen unbekannt</translation>
    </message>
    <message>
        <source>no histogram bucket has le equal to the threshold %1; choose one of the bucket bounds: %2</source>
        <translation>kein Histogramm-Bucket hat le gleich dem Schwellenwert %1; wählen Sie eine der Bucket-Grenzen: %2</translation>
    </message>
    <message>
        <source>the reference and current histograms have different buckets (%1 and %2 le values)</source>
        <translation>das Referenz- und das aktuelle Histogramm haben unterschiedliche Buckets (%1 und %2 le-Werte)</translation>
    </message>
    <message>
        <source>the reference and current histograms have different bucket bounds</source>
        <translation>das Referenz- und das aktuelle Histogramm haben unterschiedliche Bucket-Grenzen</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Evaluator</name>
    <message>
        <source>the objective has no data source; set `dataSource` on the SLA or the objective</source>
        <translation>das Ziel hat keine Datenquelle; setzen Sie `dataSource` im SLA oder im Ziel</translation>
    </message>
    <message>
        <source>no DataSource named &apos;%1&apos; in the workspace</source>
        <translation>keine DataSource namens &apos;%1&apos; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; has type &apos;%2&apos;, which SLA Desk cannot query</source>
        <translation>die Datenquelle &apos;%1&apos; hat den Typ &apos;%2&apos;, den SLA Desk nicht abfragen kann</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; needs a secret (auth %2): store it with `slactl credentials set %1` or set %3</source>
        <translation>die Datenquelle &apos;%1&apos; braucht ein Geheimnis (Auth %2): speichern Sie es mit `slactl credentials set %1` oder setzen Sie %3</translation>
    </message>
    <message>
        <source>recording loaded</source>
        <translation>Aufzeichnung geladen</translation>
    </message>
    <message>
        <source>queries answered</source>
        <translation>Abfragen beantwortet</translation>
    </message>
    <message>
        <source>no objective &apos;%1&apos; in SLA &apos;%2&apos;</source>
        <translation>kein Ziel &apos;%1&apos; im SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a chart needs a start before its end and a positive step</source>
        <translation>ein Diagramm braucht einen Beginn vor seinem Ende und eine positive Schrittweite</translation>
    </message>
    <message>
        <source>Datadog cannot serve drift indicators: its query language has no histogram bucket increases; use a Prometheus or recorded source</source>
        <translation>Datadog kann keine Drift-Indikatoren liefern: seine Abfragesprache hat keine Zuwächse von Histogramm-Buckets; verwenden Sie eine Prometheus-Quelle oder aufgezeichnete Daten</translation>
    </message>
    <message>
        <source>a percentile latency objective cannot be read from Datadog counters; use a `threshold` indicator on a gauge holding the percentile (e.g. trace.http.request.duration.by.service.95p) or the share of requests under the threshold (no `percentile`)</source>
        <translation>ein Perzentil-Latenzziel kann nicht aus Datadog-Zählern gelesen werden; verwenden Sie einen `threshold`-Indikator auf einem Gauge, der das Perzentil enthält (z. B. trace.http.request.duration.by.service.95p), oder den Anteil der Anfragen unter dem Schwellenwert (kein `percentile`)</translation>
    </message>
    <message>
        <source>a percentile latency objective needs `budgeting: {timeslices: DURATION}`</source>
        <translation>ein Perzentil-Latenzziel braucht `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>histogram selector &quot;%1&quot;, column %2: %3</source>
        <translation>Histogramm-Selektor &quot;%1&quot;, Spalte %2: %3</translation>
    </message>
    <message>
        <source>histogram selector &quot;%1&quot;: name the histogram without .bucket or .count; SLA Desk reads %2.bucket{upper_bound:THRESHOLD} and %2.count</source>
        <translation>Histogramm-Selektor &quot;%1&quot;: benennen Sie das Histogramm ohne .bucket oder .count; SLA Desk liest %2.bucket{upper_bound:THRESHOLD} und %2.count</translation>
    </message>
    <message>
        <source>a raw `errorRatio` query cannot be evaluated on Datadog (ratios of windows do not add up); write `good` or `bad` and `total` count queries</source>
        <translation>eine rohe `errorRatio`-Abfrage kann auf Datadog nicht ausgewertet werden (Quotienten von Fenstern lassen sich nicht addieren); schreiben Sie `good`- oder `bad`- und `total`-Zählabfragen</translation>
    </message>
    <message>
        <source>a raw `value` query needs `budgeting: {timeslices: DURATION}`</source>
        <translation>eine rohe `value`-Abfrage braucht `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>a threshold indicator needs `budgeting: {timeslices: DURATION}`</source>
        <translation>ein Schwellenwert-Indikator braucht `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>timeslices shorter than %1 s cannot be read from Datadog (its finest rollup interval)</source>
        <translation>Zeitscheiben kürzer als %1 s können nicht aus Datadog gelesen werden (sein feinstes Rollup-Intervall)</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1; check the data source&apos;s site or url and the network</source>
        <translation>%1; prüfen Sie Site oder url der Datenquelle und das Netzwerk</translation>
    </message>
    <message>
        <source>%1 (objective &apos;%2&apos;); check its selectors</source>
        <translation>%1 (Ziel &apos;%2&apos;); prüfen Sie seine Selektoren</translation>
    </message>
    <message>
        <source>raw Datadog queries with their own rollup cannot be charted</source>
        <translation>rohe Datadog-Abfragen mit eigenem Rollup können nicht als Diagramm dargestellt werden</translation>
    </message>
    <message>
        <source>the SLA has no window and its tier sets none; add `window: 30d` (or a calendar window)</source>
        <translation>das SLA hat kein Fenster und seine Stufe setzt keines; fügen Sie `window: 30d` (oder ein Kalenderfenster) hinzu</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; in the window; use an IANA name such as Europe/Berlin</source>
        <translation>unbekannte Zeitzone &apos;%1&apos; im Fenster; verwenden Sie einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Datadog data source &apos;%1&apos; needs an API key and an application key: store them with `slactl credentials set %1` (two lines: API key, then application key) or set %2 (the same two lines) or DD_API_KEY and DD_APP_KEY</source>
        <translation>die Datadog-Datenquelle &apos;%1&apos; braucht einen API-Schlüssel und einen Anwendungsschlüssel: speichern Sie sie mit `slactl credentials set %1` (zwei Zeilen: API-Schlüssel, dann Anwendungsschlüssel) oder setzen Sie %2 (dieselben zwei Zeilen) oder DD_API_KEY und DD_APP_KEY</translation>
    </message>
    <message>
        <source>this indicator needs `budgeting: {timeslices: DURATION}`</source>
        <translation>dieser Indikator braucht `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>a bucket series has no numeric le label</source>
        <translation>eine Bucket-Serie hat kein numerisches le-Label</translation>
    </message>
    <message>
        <source>the drift reference needs `from` before `to`</source>
        <translation>die Drift-Referenz braucht `from` vor `to`</translation>
    </message>
    <message>
        <source>the drift reference %1 .. %2 holds no data of &apos;%3&apos;</source>
        <translation>die Drift-Referenz %1 .. %2 enthält keine Daten von &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1; check the data source&apos;s url and that the server is running</source>
        <translation>%1; prüfen Sie die url der Datenquelle und ob der Server läuft</translation>
    </message>
    <message>
        <source>%1; store the secret with `slactl credentials set %2` or set %3</source>
        <translation>%1; speichern Sie das Geheimnis mit `slactl credentials set %2` oder setzen Sie %3</translation>
    </message>
    <message>
        <source>selector &apos;%1&apos; does not parse: %2</source>
        <translation>Selektor &apos;%1&apos; lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>histogram selector &apos;%1&apos; needs a metric name</source>
        <translation>Histogramm-Selektor &apos;%1&apos; braucht einen Metriknamen</translation>
    </message>
    <message>
        <source>selector &apos;%1&apos;: %2</source>
        <translation>Selektor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>histogram &apos;%1&apos; has no bucket with le = %2; the latency threshold must be one of its bucket bounds</source>
        <translation>Histogramm &apos;%1&apos; hat keinen Bucket mit le = %2; der Latenz-Schwellenwert muss eine seiner Bucket-Grenzen sein</translation>
    </message>
    <message>
        <source>cannot read the recording of data source &apos;%1&apos;: %2; check its `file` (relative to the workspace folder)</source>
        <translation>die Aufzeichnung der Datenquelle &apos;%1&apos; ist nicht lesbar: %2; prüfen Sie ihre `file` (relativ zum Arbeitsbereichsordner)</translation>
    </message>
    <message>
        <source>this indicator cannot be evaluated per timeslice</source>
        <translation>dieser Indikator kann nicht pro Zeitscheibe ausgewertet werden</translation>
    </message>
    <message>
        <source>raw `query` indicators cannot run on recorded data (data source &apos;%1&apos;): their text is for a metric server; evaluate this objective against a Prometheus source or use a ratio, latency, classification, drift or threshold indicator</source>
        <translation>rohe `query`-Indikatoren können nicht auf aufgezeichneten Daten laufen (Datenquelle &apos;%1&apos;): ihr Text ist für einen Metrikserver bestimmt; werten Sie dieses Ziel gegen eine Prometheus-Quelle aus oder verwenden Sie einen Ratio-, Latenz-, Klassifikations-, Drift- oder Schwellenwert-Indikator</translation>
    </message>
    <message>
        <source>a %1 indicator needs `budgeting: {timeslices: DURATION}`</source>
        <translation>ein %1-Indikator braucht `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>the data source went away</source>
        <translation>die Datenquelle ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>compliance window</source>
        <translation>Compliance-Fenster</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>%1-Fenster</translation>
    </message>
    <message>
        <source>%1: bad %2 &gt; total %3</source>
        <translation>%1: schlecht %2 &gt; gesamt %3</translation>
    </message>
    <message>
        <source>%1: good %2 &gt; total %3</source>
        <translation>%1: gut %2 &gt; gesamt %3</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos;: data source &apos;%3&apos; reports more events in a part than in the total (%4); the SLI of such a window is clamped to 0..100%; check that the objective&apos;s good or bad selector counts a subset of the events its total counts</source>
        <translation>SLA &apos;%1&apos;, Ziel &apos;%2&apos;: Datenquelle &apos;%3&apos; meldet in einem Teil mehr Ereignisse als in der Gesamtzahl (%4); der SLI eines solchen Fensters wird auf 0..100% begrenzt; prüfen Sie, ob der Gut- oder Schlecht-Selektor des Ziels eine Teilmenge der Ereignisse zählt, die sein Gesamt-Selektor zählt</translation>
    </message>
    <message>
        <source>an error-ratio query holds no event counts to take out</source>
        <translation>eine Fehlerquoten-Abfrage enthält keine Ereigniszahlen, die herausgenommen werden könnten</translation>
    </message>
    <message>
        <source>%1/%2: correction(s) %3 not applied (%4); its figures are uncorrected</source>
        <translation>%1/%2: Korrektur(en) %3 nicht angewendet (%4); die Zahlen sind unkorrigiert</translation>
    </message>
    <message>
        <source>its query uses the window elsewhere than in a range selector, so the events of a period cannot be counted</source>
        <translation>die Abfrage verwendet das Fenster außerhalb eines Bereichsselektors, daher können die Ereignisse eines Zeitraums nicht gezählt werden</translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation>Kalender-%1</translation>
    </message>
    <message>
        <source>holds data from %1 only</source>
        <translation>enthält Daten erst ab %1</translation>
    </message>
    <message>
        <source>keeps %1 of data (retention), so nothing before %2</source>
        <translation>bewahrt %1 an Daten auf (Aufbewahrung), also nichts vor %2</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; %2, but the longest window (%3 of %4) reads from %5: its figures and those of every objective marked partial cover less than their window</source>
        <translation>Datenquelle &apos;%1&apos; %2, aber das längste Fenster (%3 von %4) liest ab %5: seine Zahlen und die jedes als teilweise markierten Ziels decken weniger als ihr Fenster ab</translation>
    </message>
    <message>
        <source>a raw Datadog query with its own rollup cannot be counted per period</source>
        <translation>eine rohe Datadog-Abfrage mit eigenem Rollup kann nicht je Zeitraum gezählt werden</translation>
    </message>
    <message>
        <source>invalid CloudWatch selector %1: %2</source>
        <translation>ungültiger CloudWatch-Selektor %1: %2</translation>
    </message>
    <message>
        <source>this indicator needs `budgeting: {timeslices: DURATION}` on CloudWatch</source>
        <translation>dieser Indikator braucht auf CloudWatch `budgeting: {timeslices: DURATION}`</translation>
    </message>
    <message>
        <source>drift indicators are not served by CloudWatch: it has no histogram buckets to score drift on; use a Prometheus or recorded source</source>
        <translation>CloudWatch liefert keine Drift-Indikatoren: es hat keine Histogramm-Buckets, an denen Drift gemessen werden kann; verwenden Sie eine Prometheus-Quelle oder aufgezeichnete Daten</translation>
    </message>
    <message>
        <source>raw `query` indicators are not served by CloudWatch; write the selectors in CloudWatch&apos;s form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</source>
        <translation>CloudWatch liefert keine rohen `query`-Indikatoren; schreiben Sie die Selektoren in CloudWatchs Form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</translation>
    </message>
    <message>
        <source>CloudWatch serves latency as a percentile statistic per timeslice (e.g. ModelLatency p95): give `percentile` and `budgeting: {timeslices: DURATION}`</source>
        <translation>CloudWatch liefert Latenz als Perzentil-Statistik je Zeitscheibe (z. B. ModelLatency p95): geben Sie `percentile` und `budgeting: {timeslices: DURATION}` an</translation>
    </message>
    <message>
        <source>`aggregate: last` is not served by CloudWatch; use avg, min or max</source>
        <translation>CloudWatch liefert kein `aggregate: last`; verwenden Sie avg, min oder max</translation>
    </message>
    <message>
        <source>not a CloudWatch source</source>
        <translation>keine CloudWatch-Quelle</translation>
    </message>
    <message>
        <source>CloudWatch reads periods of whole minutes: a timeslice of %1 s cannot be read</source>
        <translation>CloudWatch liest Perioden ganzer Minuten: eine Zeitscheibe von %1 s kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1; check the data source&apos;s region or endpoint and the network</source>
        <translation>%1; prüfen Sie Region oder Endpunkt der Datenquelle und das Netzwerk</translation>
    </message>
    <message>
        <source>%1; check the AWS credentials (environment, `slactl credentials set`, or the shared credentials file&apos;s profile) and that they may call cloudwatch:GetMetricData</source>
        <translation>%1; prüfen Sie die AWS-Anmeldedaten (Umgebung, `slactl credentials set` oder das Profil der gemeinsamen Anmeldedatei) und dass sie cloudwatch:GetMetricData aufrufen dürfen</translation>
    </message>
    <message>
        <source>CloudWatch data source &apos;%1&apos; has no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, store them with `slactl credentials set %1` (access key id, secret access key and optionally the session token, one a line) or set %2, or add profile &apos;%3&apos; to %4</source>
        <translation>CloudWatch-Datenquelle &apos;%1&apos; hat keine AWS-Anmeldedaten: setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY, speichern Sie sie mit `slactl credentials set %1` (Zugriffsschlüssel-ID, geheimer Zugriffsschlüssel und optional das Sitzungstoken, je eine Zeile) oder setzen Sie %2, oder fügen Sie Profil &apos;%3&apos; zu %4 hinzu</translation>
    </message>
    <message>
        <source>recordings have no namespaces</source>
        <translation>Aufzeichnungen haben keine Namespaces</translation>
    </message>
    <message>
        <source>this kind of data source lists no metric names</source>
        <translation>diese Art von Datenquelle listet keine Metriknamen auf</translation>
    </message>
    <message>
        <source>the recording rules hold %1 of the %2 five-minute pieces of the window</source>
        <translation>die Aufzeichnungsregeln enthalten %1 der %2 Fünf-Minuten-Stücke des Fensters</translation>
    </message>
    <message>
        <source>the recording rules hold no good events for the window</source>
        <translation>die Aufzeichnungsregeln enthalten keine guten Ereignisse für das Fenster</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Explanation</name>
    <message>
        <source>over the window, less the events inside the corrections</source>
        <translation>über das Fenster, abzüglich der Ereignisse innerhalb der Korrekturen</translation>
    </message>
    <message>
        <source>good events</source>
        <translation>gute Ereignisse</translation>
    </message>
    <message>
        <source>total events</source>
        <translation>Ereignisse gesamt</translation>
    </message>
    <message>
        <source>good events without corrections</source>
        <translation>gute Ereignisse ohne Korrekturen</translation>
    </message>
    <message>
        <source>total events without corrections</source>
        <translation>Ereignisse gesamt ohne Korrekturen</translation>
    </message>
    <message>
        <source>events left out by corrections</source>
        <translation>durch Korrekturen ausgelassene Ereignisse</translation>
    </message>
    <message>
        <source>total without corrections - total</source>
        <translation>gesamt ohne Korrekturen - gesamt</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>bad events</source>
        <translation>schlechte Ereignisse</translation>
    </message>
    <message>
        <source>total - good</source>
        <translation>gesamt - gut</translation>
    </message>
    <message>
        <source>allowed bad events</source>
        <translation>erlaubte schlechte Ereignisse</translation>
    </message>
    <message>
        <source>(1 - target) × total</source>
        <translation>(1 - Zielwert) × gesamt</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>good / total</source>
        <translation>gut / gesamt</translation>
    </message>
    <message>
        <source>error budget consumed</source>
        <translation>verbrauchtes Fehlerbudget</translation>
    </message>
    <message>
        <source>bad / allowed bad = (1 - SLI) / (1 - target)</source>
        <translation>schlecht / erlaubt schlecht = (1 - SLI) / (1 - Zielwert)</translation>
    </message>
    <message>
        <source>error budget remaining</source>
        <translation>verbleibendes Fehlerbudget</translation>
    </message>
    <message>
        <source>1 - consumed</source>
        <translation>1 - verbraucht</translation>
    </message>
    <message>
        <source>bad events still allowed</source>
        <translation>noch erlaubte schlechte Ereignisse</translation>
    </message>
    <message>
        <source>allowed bad - bad</source>
        <translation>erlaubt schlecht - schlecht</translation>
    </message>
    <message>
        <source>budget in time (seconds)</source>
        <translation>Budget als Zeit (Sekunden)</translation>
    </message>
    <message>
        <source>bad events still allowed / (total / window length in seconds)</source>
        <translation>noch erlaubte schlechte Ereignisse / (gesamt / Fensterlänge in Sekunden)</translation>
    </message>
    <message>
        <source>good slices</source>
        <translation>gute Zeitscheiben</translation>
    </message>
    <message>
        <source>bad slices</source>
        <translation>schlechte Zeitscheiben</translation>
    </message>
    <message>
        <source>slices without data (gaps)</source>
        <translation>Zeitscheiben ohne Daten (Lücken)</translation>
    </message>
    <message>
        <source>slices left out by corrections</source>
        <translation>durch Korrekturen ausgelassene Zeitscheiben</translation>
    </message>
    <message>
        <source>slices that overlap a correction interval</source>
        <translation>Zeitscheiben, die ein Korrekturintervall überlappen</translation>
    </message>
    <message>
        <source>slices in the window</source>
        <translation>Zeitscheiben im Fenster</translation>
    </message>
    <message>
        <source>allowed bad slices</source>
        <translation>erlaubte schlechte Zeitscheiben</translation>
    </message>
    <message>
        <source>(1 - target) × (slices in the window - slices left out)</source>
        <translation>(1 - Zielwert) × (Zeitscheiben im Fenster - ausgelassene Zeitscheiben)</translation>
    </message>
    <message>
        <source>good slices / (good + bad slices)</source>
        <translation>gute Zeitscheiben / (gute + schlechte Zeitscheiben)</translation>
    </message>
    <message>
        <source>bad slices / allowed bad slices</source>
        <translation>schlechte Zeitscheiben / erlaubte schlechte Zeitscheiben</translation>
    </message>
    <message>
        <source>bad slices still allowed</source>
        <translation>noch erlaubte schlechte Zeitscheiben</translation>
    </message>
    <message>
        <source>allowed bad slices - bad slices</source>
        <translation>erlaubte schlechte Zeitscheiben - schlechte Zeitscheiben</translation>
    </message>
    <message>
        <source>bad slices still allowed × slice length in seconds</source>
        <translation>noch erlaubte schlechte Zeitscheiben × Zeitscheibenlänge in Sekunden</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>instant query on %1 at %2:</source>
        <translation>Sofortabfrage auf %1 um %2:</translation>
    </message>
    <message>
        <source>range query on %1 from %2 to %3, step %4 s:</source>
        <translation>Bereichsabfrage auf %1 von %2 bis %3, Schritt %4 s:</translation>
    </message>
    <message>
        <source>recorded selector on %1, increase from %2 to %3:</source>
        <translation>aufgezeichneter Selektor auf %1, Zunahme von %2 bis %3:</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>answer: no series</source>
        <translation>Antwort: keine Zeitreihe</translation>
    </message>
    <message>
        <source>%1 / %2 at %3</source>
        <translation>%1 / %2 um %3</translation>
    </message>
    <message>
        <source>data source: %1; budgeting: %2; status: %3</source>
        <translation>Datenquelle: %1; Budgetierung: %2; Status: %3</translation>
    </message>
    <message>
        <source>window: %1 to %2</source>
        <translation>Fenster: %1 bis %2</translation>
    </message>
    <message>
        <source>corrections: not applied (--no-corrections)</source>
        <translation>Korrekturen: nicht angewendet (--no-corrections)</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Burn rates (error ratio over the window / (1 - target))</source>
        <translation>Burn-Raten (Fehlerquote über das Fenster / (1 - Zielwert))</translation>
    </message>
    <message>
        <source>Queries and answers</source>
        <translation>Abfragen und Antworten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 bad slices over budget</source>
        <translation>%1 schlechte Zeitscheiben über dem Budget</translation>
    </message>
    <message>
        <source>%1 bad slices left</source>
        <translation>%1 schlechte Zeitscheiben übrig</translation>
    </message>
    <message>
        <source>%1 of full outage over budget</source>
        <translation>%1 Totalausfall über dem Budget</translation>
    </message>
    <message>
        <source>%1 of full outage left</source>
        <translation>%1 Totalausfall übrig</translation>
    </message>
    <message>
        <source>%1 bad events over budget</source>
        <translation>%1 schlechte Ereignisse über dem Budget</translation>
    </message>
    <message>
        <source>%1 bad events left</source>
        <translation>%1 schlechte Ereignisse übrig</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>roh %1</translation>
    </message>
    <message>
        <source>95 % interval [%1, %2]</source>
        <translation>95-%-Intervall [%1, %2]</translation>
    </message>
    <message>
        <source>, n = %1</source>
        <translation>, n = %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>provisional since %1: %2 (labels still arriving; not used for the status)</source>
        <translation>vorläufig seit %1: %2 (Labels treffen noch ein; nicht für den Status verwendet)</translation>
    </message>
    <message>
        <source>too few labelled samples for a figure (%1 in the window)</source>
        <translation>zu wenige gelabelte Stichproben für einen Wert (%1 im Fenster)</translation>
    </message>
    <message>
        <source>too few events for a figure (%1 in the window)</source>
        <translation>zu wenige Ereignisse für einen Wert (%1 im Fenster)</translation>
    </message>
    <message>
        <source>too few events for a figure</source>
        <translation>zu wenige Ereignisse für einen Wert</translation>
    </message>
    <message>
        <source>corrections applied: %1</source>
        <translation>angewendete Korrekturen: %1</translation>
    </message>
    <message>
        <source>partial: the window reaches further back than the source keeps data</source>
        <translation>teilweise: das Fenster reicht weiter zurück, als die Quelle Daten aufbewahrt</translation>
    </message>
    <message>
        <source>partial: %1</source>
        <translation>teilweise: %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::GzipInflater</name>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation>gzip-Daten sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::HttpClient</name>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is rate limited until a reset in %2 s, longer than the %3 s SLA Desk waits</source>
        <translation>%1 ist ratenbegrenzt bis zu einer Zurücksetzung in %2 s, länger als die %3 s, die SLA Desk wartet</translation>
    </message>
    <message>
        <source>the response of %1 exceeds the limit of %2 MB</source>
        <translation>die Antwort von %1 überschreitet das Limit von %2 MB</translation>
    </message>
    <message>
        <source>%1 at %2 did not finish its answer within %3 s</source>
        <translation>%1 unter %2 hat seine Antwort nicht innerhalb von %3 s beendet</translation>
    </message>
    <message>
        <source>%1 at %2 sent nothing for %3 s</source>
        <translation>%1 unter %2 hat %3 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2: %3</source>
        <translation>%1 unter %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3 without a valid Location to redirect to</source>
        <translation>%1 unter %2 hat mit HTTP %3 ohne gültige Location für die Umleitung geantwortet</translation>
    </message>
    <message>
        <source>%1 at %2 redirected to another origin, %3; SLA Desk follows redirects only within the same scheme, host and port, so that credentials never reach another server: set the url to the server that answers</source>
        <translation>%1 unter %2 hat auf einen anderen Ursprung umgeleitet, %3; SLA Desk folgt Umleitungen nur innerhalb desselben Schemas, Hosts und Ports, damit Zugangsdaten nie einen anderen Server erreichen: setzen Sie die url auf den Server, der antwortet</translation>
    </message>
    <message>
        <source>%1 at %2 redirects in a loop (back to %3)</source>
        <translation>%1 unter %2 leitet in einer Schleife um (zurück zu %3)</translation>
    </message>
    <message>
        <source>%1 at %2 redirected more than %3 times</source>
        <translation>%1 unter %2 hat mehr als %3-mal umgeleitet</translation>
    </message>
    <message>
        <source>%1 sent a body in the content encoding &apos;%2&apos;, which SLA Desk does not decode (it asks for gzip)</source>
        <translation>%1 hat einen Body in der Inhaltskodierung &apos;%2&apos; gesendet, die SLA Desk nicht dekodiert (es fordert gzip an)</translation>
    </message>
    <message>
        <source>the gzip-compressed response of %1 exceeds the limit of %2 MB once decompressed</source>
        <translation>die gzip-komprimierte Antwort von %1 überschreitet nach dem Entpacken das Limit von %2 MB</translation>
    </message>
    <message>
        <source>%1 sent a gzip-compressed body that ends before its trailer</source>
        <translation>%1 hat einen gzip-komprimierten Body gesendet, der vor seinem Trailer endet</translation>
    </message>
    <message>
        <source>%1 sent a gzip-compressed body that cannot be decompressed: %2</source>
        <translation>%1 hat einen gzip-komprimierten Body gesendet, der sich nicht entpacken lässt: %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::ImportSupport</name>
    <message>
        <source>the imported SLOs read from the DataSource &apos;prometheus&apos;, which this set does not define: added one with no connection details; define it (apiVersion: openslo/v1, kind: DataSource, spec.type: prometheus, spec.connectionDetails.url) or give a source when evaluating</source>
        <translation>die importierten SLOs lesen aus der DataSource &apos;prometheus&apos;, die dieser Satz nicht definiert: eine ohne Verbindungsdetails wurde hinzugefügt; definieren Sie sie (apiVersion: openslo/v1, kind: DataSource, spec.type: prometheus, spec.connectionDetails.url) oder geben Sie bei der Auswertung eine Quelle an</translation>
    </message>
    <message>
        <source>the string started here is not closed</source>
        <translation>die hier begonnene Zeichenkette wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes nothing that is open</source>
        <translation>&apos;%1&apos; schließt nichts, was offen ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of label matchers such as {code=~&quot;5..&quot;}</source>
        <translation>&apos;%1&apos; ist keine Liste von Label-Matchern wie {code=~&quot;5..&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed</source>
        <translation>&apos;%1&apos; wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>Sla::Core::MetricSource</name>
    <message>
        <source>data source &quot;%1&quot; cannot list series or labels</source>
        <translation>die Datenquelle &quot;%1&quot; kann keine Serien oder Labels auflisten</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OpenMetricsParser</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>input fed after the end</source>
        <translation>Eingabe nach dem Ende zugeführt</translation>
    </message>
    <message>
        <source>line %1 is longer than 16 MiB: this is not OpenMetrics text</source>
        <translation>Zeile %1 ist länger als 16 MiB: das ist kein OpenMetrics-Text</translation>
    </message>
    <message>
        <source>gzip data is truncated (the stream ends before its trailer)</source>
        <translation>gzip-Daten sind abgeschnitten (der Datenstrom endet vor seinem Trailer)</translation>
    </message>
    <message>
        <source>missing &apos;# EOF&apos; at the end of the input (OpenMetrics requires it)</source>
        <translation>&apos;# EOF&apos; fehlt am Ende der Eingabe (OpenMetrics verlangt es)</translation>
    </message>
    <message>
        <source>unexpected content after &apos;# EOF&apos;</source>
        <translation>unerwarteter Inhalt nach &apos;# EOF&apos;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;# EOF&apos;</source>
        <translation>unerwarteter Text nach &apos;# EOF&apos;</translation>
    </message>
    <message>
        <source>expected a metric family name after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Name einer Metrikfamilie erwartet</translation>
    </message>
    <message>
        <source>expected a space after the metric family name</source>
        <translation>nach dem Namen der Metrikfamilie wird ein Leerzeichen erwartet</translation>
    </message>
    <message>
        <source>expected a metric type after the family name</source>
        <translation>nach dem Familiennamen wird ein Metriktyp erwartet</translation>
    </message>
    <message>
        <source>unknown metric type %1 (expected counter, gauge, histogram, gaugehistogram, summary, info, stateset or unknown)</source>
        <translation>unbekannter Metriktyp %1 (erwartet: counter, gauge, histogram, gaugehistogram, summary, info, stateset oder unknown)</translation>
    </message>
    <message>
        <source>unexpected text after the metric type</source>
        <translation>unerwarteter Text nach dem Metriktyp</translation>
    </message>
    <message>
        <source>metric family %1 was declared as %2 on line %3</source>
        <translation>die Metrikfamilie %1 wurde in Zeile %3 als %2 deklariert</translation>
    </message>
    <message>
        <source>invalid escape sequence in HELP text (expected \\, \&quot; or \n)</source>
        <translation>ungültige Escape-Sequenz im HELP-Text (erwartet: \\, \&quot; oder \n)</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos;</source>
        <translation>Label-Name oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after label name</source>
        <translation>&apos;=&apos; nach dem Label-Namen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of label %1</source>
        <translation>&apos;&quot;&apos; am Beginn des Werts von Label %1 erwartet</translation>
    </message>
    <message>
        <source>invalid escape sequence %1 in label value (expected \\, \&quot; or \n)</source>
        <translation>ungültige Escape-Sequenz %1 im Label-Wert (erwartet: \\, \&quot; oder \n)</translation>
    </message>
    <message>
        <source>unterminated value of label %1 (missing closing &apos;&quot;&apos;)</source>
        <translation>nicht abgeschlossener Wert von Label %1 (schließendes &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <source>duplicate label %1</source>
        <translation>doppeltes Label %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after label value</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach dem Label-Wert erwartet</translation>
    </message>
    <message>
        <source>timestamp %1 is too large: OpenMetrics timestamps are seconds since the epoch, this looks like milliseconds</source>
        <translation>Zeitstempel %1 ist zu groß: OpenMetrics-Zeitstempel sind Sekunden seit der Epoche, dieser sieht nach Millisekunden aus</translation>
    </message>
    <message>
        <source>timestamp %1 is out of range</source>
        <translation>Zeitstempel %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected a metric name, a comment or &apos;# EOF&apos;</source>
        <translation>Metrikname, Kommentar oder &apos;# EOF&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a space after the labels</source>
        <translation>Leerzeichen nach den Labels erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>unerwarteter Text nach dem Zeitstempel</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; to start an exemplar</source>
        <translation>&apos;{&apos; am Beginn eines Exemplars erwartet</translation>
    </message>
    <message>
        <source>expected a timestamp after the value (recorded data needs one per sample)</source>
        <translation>nach dem Wert wird ein Zeitstempel erwartet (aufgezeichnete Daten brauchen einen pro Messwert)</translation>
    </message>
    <message>
        <source>histogram bucket without an &apos;le&apos; label</source>
        <translation>Histogramm-Bucket ohne &apos;le&apos;-Label</translation>
    </message>
    <message>
        <source>sample rejected</source>
        <translation>Messwert verworfen</translation>
    </message>
    <message>
        <source>invalid timestamp (expected seconds since the epoch)</source>
        <translation>ungültiger Zeitstempel (erwartet: Sekunden seit der Epoche)</translation>
    </message>
    <message>
        <source>invalid character in metric name</source>
        <translation>ungültiges Zeichen im Metriknamen</translation>
    </message>
    <message>
        <source>expected a space and a value after the metric name</source>
        <translation>nach dem Metriknamen werden ein Leerzeichen und ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected a value after the metric name and labels</source>
        <translation>nach Metrikname und Labels wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>invalid value (expected a number, NaN, +Inf or -Inf)</source>
        <translation>ungültiger Wert (erwartet: eine Zahl, NaN, +Inf oder -Inf)</translation>
    </message>
    <message>
        <source>the &apos;le&apos; label value is not a number</source>
        <translation>der Wert des &apos;le&apos;-Labels ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OpenSloExport</name>
    <message>
        <source>classification measure &apos;%1&apos; needs the &apos;%2&apos; counter</source>
        <translation>das Klassifikationsmaß &apos;%1&apos; braucht den Zähler &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a %1 indicator cannot be written as a Datadog metric query</source>
        <translation>ein %1-Indikator kann nicht als Datadog-Metrikabfrage geschrieben werden</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;: connection detail &apos;%2&apos; looks like a secret and is not exported</source>
        <translation>Datenquelle &apos;%1&apos;: das Verbindungsdetail &apos;%2&apos; sieht wie ein Geheimnis aus und wird nicht exportiert</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos;: no window given and tier &apos;%3&apos; is not in the workspace; exported with a rolling 30d window</source>
        <translation>SLA &apos;%1&apos;, Ziel &apos;%2&apos;: kein Fenster angegeben und Stufe &apos;%3&apos; ist nicht im Arbeitsbereich; mit einem rollierenden 30d-Fenster exportiert</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;: alert &apos;%2&apos; is not exported: OpenSLO v1 alert conditions express burn rates only</source>
        <translation>SLA &apos;%1&apos;: Alarm &apos;%2&apos; wird nicht exportiert: Alarmbedingungen von OpenSLO v1 drücken nur Burn-Raten aus</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos;: data source &apos;%3&apos; is not in the workspace; queries are exported as PromQL</source>
        <translation>SLA &apos;%1&apos;, Ziel &apos;%2&apos;: Datenquelle &apos;%3&apos; ist nicht im Arbeitsbereich; Abfragen werden als PromQL exportiert</translation>
    </message>
    <message>
        <source>data source type &apos;%1&apos; has no query language SLA Desk compiles to</source>
        <translation>der Datenquellentyp &apos;%1&apos; hat keine Abfragesprache, in die SLA Desk übersetzt</translation>
    </message>
    <message>
        <source>OpenSLO v1 has no drift indicator (drift is computed from histogram bucket increases)</source>
        <translation>OpenSLO v1 hat keinen Drift-Indikator (Drift wird aus Zuwächsen der Histogramm-Buckets berechnet)</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;, objective &apos;%2&apos; is not exported: %3</source>
        <translation>SLA &apos;%1&apos;, Ziel &apos;%2&apos; wird nicht exportiert: %3</translation>
    </message>
    <message>
        <source>%1: error budget burn rate at or above %2x over %3 and %4</source>
        <translation>%1: Burn-Rate des Fehlerbudgets bei oder über %2x über %3 und %4</translation>
    </message>
    <message>
        <source>%1: burn rate %2x over %3, confirmed over %4</source>
        <translation>%1: Burn-Rate %2x über %3, bestätigt über %4</translation>
    </message>
    <message>
        <source>SLA Desk desktop notification for %1</source>
        <translation>SLA-Desk-Desktopbenachrichtigung für %1</translation>
    </message>
    <message>
        <source>Alertmanager for %1</source>
        <translation>Alertmanager für %1</translation>
    </message>
    <message>
        <source>Webhook for %1</source>
        <translation>Webhook für %1</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has burn-rate alerts but no notification target; OpenSLO alert policies need one, so they notify the SLA Desk desktop target</source>
        <translation>SLA &apos;%1&apos; hat Burn-Rate-Alarme, aber kein Benachrichtigungsziel; OpenSLO-Alarmrichtlinien brauchen eines, daher benachrichtigen sie das Desktop-Ziel von SLA Desk</translation>
    </message>
    <message>
        <source>Correction &apos;%1&apos; has no OpenSLO equivalent and is not exported</source>
        <translation>Korrektur &apos;%1&apos; hat keine OpenSLO-Entsprechung und wird nicht exportiert</translation>
    </message>
    <message>
        <source>Annotation &apos;%1&apos; has no OpenSLO equivalent and is not exported</source>
        <translation>Anmerkung &apos;%1&apos; hat keine OpenSLO-Entsprechung und wird nicht exportiert</translation>
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
        <translation>spec von Service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>spec of DataSource &apos;%1&apos;</source>
        <translation>spec von DataSource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; is defined twice (first at %2:%3)</source>
        <translation>SLO &apos;%1&apos; ist doppelt definiert (zuerst in %2:%3)</translation>
    </message>
    <message>
        <source>objective %1 of SLO &apos;%2&apos; needs &apos;op&apos; and &apos;value&apos;: its indicator is a threshold metric</source>
        <translation>Ziel %1 von SLO &apos;%2&apos; braucht &apos;op&apos; und &apos;value&apos;: sein Indikator ist eine Schwellenwertmetrik</translation>
    </message>
    <message>
        <source>objective %1 of SLO &apos;%2&apos; compares a threshold metric with Occurrences budgeting; it is evaluated as %3 timeslices</source>
        <translation>Ziel %1 von SLO &apos;%2&apos; vergleicht eine Schwellenwertmetrik mit Occurrences-Budgetierung; es wird als %3-Zeitscheiben ausgewertet</translation>
    </message>
    <message>
        <source>&apos;timeSliceTarget&apos; of objective %1 of SLO &apos;%2&apos; has no SLA Desk equivalent and is dropped</source>
        <translation>&apos;timeSliceTarget&apos; von Ziel %1 von SLO &apos;%2&apos; hat keine Entsprechung in SLA Desk und wird verworfen</translation>
    </message>
    <message>
        <source>SLI of SLO &apos;%1&apos; reads data source &apos;%2&apos; and &apos;%3&apos;; SLA Desk uses &apos;%2&apos; for the whole objective</source>
        <translation>das SLI von SLO &apos;%1&apos; liest die Datenquellen &apos;%2&apos; und &apos;%3&apos;; SLA Desk verwendet &apos;%2&apos; für das ganze Ziel</translation>
    </message>
    <message>
        <source>notification target &apos;%1&apos; (&apos;%2&apos;) of AlertPolicy &apos;%3&apos; is not a URL; SLA Desk notifies webhooks only, so it is dropped</source>
        <translation>das Benachrichtigungsziel &apos;%1&apos; (&apos;%2&apos;) der AlertPolicy &apos;%3&apos; ist keine URL; SLA Desk benachrichtigt nur Webhooks, daher wird es verworfen</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; is not defined in the files read; one of type &apos;%2&apos; with no connection details was created: add a DataSource document named &apos;%1&apos; to query it</source>
        <translation>die Datenquelle &apos;%1&apos; ist in den gelesenen Dateien nicht definiert; eine vom Typ &apos;%2&apos; ohne Verbindungsdetails wurde angelegt: fügen Sie ein DataSource-Dokument namens &apos;%1&apos; hinzu, um sie abzufragen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; of %2 is not valid: OpenSLO names are RFC 1123 labels of at most 63 characters (lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit)</source>
        <translation>der Name &apos;%1&apos; von %2 ist ungültig: OpenSLO-Namen sind RFC-1123-Labels mit höchstens 63 Zeichen (Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>field &apos;description&apos; of %1 has %2 characters; OpenSLO allows at most %3</source>
        <translation>das Feld &apos;description&apos; von %1 hat %2 Zeichen; OpenSLO erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must name a %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss ein(e) %3 benennen</translation>
    </message>
    <message>
        <source>the %1 reference</source>
        <translation>die %1-Referenz</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a duration such as 5m, 1h, 28d, 1w or 1M, got &apos;%3&apos;</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Dauer wie 5m, 1h, 28d, 1w oder 1M sein, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2: %3%4 is read as %5</source>
        <translation>Feld &apos;%1&apos; von %2: %3%4 wird als %5 gelesen</translation>
    </message>
    <message>
        <source>%1 needs a &apos;spec&apos; mapping that holds the query</source>
        <translation>%1 braucht ein &apos;spec&apos;-Mapping, das die Abfrage enthält</translation>
    </message>
    <message>
        <source>%1 holds no query: its &apos;spec&apos; has no &apos;query&apos; or other text field</source>
        <translation>%1 enthält keine Abfrage: sein &apos;spec&apos; hat kein &apos;query&apos;- oder anderes Textfeld</translation>
    </message>
    <message>
        <source>connection detail &apos;%1&apos; must be text, got %2</source>
        <translation>das Verbindungsdetail &apos;%1&apos; muss Text sein, erhalten: %2</translation>
    </message>
    <message>
        <source>items of &apos;connectionDetails&apos; must be mappings, got %1</source>
        <translation>Einträge von &apos;connectionDetails&apos; müssen Mappings sein, erhalten: %1</translation>
    </message>
    <message>
        <source>&apos;connectionDetails&apos; must be a mapping, got %1</source>
        <translation>&apos;connectionDetails&apos; muss ein Mapping sein, erhalten: %1</translation>
    </message>
    <message>
        <source>connection detail &apos;%1&apos; of %2 is not used by SLA Desk (secrets belong in the keychain)</source>
        <translation>das Verbindungsdetail &apos;%1&apos; von %2 wird von SLA Desk nicht verwendet (Geheimnisse gehören in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>metricSource of %1</source>
        <translation>metricSource von %1</translation>
    </message>
    <message>
        <source>%1 takes &apos;dataSourceRef&apos; or &apos;dataSourceSpec&apos;, not both</source>
        <translation>%1 nimmt &apos;dataSourceRef&apos; oder &apos;dataSourceSpec&apos;, nicht beide</translation>
    </message>
    <message>
        <source>dataSourceSpec of %1</source>
        <translation>dataSourceSpec von %1</translation>
    </message>
    <message>
        <source>spec of SLI &apos;%1&apos;</source>
        <translation>spec von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;thresholdMetric&apos; and &apos;ratioMetric&apos;</source>
        <translation>%1 braucht genau eines von &apos;thresholdMetric&apos; und &apos;ratioMetric&apos;</translation>
    </message>
    <message>
        <source>thresholdMetric of SLI &apos;%1&apos;</source>
        <translation>thresholdMetric von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ratioMetric of SLI &apos;%1&apos;</source>
        <translation>ratioMetric von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes either &apos;raw&apos; with &apos;rawType&apos; or &apos;good&apos;/&apos;bad&apos; with &apos;total&apos;, not both</source>
        <translation>%1 nimmt entweder &apos;raw&apos; mit &apos;rawType&apos; oder &apos;good&apos;/&apos;bad&apos; mit &apos;total&apos;, nicht beides</translation>
    </message>
    <message>
        <source>raw of SLI &apos;%1&apos;</source>
        <translation>raw von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;rawType&apos; of %1 needs &apos;raw&apos;</source>
        <translation>&apos;rawType&apos; von %1 braucht &apos;raw&apos;</translation>
    </message>
    <message>
        <source>%1 takes either &apos;good&apos; or &apos;bad&apos;, not both</source>
        <translation>%1 nimmt entweder &apos;good&apos; oder &apos;bad&apos;, nicht beide</translation>
    </message>
    <message>
        <source>%1 needs &apos;good&apos; or &apos;bad&apos; (with &apos;total&apos;)</source>
        <translation>%1 braucht &apos;good&apos; oder &apos;bad&apos; (mit &apos;total&apos;)</translation>
    </message>
    <message>
        <source>good of SLI &apos;%1&apos;</source>
        <translation>good von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad of SLI &apos;%1&apos;</source>
        <translation>bad von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>total of SLI &apos;%1&apos;</source>
        <translation>total von SLI &apos;%1&apos;</translation>
    </message>
    <message>
        <source>indicator of SLO &apos;%1&apos;</source>
        <translation>Indikator von SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>thresholdMetric of SLO &apos;%1&apos;</source>
        <translation>thresholdMetric von SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>good of %1</source>
        <translation>good von %1</translation>
    </message>
    <message>
        <source>bad of %1</source>
        <translation>bad von %1</translation>
    </message>
    <message>
        <source>total of %1</source>
        <translation>total von %1</translation>
    </message>
    <message>
        <source>spec of AlertCondition &apos;%1&apos;</source>
        <translation>spec von AlertCondition &apos;%1&apos;</translation>
    </message>
    <message>
        <source>condition of AlertCondition &apos;%1&apos;</source>
        <translation>condition von AlertCondition &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;threshold&apos; of %1 must be a burn rate above 0</source>
        <translation>das Feld &apos;threshold&apos; von %1 muss eine Burn-Rate über 0 sein</translation>
    </message>
    <message>
        <source>spec of AlertNotificationTarget &apos;%1&apos;</source>
        <translation>spec von AlertNotificationTarget &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;kind&apos; of %1 must be %2, got &apos;%3&apos;</source>
        <translation>das Feld &apos;kind&apos; von %1 muss %2 sein, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>spec of AlertPolicy &apos;%1&apos;</source>
        <translation>spec von AlertPolicy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;conditions&apos; of %1 must be a list, got %2</source>
        <translation>das Feld &apos;conditions&apos; von %1 muss eine Liste sein, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 needs exactly one condition, got none</source>
        <translation>%1 braucht genau eine Bedingung, erhalten: keine</translation>
    </message>
    <message>
        <source>%1 takes exactly one condition, got %2</source>
        <translation>%1 nimmt genau eine Bedingung, erhalten: %2</translation>
    </message>
    <message>
        <source>condition of AlertPolicy &apos;%1&apos;</source>
        <translation>condition von AlertPolicy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;notificationTargets&apos; of %1 must be a list, got %2</source>
        <translation>das Feld &apos;notificationTargets&apos; von %1 muss eine Liste sein, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 needs at least one notification target</source>
        <translation>%1 braucht mindestens ein Benachrichtigungsziel</translation>
    </message>
    <message>
        <source>notification target of AlertPolicy &apos;%1&apos;</source>
        <translation>Benachrichtigungsziel von AlertPolicy &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;; assuming a rolling 30d window</source>
        <translation>%1 hat kein &apos;%2&apos;; ein rollierendes 30d-Fenster wird angenommen</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a list of exactly one time window</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Liste mit genau einem Zeitfenster sein</translation>
    </message>
    <message>
        <source>time window of %1</source>
        <translation>Zeitfenster von %1</translation>
    </message>
    <message>
        <source>field &apos;count&apos; of %1 must be above 0</source>
        <translation>das Feld &apos;count&apos; von %1 muss über 0 liegen</translation>
    </message>
    <message>
        <source>%1: &apos;calendar&apos; cannot be set when &apos;isRolling&apos; is true</source>
        <translation>%1: &apos;calendar&apos; kann nicht gesetzt werden, wenn &apos;isRolling&apos; true ist</translation>
    </message>
    <message>
        <source>calendar of %1</source>
        <translation>calendar von %1</translation>
    </message>
    <message>
        <source>field &apos;startTime&apos; of %1 must be a time such as 2022-01-01 12:00:00, got &apos;%2&apos;</source>
        <translation>das Feld &apos;startTime&apos; von %1 muss eine Zeit wie 2022-01-01 12:00:00 sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;timeZone&apos; of %1 must be an IANA time zone such as Europe/Berlin, got &apos;%2&apos;</source>
        <translation>das Feld &apos;timeZone&apos; von %1 muss eine IANA-Zeitzone wie Europe/Berlin sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>calendar window of %1%2 cannot be represented (calendar windows are a week, a month or a quarter); it is read as a rolling %3 window</source>
        <translation>das Kalenderfenster von %1%2 lässt sich nicht darstellen (Kalenderfenster sind eine Woche, ein Monat oder ein Quartal); es wird als rollierendes %3-Fenster gelesen</translation>
    </message>
    <message>
        <source>rolling window of %1%2 is read as %3</source>
        <translation>das rollierende Fenster von %1%2 wird als %3 gelesen</translation>
    </message>
    <message>
        <source>objective %1 of SLO &apos;%2&apos;</source>
        <translation>Ziel %1 von SLO &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 takes &apos;target&apos; or &apos;targetPercent&apos;, not both</source>
        <translation>%1 nimmt &apos;target&apos; oder &apos;targetPercent&apos;, nicht beide</translation>
    </message>
    <message>
        <source>the target of %1 must be above 0 and below 1 (targetPercent: above 0 and below 100)</source>
        <translation>das target von %1 muss über 0 und unter 1 liegen (targetPercent: über 0 und unter 100)</translation>
    </message>
    <message>
        <source>field &apos;timeSliceTarget&apos; of %1 must be in (0, 1]</source>
        <translation>das Feld &apos;timeSliceTarget&apos; von %1 muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>field &apos;compositeWeight&apos; of %1 must be above 0</source>
        <translation>das Feld &apos;compositeWeight&apos; von %1 muss über 0 liegen</translation>
    </message>
    <message>
        <source>ratioMetrics of %1</source>
        <translation>ratioMetrics von %1</translation>
    </message>
    <message>
        <source>%1 takes &apos;%2&apos; or &apos;%3&apos;, not both</source>
        <translation>%1 nimmt &apos;%2&apos; oder &apos;%3&apos;, nicht beide</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is defined twice (first at %3:%4)</source>
        <translation>%1 &apos;%2&apos; ist doppelt definiert (zuerst in %3:%4)</translation>
    </message>
    <message>
        <source>spec of SLO &apos;%1&apos;</source>
        <translation>spec von SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes &apos;serviceRef&apos; or &apos;service&apos;, not both</source>
        <translation>%1 nimmt &apos;serviceRef&apos; oder &apos;service&apos;, nicht beide</translation>
    </message>
    <message>
        <source>the service of %1</source>
        <translation>der Service von %1</translation>
    </message>
    <message>
        <source>%1 of SLO &apos;%2&apos;</source>
        <translation>%1 von SLO &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no objectives; nothing is imported from it</source>
        <translation>%1 hat keine Ziele; daraus wird nichts importiert</translation>
    </message>
    <message>
        <source>field &apos;objectives&apos; of %1 must be a list of at least one objective</source>
        <translation>das Feld &apos;objectives&apos; von %1 muss eine Liste mit mindestens einem Ziel sein</translation>
    </message>
    <message>
        <source>&apos;sli&apos; or &apos;sliRef&apos;</source>
        <translation>&apos;sli&apos; oder &apos;sliRef&apos;</translation>
    </message>
    <message>
        <source>&apos;indicator&apos; (or &apos;ratioMetrics&apos; on every objective)</source>
        <translation>&apos;indicator&apos; (oder &apos;ratioMetrics&apos; bei jedem Ziel)</translation>
    </message>
    <message>
        <source>&apos;indicator&apos; or &apos;indicatorRef&apos;</source>
        <translation>&apos;indicator&apos; oder &apos;indicatorRef&apos;</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>objective of SLO &apos;%1&apos; has its own indicator although the SLO has one</source>
        <translation>ein Ziel von SLO &apos;%1&apos; hat einen eigenen Indikator, obwohl das SLO einen hat</translation>
    </message>
    <message>
        <source>field &apos;alertPolicies&apos; of %1 must be a list, got %2</source>
        <translation>das Feld &apos;alertPolicies&apos; von %1 muss eine Liste sein, erhalten: %2</translation>
    </message>
    <message>
        <source>alert policy of SLO &apos;%1&apos;</source>
        <translation>Alarmrichtlinie von SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the AlertPolicy reference</source>
        <translation>die AlertPolicy-Referenz</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in the files read (defined: %3)</source>
        <translation>%1 &apos;%2&apos; ist in den gelesenen Dateien nicht definiert (definiert: %3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in the files read; did you mean &apos;%3&apos;?</source>
        <translation>%1 &apos;%2&apos; ist in den gelesenen Dateien nicht definiert; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not defined in the files read; did you mean &apos;%3&apos;? What depends on it is left out</source>
        <translation>%1 &apos;%2&apos; ist in den gelesenen Dateien nicht definiert; meinten Sie &apos;%3&apos;? Was davon abhängt, wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not in the files read; it is taken to be defined elsewhere and what depends on it is left out (load it together with this file)</source>
        <translation>%1 &apos;%2&apos; ist nicht in den gelesenen Dateien; es wird angenommen, dass es anderswo definiert ist, und was davon abhängt, wird ausgelassen (laden Sie es zusammen mit dieser Datei)</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; of %2 should be lowercase (RFC 1123 label); it is imported as &apos;%3&apos;</source>
        <translation>der Name &apos;%1&apos; von %2 sollte kleingeschrieben sein (RFC-1123-Label); er wird als &apos;%3&apos; importiert</translation>
    </message>
    <message>
        <source>%1 must be {%2: NAME} or an inline %3 (kind, metadata, spec)</source>
        <translation>%1 muss {%2: NAME} oder ein eingebettetes %3 (kind, metadata, spec) sein</translation>
    </message>
    <message>
        <source>calendar window of %1 starts at %2; SLA Desk calendar windows start on a Monday (week) or on the first day of a month or quarter, at 00:00 in %3, so window boundaries move to those times and the anchor is not kept</source>
        <translation>das Kalenderfenster von %1 beginnt um %2; Kalenderfenster von SLA Desk beginnen an einem Montag (Woche) oder am ersten Tag eines Monats oder Quartals, um 00:00 in %3, daher verschieben sich die Fenstergrenzen auf diese Zeitpunkte und der Anker wird nicht übernommen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; differs between the SLOs of SLA &apos;%3&apos;; the first SLO&apos;s value is kept</source>
        <translation>%1 &apos;%2&apos; unterscheidet sich zwischen den SLOs des SLA &apos;%3&apos;; der Wert des ersten SLO wird beibehalten</translation>
    </message>
    <message>
        <source>annotation &apos;%1&apos; of SLO &apos;%2&apos; must be a number greater than 0, got &quot;%3&quot;</source>
        <translation>Annotation &apos;%1&apos; des SLO &apos;%2&apos; muss eine Zahl größer als 0 sein, erhalten: „%3“</translation>
    </message>
</context>
<context>
    <name>Sla::Core::OverviewModel</name>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>in over a year</source>
        <translation>in über einem Jahr</translation>
    </message>
    <message>
        <source>in %1 d %2 h</source>
        <translation>in %1 d %2 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Ohne Stufe</translation>
    </message>
    <message>
        <source>%1 (1 SLA)</source>
        <translation>%1 (1 SLA)</translation>
    </message>
    <message>
        <source>%1 (%2 SLAs)</source>
        <translation>%1 (%2 SLAs)</translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation>
            <numerusform>%n verletzt</numerusform>
            <numerusform>%n verletzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 — service %2, owner %3</source>
        <translation>%1 — Service %2, Verantwortlich %3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
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
        <translation>Erreicht %1 bei einem Ziel von %2</translation>
    </message>
    <message>
        <source>%1 good, %2 bad, %3 without data (slices)</source>
        <translation>%1 gut, %2 schlecht, %3 ohne Daten (Zeitscheiben)</translation>
    </message>
    <message>
        <source>Latest slice value: %1</source>
        <translation>Letzter Zeitscheibenwert: %1</translation>
    </message>
    <message>
        <source>Stale: figures from %1; the source fails now: %2</source>
        <translation>Veraltet: Zahlen von %1; die Quelle schlägt jetzt fehl: %2</translation>
    </message>
    <message>
        <source>SLA / objective</source>
        <translation>SLA / Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Restbudget</translation>
    </message>
    <message>
        <source>Burn rate 3d → 5m</source>
        <translation>Burn-Rate 3d → 5m</translation>
    </message>
    <message>
        <source>Exhaustion</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Unzureichende Daten</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (teilweise)</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>Corrected; %1</source>
        <translation>Korrigiert; %1</translation>
    </message>
    <message>
        <source>Error budget left %1</source>
        <translation>Verbleibendes Fehlerbudget %1</translation>
    </message>
    <message>
        <source>Timeslice objectives have no burn rates: their budget is counted in slices.</source>
        <translation>Zeitscheiben-Ziele haben keine Burn-Rates: ihr Budget wird in Scheiben gezählt.</translation>
    </message>
    <message>
        <source>Burn rate per window (1 = the budget lasts exactly the SLA window):</source>
        <translation>Burn-Rate je Fenster (1 = das Budget reicht genau für das SLA-Fenster):</translation>
    </message>
    <message>
        <source>%1: %2×</source>
        <translation>%1: %2×</translation>
    </message>
    <message>
        <source>%1: – (not enough data in this window yet)</source>
        <translation>%1: – (noch nicht genug Daten in diesem Fenster)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Prometheus</name>
    <message>
        <source>sample time %1 is not a number of seconds</source>
        <translation>Messzeitpunkt %1 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>sample value &quot;%1&quot; is not a number</source>
        <translation>Messwert &quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>a sample must be a [time, &quot;value&quot;] pair, got %1 elements</source>
        <translation>ein Messwert muss ein Paar [time, &quot;value&quot;] sein, erhalten: %1 Elemente</translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>unbekannter resultType &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.resultType must come before a scalar result</source>
        <translation>data.resultType muss vor einem Skalarergebnis stehen</translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation>data.resultType fehlt</translation>
    </message>
    <message>
        <source>data.result is missing</source>
        <translation>data.result fehlt</translation>
    </message>
    <message>
        <source>a vector result holds &quot;values&quot;; expected one &quot;value&quot; per series</source>
        <translation>ein Vektorergebnis enthält &quot;values&quot;; erwartet wird ein &quot;value&quot; pro Serie</translation>
    </message>
    <message>
        <source>a matrix result holds &quot;value&quot;; expected &quot;values&quot; per series</source>
        <translation>ein Matrixergebnis enthält &quot;value&quot;; erwartet wird &quot;values&quot; pro Serie</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP-Status %1: %2</translation>
    </message>
    <message>
        <source>unexpected content after the JSON object</source>
        <translation>unerwarteter Inhalt nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>the server reported an error of type &quot;%1&quot;</source>
        <translation>der Server hat einen Fehler vom Typ &quot;%1&quot; gemeldet</translation>
    </message>
    <message>
        <source>the response has no &quot;status&quot;</source>
        <translation>die Antwort hat kein &quot;status&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response has no &quot;data&quot;</source>
        <translation>die Antwort hat kein &quot;data&quot;</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a sample value must be a string, got %1</source>
        <translation>ein Messwert muss eine Zeichenkette sein, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the answer is HTML, not JSON (it starts with &apos;%1&apos;)</source>
        <translation>die Antwort ist HTML, kein JSON (sie beginnt mit &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the range query was answered with a %1 result, not a matrix; is this a Prometheus-compatible query API?</source>
        <translation>die Bereichsabfrage wurde mit einem %1-Ergebnis beantwortet, nicht mit einer Matrix; ist das eine Prometheus-kompatible Abfrage-API?</translation>
    </message>
</context>
<context>
    <name>Sla::Core::PrometheusSource</name>
    <message>
        <source>data source &apos;%1&apos; has an invalid url &apos;%2&apos;; expected http://host:port or https://host:port</source>
        <translation>die Datenquelle &apos;%1&apos; hat eine ungültige url &apos;%2&apos;; erwartet wird http://host:port oder https://host:port</translation>
    </message>
    <message>
        <source>cannot read CA certificates (PEM) from caFile &apos;%1&apos; of data source &apos;%2&apos;</source>
        <translation>CA-Zertifikate (PEM) aus caFile &apos;%1&apos; der Datenquelle &apos;%2&apos; können nicht gelesen werden</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; uses https, but this build has no TLS support</source>
        <translation>die Datenquelle &apos;%1&apos; verwendet https, aber dieser Build hat keine TLS-Unterstützung</translation>
    </message>
    <message>
        <source>a range query needs a valid start at or before its end and a positive step</source>
        <translation>eine Bereichsabfrage braucht einen gültigen Beginn vor oder gleich ihrem Ende und eine positive Schrittweite</translation>
    </message>
    <message>
        <source>a series lookup needs at least one selector</source>
        <translation>eine Seriensuche braucht mindestens einen Selektor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label name; expected letters, digits and &apos;_&apos;</source>
        <translation>&apos;%1&apos; ist kein Label-Name; erwartet werden Buchstaben, Ziffern und &apos;_&apos;</translation>
    </message>
    <message>
        <source>the query API answers</source>
        <translation>die Abfrage-API antwortet</translation>
    </message>
    <message>
        <source>the API answers</source>
        <translation>die API antwortet</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; rejected the credentials (HTTP %2); check its auth settings and the secret stored for it</source>
        <translation>die Datenquelle &apos;%1&apos; hat die Zugangsdaten abgelehnt (HTTP %2); prüfen Sie ihre Auth-Einstellungen und das dafür gespeicherte Geheimnis</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; answers with HTTP %2</source>
        <translation>die Datenquelle &apos;%1&apos; antwortet mit HTTP %2</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos;</source>
        <translation>Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the url of data source &apos;%1&apos;</source>
        <translation>die url der Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the pathPrefix of data source &apos;%1&apos;</source>
        <translation>das pathPrefix der Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the tenant of data source &apos;%1&apos;</source>
        <translation>der tenant der Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the username of data source &apos;%1&apos;</source>
        <translation>der username der Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the secret of data source &apos;%1&apos;</source>
        <translation>das Geheimnis der Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>if its certificate comes from a private CA, set caFile of data source &apos;%1&apos; to that CA&apos;s certificate (PEM)</source>
        <translation>wenn ihr Zertifikat von einer privaten CA stammt, setzen Sie caFile der Datenquelle &apos;%1&apos; auf das Zertifikat dieser CA (PEM)</translation>
    </message>
    <message>
        <source>check that caFile &apos;%1&apos; of data source &apos;%2&apos; holds the CA that signed the server&apos;s certificate</source>
        <translation>prüfen Sie, ob caFile &apos;%1&apos; der Datenquelle &apos;%2&apos; die CA enthält, die das Zertifikat des Servers signiert hat</translation>
    </message>
</context>
<context>
    <name>Sla::Core::PyrraImporter</name>
    <message>
        <source>unsupported Pyrra apiVersion &apos;%1&apos; (supported: %2)</source>
        <translation>nicht unterstützte Pyrra-apiVersion &apos;%1&apos; (unterstützt: %2)</translation>
    </message>
    <message>
        <source>unsupported Pyrra kind &apos;%1&apos; (supported: %2)</source>
        <translation>nicht unterstützter Pyrra-kind &apos;%1&apos; (unterstützt: %2)</translation>
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
        <translation>spec von %1</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 must be a percentage such as &apos;99.9&apos;, got &apos;%2&apos;</source>
        <translation>das Feld &apos;target&apos; von %1 muss ein Prozentsatz wie &apos;99.9&apos; sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 must be a percentage above 0 and below 100 (e.g. &apos;99.9&apos;), got &apos;%2&apos;</source>
        <translation>das Feld &apos;target&apos; von %1 muss ein Prozentsatz über 0 und unter 100 sein (z. B. &apos;99.9&apos;), erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 is a percentage from 0 to 100: &apos;%2&apos; means %3%, not %4%</source>
        <translation>das Feld &apos;target&apos; von %1 ist ein Prozentsatz von 0 bis 100: &apos;%2&apos; bedeutet %3 %, nicht %4 %</translation>
    </message>
    <message>
        <source>field &apos;target&apos; of %1 should be quoted (&apos;%2&apos;): Pyrra&apos;s CRD holds it as text and rejects a number</source>
        <translation>das Feld &apos;target&apos; von %1 sollte in Anführungszeichen stehen (&apos;%2&apos;): Pyrras CRD speichert es als Text und lehnt eine Zahl ab</translation>
    </message>
    <message>
        <source>alerting of %1</source>
        <translation>alerting von %1</translation>
    </message>
    <message>
        <source>indicator of %1</source>
        <translation>Indikator von %1</translation>
    </message>
    <message>
        <source>%1 needs one of ratio, latency, latencyNative or bool_gauge</source>
        <translation>%1 braucht eines von ratio, latency, latencyNative oder bool_gauge</translation>
    </message>
    <message>
        <source>%1 has more than one indicator (%2); keep one</source>
        <translation>%1 hat mehr als einen Indikator (%2); behalten Sie einen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; indicator of %2</source>
        <translation>&apos;%1&apos;-Indikator von %2</translation>
    </message>
    <message>
        <source>the success metric of %1 must select one histogram bucket with an le matcher holding a number, e.g. http_request_duration_seconds_bucket{le=&quot;0.5&quot;}</source>
        <translation>die Erfolgsmetrik von %1 muss genau einen Histogramm-Bucket mit einem le-Matcher auswählen, der eine Zahl enthält, z. B. http_request_duration_seconds_bucket{le=&quot;0.5&quot;}</translation>
    </message>
    <message>
        <source>the %1 and total metrics of %2 are the same</source>
        <translation>die %1- und die total-Metrik von %2 sind identisch</translation>
    </message>
    <message>
        <source>the metrics of %1 are not plain PromQL selectors (Pyrra itself accepts only selectors there): imported as queries over the window</source>
        <translation>die Metriken von %1 sind keine einfachen PromQL-Selektoren (Pyrra selbst akzeptiert dort nur Selektoren): als Abfragen über das Fenster importiert</translation>
    </message>
    <message>
        <source>the total metric of %1 is not a plain PromQL selector: imported as a query over the native histogram</source>
        <translation>die total-Metrik von %1 ist kein einfacher PromQL-Selektor: als Abfrage über das native Histogramm importiert</translation>
    </message>
    <message>
        <source>field &apos;metric&apos; of %1 must not be empty: give a PromQL selector</source>
        <translation>das Feld &apos;metric&apos; von %1 darf nicht leer sein: geben Sie einen PromQL-Selektor an</translation>
    </message>
    <message>
        <source>ServiceLevelObjective &apos;%1&apos; is already defined at %2:%3; names must be unique across the set</source>
        <translation>ServiceLevelObjective &apos;%1&apos; ist bereits in %2:%3 definiert; Namen müssen im ganzen Satz eindeutig sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; von %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::QueryCompiler</name>
    <message>
        <source>&apos;%1&apos; is not a metric selector</source>
        <translation>&apos;%1&apos; ist kein Metrik-Selektor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric selector: &apos;%2&apos; is not a metric name</source>
        <translation>&apos;%1&apos; ist kein Metrik-Selektor: &apos;%2&apos; ist kein Metrikname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain selector: text follows the closing brace</source>
        <translation>&apos;%1&apos; ist kein einfacher Selektor: nach der schließenden Klammer folgt Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric selector: the closing brace is missing</source>
        <translation>&apos;%1&apos; ist kein Metrik-Selektor: die schließende Klammer fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no single metric name (write it as name{...} or {__name__=&quot;name&quot;})</source>
        <translation>&apos;%1&apos; hat keinen eindeutigen Metriknamen (schreiben Sie ihn als name{...} oder {__name__=&quot;name&quot;})</translation>
    </message>
    <message>
        <source>classification measure &apos;%1&apos; needs the &apos;%2&apos; counter</source>
        <translation>das Klassifikationsmaß &apos;%1&apos; braucht den Zähler &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the query indicator needs good or bad and total, errorRatio, or value</source>
        <translation>der query-Indikator braucht good oder bad und total, errorRatio oder value</translation>
    </message>
    <message>
        <source>drift is computed locally from histogram bucket increases, not by one query; use the bucket-increase query instead</source>
        <translation>Drift wird lokal aus Zuwächsen der Histogramm-Buckets berechnet, nicht durch eine Abfrage; verwenden Sie stattdessen die Bucket-Zuwachs-Abfrage</translation>
    </message>
    <message>
        <source>unknown indicator kind</source>
        <translation>unbekannte Indikatorart</translation>
    </message>
    <message>
        <source>a value indicator&apos;s error ratio is the share of bad time slices, not one query</source>
        <translation>die Fehlerquote eines value-Indikators ist der Anteil schlechter Zeitscheiben, keine einzelne Abfrage</translation>
    </message>
</context>
<context>
    <name>Sla::Core::RecordedStore</name>
    <message>
        <source>invalid regular expression %1 for label %2: %3</source>
        <translation>ungültiger regulärer Ausdruck %1 für Label %2: %3</translation>
    </message>
    <message>
        <source>%n sample(s) with the value NaN, +Inf or -Inf (the first here) are left out: they are gaps, not measurements</source>
        <translation>%n Messwert(e) mit dem Wert NaN, +Inf oder -Inf (der erste hier) werden ausgelassen: sie sind Lücken, keine Messungen</translation>
    </message>
    <message>
        <source>%n negative counter sample(s) (the first here) are left out: counters only grow</source>
        <translation>%n negative(r) Zählerwert(e) (der erste hier) werden ausgelassen: Zähler wachsen nur</translation>
    </message>
    <message>
        <source>%n sample(s) out of time order (the first here) are sorted; of two with the same timestamp the later one is kept</source>
        <translation>%n Messwert(e) außerhalb der Zeitfolge (der erste hier) werden sortiert; von zwei mit demselben Zeitstempel wird der spätere behalten</translation>
    </message>
    <message>
        <source>the recording needs more than %1 MiB in memory; SLA Desk holds at most that much: keep fewer series or a shorter span in the file</source>
        <translation>die Aufzeichnung braucht mehr als %1 MiB Speicher; SLA Desk hält höchstens so viel: behalten Sie weniger Serien oder eine kürzere Zeitspanne in der Datei</translation>
    </message>
    <message>
        <source>the recording has more than %1 series; SLA Desk holds at most that many: split the file or keep only the series the documents select</source>
        <translation>die Aufzeichnung hat mehr als %1 Serien; SLA Desk hält höchstens so viele: teilen Sie die Datei auf oder behalten Sie nur die Serien, die die Dokumente auswählen</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Recurrence</name>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no NAME=VALUE part such as FREQ=WEEKLY</source>
        <translation>&apos;%1&apos; ist kein NAME=WERT-Teil wie FREQ=WEEKLY</translation>
    </message>
    <message>
        <source>the rule is empty; write e.g. FREQ=WEEKLY;BYDAY=SU</source>
        <translation>die Regel ist leer; schreiben Sie z. B. FREQ=WEEKLY;BYDAY=SU</translation>
    </message>
    <message>
        <source>%1 is not supported (supported: FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL)</source>
        <translation>%1 wird nicht unterstützt (unterstützt: FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL)</translation>
    </message>
    <message>
        <source>FREQ=%1 is not supported (use DAILY, WEEKLY or MONTHLY)</source>
        <translation>FREQ=%1 wird nicht unterstützt (verwenden Sie DAILY, WEEKLY oder MONTHLY)</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, got &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>BYDAY item &apos;%1&apos; is no weekday: use MO, TU, WE, TH, FR, SA, SU, or for MONTHLY an ordinal such as 1MO or -1FR</source>
        <translation>BYDAY-Eintrag &apos;%1&apos; ist kein Wochentag: verwenden Sie MO, TU, WE, TH, FR, SA, SU oder bei MONTHLY eine Ordnungszahl wie 1MO oder -1FR</translation>
    </message>
    <message>
        <source>BYDAY item &apos;%1&apos;: the ordinal must be 1 to 5 or -1 to -5</source>
        <translation>BYDAY-Eintrag &apos;%1&apos;: die Ordnungszahl muss 1 bis 5 oder -1 bis -5 sein</translation>
    </message>
    <message>
        <source>BYMONTHDAY item &apos;%1&apos; must be 1 to 31 or -1 to -31</source>
        <translation>BYMONTHDAY-Eintrag &apos;%1&apos; muss 1 bis 31 oder -1 bis -31 sein</translation>
    </message>
    <message>
        <source>UNTIL must be a UTC time such as 20250630T000000Z or a date such as 20250630, got &apos;%1&apos;</source>
        <translation>UNTIL muss eine UTC-Zeit wie 20250630T000000Z oder ein Datum wie 20250630 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rule needs FREQ (DAILY, WEEKLY or MONTHLY)</source>
        <translation>die Regel benötigt FREQ (DAILY, WEEKLY oder MONTHLY)</translation>
    </message>
    <message>
        <source>give COUNT or UNTIL, not both</source>
        <translation>geben Sie COUNT oder UNTIL an, nicht beides</translation>
    </message>
    <message>
        <source>ordinal BYDAY items such as 1MO need FREQ=MONTHLY</source>
        <translation>BYDAY-Einträge mit Ordnungszahl wie 1MO benötigen FREQ=MONTHLY</translation>
    </message>
    <message>
        <source>BYMONTHDAY cannot be used with FREQ=WEEKLY</source>
        <translation>BYMONTHDAY kann nicht mit FREQ=WEEKLY verwendet werden</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Report</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the evaluation ended without a result</source>
        <translation>die Auswertung endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>no alert history at %1</source>
        <translation>kein Alarmverlauf unter %1</translation>
    </message>
    <message>
        <source>cannot read the alert history %1: %2</source>
        <translation>der Alarmverlauf %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>no SLA &apos;%1&apos; in the workspace</source>
        <translation>kein SLA &apos;%1&apos; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>evaluating the period</source>
        <translation>Auswertung des Zeitraums</translation>
    </message>
    <message>
        <source>charts of %1/%2</source>
        <translation>Diagramme von %1/%2</translation>
    </message>
    <message>
        <source>evaluating the previous period</source>
        <translation>Auswertung des vorherigen Zeitraums</translation>
    </message>
    <message>
        <source>evaluating %1</source>
        <translation>Auswertung von %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period; use a month (2025-06) or a quarter (2025-Q2)</source>
        <translation>&apos;%1&apos; ist kein Zeitraum; verwenden Sie einen Monat (2025-06) oder ein Quartal (2025-Q2)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Rules::GrafanaDashboards</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SLI (%1)</source>
        <translation>SLI (%1)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>SLI against target (%1)</source>
        <translation>SLI gegen Ziel (%1)</translation>
    </message>
    <message>
        <source>The SLI over the rolling %1 window (1 - %2) and the target; below the line the objective is breached.</source>
        <translation>Das SLI über das gleitende Fenster von %1 (1 - %2) und das Ziel; unter der Linie ist das Ziel verletzt.</translation>
    </message>
    <message>
        <source>Error budget remaining</source>
        <translation>Verbleibendes Fehlerbudget</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>verbleibend</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>Status (%1)</source>
        <translation>Status (%1)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>budget remaining (%1)</source>
        <translation>verbleibendes Budget (%1)</translation>
    </message>
    <message>
        <source>Error budget remaining over time</source>
        <translation>Verbleibendes Fehlerbudget im Zeitverlauf</translation>
    </message>
    <message>
        <source>Burn rates</source>
        <translation>Verbrauchsraten</translation>
    </message>
    <message>
        <source>The error ratio over each window divided by the error budget (1 - target); the dashed lines are the factors of the burn-rate alerts (red: page, orange: ticket).</source>
        <translation>Die Fehlerquote je Fenster geteilt durch das Fehlerbudget (1 - Ziel); die gestrichelten Linien sind die Faktoren der Verbrauchsraten-Alarme (rot: Page, orange: Ticket).</translation>
    </message>
    <message>
        <source>target %1 over %2</source>
        <translation>Ziel %1 über %2</translation>
    </message>
    <message>
        <source>Value per %1 slice against its threshold (%2 %3)</source>
        <translation>Wert je %1-Abschnitt gegen seinen Schwellenwert (%2 %3)</translation>
    </message>
    <message>
        <source>SLI per %1 slice against target (%2)</source>
        <translation>SLI je %1-Abschnitt gegen Ziel (%2)</translation>
    </message>
    <message>
        <source>target %1 of good %2 slices</source>
        <translation>Ziel %1 guter %2-Abschnitte</translation>
    </message>
    <message>
        <source>per slice</source>
        <translation>je Abschnitt</translation>
    </message>
    <message>
        <source>The value each %1 slice is judged by, queried directly (timeslice objectives have no recording rules). The share of good slices, the budget and the status are in SLA Desk.</source>
        <translation>Der Wert, nach dem jeder %1-Abschnitt beurteilt wird, direkt abgefragt (Zeitabschnitt-Ziele haben keine Recording Rules). Der Anteil guter Abschnitte, das Budget und der Status stehen in SLA Desk.</translation>
    </message>
    <message>
        <source>%1: the share of good slices, its error budget, status and burn rates have no PromQL form; the dashboard shows the value per slice</source>
        <translation>%1: Der Anteil guter Abschnitte, sein Fehlerbudget, Status und Verbrauchsraten haben keine PromQL-Form; das Dashboard zeigt den Wert je Abschnitt</translation>
    </message>
    <message>
        <source>its data source &apos;%1&apos; is of type %2, which Grafana&apos;s Prometheus data source does not read</source>
        <translation>seine Datenquelle &apos;%1&apos; hat den Typ %2, den Grafanas Prometheus-Datenquelle nicht liest</translation>
    </message>
    <message>
        <source>%1: not on the dashboard: %2</source>
        <translation>%1: nicht im Dashboard: %2</translation>
    </message>
    <message>
        <source>Not shown, or only in part (see SLA Desk):</source>
        <translation>Nicht oder nur teilweise gezeigt (siehe SLA Desk):</translation>
    </message>
    <message>
        <source>Not on this dashboard</source>
        <translation>Nicht in diesem Dashboard</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Annotations &amp; Alerts</source>
        <translation>Anmerkungen &amp; Alarme</translation>
    </message>
    <message>
        <source>SLA alerts firing</source>
        <translation>Auslösende SLA-Alarme</translation>
    </message>
    <message>
        <source>Open in SLA Desk</source>
        <translation>In SLA Desk öffnen</translation>
    </message>
    <message>
        <source>The SLA in the SLA Desk desktop app (sladesk:// link)</source>
        <translation>Das SLA in der Desktop-App SLA Desk (sladesk://-Link)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>The SLA&apos;s runbook</source>
        <translation>Das Runbook des SLA</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>Generated by slactl grafana from the SLA %1</source>
        <translation>Von slactl grafana aus dem SLA %1 erzeugt</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Rules::PrometheusRules</name>
    <message>
        <source>periods longer than a day cannot be a time interval</source>
        <translation>Zeiträume länger als ein Tag können kein Zeitintervall sein</translation>
    </message>
    <message>
        <source>only recurrences without INTERVAL, COUNT, UNTIL or ordinal weekdays can be a time interval</source>
        <translation>nur Wiederholungen ohne INTERVAL, COUNT, UNTIL oder Wochentage mit Ordinalzahl können ein Zeitintervall sein</translation>
    </message>
    <message>
        <source>a period past midnight on chosen days cannot be a time interval</source>
        <translation>ein Zeitraum über Mitternacht an ausgewählten Tagen kann kein Zeitintervall sein</translation>
    </message>
    <message>
        <source>correction &apos;%1&apos; is not muted in Alertmanager: %2</source>
        <translation>die Korrektur &apos;%1&apos; wird in Alertmanager nicht stummgeschaltet: %2</translation>
    </message>
    <message>
        <source>timeslice budgeting (the share of good %1 slices) has no PromQL form</source>
        <translation>Zeitscheiben-Budgetierung (der Anteil guter %1-Zeitscheiben) hat keine PromQL-Form</translation>
    </message>
    <message>
        <source>a value indicator is judged per time slice, which has no PromQL form</source>
        <translation>ein Wert-Indikator wird pro Zeitscheibe beurteilt, was keine PromQL-Form hat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no query to watch for absent data</source>
        <translation>keine Abfrage, mit der fehlende Daten überwacht werden können</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: no data for %3</source>
        <translation>SLA %1, Ziel %2: keine Daten für %3</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: error budget burning at %3x the sustainable rate; budget left %4</source>
        <translation>SLA %1, Ziel %2: das Fehlerbudget wird %3x so schnell verbraucht wie tragbar; verbleibendes Budget %4</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: SLI %3 over %4, below %5; budget left %6</source>
        <translation>SLA %1, Ziel %2: SLI %3 über %4, unterhalb von %5; verbleibendes Budget %6</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: SLI %3 over %4, above %5; budget left %6</source>
        <translation>SLA %1, Ziel %2: SLI %3 über %4, oberhalb von %5; verbleibendes Budget %6</translation>
    </message>
    <message>
        <source>SLA %1, objective %2: %3 of the error budget left, below %4</source>
        <translation>SLA %1, Ziel %2: %3 des Fehlerbudgets übrig, unter %4</translation>
    </message>
    <message>
        <source>this rule kind has no PromQL form</source>
        <translation>diese Regelart hat keine PromQL-Form</translation>
    </message>
    <message>
        <source>%1: alert rule &apos;%2&apos; not generated (it runs in the desktop and slactl only): %3</source>
        <translation>%1: Alarmregel &apos;%2&apos; nicht erzeugt (sie läuft nur in der Desktop-App und in slactl): %3</translation>
    </message>
    <message>
        <source>%1: the calendar %2 window has no PromQL form; the rules use a rolling %3 window</source>
        <translation>%1: das Kalender-%2-Fenster hat keine PromQL-Form; die Regeln verwenden ein rollierendes %3-Fenster</translation>
    </message>
    <message>
        <source>%1: no recording rules: %2</source>
        <translation>%1: keine Recording Rules: %2</translation>
    </message>
    <message>
        <source>%1: correction &apos;%2&apos; has no PromQL form: the rules count the events of its periods (recurring corrections can mute alerts through --alertmanager-config)</source>
        <translation>%1: die Korrektur &apos;%2&apos; hat keine PromQL-Form: die Regeln zählen die Ereignisse ihrer Zeiträume (wiederkehrende Korrekturen können Alarme über --alertmanager-config stummschalten)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Selector</name>
    <message>
        <source>end of the selector</source>
        <translation>Ende des Selektors</translation>
    </message>
    <message>
        <source>empty selector: expected a metric name or &apos;{&apos;</source>
        <translation>leerer Selektor: Metrikname oder &apos;{&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PromQL keyword, not a metric name; write only the series selector, e.g. http_requests_total{job=&quot;api&quot;}</source>
        <translation>&apos;%1&apos; ist ein PromQL-Schlüsselwort, kein Metrikname; schreiben Sie nur den Serien-Selektor, z. B. http_requests_total{job=&quot;api&quot;}</translation>
    </message>
    <message>
        <source>unexpected %1: expected a metric name or &apos;{&apos;</source>
        <translation>unerwartetes %1: Metrikname oder &apos;{&apos; erwartet</translation>
    </message>
    <message>
        <source>unterminated label matchers: expected &apos;}&apos;</source>
        <translation>nicht abgeschlossene Label-Matcher: &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected %1 after a label matcher: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>unerwartetes %1 nach einem Label-Matcher: &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected %1: write only the series selector; ranges, offsets and functions are added per objective window</source>
        <translation>unerwartetes %1: schreiben Sie nur den Serien-Selektor; Bereiche, Offsets und Funktionen werden pro Zielfenster hinzugefügt</translation>
    </message>
    <message>
        <source>unexpected %1 after the selector</source>
        <translation>unerwartetes %1 nach dem Selektor</translation>
    </message>
    <message>
        <source>a selector without a metric name needs at least one label matcher that does not match the empty string, e.g. {job=&quot;api&quot;}</source>
        <translation>ein Selektor ohne Metriknamen braucht mindestens einen Label-Matcher, der nicht auf die leere Zeichenkette passt, z. B. {job=&quot;api&quot;}</translation>
    </message>
    <message>
        <source>unexpected %1: expected a label name</source>
        <translation>unerwartetes %1: Label-Name erwartet</translation>
    </message>
    <message>
        <source>unexpected %1 after label &apos;%2&apos;: expected =, !=, =~ or !~</source>
        <translation>unerwartetes %1 nach Label &apos;%2&apos;: =, !=, =~ oder !~ erwartet</translation>
    </message>
    <message>
        <source>metric name given twice: &apos;%1&apos; and a __name__ matcher</source>
        <translation>Metrikname doppelt angegeben: &apos;%1&apos; und ein __name__-Matcher</translation>
    </message>
    <message>
        <source>unexpected %1: expected a quoted label value (&quot;...&quot;, &apos;...&apos; or `...`)</source>
        <translation>unerwartetes %1: ein Label-Wert in Anführungszeichen wird erwartet (&quot;...&quot;, &apos;...&apos; oder `...`)</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation>Zeilenumbruch in einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>escape sequence not terminated</source>
        <translation>Escape-Sequenz nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>unbekannte Escape-Sequenz &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>illegal character %1 in escape sequence</source>
        <translation>unzulässiges Zeichen %1 in der Escape-Sequenz</translation>
    </message>
    <message>
        <source>escape sequence is an invalid Unicode code point</source>
        <translation>die Escape-Sequenz ist ein ungültiger Unicode-Codepunkt</translation>
    </message>
    <message>
        <source>invalid regular expression for label &apos;%1&apos;: %2</source>
        <translation>ungültiger regulärer Ausdruck für Label &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>invalid regular expression for label &apos;%1&apos;: backreferences are not supported by Prometheus (RE2)</source>
        <translation>ungültiger regulärer Ausdruck für Label &apos;%1&apos;: Rückverweise werden von Prometheus (RE2) nicht unterstützt</translation>
    </message>
    <message>
        <source>invalid regular expression for label &apos;%1&apos;: lookaround and atomic groups are not supported by Prometheus (RE2)</source>
        <translation>ungültiger regulärer Ausdruck für Label &apos;%1&apos;: Lookaround und atomare Gruppen werden von Prometheus (RE2) nicht unterstützt</translation>
    </message>
    <message>
        <source>empty selector: expected a metric name, e.g. trace.http.request.hits{service:web}</source>
        <translation>leerer Selektor: Metrikname erwartet, z. B. trace.http.request.hits{service:web}</translation>
    </message>
    <message>
        <source>unknown aggregator &apos;%1&apos;: expected sum, avg, min or max</source>
        <translation>unbekannter Aggregator &apos;%1&apos;: erwartet: sum, avg, min oder max</translation>
    </message>
    <message>
        <source>unexpected %1: expected a metric name</source>
        <translation>unerwartetes %1: Metrikname erwartet</translation>
    </message>
    <message>
        <source>a Datadog metric name must start with a letter</source>
        <translation>ein Datadog-Metrikname muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>metric name &apos;%1&apos; has an empty segment</source>
        <translation>der Metrikname &apos;%1&apos; hat ein leeres Segment</translation>
    </message>
    <message>
        <source>unexpected %1: expected &apos;{&apos; and a scope after the metric name, e.g. {*} for all series</source>
        <translation>unerwartetes %1: nach dem Metriknamen werden &apos;{&apos; und ein Scope erwartet, z. B. {*} für alle Serien</translation>
    </message>
    <message>
        <source>unterminated scope: expected &apos;}&apos;</source>
        <translation>nicht abgeschlossener Scope: &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>empty scope: write {*} for all series</source>
        <translation>leerer Scope: schreiben Sie {*} für alle Serien</translation>
    </message>
    <message>
        <source>empty tag in scope: expected key:value, !key:value or *</source>
        <translation>leeres Tag im Scope: erwartet: key:value, !key:value oder *</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; must start with a letter</source>
        <translation>das Tag &apos;%1&apos; muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in tag &apos;%2&apos;</source>
        <translation>ungültiges Zeichen &apos;%1&apos; im Tag &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; has no value after &apos;:&apos;</source>
        <translation>das Tag &apos;%1&apos; hat keinen Wert nach &apos;:&apos;</translation>
    </message>
    <message>
        <source>unexpected %1 in scope: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>unerwartetes %1 im Scope: &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;*&apos; (all series) cannot be combined with other tags</source>
        <translation>&apos;*&apos; (alle Serien) kann nicht mit anderen Tags kombiniert werden</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the scope: only .as_count() or .as_rate() may follow</source>
        <translation>unerwartetes &apos;%1&apos; nach dem Scope: nur .as_count() oder .as_rate() darf folgen</translation>
    </message>
    <message>
        <source>a CloudWatch selector is a mapping in braces: {namespace: ..., metric: ...}</source>
        <translation>ein CloudWatch-Selektor ist eine Zuordnung in geschweiften Klammern: {namespace: ..., metric: ...}</translation>
    </message>
    <message>
        <source>unexpected text after the closing brace</source>
        <translation>unerwarteter Text nach der schließenden Klammer</translation>
    </message>
    <message>
        <source>expected &apos;name: value&apos;</source>
        <translation>&apos;Name: Wert&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a field name before &apos;:&apos;</source>
        <translation>Feldname vor &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is given twice</source>
        <translation>Feld &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>nicht abgeschlossener Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;dimensions&apos; is a mapping: {Name: value, ...}</source>
        <translation>&apos;dimensions&apos; ist eine Zuordnung: {Name: Wert, ...}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a single value, not a mapping</source>
        <translation>&apos;%1&apos; nimmt einen einzelnen Wert, keine Zuordnung</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; takes a single value</source>
        <translation>Dimension &apos;%1&apos; nimmt einen einzelnen Wert</translation>
    </message>
    <message>
        <source>CloudWatch metrics have at most 30 dimensions</source>
        <translation>CloudWatch-Metriken haben höchstens 30 Dimensionen</translation>
    </message>
    <message>
        <source>a CloudWatch metric needs &apos;namespace&apos; and &apos;metric&apos;</source>
        <translation>eine CloudWatch-Metrik braucht &apos;namespace&apos; und &apos;metric&apos;</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (Sum, SampleCount, Average, Minimum, Maximum or a percentile such as p95)</source>
        <translation>unbekannte Statistik &apos;%1&apos; (Sum, SampleCount, Average, Minimum, Maximum oder ein Perzentil wie p95)</translation>
    </message>
    <message>
        <source>&apos;period&apos; is a number of seconds, a multiple of 60</source>
        <translation>&apos;period&apos; ist eine Anzahl Sekunden, ein Vielfaches von 60</translation>
    </message>
    <message>
        <source>metric math inputs are named with a lower-case letter, then letters, digits or &apos;_&apos;, each a mapping {namespace: ..., metric: ..., stat: ...}</source>
        <translation>Eingaben der Metrik-Mathematik beginnen mit einem Kleinbuchstaben, dann Buchstaben, Ziffern oder &apos;_&apos;, jede eine Zuordnung {namespace: ..., metric: ..., stat: ...}</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; of a metric math selector (known: expression, metrics, period)</source>
        <translation>unbekanntes Feld &apos;%1&apos; eines Metrik-Mathematik-Selektors (bekannt: expression, metrics, period)</translation>
    </message>
    <message>
        <source>a metric math selector needs &apos;expression&apos; and &apos;metrics&apos;</source>
        <translation>ein Metrik-Mathematik-Selektor braucht &apos;expression&apos; und &apos;metrics&apos;</translation>
    </message>
</context>
<context>
    <name>Sla::Core::SlaReader</name>
    <message>
        <source>%1 document</source>
        <translation>%1-Dokument</translation>
    </message>
    <message>
        <source>field &apos;spec&apos; of %1 must be a mapping, got %2</source>
        <translation>das Feld &apos;spec&apos; von %1 muss ein Mapping sein, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>%1-Name</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: use at most 63 lowercase letters, digits and &apos;-&apos;, starting and ending with a letter or digit (an RFC 1123 label)</source>
        <translation>%1 &apos;%2&apos; ist ungültig: verwenden Sie höchstens 63 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer (ein RFC-1123-Label)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 is %3 characters long; OpenSLO allows at most %4</source>
        <translation>das Feld &apos;%1&apos; von %2 ist %3 Zeichen lang; OpenSLO erlaubt höchstens %4</translation>
    </message>
    <message>
        <source>%1 must be an http or https URL such as https://example.com, got &apos;%2&apos;</source>
        <translation>%1 muss eine http- oder https-URL wie https://example.com sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>from 0 to 1</source>
        <translation>von 0 bis 1</translation>
    </message>
    <message>
        <source>between 0 and 1 (exclusive)</source>
        <translation>zwischen 0 und 1 (ausschließlich)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be %3, got %4</source>
        <translation>das Feld &apos;%1&apos; von %2 muss %3 sein, erhalten: %4</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a list, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Liste sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a duration such as 30d or {calendar: month, timeZone: Europe/Berlin}, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Dauer wie 30d oder {calendar: month, timeZone: Europe/Berlin} sein, erhalten: %3</translation>
    </message>
    <message>
        <source>calendar window of %1</source>
        <translation>Kalenderfenster von %1</translation>
    </message>
    <message>
        <source>field &apos;timeZone&apos; of %1: &apos;%2&apos; is not a known IANA time zone such as Europe/Berlin or UTC</source>
        <translation>Feld &apos;timeZone&apos; von %1: &apos;%2&apos; ist keine bekannte IANA-Zeitzone wie Europe/Berlin oder UTC</translation>
    </message>
    <message>
        <source>field &apos;budgeting&apos; of %1 must be &apos;occurrences&apos; or {timeslices: DURATION} such as {timeslices: 1d}, got %2</source>
        <translation>das Feld &apos;budgeting&apos; von %1 muss &apos;occurrences&apos; oder {timeslices: DURATION} wie {timeslices: 1d} sein, erhalten: %2</translation>
    </message>
    <message>
        <source>budgeting of %1</source>
        <translation>budgeting von %1</translation>
    </message>
    <message>
        <source>objective #%1</source>
        <translation>Ziel Nr. %1</translation>
    </message>
    <message>
        <source>objective &apos;%1&apos;</source>
        <translation>Ziel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>objective name</source>
        <translation>Zielname</translation>
    </message>
    <message>
        <source>the %1 indicator of %2 is judged per time slice: add budgeting: {timeslices: DURATION}, e.g. {timeslices: 1d}</source>
        <translation>der %1-Indikator von %2 wird pro Zeitscheibe beurteilt: fügen Sie budgeting: {timeslices: DURATION} hinzu, z. B. {timeslices: 1d}</translation>
    </message>
    <message>
        <source>indicator of %1</source>
        <translation>Indikator von %1</translation>
    </message>
    <message>
        <source>%1 needs exactly one of %2</source>
        <translation>%1 braucht genau eines von %2</translation>
    </message>
    <message>
        <source>%1 has several kinds (%2); give exactly one</source>
        <translation>%1 hat mehrere Arten (%2); geben Sie genau eine an</translation>
    </message>
    <message>
        <source>%1 indicator of %2</source>
        <translation>%1-Indikator von %2</translation>
    </message>
    <message>
        <source>%1 has both &apos;good&apos; and &apos;bad&apos;; give exactly one of them, plus &apos;total&apos;</source>
        <translation>%1 hat sowohl &apos;good&apos; als auch &apos;bad&apos;; geben Sie genau eines davon an, dazu &apos;total&apos;</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;good&apos; and &apos;bad&apos;, plus &apos;total&apos;</source>
        <translation>%1 braucht genau eines von &apos;good&apos; und &apos;bad&apos;, dazu &apos;total&apos;</translation>
    </message>
    <message>
        <source>field &apos;threshold&apos; of %1 must be a positive number of seconds, got %2</source>
        <translation>das Feld &apos;threshold&apos; von %1 muss eine positive Anzahl von Sekunden sein, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: measure &apos;%2&apos; needs the counter &apos;%3&apos; (it needs %4)</source>
        <translation>%1: das Maß &apos;%2&apos; braucht den Zähler &apos;%3&apos; (es braucht %4)</translation>
    </message>
    <message>
        <source>%1: counter &apos;%2&apos; is not used by measure &apos;%3&apos; and is ignored</source>
        <translation>%1: der Zähler &apos;%2&apos; wird vom Maß &apos;%3&apos; nicht verwendet und ignoriert</translation>
    </message>
    <message>
        <source>field &apos;threshold&apos; of %1 must be a positive number, got %2</source>
        <translation>das Feld &apos;threshold&apos; von %1 muss eine positive Zahl sein, erhalten: %2</translation>
    </message>
    <message>
        <source>reference of %1</source>
        <translation>Referenz von %1</translation>
    </message>
    <message>
        <source>%1: &apos;from&apos; must be before &apos;to&apos;</source>
        <translation>%1: &apos;from&apos; muss vor &apos;to&apos; liegen</translation>
    </message>
    <message>
        <source>%1 needs exactly one form: {good|bad: Q, total: Q}, {errorRatio: Q} or {value: Q, op: gte|gt|lte|lt, threshold: N}</source>
        <translation>%1 braucht genau eine Form: {good|bad: Q, total: Q}, {errorRatio: Q} oder {value: Q, op: gte|gt|lte|lt, threshold: N}</translation>
    </message>
    <message>
        <source>alert #%1</source>
        <translation>Alarm Nr. %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping, got %2</source>
        <translation>%1 muss ein Mapping sein, erhalten: %2</translation>
    </message>
    <message>
        <source>alert &apos;%1&apos;</source>
        <translation>Alarm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>alert name</source>
        <translation>Alarmname</translation>
    </message>
    <message>
        <source>%1 has both &apos;below&apos; and &apos;above&apos;; give exactly one</source>
        <translation>%1 hat sowohl &apos;below&apos; als auch &apos;above&apos;; geben Sie genau eines an</translation>
    </message>
    <message>
        <source>field &apos;burnRate&apos; of %1 must be &apos;default&apos; or a list of {long, short, factor, severity}, got %2</source>
        <translation>das Feld &apos;burnRate&apos; von %1 muss &apos;default&apos; oder eine Liste von {long, short, factor, severity} sein, erhalten: %2</translation>
    </message>
    <message>
        <source>burn-rate window #%1 of %2</source>
        <translation>Burn-Rate-Fenster Nr. %1 von %2</translation>
    </message>
    <message>
        <source>field &apos;factor&apos; of %1 must be a positive number, got %2</source>
        <translation>das Feld &apos;factor&apos; von %1 muss eine positive Zahl sein, erhalten: %2</translation>
    </message>
    <message>
        <source>field &apos;short&apos; of %1 must be shorter than &apos;long&apos;</source>
        <translation>das Feld &apos;short&apos; von %1 muss kürzer als &apos;long&apos; sein</translation>
    </message>
    <message>
        <source>notify target #%1 of %2</source>
        <translation>Benachrichtigungsziel Nr. %1 von %2</translation>
    </message>
    <message>
        <source>%1 must be &apos;desktop&apos;, {alertmanager: URL} or {webhook: URL}, got &apos;%2&apos;</source>
        <translation>%1 muss &apos;desktop&apos;, {alertmanager: URL} oder {webhook: URL} sein, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;alertmanager&apos; and &apos;webhook&apos;</source>
        <translation>%1 braucht genau eines von &apos;alertmanager&apos; und &apos;webhook&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2</source>
        <translation>Feld &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>contract of %1</source>
        <translation>contract von %1</translation>
    </message>
    <message>
        <source>credit #%1 of %2</source>
        <translation>credit Nr. %1 von %2</translation>
    </message>
    <message>
        <source>remediation of %1</source>
        <translation>remediation von %1</translation>
    </message>
    <message>
        <source>field &apos;webhook&apos; of %1</source>
        <translation>Feld &apos;webhook&apos; von %1</translation>
    </message>
    <message>
        <source>field &apos;runbook&apos; of %1</source>
        <translation>Feld &apos;runbook&apos; von %1</translation>
    </message>
    <message>
        <source>escalation of %1</source>
        <translation>escalation von %1</translation>
    </message>
    <message>
        <source>field &apos;minimums&apos; of %1 must be a mapping keyed by indicator kind, got %2</source>
        <translation>das Feld &apos;minimums&apos; von %1 muss ein nach Indikatorart geschlüsseltes Mapping sein, erhalten: %2</translation>
    </message>
    <message>
        <source>unknown indicator kind &apos;%1&apos; in minimums of %2 (known: %3)</source>
        <translation>unbekannte Indikatorart &apos;%1&apos; in minimums von %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown indicator kind &apos;%1&apos; in minimums of %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekannte Indikatorart &apos;%1&apos; in minimums von %2; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 minimum of %2</source>
        <translation>%1-Minimum von %2</translation>
    </message>
    <message>
        <source>SLA spec</source>
        <translation>SLA-spec</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos;</source>
        <translation>SLA &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs at least one objective</source>
        <translation>%1 braucht mindestens ein Ziel</translation>
    </message>
    <message>
        <source>TierTemplate spec</source>
        <translation>TierTemplate-spec</translation>
    </message>
    <message>
        <source>TierTemplate &apos;%1&apos;</source>
        <translation>TierTemplate &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connectionDetails of DataSource &apos;%1&apos;</source>
        <translation>connectionDetails von DataSource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>items of %1 must be mappings such as {url: https://...}, got %2</source>
        <translation>Einträge von %1 müssen Mappings wie {url: https://...} sein, erhalten: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 looks like a secret; keep secrets out of documents</source>
        <translation>das Feld &apos;%1&apos; von %2 sieht wie ein Geheimnis aus; halten Sie Geheimnisse aus Dokumenten heraus</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is given twice in %2</source>
        <translation>das Feld &apos;%1&apos; ist in %2 doppelt angegeben</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 holds a secret: it is ignored and never written back; secrets live in the keychain: use slactl credentials set %3</source>
        <translation>das Feld &apos;%1&apos; von %2 enthält ein Geheimnis: es wird ignoriert und nie zurückgeschrieben; Geheimnisse liegen im Schlüsselbund: verwenden Sie slactl credentials set %3</translation>
    </message>
    <message>
        <source>%1 is missing the required field &apos;%2&apos;</source>
        <translation>%1 fehlt das Pflichtfeld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;url&apos;: it cannot be queried until one is given (slactl also takes --prometheus URL)</source>
        <translation>%1 hat keine &apos;url&apos;: sie kann erst abgefragt werden, wenn eine angegeben ist (slactl nimmt auch --prometheus URL)</translation>
    </message>
    <message>
        <source>%1: auth &apos;basic&apos; needs a &apos;username&apos; (the password lives in the keychain)</source>
        <translation>%1: Auth &apos;basic&apos; braucht einen &apos;username&apos; (das Passwort liegt im Schlüsselbund)</translation>
    </message>
    <message>
        <source>DataSource &apos;%1&apos;</source>
        <translation>DataSource &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;connectionDetails&apos;: it cannot be queried until a url is given (slactl also takes --prometheus URL)</source>
        <translation>%1 hat keine &apos;connectionDetails&apos;: sie kann erst abgefragt werden, wenn eine url angegeben ist (slactl nimmt auch --prometheus URL)</translation>
    </message>
    <message>
        <source>Service &apos;%1&apos;</source>
        <translation>Service &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 holds a password (user:password@host): SLA Desk neither sends nor shows nor exports it; store credentials in the keychain with `slactl credentials set`</source>
        <translation>%1 enthält ein Passwort (user:password@host): SLA Desk sendet, zeigt und exportiert es nicht; speichern Sie Zugangsdaten im Schlüsselbund mit `slactl credentials set`</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a number, got the text &quot;%3&quot;; write it without quotes</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Zahl sein, erhalten wurde der Text &quot;%3&quot;; schreiben Sie ihn ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>field &apos;slas&apos; of %1 needs at least one SLA name</source>
        <translation>Feld &apos;slas&apos; von %1 benötigt mindestens einen SLA-Namen</translation>
    </message>
    <message>
        <source>%1 has both &apos;duration&apos; and &apos;end&apos;; give exactly one of them</source>
        <translation>%1 hat sowohl &apos;duration&apos; als auch &apos;end&apos;; geben Sie genau eines davon an</translation>
    </message>
    <message>
        <source>%1 needs &apos;duration&apos; (such as 2h) or &apos;end&apos; (an RFC 3339 time)</source>
        <translation>%1 benötigt &apos;duration&apos; (wie 2h) oder &apos;end&apos; (eine RFC-3339-Zeit)</translation>
    </message>
    <message>
        <source>%1 spec</source>
        <translation>%1-Spezifikation</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;text&apos; of %1 is empty</source>
        <translation>Feld &apos;text&apos; von %1 ist leer</translation>
    </message>
    <message>
        <source>field &apos;url&apos; of %1</source>
        <translation>Feld &apos;url&apos; von %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a number of at least 0, got %3</source>
        <translation>Feld &apos;%1&apos; von %2 muss eine Zahl von mindestens 0 sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;minSamples&apos; of %1 counts labelled samples of classification indicators; this %2 indicator ignores it (use minEvents)</source>
        <translation>Feld &apos;minSamples&apos; von %1 zählt gelabelte Stichproben von Klassifikationsindikatoren; dieser %2-Indikator ignoriert es (verwenden Sie minEvents)</translation>
    </message>
    <message>
        <source>field &apos;labelDelay&apos; of %1 applies to classification indicators only (ground truth that arrives late); this is a %2 indicator</source>
        <translation>Feld &apos;labelDelay&apos; von %1 gilt nur für Klassifikationsindikatoren (Ground Truth, die verspätet eintrifft); dies ist ein %2-Indikator</translation>
    </message>
    <message>
        <source>a sladesk/v1 document needs a kind: SLA, TierTemplate, Correction or Annotation</source>
        <translation>ein sladesk/v1-Dokument benötigt ein kind: SLA, TierTemplate, Correction oder Annotation</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; for apiVersion sladesk/v1 (expected SLA, TierTemplate, Correction or Annotation; DataSource and Service use apiVersion openslo/v1)</source>
        <translation>unbekanntes kind &apos;%1&apos; für apiVersion sladesk/v1 (erwartet: SLA, TierTemplate, Correction oder Annotation; DataSource und Service verwenden apiVersion openslo/v1)</translation>
    </message>
    <message>
        <source>%1 needs one of &apos;below&apos;, &apos;above&apos;, &apos;burnRate&apos;, &apos;budgetBelow&apos;, &apos;noData&apos;, &apos;driftAbove&apos; or &apos;consumedAbove&apos;</source>
        <translation>%1 braucht eines von &apos;below&apos;, &apos;above&apos;, &apos;burnRate&apos;, &apos;budgetBelow&apos;, &apos;noData&apos;, &apos;driftAbove&apos; oder &apos;consumedAbove&apos;</translation>
    </message>
    <message>
        <source>field &apos;driftAbove&apos; of %1 must be a number or &apos;threshold&apos;, got %2</source>
        <translation>Feld &apos;driftAbove&apos; von %1 muss eine Zahl oder &apos;threshold&apos; sein, erhalten: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2: &apos;%3&apos; is not %4</source>
        <translation>Feld &apos;%1&apos; von %2: &apos;%3&apos; ist nicht %4</translation>
    </message>
    <message>
        <source>an AWS region such as eu-west-1</source>
        <translation>eine AWS-Region wie eu-west-1</translation>
    </message>
    <message>
        <source>an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader</source>
        <translation>eine IAM-Rollen-ARN wie arn:aws:iam::123456789012:role/sla-reader</translation>
    </message>
    <message>
        <source>field &apos;weight&apos; of %1 must be a number greater than 0, got %2</source>
        <translation>Feld &apos;weight&apos; von %1 muss eine Zahl größer als 0 sein, erhalten: %2</translation>
    </message>
</context>
<context>
    <name>Sla::Core::SloImport</name>
    <message>
        <source>Datadog SLO &quot;%1&quot;: a metric SLO needs query.numerator and query.denominator</source>
        <translation>Datadog-SLO &quot;%1&quot;: ein Metrik-SLO braucht query.numerator und query.denominator</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: a time-slice SLO needs a comparator (&gt;, &gt;=, &lt;, &lt;=), a threshold and a query</source>
        <translation>Datadog-SLO &quot;%1&quot;: ein Zeitscheiben-SLO braucht einen Vergleichsoperator (&gt;, &gt;=, &lt;, &lt;=), einen Schwellenwert und eine Abfrage</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: formula &quot;%2&quot; combines several queries; only a formula naming one query can be imported</source>
        <translation>Datadog-SLO &quot;%1&quot;: die Formel &quot;%2&quot; kombiniert mehrere Abfragen; nur eine Formel, die eine einzige Abfrage nennt, kann importiert werden</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: %2 SLOs are computed from monitors and have no metric query; skipped</source>
        <translation>Datadog-SLO &quot;%1&quot;: %2-SLOs werden aus Monitoren berechnet und haben keine Metrikabfrage; übersprungen</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: no thresholds; expected at least one {timeframe, target}</source>
        <translation>Datadog-SLO &quot;%1&quot;: keine thresholds; erwartet wird mindestens ein {timeframe, target}</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: timeframe &quot;%2&quot; has no rolling window here (expected 7d, 30d or 90d); threshold skipped</source>
        <translation>Datadog-SLO &quot;%1&quot;: der timeframe &quot;%2&quot; hat hier kein rollierendes Fenster (erwartet: 7d, 30d oder 90d); Schwellenwert übersprungen</translation>
    </message>
    <message>
        <source>Datadog SLO &quot;%1&quot;: target %2 for %3 is not a percentage between 0 and 100</source>
        <translation>Datadog-SLO &quot;%1&quot;: target %2 für %3 ist kein Prozentsatz zwischen 0 und 100</translation>
    </message>
    <message>
        <source>not a Datadog SLO answer: %1</source>
        <translation>keine Datadog-SLO-Antwort: %1</translation>
    </message>
</context>
<context>
    <name>Sla::Core::SlothImporter</name>
    <message>
        <source>Sloth spec</source>
        <translation>Sloth-spec</translation>
    </message>
    <message>
        <source>unsupported Sloth spec version &apos;%1&apos; (supported: %2)</source>
        <translation>nicht unterstützte Sloth-spec-Version &apos;%1&apos; (unterstützt: %2)</translation>
    </message>
    <message>
        <source>unsupported Sloth apiVersion &apos;%1&apos; (supported: %2)</source>
        <translation>nicht unterstützte Sloth-apiVersion &apos;%1&apos; (unterstützt: %2)</translation>
    </message>
    <message>
        <source>Sloth AlertWindows are not imported: SLA Desk alerts with its own burn-rate windows (the SRE workbook set, or a burnRate list in the SLA)</source>
        <translation>Sloth-AlertWindows werden nicht importiert: SLA Desk alarmiert mit eigenen Burn-Rate-Fenstern (dem Satz aus dem SRE Workbook oder einer burnRate-Liste im SLA)</translation>
    </message>
    <message>
        <source>unsupported Sloth kind &apos;%1&apos; (supported: PrometheusServiceLevel, AlertWindows)</source>
        <translation>nicht unterstützter Sloth-kind &apos;%1&apos; (unterstützt: PrometheusServiceLevel, AlertWindows)</translation>
    </message>
    <message>
        <source>Sloth PrometheusServiceLevel</source>
        <translation>Sloth PrometheusServiceLevel</translation>
    </message>
    <message>
        <source>spec of PrometheusServiceLevel</source>
        <translation>spec von PrometheusServiceLevel</translation>
    </message>
    <message>
        <source>field &apos;slos&apos; of %1 must be a list of at least one SLO, got %2</source>
        <translation>das Feld &apos;slos&apos; von %1 muss eine Liste mit mindestens einem SLO sein, erhalten: %2</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>SLO name &apos;%1&apos; is longer than 128 characters (the PrometheusServiceLevel limit)</source>
        <translation>der SLO-Name &apos;%1&apos; ist länger als 128 Zeichen (das Limit von PrometheusServiceLevel)</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos;</source>
        <translation>SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; is defined twice in service &apos;%2&apos; (first at line %3); SLO names must be unique per service</source>
        <translation>SLO &apos;%1&apos; ist im Service &apos;%2&apos; doppelt definiert (zuerst in Zeile %3); SLO-Namen müssen pro Service eindeutig sein</translation>
    </message>
    <message>
        <source>field &apos;objective&apos; of %1 must be a percentage above 0 and below 100 (e.g. 99.9), got %2</source>
        <translation>das Feld &apos;objective&apos; von %1 muss ein Prozentsatz über 0 und unter 100 sein (z. B. 99.9), erhalten: %2</translation>
    </message>
    <message>
        <source>interval of %1</source>
        <translation>interval von %1</translation>
    </message>
    <message>
        <source>%1 is skipped: its SLI comes from the Sloth SLI plugin &apos;%2&apos;, whose query is built by plugin code SLA Desk cannot run; write the plugin&apos;s queries as sli.events instead</source>
        <translation>%1 wird übersprungen: sein SLI stammt aus dem Sloth-SLI-Plugin &apos;%2&apos;, dessen Abfrage von Plugin-Code erzeugt wird, den SLA Desk nicht ausführen kann; schreiben Sie die Abfragen des Plugins stattdessen als sli.events</translation>
    </message>
    <message>
        <source>sli of %1</source>
        <translation>sli von %1</translation>
    </message>
    <message>
        <source>%1 needs an SLI type: events (error_query and total_query), raw (error_ratio_query) or plugin</source>
        <translation>%1 braucht einen SLI-Typ: events (error_query und total_query), raw (error_ratio_query) oder plugin</translation>
    </message>
    <message>
        <source>%1 has more than one SLI type; keep one of events, raw and plugin</source>
        <translation>%1 hat mehr als einen SLI-Typ; behalten Sie einen von events, raw und plugin</translation>
    </message>
    <message>
        <source>SLI plugin of %1</source>
        <translation>SLI-Plugin von %1</translation>
    </message>
    <message>
        <source>field &apos;id&apos; of %1 must not be empty</source>
        <translation>das Feld &apos;id&apos; von %1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>events SLI of %1</source>
        <translation>events-SLI von %1</translation>
    </message>
    <message>
        <source>%1: the error and total queries are the same; the error query must count only the bad events</source>
        <translation>%1: die Fehler- und die Gesamtabfrage sind identisch; die Fehlerabfrage darf nur die schlechten Ereignisse zählen</translation>
    </message>
    <message>
        <source>raw SLI of %1</source>
        <translation>raw-SLI von %1</translation>
    </message>
    <message>
        <source>alerting of SLO &apos;%1&apos;</source>
        <translation>alerting von SLO &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of Sloth %2 documents; Sloth ignores it and so does the import (did you mean &apos;%3&apos;?)</source>
        <translation>&apos;%1&apos; ist kein Feld von Sloth-%2-Dokumenten; Sloth ignoriert es, ebenso der Import (meinten Sie &apos;%3&apos;?)</translation>
    </message>
    <message>
        <source>%1 of SLO &apos;%2&apos;</source>
        <translation>%1 von SLO &apos;%2&apos;</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; has page or ticket alerts enabled but no alerting.name: name the alerts, or disable both with &apos;disable: true&apos;</source>
        <translation>SLO &apos;%1&apos; hat page- oder ticket-Alarme aktiviert, aber kein alerting.name: benennen Sie die Alarme oder deaktivieren Sie beide mit &apos;disable: true&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>field &apos;chain&apos; of %1 must be a list of plugins, got %2</source>
        <translation>das Feld &apos;chain&apos; von %1 muss eine Liste von Plugins sein, erhalten: %2</translation>
    </message>
    <message>
        <source>plugin in %1</source>
        <translation>Plugin in %1</translation>
    </message>
    <message>
        <source>Sloth SLO plugins are not imported (they only change the Prometheus rules Sloth generates): %1</source>
        <translation>Sloth-SLO-Plugins werden nicht importiert (sie ändern nur die Prometheus-Regeln, die Sloth erzeugt): %1</translation>
    </message>
    <message>
        <source>SLO &apos;%1&apos; of service &apos;%2&apos; is already defined at %3:%4; Sloth SLO names must be unique per service across all files</source>
        <translation>SLO &apos;%1&apos; von Service &apos;%2&apos; ist bereits in %3:%4 definiert; Sloth-SLO-Namen müssen pro Service über alle Dateien eindeutig sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a mapping of names to values, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss ein Mapping von Namen auf Werte sein, erhalten: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; of %3 is not a valid Prometheus %4 name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; von %3 ist kein gültiger Prometheus-%4-Name (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in &apos;%2&apos; of %3 must be text, got %4</source>
        <translation>der Wert von &apos;%1&apos; in &apos;%2&apos; von %3 muss Text sein, erhalten: %4</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; in &apos;%2&apos; of %3 must not be empty</source>
        <translation>der Wert von &apos;%1&apos; in &apos;%2&apos; von %3 darf nicht leer sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must not be empty: give a PromQL query</source>
        <translation>das Feld &apos;%1&apos; von %2 darf nicht leer sein: geben Sie eine PromQL-Abfrage an</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must use the {{.window}} placeholder as its range (Sloth evaluates the query over each alert window), e.g. sum(rate(http_requests_total[{{.window}}]))</source>
        <translation>das Feld &apos;%1&apos; von %2 muss den Platzhalter {{.window}} als Bereich verwenden (Sloth wertet die Abfrage über jedes Alarmfenster aus), z. B. sum(rate(http_requests_total[{{.window}}]))</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must not be empty</source>
        <translation>das Feld &apos;%1&apos; von %2 darf nicht leer sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 is &apos;%3&apos;: a Sloth name must start and end with a letter or digit and contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>das Feld &apos;%1&apos; von %2 ist &apos;%3&apos;: ein Sloth-Name muss mit einem Buchstaben oder einer Ziffer beginnen und enden und darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 is not a valid PromQL query: %3 (character %4 of &apos;%5&apos;)</source>
        <translation>das Feld &apos;%1&apos; von %2 ist keine gültige PromQL-Abfrage: %3 (Zeichen %4 von &apos;%5&apos;)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::StrictJson</name>
    <message>
        <source>not valid JSON: %1 (a .json file must be strict JSON: no trailing commas, single quotes or comments)</source>
        <translation>kein gültiges JSON: %1 (eine .json-Datei muss striktes JSON sein: keine nachgestellten Kommas, einfachen Anführungszeichen oder Kommentare)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::TextHygiene</name>
    <message>
        <source>%1 contains the control character %2 at position %3; control characters (CR, LF, NUL, TAB, other C0, DEL) could inject HTTP headers and are not allowed</source>
        <translation>%1 enthält das Steuerzeichen %2 an Position %3; Steuerzeichen (CR, LF, NUL, TAB, andere C0, DEL) könnten HTTP-Header einschleusen und sind nicht erlaubt</translation>
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
        <translation>Ziel &apos;%1&apos; von SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>alert &apos;%1&apos;</source>
        <translation>Alarm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>burn-rate alert</source>
        <translation>Burn-Rate-Alarm</translation>
    </message>
    <message>
        <source>unnamed alert</source>
        <translation>unbenannter Alarm</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is already defined at %3</source>
        <translation>%1 &apos;%2&apos; ist bereits in %3 definiert</translation>
    </message>
    <message>
        <source>atRisk of TierTemplate &apos;%1&apos; must be a fraction of the error budget between 0 and 1 (exclusive), got %2</source>
        <translation>atRisk von TierTemplate &apos;%1&apos; muss ein Anteil des Fehlerbudgets zwischen 0 und 1 (ausschließlich) sein, erhalten: %2</translation>
    </message>
    <message>
        <source>alert &apos;%1&apos; is already defined at %2</source>
        <translation>Alarm &apos;%1&apos; ist bereits in %2 definiert</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in %3; did you mean &apos;%4&apos;?</source>
        <translation>%1 &apos;%2&apos; in %3 ist unbekannt; meinten Sie &apos;%4&apos;?</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in %3 (no %4 is defined)</source>
        <translation>%1 &apos;%2&apos; in %3 ist unbekannt (kein(e) %4 definiert)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in %3 (known: %4)</source>
        <translation>%1 &apos;%2&apos; in %3 ist unbekannt (bekannt: %4)</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; in %2 has type %3: SLA Desk cannot query %3 data sources (supported types: prometheus, datadog, recorded); its objectives will show no data</source>
        <translation>die Datenquelle &apos;%1&apos; in %2 hat den Typ %3: SLA Desk kann keine %3-Datenquellen abfragen (unterstützte Typen: prometheus, datadog, recorded); ihre Ziele zeigen keine Daten</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no window and its tier &apos;%2&apos; sets none: add a window such as 30d</source>
        <translation>SLA &apos;%1&apos; hat kein Fenster und seine Stufe &apos;%2&apos; setzt keines: fügen Sie ein Fenster wie 30d hinzu</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no window: add a window such as 30d, or a tier that sets one</source>
        <translation>SLA &apos;%1&apos; hat kein Fenster: fügen Sie ein Fenster wie 30d hinzu oder eine Stufe, die eines setzt</translation>
    </message>
    <message>
        <source>objective &apos;%1&apos; is already defined at %2</source>
        <translation>Ziel &apos;%1&apos; ist bereits in %2 definiert</translation>
    </message>
    <message>
        <source>%1 has no data source: set dataSource on the SLA or on the objective</source>
        <translation>%1 hat keine Datenquelle: setzen Sie dataSource im SLA oder im Ziel</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 of SLA &apos;%2&apos;</source>
        <translation>%1 von SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no {{window}} placeholder: it would read the same range for every window, e.g. write [{{window}}] where the range goes</source>
        <translation>%1 hat keinen Platzhalter {{window}}: es würde für jedes Fenster denselben Bereich lesen; schreiben Sie z. B. [{{window}}] an die Stelle des Bereichs</translation>
    </message>
    <message>
        <source>Datadog cannot serve drift indicators: its query language has no histogram bucket increases; use a Prometheus or recorded source</source>
        <translation>Datadog kann keine Drift-Indikatoren liefern: seine Abfragesprache hat keine Zuwächse von Histogramm-Buckets; verwenden Sie eine Prometheus-Quelle oder aufgezeichnete Daten</translation>
    </message>
    <message>
        <source>invalid Datadog selector in %1: %2</source>
        <translation>ungültiger Datadog-Selektor in %1: %2</translation>
    </message>
    <message>
        <source>invalid PromQL selector in %1: %2</source>
        <translation>ungültiger PromQL-Selektor in %1: %2</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; requires target &gt;= %2 for %3 objectives; &apos;%4&apos; has %5</source>
        <translation>Stufe &apos;%1&apos; verlangt target &gt;= %2 für %3-Ziele; &apos;%4&apos; hat %5</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; requires threshold &lt;= %2 for %3 objectives; &apos;%4&apos; has %5</source>
        <translation>Stufe &apos;%1&apos; verlangt threshold &lt;= %2 für %3-Ziele; &apos;%4&apos; hat %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Correction &apos;%1&apos;</source>
        <translation>Korrektur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>end %1 of %2 is not after its start %3</source>
        <translation>Ende %1 von %2 liegt nicht nach seinem Beginn %3</translation>
    </message>
    <message>
        <source>invalid recurrence of %1: %2</source>
        <translation>ungültige Wiederholung von %1: %2</translation>
    </message>
    <message>
        <source>%1 lasts %2, longer than the %3 window of %4: the whole window would be left out</source>
        <translation>%1 dauert %2, länger als das %3-Fenster von %4: das ganze Fenster würde ausgelassen</translation>
    </message>
    <message>
        <source>Correction &apos;%1&apos; overlaps Correction &apos;%2&apos; (%3) on %4 from %5 to %6; events in the overlap are left out once</source>
        <translation>Korrektur &apos;%1&apos; überlappt Korrektur &apos;%2&apos; (%3) für %4 von %5 bis %6; Ereignisse in der Überlappung werden einmal ausgelassen</translation>
    </message>
    <message>
        <source>Annotation &apos;%1&apos;</source>
        <translation>Anmerkung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>end %1 of %2 is before its time %3</source>
        <translation>Ende %1 von %2 liegt vor seinem Zeitpunkt %3</translation>
    </message>
    <message>
        <source>%1 watches a drift score, but no drift objective of the SLA matches it</source>
        <translation>%1 überwacht einen Drift-Wert, aber kein Drift-Ziel des SLA passt dazu</translation>
    </message>
    <message>
        <source>%1 needs the calendar window of the SLA on every objective it watches: the budget consumed since the period started is the window&apos;s; use budgetBelow on a rolling window</source>
        <translation>%1 braucht das Kalenderfenster des SLA bei jedem Ziel, das er überwacht: das seit Periodenbeginn verbrauchte Budget ist das des Fensters; verwenden Sie budgetBelow bei einem gleitenden Fenster</translation>
    </message>
    <message>
        <source>drift indicators are not served by CloudWatch: it has no histogram buckets to score drift on; use a Prometheus or recorded source</source>
        <translation>CloudWatch liefert keine Drift-Indikatoren: es hat keine Histogramm-Buckets, an denen Drift gemessen werden kann; verwenden Sie eine Prometheus-Quelle oder aufgezeichnete Daten</translation>
    </message>
    <message>
        <source>raw query indicators are not served by CloudWatch; write the selectors in CloudWatch&apos;s form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</source>
        <translation>CloudWatch liefert keine rohen query-Indikatoren; schreiben Sie die Selektoren in CloudWatchs Form ({namespace: ..., metric: ..., dimensions: {...}, stat: ...})</translation>
    </message>
    <message>
        <source>invalid CloudWatch selector in %1: %2</source>
        <translation>ungültiger CloudWatch-Selektor in %1: %2</translation>
    </message>
    <message>
        <source>%1 names no metric (%2): it selects every metric with these labels, and their values would be added up; write the metric&apos;s name, e.g. http_requests_total{...}</source>
        <translation>%1 nennt keine Metrik (%2): der Selektor wählt jede Metrik mit diesen Labels, und ihre Werte würden addiert; schreiben Sie den Namen der Metrik, z. B. http_requests_total{...}</translation>
    </message>
</context>
<context>
    <name>Sla::Core::WindowLimits</name>
    <message>
        <source>the window %1 is shorter than the shortest allowed, 1m</source>
        <translation>das Fenster %1 ist kürzer als das kürzeste erlaubte, 1m</translation>
    </message>
    <message>
        <source>the window %1 is longer than the longest allowed, 730d (2y)</source>
        <translation>das Fenster %1 ist länger als das längste erlaubte, 730d (2y)</translation>
    </message>
    <message>
        <source>timeslices of %1 are shorter than the shortest allowed, 1s</source>
        <translation>Zeitscheiben von %1 sind kürzer als die kürzesten erlaubten, 1s</translation>
    </message>
    <message>
        <source>timeslices of %1 are longer than the window (%2): no slice would ever end inside it</source>
        <translation>Zeitscheiben von %1 sind länger als das Fenster (%2): keine Scheibe würde je darin enden</translation>
    </message>
    <message>
        <source>timeslices of %1 cut the window into %2 slices, more than the %3 allowed; use longer slices (at least %4)</source>
        <translation>Zeitscheiben von %1 teilen das Fenster in %2 Scheiben, mehr als die erlaubten %3; verwenden Sie längere Scheiben (mindestens %4)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::Yaml</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>metadata of %1</source>
        <translation>metadata von %1</translation>
    </message>
    <message>
        <source>field &apos;labels&apos; of metadata must be a mapping, got %1</source>
        <translation>das Feld &apos;labels&apos; von metadata muss ein Mapping sein, erhalten: %1</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; must be text or a list of text</source>
        <translation>das Label &apos;%1&apos; muss Text oder eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping, got %2</source>
        <translation>%1 muss ein Mapping sein, erhalten: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is given twice in %2</source>
        <translation>das Feld &apos;%1&apos; ist in %2 doppelt angegeben</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2 (known fields: %3)</source>
        <translation>unbekanntes Feld &apos;%1&apos; in %2 (bekannte Felder: %3)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekanntes Feld &apos;%1&apos; in %2; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>%1 is missing the required field &apos;%2&apos;</source>
        <translation>%1 fehlt das Pflichtfeld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be text, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss Text sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a number, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Zahl sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a whole number, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine ganze Zahl sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be true or false, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss true oder false sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a duration such as 30d, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Dauer wie 30d sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2: %3</source>
        <translation>Feld &apos;%1&apos; von %2: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be an RFC 3339 time such as 2025-01-01T00:00:00Z, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine RFC-3339-Zeit wie 2025-01-01T00:00:00Z sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a list, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss eine Liste sein, erhalten: %3</translation>
    </message>
    <message>
        <source>items of &apos;%1&apos; in %2 must be text, got %3</source>
        <translation>Einträge von &apos;%1&apos; in %2 müssen Text sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be a mapping, got %3</source>
        <translation>das Feld &apos;%1&apos; von %2 muss ein Mapping sein, erhalten: %3</translation>
    </message>
    <message>
        <source>values of &apos;%1&apos; in %2 must be text, got %3</source>
        <translation>Werte von &apos;%1&apos; in %2 müssen Text sein, erhalten: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 has the invalid value &apos;%3&apos; (allowed: %4)</source>
        <translation>das Feld &apos;%1&apos; von %2 hat den ungültigen Wert &apos;%3&apos; (erlaubt: %4)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>the YAML parser cannot read on from here</source>
        <translation>der YAML-Parser kann ab hier nicht weiterlesen</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; of %2 must be an RFC 3339 time with a zone such as 2025-06-09T10:00:00Z or 2025-06-09T12:00:00+02:00, got %3</source>
        <translation>Feld &apos;%1&apos; von %2 muss eine RFC-3339-Zeit mit Zone wie 2025-06-09T10:00:00Z oder 2025-06-09T12:00:00+02:00 sein, erhalten: %3</translation>
    </message>
</context>
<context>
    <name>Sla::Core::YamlGuard</name>
    <message>
        <source>an alias refers to a mapping or list that contains it: a cycle</source>
        <translation>ein Alias verweist auf ein Mapping oder eine Liste, die ihn enthält: ein Zyklus</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes (aliases count as the nodes they repeat); split it or remove repeated aliases</source>
        <translation>die Datei hat mehr als %1 YAML-Knoten (Aliase zählen als die Knoten, die sie wiederholen); teilen Sie sie auf oder entfernen Sie wiederholte Aliase</translation>
    </message>
    <message>
        <source>mappings and lists are nested more than %1 levels deep</source>
        <translation>Mappings und Listen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; SLA Desk reads documents up to that size</source>
        <translation>die Datei ist größer als %1 MiB; SLA Desk liest Dokumente bis zu dieser Größe</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: YAML documents are text (is this a binary file?)</source>
        <translation>die Datei enthält ein NUL-Byte: YAML-Dokumente sind Text (ist das eine Binärdatei?)</translation>
    </message>
</context>
<context>
    <name>Sla::Core::YamlPatch</name>
    <message>
        <source>the YAML does not parse: %1</source>
        <translation>das YAML lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos; in the text</source>
        <translation>%1 &apos;%2&apos; kommt im Text nicht vor</translation>
    </message>
    <message>
        <source>nothing at %1</source>
        <translation>nichts unter %1</translation>
    </message>
    <message>
        <source>%1 is a list item, not a field</source>
        <translation>%1 ist ein Listenelement, kein Feld</translation>
    </message>
    <message>
        <source>a block value cannot go into a flow mapping</source>
        <translation>ein Blockwert kann nicht in ein Flow-Mapping eingefügt werden</translation>
    </message>
    <message>
        <source>cannot add &apos;%1&apos;: its parent is not a mapping</source>
        <translation>&apos;%1&apos; kann nicht hinzugefügt werden: das übergeordnete Element ist kein Mapping</translation>
    </message>
    <message>
        <source>cannot remove the first field of a list item</source>
        <translation>das erste Feld eines Listenelements kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>no item %1 in %2</source>
        <translation>kein Element %1 in %2</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
</context>
<context>
    <name>Sla::Core::YamlWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::AlertConsole</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>in maintenance (%1)</source>
        <translation>in Wartung (%1)</translation>
    </message>
    <message>
        <source>acknowledged by %1 %2</source>
        <translation>bestätigt von %1 %2</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>Vor&amp;fall</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Restbudget</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No alert is pending or firing.</source>
        <translation>Kein Alarm ist ausstehend oder ausgelöst.</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <source>Run &amp;remediation…</source>
        <translation>Be&amp;hebung ausführen…</translation>
    </message>
    <message>
        <source>Open run&amp;book</source>
        <translation>&amp;Runbook öffnen</translation>
    </message>
    <message>
        <source>Show &amp;SLA</source>
        <translation>S&amp;LA anzeigen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Post-mortem draft…</source>
        <translation>&amp;Post-Mortem-Entwurf…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <source>Note for the history (what you are doing about it):</source>
        <translation>Notiz für den Verlauf (was Sie dagegen unternehmen):</translation>
    </message>
    <message>
        <source>The alert is no longer pending or firing.</source>
        <translation>Der Alarm ist weder ausstehend noch ausgelöst.</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Silence alert</source>
        <translation>Alarm stummschalten</translation>
    </message>
    <message>
        <source>Silence %1 for:</source>
        <translation>%1 stummschalten für:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>All SLAs</source>
        <translation>Alle SLAs</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>Alarmverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Incident of %1, firing since %2</source>
        <translation>Vorfall von %1, ausgelöst seit %2</translation>
    </message>
    <message>
        <source>Select a firing alert on the Alerts tab to work through its checklist.</source>
        <translation>Wählen Sie auf der Registerkarte „Alarme“ einen ausgelösten Alarm aus, um seine Checkliste abzuarbeiten.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 um %3</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Abgehakt</translation>
    </message>
    <message>
        <source>Unticked</source>
        <translation>Haken entfernt</translation>
    </message>
    <message>
        <source>Post-mortem draft</source>
        <translation>Post-Mortem-Entwurf</translation>
    </message>
    <message>
        <source>Save post-mortem</source>
        <translation>Post-Mortem speichern</translation>
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
        <translation>Bereitschaftskonsole</translation>
    </message>
    <message>
        <source>Alert history unavailable (%1): alerts work, nothing is kept.</source>
        <translation>Alarmverlauf nicht verfügbar (%1): Alarme funktionieren, aber nichts wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Run remediation</source>
        <translation>Behebung ausführen</translation>
    </message>
    <message>
        <source>Run the remediation of %1 now?

This calls %2.</source>
        <translation>Die Behebung von %1 jetzt ausführen?

Dies ruft %2 auf.</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Remediation not run: %1</source>
        <translation>Behebung nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Remediation of %1 requested.</source>
        <translation>Behebung von %1 angefordert.</translation>
    </message>
    <message>
        <source>SLA Desk: no alert firing</source>
        <translation>SLA Desk: kein Alarm ausgelöst</translation>
    </message>
    <message numerus="yes">
        <source>SLA Desk: %n alert(s) firing</source>
        <translation>
            <numerusform>SLA Desk: %n Alarm ausgelöst</numerusform>
            <numerusform>SLA Desk: %n Alarme ausgelöst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sla::Ui::AlertKnobs</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 must be a fraction from 0 to 1</source>
        <translation>%1 muss ein Anteil von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>a burn-rate factor must be above 0</source>
        <translation>ein Verbrauchsraten-Faktor muss größer als 0 sein</translation>
    </message>
    <message>
        <source>a burn-rate window must be one of %1</source>
        <translation>ein Verbrauchsraten-Fenster muss eines von %1 sein</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>long window</source>
        <translation>langes Fenster</translation>
    </message>
    <message>
        <source>short window</source>
        <translation>kurzes Fenster</translation>
    </message>
    <message>
        <source>%1: pair %2 (%3) %4</source>
        <translation>%1: Paar %2 (%3) %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::BacktestPanel</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Last SLA window</source>
        <translation>Letztes SLA-Fenster</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;chritt:</translation>
    </message>
    <message>
        <source>R&amp;un backtest</source>
        <translation>Backtest &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Alert rules of the objective and variants</source>
        <translation>Alarmregeln des Ziels und Varianten</translation>
    </message>
    <message>
        <source>&amp;Add variant</source>
        <translation>Variante &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move variant</source>
        <translation>Variante ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Keep this variant</source>
        <translation>Diese Variante &amp;behalten</translation>
    </message>
    <message>
        <source>Writes the selected variant&apos;s values into the SLA (undoable)</source>
        <translation>Schreibt die Werte der gewählten Variante in das SLA (rückgängig machbar)</translation>
    </message>
    <message>
        <source>What each would have done</source>
        <translation>Was jede getan hätte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Time firing</source>
        <translation>Auslösezeit</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Page</translation>
    </message>
    <message>
        <source>Budget consumed before the first page</source>
        <translation>Vor der ersten Page verbrauchtes Budget</translation>
    </message>
    <message>
        <source>Breach periods</source>
        <translation>Verletzungszeiträume</translation>
    </message>
    <message>
        <source>Time to detect each breach</source>
        <translation>Zeit bis zur Erkennung jeder Verletzung</translation>
    </message>
    <message>
        <source>Firing episodes (pages red in the upper half, tickets orange and info blue in the lower) against the objective&apos;s breach periods (hatched)</source>
        <translation>Auslöse-Episoden (Pages rot in der oberen Hälfte, Tickets orange und Info blau in der unteren) gegen die Verletzungszeiträume des Ziels (schraffiert)</translation>
    </message>
    <message>
        <source>Edit a variant&apos;s values in its column (durations such as 30m, levels such as 0.93); a rule for every objective of the SLA is kept for every objective.</source>
        <translation>Bearbeiten Sie die Werte einer Variante in ihrer Spalte (Dauern wie 30m, Niveaus wie 0.93); eine Regel für jedes Ziel des SLA wird für jedes Ziel übernommen.</translation>
    </message>
    <message>
        <source>No alert rule applies to this objective: add one in the form, then tune it here.</source>
        <translation>Für dieses Ziel gilt keine Alarmregel: Fügen Sie im Formular eine hinzu und stimmen Sie sie hier ab.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Select a cell of the variant to remove.</source>
        <translation>Wählen Sie eine Zelle der zu entfernenden Variante.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a cell of the variant to keep.</source>
        <translation>Wählen Sie eine Zelle der zu behaltenden Variante.</translation>
    </message>
    <message>
        <source>Keep backtest %1 of %2</source>
        <translation>Backtest %1 von %2 behalten</translation>
    </message>
    <message>
        <source>The variant could not be written: %1</source>
        <translation>Die Variante konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 is now the rules of %2 (Undo takes it back).</source>
        <translation>%1 sind jetzt die Regeln von %2 (Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Recordings are replayed on their own time line in a chosen range, as slactl backtest does.</source>
        <translation>Aufzeichnungen werden in einem gewählten Zeitraum auf ihrer eigenen Zeitachse abgespielt, wie bei slactl backtest.</translation>
    </message>
    <message>
        <source>Select an SLA and one of its objectives first.</source>
        <translation>Wählen Sie zuerst ein SLA und eines seiner Ziele.</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose a later end.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: Wählen Sie ein späteres Ende.</translation>
    </message>
    <message>
        <source>The range has more than %1 steps of %2: choose a larger step.</source>
        <translation>Der Zeitraum hat mehr als %1 Schritte von %2: Wählen Sie einen größeren Schritt.</translation>
    </message>
    <message>
        <source>Evaluating %1 from %2 to %3 every %4…</source>
        <translation>Werte %1 von %2 bis %3 alle %4 aus…</translation>
    </message>
    <message>
        <source>The source failed at %1: %2</source>
        <translation>Die Quelle ist bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Replaying the alert rules…</source>
        <translation>Spiele die Alarmregeln ab…</translation>
    </message>
    <message>
        <source>The replay ended without a result.</source>
        <translation>Das Abspielen endete ohne Ergebnis.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>end of range</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>keine Page</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Backtest of %1 from %2 to %3: %n evaluation(s).</source>
        <translation>
            <numerusform>Backtest von %1 von %2 bis %3: %n Auswertung.</numerusform>
            <numerusform>Backtest von %1 von %2 bis %3: %n Auswertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation>Backtest abgebrochen.</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scheduled maintenance</source>
        <translation>geplante Wartung</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>labels still arriving; figures may change and are not used for the status</source>
        <translation>Labels treffen noch ein; die Zahlen können sich ändern und werden nicht für den Status verwendet</translation>
    </message>
    <message>
        <source>%1 (%2), still firing</source>
        <translation>%1 (%2), weiterhin ausgelöst</translation>
    </message>
    <message>
        <source>%1 (%2), fired until resolved</source>
        <translation>%1 (%2), ausgelöst bis zur Behebung</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ChartOverlays</name>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation>Vorläufig: %1</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ContractForm</name>
    <message>
        <source>Contract and remediation</source>
        <translation>Vertrag und Behebung</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Contract &amp;period:</source>
        <translation>Vertrags&amp;zeitraum:</translation>
    </message>
    <message>
        <source>https://… called by Run remediation</source>
        <translation>https://… aufgerufen von „Behebung ausführen“</translation>
    </message>
    <message>
        <source>https://… opened by Open runbook</source>
        <translation>https://… geöffnet von „Runbook öffnen“</translation>
    </message>
    <message>
        <source>what to do when the webhook fails</source>
        <translation>was zu tun ist, wenn der Webhook fehlschlägt</translation>
    </message>
    <message>
        <source>Remediation &amp;webhook:</source>
        <translation>Behebungs-&amp;Webhook:</translation>
    </message>
    <message>
        <source>Change the contract period</source>
        <translation>Vertragszeitraum ändern</translation>
    </message>
    <message>
        <source>SLI below %1 % owes %2 %</source>
        <translation>SLI unter %1 % schuldet %2 %</translation>
    </message>
    <message>
        <source>A credit row&apos;s threshold is an SLI above 0 % and below 100 %.</source>
        <translation>Die Schwelle einer Gutschriftzeile ist ein SLI über 0 % und unter 100 %.</translation>
    </message>
    <message>
        <source>Add a service credit row</source>
        <translation>Zeile für Servicegutschrift hinzufügen</translation>
    </message>
    <message>
        <source>Select a credit row to remove.</source>
        <translation>Wählen Sie die zu entfernende Gutschriftzeile.</translation>
    </message>
    <message>
        <source>Remove a service credit row</source>
        <translation>Zeile für Servicegutschrift entfernen</translation>
    </message>
    <message>
        <source>Change the remediation %1</source>
        <translation>Behebung %1 ändern</translation>
    </message>
    <message>
        <source>The service credit owed (a share of the period&apos;s fee) when an objective misses its target over the contract period: the largest credit of the rows whose threshold is above the SLI</source>
        <translation>Die geschuldete Servicegutschrift (ein Anteil der Gebühr des Zeitraums), wenn ein Ziel im Vertragszeitraum verfehlt wird: die größte Gutschrift der Zeilen, deren Schwelle über dem SLI liegt</translation>
    </message>
    <message>
        <source>Service cr&amp;edits:</source>
        <translation>S&amp;ervicegutschriften:</translation>
    </message>
    <message>
        <source>SLI below</source>
        <translation>SLI unter</translation>
    </message>
    <message>
        <source>owes</source>
        <translation>schuldet</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Runbook:</translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation>Rückfallebene:</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::DataSourceForm</name>
    <message>
        <source>Set secret in Data Sou&amp;rces…</source>
        <translation>Geheimnis in Datenq&amp;uellen setzen…</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the workspace files</source>
        <translation>Geheimnisse liegen im Schlüsselbund des Systems, nie in den Dateien des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Descriptio&amp;n:</source>
        <translation>Beschreibu&amp;ng:</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recorded File</source>
        <translation>Aufgezeichnete Datei</translation>
    </message>
    <message>
        <source>OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)</source>
        <translation>OpenMetrics-Dateien (*.om *.om.gz *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Data source %1</source>
        <translation>Datenquelle %1</translation>
    </message>
    <message>
        <source>Change the data source&apos;s %1</source>
        <translation>%1 der Datenquelle ändern</translation>
    </message>
    <message>
        <source>The connection details of %1 are a list: edit them in the YAML tab.</source>
        <translation>Die Verbindungsdetails von %1 sind eine Liste: Bearbeiten Sie sie im YAML-Reiter.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Prometheus-compatible (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics)</source>
        <translation>Prometheus-kompatibel (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics)</translation>
    </message>
    <message>
        <source>Datadog</source>
        <translation>Datadog</translation>
    </message>
    <message>
        <source>Recorded OpenMetrics file</source>
        <translation>Aufgezeichnete OpenMetrics-Datei</translation>
    </message>
    <message>
        <source>e.g. /prometheus for Mimir</source>
        <translation>z. B. /prometheus für Mimir</translation>
    </message>
    <message>
        <source>sent as X-Scope-OrgID</source>
        <translation>gesendet als X-Scope-OrgID</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (im Systemschlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Skip TLS certificate verification (insecure)</source>
        <translation>TLS-Zertifikatsprüfung überspringen (unsicher)</translation>
    </message>
    <message>
        <source>relative to the workspace, e.g. data/recording.om.gz</source>
        <translation>relativ zum Arbeitsbereich, z. B. data/recording.om.gz</translation>
    </message>
    <message>
        <source>Shift the recording so that its last sample is now</source>
        <translation>Aufzeichnung so verschieben, dass ihr letzter Messwert jetzt ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Path prefix:</source>
        <translation>&amp;Pfadpräfix:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>Man&amp;dant:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Datadog &amp;site:</source>
        <translation>Datadog-S&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain, never in the workspace files. Headless runs may set SLADESK_SECRET_&lt;SOURCE&gt; instead.</source>
        <translation>Geheimnisse werden im Systemschlüsselbund gespeichert, nie in den Dateien des Arbeitsbereichs. Läufe ohne Oberfläche können stattdessen SLADESK_SECRET_&lt;SOURCE&gt; setzen.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>the recording %1 is readable</source>
        <translation>die Aufzeichnung %1 ist lesbar</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server answers</source>
        <translation>der Server antwortet</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>every data source needs a name</source>
        <translation>jede Datenquelle braucht einen Namen</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>der Name %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Storing secrets in the keychain…</source>
        <translation>Geheimnisse werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Secrets stored in the keychain.</source>
        <translation>Geheimnisse im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Could not store a secret: %1</source>
        <translation>Ein Geheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>SLA Desk cannot query %1 data sources.</source>
        <translation>SLA Desk kann keine %1-Datenquellen abfragen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The region is required, e.g. eu-west-1.</source>
        <translation>Die Region ist erforderlich, z. B. eu-west-1.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region name such as eu-west-1.</source>
        <translation>„%1“ ist kein AWS-Regionsname wie eu-west-1.</translation>
    </message>
    <message>
        <source>Not an http or https URL such as https://monitoring.eu-west-1.amazonaws.com.</source>
        <translation>Keine http- oder https-URL wie https://monitoring.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>A password does not belong in the URL; the keys go into the fields below.</source>
        <translation>Ein Passwort gehört nicht in die URL; die Schlüssel gehören in die Felder unten.</translation>
    </message>
    <message>
        <source>“%1” is not an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader.</source>
        <translation>„%1“ ist keine IAM-Rollen-ARN wie arn:aws:iam::123456789012:role/sla-reader.</translation>
    </message>
    <message>
        <source>Give both the access key id and the secret access key (the session token is optional), or leave all three empty to keep the stored ones.</source>
        <translation>Geben Sie sowohl die Zugriffsschlüssel-ID als auch den geheimen Zugriffsschlüssel an (das Sitzungstoken ist optional), oder lassen Sie alle drei leer, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>The keys must not contain control characters.</source>
        <translation>Die Schlüssel dürfen keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>AWS CloudWatch</source>
        <translation>AWS CloudWatch</translation>
    </message>
    <message>
        <source>required, e.g. eu-west-1</source>
        <translation>erforderlich, z. B. eu-west-1</translation>
    </message>
    <message>
        <source>optional; default https://monitoring.REGION.amazonaws.com</source>
        <translation>optional; Standard https://monitoring.REGION.amazonaws.com</translation>
    </message>
    <message>
        <source>optional: a profile of ~/.aws/credentials</source>
        <translation>optional: ein Profil aus ~/.aws/credentials</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Endpo&amp;int:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Ro&amp;le ARN:</source>
        <translation>Ro&amp;llen-ARN:</translation>
    </message>
    <message>
        <source>Access key I&amp;D:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Secret access ke&amp;y:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Se&amp;ssion token:</source>
        <translation>Sit&amp;zungstoken:</translation>
    </message>
    <message>
        <source>Connection details:</source>
        <translation>Verbindungsdetails:</translation>
    </message>
    <message>
        <source>%1 (kept as it is: SLA Desk does not edit this type)</source>
        <translation>%1 (unverändert beibehalten: SLA Desk bearbeitet diesen Typ nicht)</translation>
    </message>
    <message>
        <source>Other types (shown read-only)</source>
        <translation>Andere Typen (schreibgeschützt angezeigt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>nur für temporäre Anmeldedaten</translation>
    </message>
    <message>
        <source>Comment lines inside the data sources you change are not kept; these files have comments: %1</source>
        <translation>Kommentarzeilen innerhalb der geänderten Datenquellen bleiben nicht erhalten; diese Dateien haben Kommentare: %1</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
    <message>
        <source>no AWS credentials: type the access key ID and secret access key, store them with slactl credentials set %1, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add profile %2 to %3</source>
        <translation>keine AWS-Anmeldedaten: geben Sie Zugriffsschlüssel-ID und geheimen Zugriffsschlüssel ein, speichern Sie sie mit slactl credentials set %1, setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder fügen Sie das Profil %2 zu %3 hinzu</translation>
    </message>
    <message>
        <source>OK: CloudWatch accepted the credentials and answered GetMetricData.</source>
        <translation>OK: CloudWatch hat die Anmeldedaten akzeptiert und GetMetricData beantwortet.</translation>
    </message>
    <message>
        <source>Failed (throttled: CloudWatch takes no more requests for now; try again later): %1</source>
        <translation>Fehlgeschlagen (gedrosselt: CloudWatch nimmt vorerst keine Anfragen mehr an; versuchen Sie es später erneut): %1</translation>
    </message>
    <message>
        <source>Failed (credentials refused): %1</source>
        <translation>Fehlgeschlagen (Anmeldedaten abgelehnt): %1</translation>
    </message>
    <message>
        <source>Failed (unreachable: check the region or endpoint and the network): %1</source>
        <translation>Fehlgeschlagen (nicht erreichbar: prüfen Sie Region oder Endpunkt und das Netzwerk): %1</translation>
    </message>
    <message>
        <source>data source %1: %2</source>
        <translation>Datenquelle %1: %2</translation>
    </message>
    <message>
        <source>could not update %1: %2</source>
        <translation>%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Authent&amp;ication:</source>
        <translation>Authent&amp;ifizierung:</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>CA-Da&amp;tei:</translation>
    </message>
    <message>
        <source>Application ke&amp;y:</source>
        <translation>Anwendungsschlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Recorded File</source>
        <translation>Aufgezeichnete Datei</translation>
    </message>
    <message>
        <source>OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)</source>
        <translation>OpenMetrics-Dateien (*.om *.om.gz *.txt *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::DetailWidget</name>
    <message>
        <source>Objective of this SLA</source>
        <translation>Ziel dieses SLA</translation>
    </message>
    <message>
        <source>Error budget remaining</source>
        <translation>Verbleibendes Fehlerbudget</translation>
    </message>
    <message>
        <source>Burn rate and alert thresholds</source>
        <translation>Burn-Rate und Alarmschwellen</translation>
    </message>
    <message>
        <source>Select an SLA or objective in the overview</source>
        <translation>Wählen Sie in der Übersicht ein SLA oder ein Ziel aus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>no attained value; target %1</source>
        <translation>kein erreichter Wert; Ziel %1</translation>
    </message>
    <message>
        <source>budget exhausted</source>
        <translation>Budget aufgebraucht</translation>
    </message>
    <message>
        <source>budget runs out %1 at the current burn</source>
        <translation>das Budget ist bei der aktuellen Burn-Rate %1 aufgebraucht</translation>
    </message>
    <message>
        <source>%1 good / %2 bad / %3 empty slices</source>
        <translation>%1 gute / %2 schlechte / %3 leere Zeitscheiben</translation>
    </message>
    <message>
        <source>latest slice %1</source>
        <translation>letzte Zeitscheibe %1</translation>
    </message>
    <message>
        <source>Service %1, owner %2, data source %3</source>
        <translation>Service %1, Verantwortlich %2, Datenquelle %3</translation>
    </message>
    <message>
        <source>Stale: these figures are from %1; the source fails now: %2</source>
        <translation>Veraltet: diese Zahlen stammen von %1; die Quelle schlägt jetzt fehl: %2</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>Burn-Rate</translation>
    </message>
    <message>
        <source>alert at</source>
        <translation>Alarm bei</translation>
    </message>
    <message>
        <source>Burn rate per window; ▲ marks a window at or above the threshold of its default alert (SRE workbook: page at 14.4× on 1h and 5m, 6× on 6h and 30m; ticket at 3× on 1d and 2h, 1× on 3d and 6h).</source>
        <translation>Burn-Rate pro Fenster; ▲ markiert ein Fenster bei oder über der Schwelle seines Standardalarms (SRE Workbook: Alarm bei 14.4× über 1h und 5m, 6× über 6h und 30m; Ticket bei 3× über 1d und 2h, 1× über 3d und 6h).</translation>
    </message>
    <message>
        <source>%1 (model quality) against target</source>
        <translation>%1 (Modellqualität) gegenüber dem Ziel</translation>
    </message>
    <message>
        <source>Days within the drift threshold against target</source>
        <translation>Tage innerhalb der Drift-Schwelle gegenüber dem Ziel</translation>
    </message>
    <message>
        <source>Good slices against target</source>
        <translation>Gute Zeitscheiben gegenüber dem Ziel</translation>
    </message>
    <message>
        <source>SLI against target</source>
        <translation>SLI gegenüber dem Ziel</translation>
    </message>
    <message>
        <source>No chart data: %1</source>
        <translation>Keine Diagrammdaten: %1</translation>
    </message>
    <message>
        <source>1h burn rate</source>
        <translation>Burn-Rate 1h</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Slice value</source>
        <translation>Zeitscheibenwert</translation>
    </message>
    <message>
        <source>Drift score (%1) per slice</source>
        <translation>Drift-Wert (%1) pro Zeitscheibe</translation>
    </message>
    <message>
        <source>p%1 latency per slice (seconds)</source>
        <translation>p%1-Latenz pro Zeitscheibe (Sekunden)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Show how the figures come about: the arithmetic, the queries and their answers (%1)</source>
        <translation>Zeigen, wie die Zahlen zustande kommen: die Rechnung, die Abfragen und ihre Antworten (%1)</translation>
    </message>
    <message>
        <source>attained &lt;b&gt;%1&lt;/b&gt;%2 against a target of %3</source>
        <translation>erreicht &lt;b&gt;%1&lt;/b&gt;%2 bei einem Zielwert von %3</translation>
    </message>
    <message>
        <source>%1; target %2</source>
        <translation>%1; Zielwert %2</translation>
    </message>
    <message>
        <source>error budget left &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>verbleibendes Fehlerbudget &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>95 % interval [%1, %2]</source>
        <translation>95-%-Intervall [%1, %2]</translation>
    </message>
    <message>
        <source>(recorded data, not live)</source>
        <translation>(aufgezeichnete Daten, nicht live)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>No burn rates: the budget of a timeslice objective is counted in slices.</source>
        <translation>Keine Burn-Rates: das Budget eines Zeitscheiben-Ziels wird in Scheiben gezählt.</translation>
    </message>
    <message>
        <source>– : not enough data in that window yet (or fewer events than the objective&apos;s minimum)</source>
        <translation>– : noch nicht genug Daten in diesem Fenster (oder weniger Ereignisse als das Minimum des Ziels)</translation>
    </message>
    <message>
        <source>SLI per step</source>
        <translation>SLI pro Schritt</translation>
    </message>
    <message>
        <source>Window SLI as of t</source>
        <translation>Fenster-SLI zum Zeitpunkt t</translation>
    </message>
    <message>
        <source>Budget remaining of the SLA window as of t</source>
        <translation>Verbleibendes Budget des SLA-Fensters zum Zeitpunkt t</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole range again (or double-click a chart, or press Escape on it)</source>
        <translation>Wieder den ganzen Zeitraum anzeigen (oder doppelklicken Sie auf ein Diagramm oder drücken Sie darin Escape)</translation>
    </message>
    <message>
        <source>attained &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>erreicht &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the SLA window&apos;s error budget spent in it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; des Fehlerbudgets des SLA-Fensters darin verbraucht</translation>
    </message>
    <message>
        <source>Range “%1”: %2</source>
        <translation>Zeitraum „%1“: %2</translation>
    </message>
    <message>
        <source>%1 · no complete %2 slice ends in this range</source>
        <translation>%1 · in diesem Zeitraum endet keine vollständige %2-Zeitscheibe</translation>
    </message>
    <message>
        <source>Read from the sladesk: recording rules of slactl rules: the window&apos;s events are the recorded 5-minute increases, which can differ from the raw series by the pieces at the window&apos;s ends</source>
        <translation>Aus den sladesk:-Aufzeichnungsregeln von slactl rules gelesen: Die Ereignisse des Fensters sind die aufgezeichneten 5-Minuten-Zuwächse, die von den Rohreihen um die Stücke an den Enden des Fensters abweichen können</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::EditorSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No %1 &apos;%2&apos; in the workspace</source>
        <translation>%1 &apos;%2&apos; ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::EditorWidget</name>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>Tier templates</source>
        <translation>Stufenvorlagen</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>&amp;New SLA…</source>
        <translation>&amp;Neues SLA…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert File</source>
        <translation>Datei &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>This workspace has unsaved edits from a session that did not end normally.</source>
        <translation>Dieser Arbeitsbereich hat ungespeicherte Änderungen aus einer Sitzung, die nicht normal beendet wurde.</translation>
    </message>
    <message>
        <source>&amp;Restore Them</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Restored the unsaved edits of %n file(s).</source>
        <translation>
            <numerusform>Die ungespeicherten Änderungen von %n Datei wurden wiederhergestellt.</numerusform>
            <numerusform>Die ungespeicherten Änderungen von %n Dateien wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every document is valid.</source>
        <translation>Keine Probleme: jedes Dokument ist gültig.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>%1 %2 is edited in the YAML tab; the diagnostics below check it as you type.</source>
        <translation>%1 %2 wird auf der Registerkarte YAML bearbeitet; die Diagnosen unten prüfen die Eingabe laufend.</translation>
    </message>
    <message>
        <source>New SLA %1</source>
        <translation>Neues SLA %1</translation>
    </message>
    <message>
        <source>Created %1; save it with %2.</source>
        <translation>%1 angelegt; speichern Sie mit %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save as %1</source>
        <translation>Speichern unter %1 nicht möglich</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The workspace has unsaved edits. Save them?</source>
        <translation>Der Arbeitsbereich hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Alert &amp;backtest</source>
        <translation>Alarm-&amp;Backtest</translation>
    </message>
    <message>
        <source>Adds OpenSLO, Sloth, Pyrra, Datadog SLO or SLA Desk files to the workspace</source>
        <translation>Fügt dem Arbeitsbereich OpenSLO-, Sloth-, Pyrra-, Datadog-SLO- oder SLA-Desk-Dateien hinzu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>OpenSLO, Sloth, Pyrra, Datadog or SLA Desk files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>OpenSLO-, Sloth-, Pyrra-, Datadog- oder SLA-Desk-Dateien (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a workspace before importing files into it.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, bevor Sie Dateien hineinimportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s), %1 converted to sladesk/v1; save with %2.</source>
        <translation>
            <numerusform>%n Datei importiert, davon %1 nach sladesk/v1 umgewandelt; speichern mit %2.</numerusform>
            <numerusform>%n Dateien importiert, davon %1 nach sladesk/v1 umgewandelt; speichern mit %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::EntriesForm</name>
    <message>
        <source>E&amp;ntries (double-click or F2 to edit a cell; times in UTC, RFC 3339):</source>
        <translation>Ei&amp;nträge (Doppelklick oder F2 bearbeitet eine Zelle; Zeiten in UTC, RFC 3339):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Corrections in %1</source>
        <translation>Korrekturen in %1</translation>
    </message>
    <message>
        <source>Annotations in %1</source>
        <translation>Anmerkungen in %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End or duration</source>
        <translation>Ende oder Dauer</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>An entry needs a name.</source>
        <translation>Ein Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Describe the period left out</source>
        <translation>Beschreiben Sie den ausgenommenen Zeitraum</translation>
    </message>
    <message>
        <source>Describe what happened</source>
        <translation>Beschreiben Sie, was geschah</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Select the entry to remove.</source>
        <translation>Wählen Sie den zu entfernenden Eintrag.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ExplainWidget</name>
    <message>
        <source>Explaining</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the whole explanation, with the queries and answers, to the clipboard</source>
        <translation>Die ganze Erklärung mit den Abfragen und Antworten in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Queries and answers</source>
        <translation>Abfragen und Antworten</translation>
    </message>
    <message>
        <source>Queries sent and their answers</source>
        <translation>Gesendete Abfragen und ihre Antworten</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>With the figures</source>
        <translation>Mit den Zahlen</translation>
    </message>
    <message>
        <source>Explaining %1 / %2 …</source>
        <translation>Erkläre %1 / %2 …</translation>
    </message>
    <message>
        <source>%1 / %2 at %3</source>
        <translation>%1 / %2 um %3</translation>
    </message>
    <message>
        <source>Window %1 to %2; status %3; data source %4</source>
        <translation>Fenster %1 bis %2; Status %3; Datenquelle %4</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Corrections left out: %1</source>
        <translation>Ausgelassene Korrekturen: %1</translation>
    </message>
    <message>
        <source>burn rate %1</source>
        <translation>Burn-Rate %1</translation>
    </message>
    <message>
        <source>error ratio over the window / (1 - target)</source>
        <translation>Fehlerquote über das Fenster / (1 - Zielwert)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>&amp;SLAs:</source>
        <translation>&amp;SLAs:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Date&amp;i:</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vorschau bereit.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Painting page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::FormSupport</name>
    <message>
        <source>No %1 &apos;%2&apos; in the workspace</source>
        <translation>Kein %1 „%2“ im Arbeitsbereich</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SLA Desk</source>
        <translation>Über &amp;SLA Desk</translation>
    </message>
    <message>
        <source>About SLA Desk</source>
        <translation>Über SLA Desk</translation>
    </message>
    <message>
        <source>No workspace open. Use File → Open Folder… (%1).</source>
        <translation>Kein Arbeitsbereich geöffnet. Verwenden Sie Datei → Ordner öffnen… (%1).</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a workspace folder (%1)</source>
        <translation>Einen Arbeitsbereichsordner öffnen (%1)</translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation>Date&amp;i öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The demo workspace was not found. Looked in:
%1</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht gefunden. Gesucht in:
%1</translation>
    </message>
    <message>
        <source>&amp;Data Sources…</source>
        <translation>&amp;Datenquellen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Evaluate every objective now (%1)</source>
        <translation>Jedes Ziel jetzt auswerten (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Auto Refresh</source>
        <translation>Automatisch a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Alle %1 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&lt;b&gt;SLA Desk %1&lt;/b&gt;&lt;p&gt;SLA compliance, error budgets and model quality for production AI systems.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;SLA Desk %1&lt;/b&gt;&lt;p&gt;SLA-Konformität, Fehlerbudgets und Modellqualität für produktive KI-Systeme.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — SLA Desk</source>
        <translation>%1 — SLA Desk</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source> · refreshing…</source>
        <translation> · wird aktualisiert…</translation>
    </message>
    <message>
        <source> · auto refresh every %1 s</source>
        <translation> · automatische Aktualisierung alle %1 s</translation>
    </message>
    <message>
        <source> · auto refresh off</source>
        <translation> · automatische Aktualisierung aus</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation>Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>SLA documents (*.yaml *.yml *.json);;All files (*)</source>
        <translation>SLA-Dokumente (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>%1: %2 error(s) in the documents; see View → Problems.</source>
        <translation>%1: %2 Fehler in den Dokumenten; siehe Ansicht → Probleme.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems — %1</source>
        <translation>Probleme — %1</translation>
    </message>
    <message>
        <source>Not an SLA Desk link: %1</source>
        <translation>Kein SLA-Desk-Link: %1</translation>
    </message>
    <message>
        <source>The workspace has no SLA named %1.</source>
        <translation>Der Arbeitsbereich hat kein SLA namens %1.</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>%1: no objective uses this source, so no refresh queries it</source>
        <translation>%1: Kein Ziel verwendet diese Quelle, daher fragt keine Aktualisierung sie ab</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>On-call &amp;console</source>
        <translation>&amp;Bereitschaftskonsole</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit Mode</source>
        <translation>Bearbeitungs&amp;modus</translation>
    </message>
    <message>
        <source>E&amp;ditor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Editor ●</source>
        <translation>Editor ●</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes when SLA Desk starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von SLA Desk.</translation>
    </message>
    <message>
        <source> · incremental (%1 of %2 objectives from the raw series read in full)</source>
        <translation> · inkrementell (%1 von %2 Zielen aus den Rohreihen vollständig gelesen)</translation>
    </message>
    <message>
        <source>recording rules for %1 of %2 objectives</source>
        <translation>Aufzeichnungsregeln für %1 von %2 Zielen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 read the window&apos;s events from the sladesk: recording rules of slactl rules (the derived windows&apos; difference applies, see the README)</source>
        <translation>%1: %2 lasen die Ereignisse des Fensters aus den sladesk:-Aufzeichnungsregeln von slactl rules (es gilt die Abweichung der abgeleiteten Fenster, siehe README)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::NewSlaDialog</name>
    <message>
        <source>New SLA</source>
        <translation>Neues SLA</translation>
    </message>
    <message>
        <source>Blank, from the tier</source>
        <translation>Leer, nach Vorgaben der Stufe</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>Daten&amp;quelle:</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>Ver&amp;fügbarkeit</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latenz</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Präzision</translation>
    </message>
    <message>
        <source>D&amp;rift</source>
        <translation>D&amp;rift</translation>
    </message>
    <message>
        <source>SLIs:</source>
        <translation>SLIs:</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>The template brings its own objectives.</source>
        <translation>Die Vorlage bringt ihre eigenen Ziele mit.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ObjectivePreview</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Preview: select an objective.</source>
        <translation>Vorschau: wählen Sie ein Ziel aus.</translation>
    </message>
    <message>
        <source>Preview: evaluating %1…</source>
        <translation>Vorschau: %1 wird ausgewertet…</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Preview from %1: SLI %2 (target %3), error budget remaining %4, status %5</source>
        <translation>Vorschau ab %1: SLI %2 (Zielwert %3), verbleibendes Fehlerbudget %4, Status %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Explain in the dashboard lists them all)</source>
        <translation>
            <numerusform>… und %n weitere (Erklären im Dashboard listet alle auf)</numerusform>
            <numerusform>… und %n weitere (Erklären im Dashboard listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window up to now</source>
        <translation>Fenster bis jetzt</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Chosen range (UTC)</source>
        <translation>Gewählter Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>What the preview covers: the objective&apos;s window up to now, or a range evaluated as a rolling window of exactly that length ending at its end</source>
        <translation>Was die Vorschau abdeckt: das Fenster des Ziels bis jetzt oder einen Zeitraum, ausgewertet als rollendes Fenster genau dieser Länge, das an seinem Ende endet</translation>
    </message>
    <message>
        <source>Preview e&amp;xtent:</source>
        <translation>Vorschau-&amp;Umfang:</translation>
    </message>
    <message>
        <source>Preview from (UTC)</source>
        <translation>Vorschau von (UTC)</translation>
    </message>
    <message>
        <source>Preview to (UTC)</source>
        <translation>Vorschau bis (UTC)</translation>
    </message>
    <message>
        <source>the range ends before it starts: choose a later end</source>
        <translation>der Zeitraum endet, bevor er beginnt: Wählen Sie ein späteres Ende</translation>
    </message>
    <message>
        <source>over %1 – %2 UTC</source>
        <translation>über %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::OverviewDelegate</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::OverviewWidget</name>
    <message>
        <source>Search SLA, service, owner or objective</source>
        <translation>SLA, Dienst, Verantwortliche oder Ziel suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Not met (breached or at risk)</source>
        <translation>Nicht erfüllt (verletzt oder gefährdet)</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Stale figures</source>
        <translation>Veraltete Zahlen</translation>
    </message>
    <message>
        <source>Source %1 is failing: %2</source>
        <translation>Die Quelle %1 schlägt fehl: %2</translation>
    </message>
    <message>
        <source>Figures from these sources are marked stale (last good values shown) until the source answers again.</source>
        <translation>Zahlen aus diesen Quellen werden als veraltet markiert (die letzten guten Werte werden angezeigt), bis die Quelle wieder antwortet.</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Unzureichende Daten</translation>
    </message>
    <message>
        <source>No objective matches “%1” with the status “%2”.</source>
        <translation>Kein Ziel passt zu „%1“ mit dem Status „%2“.</translation>
    </message>
    <message>
        <source>No objective matches “%1”.</source>
        <translation>Kein Ziel passt zu „%1“.</translation>
    </message>
    <message>
        <source>No objective has the status “%1”.</source>
        <translation>Kein Ziel hat den Status „%1“.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::PdfLinks</name>
    <message>
        <source>the PDF has no cross-reference trailer</source>
        <translation>das PDF hat keinen Querverweis-Trailer</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer has no /Size, /Root or start of the cross-reference table</source>
        <translation>der Trailer des PDF hat kein /Size, /Root oder keinen Beginn der Querverweistabelle</translation>
    </message>
    <message>
        <source>the PDF has no page tree</source>
        <translation>das PDF hat keinen Seitenbaum</translation>
    </message>
    <message>
        <source>a link from page %1 to page %2 of a PDF of %3 pages</source>
        <translation>ein Link von Seite %1 auf Seite %2 eines PDF mit %3 Seiten</translation>
    </message>
    <message>
        <source>page %1 of the PDF has no /Annots array</source>
        <translation>Seite %1 des PDF hat kein /Annots-Array</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter or double-click opens the file at the problem</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Datei an der Fundstelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This problem has no file to open.</source>
        <translation>Zu diesem Problem gibt es keine Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
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
        <translation>Verbleibendes Fehlerbudget über den Zeitraum</translation>
    </message>
    <message>
        <source>Budget remaining</source>
        <translation>Verbleibendes Budget</translation>
    </message>
    <message>
        <source>SLI against target</source>
        <translation>SLI gegenüber dem Ziel</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es), %1 in all</source>
        <translation>
            <numerusform>%n Verletzung, %1 insgesamt</numerusform>
            <numerusform>%n Verletzungen, %1 insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaches: %1</source>
        <translation>Verletzungen: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Correction excluded: %1 (%2), %3; approved by %4. %5</source>
        <translation>Ausgeschlossene Korrektur: %1 (%2), %3; genehmigt von %4. %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>Without corrections: SLI %1, budget consumed %2.</source>
        <translation>Ohne Korrekturen: SLI %1, verbrauchtes Budget %2.</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>unter %1: %2</translation>
    </message>
    <message>
        <source>Credit: the period SLI %1 is below the target %2, but in no row of the schedule (%3): no credit owed.</source>
        <translation>Gutschrift: Der SLI des Zeitraums %1 liegt unter dem Zielwert %2, aber in keiner Zeile der Staffel (%3): keine Gutschrift geschuldet.</translation>
    </message>
    <message>
        <source>Credit owed: %1 of the period&apos;s fee. The period SLI %2 is below the target %3 and falls in row %4 of the schedule (below %5); schedule: %6.</source>
        <translation>Geschuldete Gutschrift: %1 der Gebühr des Zeitraums. Der SLI des Zeitraums %2 liegt unter dem Zielwert %3 und fällt in Zeile %4 der Staffel (unter %5); Staffel: %6.</translation>
    </message>
    <message>
        <source>The contract counts per %1; this period is not one, so the figure is indicative.</source>
        <translation>Der Vertrag rechnet pro %1; dieser Zeitraum ist keiner, daher ist der Wert nur ein Richtwert.</translation>
    </message>
    <message>
        <source>Budget history</source>
        <translation>Budgetverlauf</translation>
    </message>
    <message>
        <source>%1 (part)</source>
        <translation>%1 (teilweise)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>Budget consumed</source>
        <translation>Verbrauchtes Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>95 % interval [%1, %2]</source>
        <translation>95-%-Intervall [%1, %2]</translation>
    </message>
    <message>
        <source>drift score of the last slice %1</source>
        <translation>Drift-Wert der letzten Zeitscheibe %1</translation>
    </message>
    <message>
        <source>provisional from %1 (label delay): SLI %2</source>
        <translation>vorläufig ab %1 (Label-Verzögerung): SLI %2</translation>
    </message>
    <message>
        <source>worst day %1: %2</source>
        <translation>schlechtester Tag %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Target %1, attained %2; budget consumed %3 (%4 events, %5).</source>
        <translation>Zielwert %1, erreicht %2; verbrauchtes Budget %3 (%4 Ereignisse, %5).</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Keine Zahlen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tier %1 · owner %2 · credit owed %3</source>
        <translation>Stufe %1 · Verantwortlich %2 · geschuldete Gutschrift %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget verbraucht</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>Breach time</source>
        <translation>Verletzungsdauer</translation>
    </message>
    <message>
        <source>Remediation runs</source>
        <translation>Behebungsläufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>SLA compliance report</source>
        <translation>SLA-Compliance-Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace %1 · period %2 (%3, %4)</source>
        <translation>Arbeitsbereich %1 · Zeitraum %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Summary by tier</source>
        <translation>Zusammenfassung nach Stufe</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Unzureichende Daten</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Reliability score</source>
        <translation>Zuverlässigkeitswert</translation>
    </message>
    <message>
        <source>Reliability score: the share of the period each objective was at or above its target, averaged per SLA (equal weights), then per tier.</source>
        <translation>Zuverlässigkeitswert: der Anteil des Zeitraums, in dem jedes Ziel bei oder über seinem Zielwert lag, gemittelt pro SLA (gleich gewichtet), dann pro Stufe.</translation>
    </message>
    <message>
        <source>Credits owed</source>
        <translation>Geschuldete Gutschriften</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Credit (share of the period&apos;s fee)</source>
        <translation>Gutschrift (Anteil der Gebühr des Zeitraums)</translation>
    </message>
    <message>
        <source>Largest changes against the previous period</source>
        <translation>Größte Änderungen gegenüber dem vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>Budget used before</source>
        <translation>Budget verbraucht vorher</translation>
    </message>
    <message>
        <source>Budget used now</source>
        <translation>Budget verbraucht jetzt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>SLA Desk compliance report · %1 · %2 (%3)</source>
        <translation>SLA-Desk-Compliance-Bericht · %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Erstellt %1 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>SLA compliance report %1</source>
        <translation>SLA-Compliance-Bericht %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>das PDF kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::SlaForm</name>
    <message>
        <source>calendar %1 (%2)</source>
        <translation>Kalender-%1 (%2)</translation>
    </message>
    <message>
        <source>burn rate: SRE workbook defaults</source>
        <translation>Burn-Rate: Standardwerte des SRE Workbook</translation>
    </message>
    <message numerus="yes">
        <source>burn rate: %n window pair(s)</source>
        <translation>
            <numerusform>Burn-Rate: %n Fensterpaar</numerusform>
            <numerusform>Burn-Rate: %n Fensterpaare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 for %5 (%6)</source>
        <translation>%1: %2 %3 %4 für %5 (%6)</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>%1: budget below %2 (%3)</source>
        <translation>%1: Budget unter %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no data for %2 (%3)</source>
        <translation>%1: keine Daten für %2 (%3)</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Alertmanager %1</source>
        <translation>Alertmanager %1</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>%1 — inherited from %2</source>
        <translation>%1 — geerbt von %2</translation>
    </message>
    <message>
        <source>Service level agreement</source>
        <translation>Service Level Agreement</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>Data so&amp;urce:</source>
        <translation>Daten&amp;quelle:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Inherited from the tier</source>
        <translation>Von der Stufe geerbt</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rollierend</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>e.g. 30d</source>
        <translation>z. B. 30d</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Availability (ratio)</source>
        <translation>Verfügbarkeit (Quote)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Classification (precision)</source>
        <translation>Klassifikation (Präzision)</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Display na&amp;me:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Sc&amp;hwellenwert:</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Alerts, notification and corrections</source>
        <translation>Alarme, Benachrichtigung und Korrekturen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>+ Burn rate</source>
        <translation>+ Burn-Rate</translation>
    </message>
    <message>
        <source>+ Threshold</source>
        <translation>+ Schwellenwert</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>+ Weekly maintenance</source>
        <translation>+ Wöchentliche Wartung</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>No SLA selected</source>
        <translation>Kein SLA ausgewählt</translation>
    </message>
    <message>
        <source>%1 cannot be read: see the diagnostics</source>
        <translation>%1 kann nicht gelesen werden: siehe Diagnosen</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Inherited from %1: %2</source>
        <translation>Geerbt von %1: %2</translation>
    </message>
    <message>
        <source>Written here, the same as %1&apos;s window (%2)</source>
        <translation>Hier angegeben, gleich dem Fenster von %1 (%2)</translation>
    </message>
    <message>
        <source>Overrides %1&apos;s window (%2)</source>
        <translation>Überschreibt das Fenster von %1 (%2)</translation>
    </message>
    <message>
        <source>The tier sets no window.</source>
        <translation>Die Stufe setzt kein Fenster.</translation>
    </message>
    <message>
        <source>Neither the SLA nor its tier sets a window.</source>
        <translation>Weder das SLA noch seine Stufe setzt ein Fenster.</translation>
    </message>
    <message>
        <source>Inherit the window</source>
        <translation>Fenster erben</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Breaks the tier rule: %1</source>
        <translation>Verstößt gegen die Stufenregel: %1</translation>
    </message>
    <message>
        <source>The minimum of %1 (%2)</source>
        <translation>Das Minimum von %1 (%2)</translation>
    </message>
    <message>
        <source>Overrides the minimum of %1 (%2) with a tighter target</source>
        <translation>Überschreibt das Minimum von %1 (%2) mit einem strengeren Zielwert</translation>
    </message>
    <message>
        <source>%1 sets no minimum target for %2 objectives</source>
        <translation>%1 setzt keinen Mindestzielwert für %2-Ziele</translation>
    </message>
    <message>
        <source>%1 allows at most %2</source>
        <translation>%1 erlaubt höchstens %2</translation>
    </message>
    <message>
        <source>Change the indicator to %1</source>
        <translation>Indikator zu %1 ändern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Add objective %1</source>
        <translation>Ziel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove objective %1</source>
        <translation>Ziel %1 entfernen</translation>
    </message>
    <message>
        <source>Add burn-rate alerts</source>
        <translation>Burn-Rate-Alarme hinzufügen</translation>
    </message>
    <message>
        <source>Add a threshold alert</source>
        <translation>Einen Schwellenwert-Alarm hinzufügen</translation>
    </message>
    <message>
        <source>Select one of the SLA&apos;s own alerts; inherited alerts belong to the tier.</source>
        <translation>Wählen Sie einen der eigenen Alarme des SLA aus; geerbte Alarme gehören zur Stufe.</translation>
    </message>
    <message>
        <source>Remove an alert</source>
        <translation>Einen Alarm entfernen</translation>
    </message>
    <message>
        <source>Enter the URL of the %1 target.</source>
        <translation>Geben Sie die URL des %1-Ziels ein.</translation>
    </message>
    <message>
        <source>Add a notification target</source>
        <translation>Ein Benachrichtigungsziel hinzufügen</translation>
    </message>
    <message>
        <source>Select one of the SLA&apos;s own notification targets.</source>
        <translation>Wählen Sie eines der eigenen Benachrichtigungsziele des SLA aus.</translation>
    </message>
    <message>
        <source>Remove a notification target</source>
        <translation>Ein Benachrichtigungsziel entfernen</translation>
    </message>
    <message>
        <source>Add correction %1</source>
        <translation>Korrektur %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1: drift score above %2 (%3)</source>
        <translation>%1: Drift-Wert über %2 (%3)</translation>
    </message>
    <message>
        <source>%1: drift score above the objective&apos;s threshold (%2)</source>
        <translation>%1: Drift-Wert über dem Schwellenwert des Ziels (%2)</translation>
    </message>
    <message>
        <source>%1: over %2 of the period&apos;s budget consumed (%3)</source>
        <translation>%1: mehr als %2 des Budgets der Periode verbraucht (%3)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::SlaTemplates</name>
    <message>
        <source>Fraud detection API</source>
        <translation>API zur Betrugserkennung</translation>
    </message>
    <message>
        <source>Recommendation API</source>
        <translation>Empfehlungs-API</translation>
    </message>
    <message>
        <source>Content moderation model</source>
        <translation>Modell zur Inhaltsmoderation</translation>
    </message>
    <message>
        <source>Seldon Core 1 (executor)</source>
        <translation>Seldon Core 1 (Executor)</translation>
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
        <translation>KServe mit der MLServer-Runtime</translation>
    </message>
    <message>
        <source>Evidently drift</source>
        <translation>Evidently-Drift</translation>
    </message>
    <message>
        <source>WhyLabs monitors</source>
        <translation>WhyLabs-Monitore</translation>
    </message>
    <message>
        <source>Arize monitors</source>
        <translation>Arize-Monitore</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::TierForm</name>
    <message>
        <source>The escalation is edited in the YAML tab.</source>
        <translation>Die Eskalation wird im YAML-Reiter bearbeitet.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Shown instead of the tier&apos;s name</source>
        <translation>Statt des Namens der Stufe angezeigt</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>none (each SLA sets its own)</source>
        <translation>keins (jedes SLA legt sein eigenes fest)</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>rollend</translation>
    </message>
    <message>
        <source>calendar week</source>
        <translation>Kalenderwoche</translation>
    </message>
    <message>
        <source>calendar month</source>
        <translation>Kalendermonat</translation>
    </message>
    <message>
        <source>calendar quarter</source>
        <translation>Kalenderquartal</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>Rolling &amp;length:</source>
        <translation>Rollende &amp;Länge:</translation>
    </message>
    <message>
        <source>A duration such as 30d or 4w</source>
        <translation>Eine Dauer wie 30d oder 4w</translation>
    </message>
    <message>
        <source>At ris&amp;k below:</source>
        <translation>Gefä&amp;hrdet unter:</translation>
    </message>
    <message>
        <source>The remaining error budget (a fraction) below which an objective is at risk; default 0.25</source>
        <translation>Das verbleibende Fehlerbudget (ein Anteil), unter dem ein Ziel gefährdet ist; Standard 0.25</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warnen</translation>
    </message>
    <message>
        <source>block</source>
        <translation>blockieren</translation>
    </message>
    <message>
        <source>What the deployment gate does while an objective of the tier is breached</source>
        <translation>Was die Deployment-Schranke tut, solange ein Ziel der Stufe verletzt ist</translation>
    </message>
    <message>
        <source>Deployment &amp;gate:</source>
        <translation>Deployment-&amp;Schranke:</translation>
    </message>
    <message>
        <source>Min. &amp;events:</source>
        <translation>Min. &amp;Ereignisse:</translation>
    </message>
    <message>
        <source>Default of the objectives&apos; minEvents: fewer events give insufficient_data</source>
        <translation>Standard für minEvents der Ziele: weniger Ereignisse ergeben insufficient_data</translation>
    </message>
    <message>
        <source>Min. sa&amp;mples:</source>
        <translation>Min. Stic&amp;hproben:</translation>
    </message>
    <message>
        <source>Default of the classification objectives&apos; minSamples</source>
        <translation>Standard für minSamples der Klassifikationsziele</translation>
    </message>
    <message>
        <source>Change the tier&apos;s gate</source>
        <translation>Schranke der Stufe ändern</translation>
    </message>
    <message>
        <source>Minimums of the SLAs&apos; objectives</source>
        <translation>Mindestwerte der Ziele der SLAs</translation>
    </message>
    <message>
        <source>Target ≥</source>
        <translation>Zielwert ≥</translation>
    </message>
    <message>
        <source>Threshold ≤</source>
        <translation>Schwelle ≤</translation>
    </message>
    <message>
        <source>An objective of this kind must have a target at least this high (a fraction) and a latency threshold (seconds) or drift threshold at most this high; empty: no minimum</source>
        <translation>Ein Ziel dieser Art braucht ein mindestens so hohes Ziel (ein Anteil) und eine höchstens so hohe Latenzschwelle (Sekunden) oder Drift-Schwelle; leer: kein Mindestwert</translation>
    </message>
    <message>
        <source>M&amp;inimums by indicator kind:</source>
        <translation>M&amp;indestwerte je Indikatorart:</translation>
    </message>
    <message>
        <source>Alerts and notification (the SLAs of the tier inherit them)</source>
        <translation>Alarme und Benachrichtigung (die SLAs der Stufe erben sie)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>N&amp;otify</source>
        <translation>Be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>+ B&amp;urn rate</source>
        <translation>+ B&amp;urn-Rate</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Tier template %1</source>
        <translation>Stufenvorlage %1</translation>
    </message>
    <message>
        <source>Only latency and drift objectives have a threshold the tier limits</source>
        <translation>Nur Latenz- und Drift-Ziele haben eine Schwelle, die die Stufe begrenzt</translation>
    </message>
    <message>
        <source>Change the tier&apos;s %1</source>
        <translation>%1 der Stufe ändern</translation>
    </message>
    <message>
        <source>Change the tier&apos;s window</source>
        <translation>Fenster der Stufe ändern</translation>
    </message>
    <message>
        <source>Change the %1 minimum of the tier</source>
        <translation>Mindestwert %1 der Stufe ändern</translation>
    </message>
    <message>
        <source>Add burn-rate alerts to the tier</source>
        <translation>Burn-Rate-Alarme zur Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Select an alert of the tier to remove.</source>
        <translation>Wählen Sie einen zu entfernenden Alarm der Stufe.</translation>
    </message>
    <message>
        <source>Remove an alert of the tier</source>
        <translation>Einen Alarm der Stufe entfernen</translation>
    </message>
    <message>
        <source>Add a notification target to the tier</source>
        <translation>Ein Benachrichtigungsziel zur Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Select a notification target of the tier to remove.</source>
        <translation>Wählen Sie ein zu entfernendes Benachrichtigungsziel der Stufe.</translation>
    </message>
    <message>
        <source>Remove a notification target of the tier</source>
        <translation>Ein Benachrichtigungsziel der Stufe entfernen</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::TimeChart</name>
    <message>
        <source>Breach</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
    <message>
        <source>Too small for a chart</source>
        <translation>Zu klein für ein Diagramm</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::TimeRangePicker</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
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
        <source>SLA window</source>
        <translation>SLA-Zeitfenster</translation>
    </message>
    <message>
        <source>This calendar month</source>
        <translation>Dieser Kalendermonat</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Time range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Start of the custom range (before its end)</source>
        <translation>Beginn des eigenen Zeitraums (vor seinem Ende)</translation>
    </message>
    <message>
        <source>End of the custom range (after its start)</source>
        <translation>Ende des eigenen Zeitraums (nach seinem Beginn)</translation>
    </message>
</context>
<context>
    <name>Sla::Ui::WorkspaceImport</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no document SLA Desk can import</source>
        <translation>%1: kein Dokument, das SLA Desk importieren kann</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Weekly maintenance</source>
        <translation>Wöchentliche Wartung</translation>
    </message>
    <message>
        <source>Weekly maintenance window</source>
        <translation>Wöchentliches Wartungsfenster</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SLA compliance desk</source>
        <translation>SLA-Compliance-Desk</translation>
    </message>
    <message>
        <source>Workspace folder or file to open. Without one, the last workspace, or else the bundled demo.</source>
        <translation>Zu öffnender Arbeitsbereichsordner oder -datei. Ohne Angabe der letzte Arbeitsbereich, sonst die mitgelieferte Demo.</translation>
    </message>
    <message>
        <source>Print the overview rows after the first refresh has been painted, then quit (for tests).</source>
        <translation>Die Übersichtszeilen ausgeben, nachdem die erste Aktualisierung gezeichnet wurde, dann beenden (für Tests).</translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation>Den mitgelieferten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Select an SLA or objective once the first evaluation is shown.</source>
        <translation>Ein SLA oder Ziel auswählen, sobald die erste Auswertung angezeigt wird.</translation>
    </message>
    <message>
        <source>Start a new window even when SLA Desk already runs (otherwise a sladesk:// link or a path goes to the running one).</source>
        <translation>Ein neues Fenster starten, auch wenn SLA Desk schon läuft (sonst geht ein sladesk://-Link oder ein Pfad an das laufende).</translation>
    </message>
    <message>
        <source>Start in edit mode (the SLA editor).</source>
        <translation>Im Bearbeitungsmodus starten (der SLA-Editor).</translation>
    </message>
    <message>
        <source>With --self-test-dump: save the window as a PNG image two seconds after the first refresh, then dump and quit.</source>
        <translation>Mit --self-test-dump: das Fenster zwei Sekunden nach der ersten Aktualisierung als PNG-Bild speichern, dann ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The language of this run: en, de or fr (default: View &gt; Language, else the system&apos;s).</source>
        <translation>Die Sprache dieses Laufs: en, de oder fr (Standard: Ansicht &gt; Sprache, sonst die des Systems).</translation>
    </message>
</context>
<context>
    <name>slactl</name>
    <message>
        <source>Check documents; print file:line:column diagnostics</source>
        <translation>Dokumente prüfen; Diagnosen als Datei:Zeile:Spalte ausgeben</translation>
    </message>
    <message>
        <source>Import OpenSLO, Sloth or Pyrra files; export OpenSLO v1</source>
        <translation>OpenSLO-, Sloth- oder Pyrra-Dateien importieren; OpenSLO v1 exportieren</translation>
    </message>
    <message>
        <source>Evaluate every objective: SLI, status, error budget, burn rates</source>
        <translation>Jedes Ziel auswerten: SLI, Status, Fehlerbudget, Burn-Raten</translation>
    </message>
    <message>
        <source>Deployment gate: fail on a breached objective of a blocking tier</source>
        <translation>Deployment-Gate: schlägt bei einem verletzten Ziel einer blockierenden Stufe fehl</translation>
    </message>
    <message>
        <source>Store (set) or remove (delete) a data source&apos;s secret</source>
        <translation>Das Geheimnis einer Datenquelle speichern (set) oder entfernen (delete)</translation>
    </message>
    <message>
        <source>Run &apos;slactl %1 --help&apos; for usage.</source>
        <translation>Führen Sie &apos;slactl %1 --help&apos; aus, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <source>Datadog source &apos;%1&apos; has no keys: store them with `slactl credentials set %1` (two lines: API key, then application key) or set %2, or DD_API_KEY and DD_APP_KEY</source>
        <translation>die Datadog-Quelle &apos;%1&apos; hat keine Schlüssel: speichern Sie sie mit `slactl credentials set %1` (zwei Zeilen: API-Schlüssel, dann Anwendungsschlüssel) oder setzen Sie %2 oder DD_API_KEY und DD_APP_KEY</translation>
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
        <translation>Importiert die SLOs der Datadog-DataSource SOURCE von WORKSPACE als sladesk/v1-SLA-Dokumente
(Metrik-SLOs als good/total-Abfragen, Zeitscheiben-SLOs als value/op/threshold-Abfragen; Monitor-
SLOs werden übersprungen). Die Dokumente gehen mit -o nach FILE, sonst auf die Standardausgabe.
Mit --history FROM..TO gibt es Datadogs SLI und Fehlerbudget für diesen Zeitraum pro SLO aus
(die Dokumente gehen dann nur nach FILE), zum Vergleich mit `slactl evaluate --at TO`.
Schlüssel: DD_API_KEY und DD_APP_KEY, SLADESK_SECRET_&lt;SOURCE&gt; (zwei Zeilen) oder der Schlüsselbund.
Exit-Code 0 bei Erfolg, 1 bei ungültigem Arbeitsbereich, 2 bei Aufruffehlern, 3 wenn Datadog
nicht erreichbar ist, die Schlüssel ablehnt oder kein SLO mit einer angegebenen ID hat.</translation>
    </message>
    <message>
        <source>The Datadog DataSource to read from.</source>
        <translation>Die Datadog-DataSource, aus der gelesen wird.</translation>
    </message>
    <message>
        <source>The workspace folder or file that defines it.</source>
        <translation>Der Arbeitsbereichsordner oder die -datei, die sie definiert.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only the SLOs with these ids (comma-separated).</source>
        <translation>Nur die SLOs mit diesen IDs (kommagetrennt).</translation>
    </message>
    <message>
        <source>Write the documents to FILE (atomically).</source>
        <translation>Die Dokumente nach FILE schreiben (atomar).</translation>
    </message>
    <message>
        <source>Print Datadog&apos;s SLI and error budget from FROM to TO (RFC 3339 or Unix seconds).</source>
        <translation>Datadogs SLI und Fehlerbudget von FROM bis TO ausgeben (RFC 3339 oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>expected SOURCE and WORKSPACE</source>
        <translation>SOURCE und WORKSPACE erwartet</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>--ids needs at least one SLO id</source>
        <translation>--ids braucht mindestens eine SLO-ID</translation>
    </message>
    <message>
        <source>--history &apos;%1&apos; is not a period; use FROM..TO with RFC 3339 times or Unix seconds, FROM before TO (e.g. 2025-01-01T00:00:00Z..2025-01-31T00:00:00Z)</source>
        <translation>--history &apos;%1&apos; ist kein Zeitraum; verwenden Sie FROM..TO mit RFC-3339-Zeiten oder Unix-Sekunden, FROM vor TO (z. B. 2025-01-01T00:00:00Z..2025-01-31T00:00:00Z)</translation>
    </message>
    <message numerus="yes">
        <source>slactl %1: the workspace has %n error(s); run &apos;slactl validate %2&apos; for details</source>
        <translation>
            <numerusform>slactl %1: der Arbeitsbereich hat %n Fehler; führen Sie &apos;slactl validate %2&apos; aus, um Details zu sehen</numerusform>
            <numerusform>slactl %1: der Arbeitsbereich hat %n Fehler; führen Sie &apos;slactl validate %2&apos; aus, um Details zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>er hat keine</translation>
    </message>
    <message>
        <source>it has: %1</source>
        <translation>er hat: %1</translation>
    </message>
    <message>
        <source>data source &apos;%1&apos; has type %2, not datadog (%3)</source>
        <translation>die Datenquelle &apos;%1&apos; hat den Typ %2, nicht datadog (%3)</translation>
    </message>
    <message>
        <source>no Datadog data source &apos;%1&apos; in the workspace (%2)</source>
        <translation>keine Datadog-Datenquelle &apos;%1&apos; im Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <source>Datadog source &apos;%1&apos; has no SLO with id %2; nothing written</source>
        <translation>die Datadog-Quelle &apos;%1&apos; hat kein SLO mit der ID %2; nichts geschrieben</translation>
    </message>
    <message>
        <source>; skipped</source>
        <translation>; übersprungen</translation>
    </message>
    <message>
        <source>slactl %1: cannot write %2: %3</source>
        <translation>slactl %1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>slactl %1: %n SLO(s) from Datadog source &apos;%2&apos;</source>
        <translation>
            <numerusform>slactl %1: %n SLO aus der Datadog-Quelle &apos;%2&apos;</numerusform>
            <numerusform>slactl %1: %n SLOs aus der Datadog-Quelle &apos;%2&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importiert</numerusform>
            <numerusform>%n importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLO ID</source>
        <translation>SLO-ID</translation>
    </message>
    <message>
        <source>SLI</source>
        <translation>SLI</translation>
    </message>
    <message>
        <source>BUDGET LEFT</source>
        <translation>RESTBUDGET</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>Datadog SLO history from %1 to %2</source>
        <translation>Datadog-SLO-Verlauf von %1 bis %2</translation>
    </message>
    <message>
        <source>slactl %1: %2</source>
        <translation>slactl %1: %2</translation>
    </message>
    <message>
        <source>Evaluate at TIME (RFC 3339 or Unix seconds; default now).</source>
        <translation>Zum Zeitpunkt TIME auswerten (RFC 3339 oder Unix-Sekunden; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Query this Prometheus-compatible server for every objective.</source>
        <translation>Diesen Prometheus-kompatiblen Server für jedes Ziel abfragen.</translation>
    </message>
    <message>
        <source>Evaluate every objective on this OpenMetrics file.</source>
        <translation>Jedes Ziel anhand dieser OpenMetrics-Datei auswerten.</translation>
    </message>
    <message>
        <source>no WORKSPACE given</source>
        <translation>kein WORKSPACE angegeben</translation>
    </message>
    <message>
        <source>give exactly one WORKSPACE</source>
        <translation>geben Sie genau einen WORKSPACE an</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time; use RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds</source>
        <translation>--at &apos;%1&apos; ist kein Zeitpunkt; verwenden Sie RFC 3339 (2025-01-31T00:00:00Z) oder Unix-Sekunden</translation>
    </message>
    <message>
        <source>--prometheus and --recorded cannot be combined</source>
        <translation>--prometheus und --recorded können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--source: no data source &apos;%1&apos; in the workspace (it has: %2)</source>
        <translation>--source: keine Datenquelle &apos;%1&apos; im Arbeitsbereich (vorhanden: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Evaluates every objective of a workspace: SLI, status, error budget, burn rates.
Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors,
3 when a data source is unreachable, refuses authentication or rejects a query.</source>
        <translation>Wertet jedes Ziel eines Arbeitsbereichs aus: SLI, Status, Fehlerbudget, Burn-Raten.
Exit-Code 0 bei Erfolg, 1 bei ungültigen Dokumenten, 2 bei Aufruffehlern,
3 wenn eine Datenquelle nicht erreichbar ist, die Authentifizierung ablehnt oder eine Abfrage zurückweist.</translation>
    </message>
    <message>
        <source>The workspace folder or file.</source>
        <translation>Der Arbeitsbereichsordner oder die -datei.</translation>
    </message>
    <message>
        <source>Evaluate only objectives of data source NAME.</source>
        <translation>Nur Ziele der Datenquelle NAME auswerten.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for --format (use table or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; für --format (verwenden Sie table oder json)</translation>
    </message>
    <message>
        <source>SLI %1 against target %2; error budget consumed %3, remaining %4</source>
        <translation>SLI %1 bei einem Ziel von %2; Fehlerbudget verbraucht %3, verbleibend %4</translation>
    </message>
    <message>
        <source>Gate only SLAs of tier T.</source>
        <translation>Nur SLAs der Stufe T prüfen.</translation>
    </message>
    <message>
        <source>Also write a JUnit XML report to FILE.</source>
        <translation>Zusätzlich einen JUnit-XML-Bericht nach FILE schreiben.</translation>
    </message>
    <message>
        <source>--tier: no tier template &apos;%1&apos;</source>
        <translation>--tier: keine Stufenvorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ERROR  %1: %2</source>
        <translation>ERROR  %1: %2</translation>
    </message>
    <message>
        <source>%1 is breached: %2</source>
        <translation>%1 ist verletzt: %2</translation>
    </message>
    <message>
        <source>FAIL   %1</source>
        <translation>FAIL   %1</translation>
    </message>
    <message>
        <source>warning (tier gate: warn): %1</source>
        <translation>Warnung (Stufe mit gate: warn): %1</translation>
    </message>
    <message>
        <source>WARN   %1 (tier %2 gate: warn)</source>
        <translation>WARN   %1 (Stufe %2 gate: warn)</translation>
    </message>
    <message>
        <source>%1 has no data in its window</source>
        <translation>%1 hat keine Daten in seinem Fenster</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 ist %2: %3</translation>
    </message>
    <message>
        <source>PASS   %1</source>
        <translation>PASS   %1</translation>
    </message>
    <message numerus="yes">
        <source>gate: ERROR, %n objective(s) could not be evaluated</source>
        <translation>
            <numerusform>gate: ERROR, %n Ziel konnte nicht ausgewertet werden</numerusform>
            <numerusform>gate: ERROR, %n Ziele konnten nicht ausgewertet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gate: FAILED, %n breached objective(s) in blocking tiers</source>
        <translation>
            <numerusform>gate: FAILED, %n verletztes Ziel in blockierenden Stufen</numerusform>
            <numerusform>gate: FAILED, %n verletzte Ziele in blockierenden Stufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gate: passed, %n objective(s) checked</source>
        <translation>
            <numerusform>gate: passed, %n Ziel geprüft</numerusform>
            <numerusform>gate: passed, %n Ziele geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Stores (set) or removes (delete) the secret of a data source in the system keychain.
`set` reads the secret from standard input: the password (basic auth), the token (bearer),
or for Datadog two lines, the API key then the application key.
Exit code 0 on success, 2 on usage errors, 3 when the keychain cannot be used.</source>
        <translation>Speichert (set) oder entfernt (delete) das Geheimnis einer Datenquelle im Systemschlüsselbund.
`set` liest das Geheimnis von der Standardeingabe: das Passwort (basic auth), das Token (bearer)
oder für Datadog zwei Zeilen, den API-Schlüssel und dann den Anwendungsschlüssel.
Exit-Code 0 bei Erfolg, 2 bei Aufruffehlern, 3 wenn der Schlüsselbund nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation>set oder delete</translation>
    </message>
    <message>
        <source>The data source name.</source>
        <translation>Der Name der Datenquelle.</translation>
    </message>
    <message>
        <source>The workspace the secret belongs to (default: the current folder).</source>
        <translation>Der Arbeitsbereich, zu dem das Geheimnis gehört (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>expected &apos;set SOURCE&apos; or &apos;delete SOURCE&apos;</source>
        <translation>&apos;set SOURCE&apos; oder &apos;delete SOURCE&apos; erwartet</translation>
    </message>
    <message>
        <source>--workspace &apos;%1&apos; is not a folder</source>
        <translation>--workspace &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>no secret on standard input; pipe it in, e.g. printf %s &quot;$TOKEN&quot; | slactl credentials set %1</source>
        <translation>kein Geheimnis auf der Standardeingabe; leiten Sie es hinein, z. B. printf %s &quot;$TOKEN&quot; | slactl credentials set %1</translation>
    </message>
    <message>
        <source>a Datadog source needs two lines on standard input: the API key, then the application key</source>
        <translation>eine Datadog-Quelle braucht zwei Zeilen auf der Standardeingabe: den API-Schlüssel, dann den Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>stored the secret of data source &apos;%1&apos; in the keychain</source>
        <translation>das Geheimnis der Datenquelle &apos;%1&apos; wurde im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>deleted the secret of data source &apos;%1&apos; from the keychain</source>
        <translation>das Geheimnis der Datenquelle &apos;%1&apos; wurde aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>slactl credentials: %1</source>
        <translation>slactl credentials: %1</translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIELWERT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>BURN 1h</source>
        <translation>BURN-RATE 1h</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>LETZTER</translation>
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
        <translation>Ausgewertet am %1</translation>
    </message>
    <message>
        <source>Import a Datadog source&apos;s SLOs; show Datadog&apos;s SLI for a period</source>
        <translation>Die SLOs einer Datadog-Quelle importieren; Datadogs SLI für einen Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>Usage: slactl COMMAND [OPTIONS] [ARGS...]

SLA Desk on the command line: the same core as the desktop app, for CI gates,
servers and cron.

Commands:
</source>
        <translation>Aufruf: slactl COMMAND [OPTIONS] [ARGS...]

SLA Desk auf der Kommandozeile: derselbe Kern wie die Desktop-App, für CI-Gates,
Server und Cron.

Befehle:
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
Optionen:
  -h, --help     Diese Hilfe anzeigen, oder nach einem Befehl dessen Hilfe
  -v, --version  Die Version anzeigen

Exit-Codes: 0 Erfolg, 1 ungültige Eingabe oder fehlgeschlagene Prüfung, 2 Aufruffehler, 3 Quellenfehler.
</translation>
    </message>
    <message>
        <source>Checks SLA Desk documents (sladesk/v1, OpenSLO, Sloth, Pyrra) given together as one set.
Diagnostics are printed as file:line:column: error|warning: message.
Exit code 0 when valid, 1 when any error was found, 2 on usage errors.</source>
        <translation>Prüft SLA-Desk-Dokumente (sladesk/v1, OpenSLO, Sloth, Pyrra), die zusammen als ein Satz angegeben werden.
Diagnosen werden als file:line:column: error|warning: message ausgegeben.
Exit-Code 0 wenn gültig, 1 wenn ein Fehler gefunden wurde, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Files or folders to check.</source>
        <translation>Zu prüfende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>Print errors only.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %n file(s)</source>
        <translation>
            <numerusform>gültig: %n Datei</numerusform>
            <numerusform>gültig: %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Converts documents. --to sladesk imports OpenSLO, Sloth and Pyrra files into sladesk/v1;
--to openslo exports a workspace as OpenSLO v1 with compiled Prometheus queries.
Exit code 0 on success, 1 when the input has errors, 2 on usage errors.</source>
        <translation>Konvertiert Dokumente. --to sladesk importiert OpenSLO-, Sloth- und Pyrra-Dateien nach sladesk/v1;
--to openslo exportiert einen Arbeitsbereich als OpenSLO v1 mit übersetzten Prometheus-Abfragen.
Exit-Code 0 bei Erfolg, 1 wenn die Eingabe Fehler hat, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Files or folders to convert, read as one set.</source>
        <translation>Zu konvertierende Dateien oder Ordner, als ein Satz gelesen.</translation>
    </message>
    <message>
        <source>Target format: sladesk or openslo.</source>
        <translation>Zielformat: sladesk oder openslo.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>Nach FILE (atomar) statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>slactl convert: --to is required (sladesk or openslo)</source>
        <translation>slactl convert: --to ist erforderlich (sladesk oder openslo)</translation>
    </message>
    <message>
        <source>slactl convert: unknown format &apos;%1&apos; for --to (use sladesk or openslo)</source>
        <translation>slactl convert: unbekanntes Format &apos;%1&apos; für --to (verwenden Sie sladesk oder openslo)</translation>
    </message>
    <message numerus="yes">
        <source>slactl convert: nothing written: the input has %n error(s)</source>
        <translation>
            <numerusform>slactl convert: nichts geschrieben: die Eingabe hat %n Fehler</numerusform>
            <numerusform>slactl convert: nichts geschrieben: die Eingabe hat %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>slactl: unknown command &apos;%1&apos;</source>
        <translation>slactl: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>slactl: cannot write standard output: %1</source>
        <translation>slactl: die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no PATH given</source>
        <translation>kein PATH angegeben</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>the task failed with an unknown error</source>
        <translation>die Aufgabe ist mit einem unbekannten Fehler fehlgeschlagen</translation>
    </message>
    <message>
        <source>the task ended without a result</source>
        <translation>die Aufgabe endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>slactl %1: the evaluation failed: %2</source>
        <translation>slactl %1: die Auswertung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>gate: FAILED, the workspace has no objectives to check</source>
        <translation>gate: FAILED, der Arbeitsbereich hat keine zu prüfenden Ziele</translation>
    </message>
    <message>
        <source>gate: FAILED, no objectives of tier &apos;%1&apos; to check</source>
        <translation>gate: FAILED, keine zu prüfenden Ziele der Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 KiB; pipe in only the secret</source>
        <translation>das Geheimnis auf der Standardeingabe ist länger als %1 KiB; leiten Sie nur das Geheimnis hinein</translation>
    </message>
    <message>
        <source>the secret on standard input</source>
        <translation>das Geheimnis auf der Standardeingabe</translation>
    </message>
    <message>
        <source>
Global option, before the command:
  --verbose      debug lines of every sladesk.* logging category on stderr
</source>
        <translation>
Globale Option, vor dem Befehl:
  --verbose      Debug-Zeilen aller Logging-Kategorien sladesk.* auf stderr
</translation>
    </message>
    <message numerus="yes">
        <source>slactl convert: nothing written: the %1 output %2 would have %n error(s) (shown at its lines above); please report this as a bug</source>
        <translation>
            <numerusform>slactl convert: nichts geschrieben: die %1-Ausgabe %2 hätte %n Fehler (oben an ihren Zeilen gezeigt); bitte melden Sie dies als Fehler</numerusform>
            <numerusform>slactl convert: nichts geschrieben: die %1-Ausgabe %2 hätte %n Fehler (oben an ihren Zeilen gezeigt); bitte melden Sie dies als Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA to annotate (required).</source>
        <translation>Das zu kommentierende SLA (erforderlich).</translation>
    </message>
    <message>
        <source>What happened (required).</source>
        <translation>Was geschehen ist (erforderlich).</translation>
    </message>
    <message>
        <source>When (RFC 3339 or Unix seconds; default now).</source>
        <translation>Wann (RFC 3339 oder Unix-Sekunden; Standard: jetzt).</translation>
    </message>
    <message>
        <source>End of a period (RFC 3339 or Unix seconds).</source>
        <translation>Ende eines Zeitraums (RFC 3339 oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>deploy, incident or note (default note).</source>
        <translation>deploy, incident oder note (Standard: note).</translation>
    </message>
    <message>
        <source>A link, e.g. to the CI run (http or https).</source>
        <translation>Ein Link, z. B. zum CI-Lauf (http oder https).</translation>
    </message>
    <message>
        <source>Only this objective of the SLA (repeatable; default all).</source>
        <translation>Nur dieses Ziel des SLA (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>--sla is required</source>
        <translation>--sla ist erforderlich</translation>
    </message>
    <message>
        <source>--text is required and must not be empty</source>
        <translation>--text ist erforderlich und darf nicht leer sein</translation>
    </message>
    <message>
        <source>--time &apos;%1&apos; is not a time; use RFC 3339 (2025-06-09T10:00:00Z) or Unix seconds</source>
        <translation>--time &apos;%1&apos; ist keine Zeit; verwenden Sie RFC 3339 (2025-06-09T10:00:00Z) oder Unix-Sekunden</translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not a time; use RFC 3339 (2025-06-09T10:00:00Z) or Unix seconds</source>
        <translation>--end &apos;%1&apos; ist keine Zeit; verwenden Sie RFC 3339 (2025-06-09T10:00:00Z) oder Unix-Sekunden</translation>
    </message>
    <message>
        <source>--end is before --time</source>
        <translation>--end liegt vor --time</translation>
    </message>
    <message>
        <source>--kind &apos;%1&apos; is not one of %2</source>
        <translation>--kind &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>--url holds a password (user:password@host); documents never keep secrets</source>
        <translation>--url enthält ein Passwort (user:password@host); Dokumente speichern niemals Geheimnisse</translation>
    </message>
    <message>
        <source>slactl annotate: unknown SLA &apos;%1&apos;</source>
        <translation>slactl annotate: unbekanntes SLA &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation> (bekannt: %1)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>slactl annotate: SLA &apos;%1&apos; has no objective &apos;%2&apos;</source>
        <translation>slactl annotate: SLA &apos;%1&apos; hat kein Ziel &apos;%2&apos;</translation>
    </message>
    <message>
        <source> (it has: %1)</source>
        <translation> (vorhanden: %1)</translation>
    </message>
    <message>
        <source>slactl annotate: cannot read %1: %2</source>
        <translation>slactl annotate: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>größer als 16 MiB</translation>
    </message>
    <message>
        <source>slactl annotate: nothing written: %1 would not read back cleanly with the new annotation</source>
        <translation>slactl annotate: nichts geschrieben: %1 ließe sich mit der neuen Anmerkung nicht fehlerfrei wieder einlesen</translation>
    </message>
    <message>
        <source>Appends an Annotation (a marker on the SLA&apos;s charts) to WORKSPACE/annotations.yaml,
creating it; what the file holds is kept. The file is replaced atomically.
Exit code 0 on success, 1 for an unknown SLA or objective or an invalid workspace,
2 on usage errors.</source>
        <translation>Fügt eine Anmerkung (eine Markierung in den Diagrammen des SLA) an WORKSPACE/annotations.yaml an
und legt die Datei bei Bedarf an; ihr Inhalt bleibt erhalten. Die Datei wird atomar ersetzt.
Exit-Code 0 bei Erfolg, 1 bei unbekanntem SLA oder Ziel oder ungültigem Arbeitsbereich,
2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>give exactly one WORKSPACE folder</source>
        <translation>geben Sie genau einen WORKSPACE-Ordner an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>annotation &apos;%1&apos; added to %2</source>
        <translation>Anmerkung &apos;%1&apos; zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Ignore the workspace&apos;s corrections: the raw figures.</source>
        <translation>Die Korrekturen des Arbeitsbereichs ignorieren: die Rohzahlen.</translation>
    </message>
    <message>
        <source>slactl %1: warning: %2</source>
        <translation>slactl %1: Warnung: %2</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>no SLA &apos;%1&apos; in the workspace</source>
        <translation>kein SLA &apos;%1&apos; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>SLA &apos;%1&apos; has no objective &apos;%2&apos;</source>
        <translation>SLA &apos;%1&apos; hat kein Ziel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Explains one objective&apos;s figure so that it can be checked by hand: the events or
slices behind it, the corrections left out, the error budget&apos;s arithmetic step by
step, the burn rates with their windows, and every query sent with its answer.
Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors (an
unknown SLA or objective too), 3 when the data source fails.</source>
        <translation>Erklärt die Zahl eines Ziels so, dass sie von Hand nachgeprüft werden kann: die Ereignisse oder
Zeitscheiben dahinter, die ausgelassenen Korrekturen, die Rechnung des Fehlerbudgets Schritt für
Schritt, die Burn-Raten mit ihren Fenstern und jede gesendete Abfrage mit ihrer Antwort.
Exit-Code 0 bei Erfolg, 1 bei ungültigen Dokumenten, 2 bei Aufruffehlern (auch bei
unbekanntem SLA oder Ziel), 3 bei Fehlern der Datenquelle.</translation>
    </message>
    <message>
        <source>The SLA&apos;s name.</source>
        <translation>Der Name des SLA.</translation>
    </message>
    <message>
        <source>The objective&apos;s name.</source>
        <translation>Der Name des Ziels.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; for --format (use text or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; für --format (verwenden Sie text oder json)</translation>
    </message>
    <message>
        <source>give a WORKSPACE, an SLA and an OBJECTIVE</source>
        <translation>geben Sie einen WORKSPACE, ein SLA und ein OBJECTIVE an</translation>
    </message>
    <message>
        <source>%1 has too few events in its window for a figure (insufficient_data, below minEvents or minSamples); it never blocks</source>
        <translation>%1 hat in seinem Fenster zu wenige Ereignisse für einen Wert (insufficient_data, unter minEvents oder minSamples); es blockiert nie</translation>
    </message>
    <message>
        <source>Deployment gate: fails when an objective is breached in an SLA whose tier has `gate: block`
(`gate: warn` tiers are reported but pass). Objectives without data, or with too few
events for a figure (insufficient_data), pass with a note;
a workspace (or --tier) without any objective fails.
Exit code 0 pass, 1 fail (or invalid documents), 2 usage error, 3 source error.</source>
        <translation>Deployment-Gate: schlägt fehl, wenn ein Ziel in einem SLA verletzt ist, dessen Stufe `gate: block` hat
(Stufen mit `gate: warn` werden gemeldet, bestehen aber). Ziele ohne Daten oder mit zu wenigen
Ereignissen für einen Wert (insufficient_data) bestehen mit einem Hinweis;
ein Arbeitsbereich (oder --tier) ohne jedes Ziel schlägt fehl.
Exit-Code 0 bestanden, 1 fehlgeschlagen (oder ungültige Dokumente), 2 Aufruffehler, 3 Quellenfehler.</translation>
    </message>
    <message>
        <source>partial:%1</source>
        <translation>teilweise:%1</translation>
    </message>
    <message>
        <source>%1/%2 (*): corrected by %3; uncorrected SLI %4, budget left %5</source>
        <translation>%1/%2 (*): korrigiert durch %3; unkorrigierter SLI %4, verbleibendes Budget %5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Explain one objective&apos;s figure: arithmetic, corrections, queries, answers</source>
        <translation>Die Zahl eines Ziels erklären: Rechnung, Korrekturen, Abfragen, Antworten</translation>
    </message>
    <message>
        <source>Append an annotation (e.g. a deploy) to WORKSPACE/annotations.yaml</source>
        <translation>Eine Anmerkung (z. B. ein Deployment) an WORKSPACE/annotations.yaml anfügen</translation>
    </message>
    <message>
        <source>Start of the period (RFC 3339 or Unix seconds).</source>
        <translation>Beginn des Zeitraums (RFC 3339 oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>End of the period (RFC 3339 or Unix seconds; default now).</source>
        <translation>Ende des Zeitraums (RFC 3339 oder Unix-Sekunden; Standard: jetzt).</translation>
    </message>
    <message>
        <source>A month (2025-06), a quarter (2025-Q2), or a duration ending at --to (30d).</source>
        <translation>Ein Monat (2025-06), ein Quartal (2025-Q2) oder eine Dauer, die bei --to endet (30d).</translation>
    </message>
    <message>
        <source>Time zone of the period&apos;s days and months (default UTC).</source>
        <translation>Zeitzone der Tage und Monate des Zeitraums (Standard: UTC).</translation>
    </message>
    <message>
        <source>Only this SLA (repeatable; default all).</source>
        <translation>Nur dieses SLA (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>An alert history (SQLite) for acknowledgements and remediation runs.</source>
        <translation>Ein Alarmverlauf (SQLite) für Bestätigungen und Behebungsläufe.</translation>
    </message>
    <message>
        <source>The report file: .pdf, .csv or .json (required).</source>
        <translation>Die Berichtsdatei: .pdf, .csv oder .json (erforderlich).</translation>
    </message>
    <message>
        <source>PDF paper size: a4 (default) or letter.</source>
        <translation>PDF-Papierformat: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>--tz &apos;%1&apos; is not a time zone (e.g. Europe/Berlin)</source>
        <translation>--tz &apos;%1&apos; ist keine Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>give either --from (and --to) or --period</source>
        <translation>geben Sie entweder --from (und --to) oder --period an</translation>
    </message>
    <message>
        <source>--from and --to take RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds</source>
        <translation>--from und --to nehmen RFC 3339 (2025-01-31T00:00:00Z) oder Unix-Sekunden an</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
    <message>
        <source>slactl report: cannot paint the PDF: %1</source>
        <translation>slactl report: das PDF kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>-o FILE is required (.pdf, .csv or .json)</source>
        <translation>-o FILE ist erforderlich (.pdf, .csv oder .json)</translation>
    </message>
    <message>
        <source>-o: the file must end in .pdf, .csv or .json</source>
        <translation>-o: die Datei muss auf .pdf, .csv oder .json enden</translation>
    </message>
    <message>
        <source>this slactl was built without the UI and cannot paint PDF</source>
        <translation>dieses slactl wurde ohne die Oberfläche gebaut und kann kein PDF zeichnen</translation>
    </message>
    <message>
        <source>--history: no alert history at %1</source>
        <translation>--history: kein Alarmverlauf unter %1</translation>
    </message>
    <message>
        <source>--paper is a4 or letter</source>
        <translation>--paper ist a4 oder letter</translation>
    </message>
    <message>
        <source>A compliance report for a period: PDF for leadership, CSV and JSON for analysis.</source>
        <translation>Ein Compliance-Bericht für einen Zeitraum: PDF für die Leitung, CSV und JSON für die Analyse.</translation>
    </message>
    <message>
        <source>A workspace folder or file.</source>
        <translation>Ein Arbeitsbereichsordner oder eine -datei.</translation>
    </message>
    <message>
        <source>--sla: no SLA &apos;%1&apos; in the workspace</source>
        <translation>--sla: kein SLA &apos;%1&apos; im Arbeitsbereich</translation>
    </message>
    <message>
        <source>slactl report: %1</source>
        <translation>slactl report: %1</translation>
    </message>
    <message>
        <source>slactl report: warning: %1</source>
        <translation>slactl report: Warnung: %1</translation>
    </message>
    <message>
        <source>Writes Prometheus recording and alerting rules for the workspace&apos;s objectives (for Prometheus,
Thanos Ruler, or with --flavour mimir the Mimir ruler), or with --alertmanager-config the
Alertmanager time intervals, routes and inhibit rules that go with them. What has no PromQL
form is listed as a warning on stderr and as a comment in the file.
Exit code 0 on success, 1 when the documents are invalid or the file cannot be written,
2 on usage errors.</source>
        <translation>Schreibt Prometheus-Recording- und Alerting-Regeln für die Ziele des Arbeitsbereichs (für Prometheus,
Thanos Ruler oder mit --flavour mimir den Mimir-Ruler) oder mit --alertmanager-config die
zugehörigen Alertmanager-Zeitintervalle, Routen und Inhibit-Regeln. Was keine PromQL-Form
hat, wird als Warnung auf stderr und als Kommentar in der Datei aufgeführt.
Exit-Code 0 bei Erfolg, 1 bei ungültigen Dokumenten oder wenn die Datei nicht geschrieben werden kann,
2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Rule file layout: prometheus (default) or mimir.</source>
        <translation>Layout der Regeldatei: prometheus (Standard) oder mimir.</translation>
    </message>
    <message>
        <source>Only the SLA NAME.</source>
        <translation>Nur das SLA NAME.</translation>
    </message>
    <message>
        <source>Write the Alertmanager configuration instead of the rules.</source>
        <translation>Die Alertmanager-Konfiguration statt der Regeln schreiben.</translation>
    </message>
    <message>
        <source>unknown flavour &apos;%1&apos; for --flavour (use prometheus or mimir)</source>
        <translation>unbekannte Variante &apos;%1&apos; für --flavour (verwenden Sie prometheus oder mimir)</translation>
    </message>
    <message>
        <source>slactl backtest: the variant %1 must be one valid sladesk/v1 TierTemplate whose alerts replace the SLA&apos;s</source>
        <translation>slactl backtest: die Variante %1 muss genau ein gültiges sladesk/v1-TierTemplate sein, dessen Alarme die des SLA ersetzen</translation>
    </message>
    <message>
        <source>slactl backtest: the evaluation failed: %1</source>
        <translation>slactl backtest: die Auswertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>slactl backtest: %1</source>
        <translation>slactl backtest: %1</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>PEAK</source>
        <translation>SPITZENWERT</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>ALARMIERUNGEN</translation>
    </message>
    <message>
        <source>FIRING</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>FIRST PAGE</source>
        <translation>ERSTE ALARMIERUNG</translation>
    </message>
    <message>
        <source>BUDGET USED AT FIRST PAGE</source>
        <translation>BUDGET VERBRAUCHT BEI ERSTER ALARMIERUNG</translation>
    </message>
    <message>
        <source>TIME TO DETECT</source>
        <translation>ZEIT BIS ZUR ERKENNUNG</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Backtest %1 .. %2, every %3</source>
        <translation>Backtest %1 .. %2, alle %3</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time; use RFC 3339 (2025-01-31T00:00:00Z) or Unix seconds</source>
        <translation>--%1 &apos;%2&apos; ist keine Zeit; verwenden Sie RFC 3339 (2025-01-31T00:00:00Z) oder Unix-Sekunden</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>--step &apos;%1&apos; is not a duration such as 5m</source>
        <translation>--step &apos;%1&apos; ist keine Dauer wie 5m</translation>
    </message>
    <message>
        <source>the range has more than %1 steps of %2; choose a larger --step</source>
        <translation>der Bereich hat mehr als %1 Schritte von %2; wählen Sie ein größeres --step</translation>
    </message>
    <message>
        <source>Replays the alert rules over a period: evaluates the workspace every --step from --from to
--to and runs the alert state machine over the figures. Prints the firing episodes per rule
and, for the workspace&apos;s rules and each --variant, the number of pages, the time firing, the
time to detect each breach period and the budget used at the first page. Recorded sources
are replayed on their own time line (alignToNow does not apply).
Exit code 0 on success, 1 when the documents are invalid, 2 on usage errors, 3 when a data
source fails.</source>
        <translation>Spielt die Alarmregeln über einen Zeitraum erneut ab: wertet den Arbeitsbereich alle --step von --from bis
--to aus und lässt die Alarm-Zustandsmaschine über die Zahlen laufen. Gibt die Auslöse-Episoden pro Regel aus
und, für die Regeln des Arbeitsbereichs und jede --variant, die Anzahl der Alarmierungen, die ausgelöste Zeit, die
Zeit bis zur Erkennung jeder Verletzungsphase und das bei der ersten Alarmierung verbrauchte Budget. Aufgezeichnete Quellen
werden auf ihrer eigenen Zeitachse abgespielt (alignToNow gilt nicht).
Exit-Code 0 bei Erfolg, 1 bei ungültigen Dokumenten, 2 bei Aufruffehlern, 3 bei Fehlern einer
Datenquelle.</translation>
    </message>
    <message>
        <source>End of the period (RFC 3339 or Unix seconds).</source>
        <translation>Ende des Zeitraums (RFC 3339 oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>Evaluation interval (default 5m).</source>
        <translation>Auswertungsintervall (Standard: 5m).</translation>
    </message>
    <message>
        <source>A TierTemplate file whose alerts are replayed instead of the SLA&apos;s rules (repeatable).</source>
        <translation>Eine TierTemplate-Datei, deren Alarme statt der Regeln des SLA abgespielt werden (wiederholbar).</translation>
    </message>
    <message>
        <source>Run the alert engine headless: evaluate, keep history, deliver alerts</source>
        <translation>Die Alarm-Engine ohne Oberfläche ausführen: auswerten, Verlauf führen, Alarme zustellen</translation>
    </message>
    <message>
        <source>Prometheus recording and alerting rules; Alertmanager configuration</source>
        <translation>Prometheus-Recording- und Alerting-Regeln; Alertmanager-Konfiguration</translation>
    </message>
    <message>
        <source>Replay the alert rules over a period: episodes and per-variant figures</source>
        <translation>Die Alarmregeln über einen Zeitraum erneut abspielen: Episoden und Zahlen pro Variante</translation>
    </message>
    <message>
        <source>A compliance report for a period as PDF, CSV or JSON</source>
        <translation>Ein Compliance-Bericht für einen Zeitraum als PDF, CSV oder JSON</translation>
    </message>
    <message>
        <source>Evaluate once, deliver, and exit.</source>
        <translation>Einmal auswerten, zustellen und beenden.</translation>
    </message>
    <message>
        <source>Evaluate at this time (RFC 3339 or Unix seconds; with --once).</source>
        <translation>Zu diesem Zeitpunkt auswerten (RFC 3339 oder Unix-Sekunden; mit --once).</translation>
    </message>
    <message>
        <source>Time between evaluations (default 30s).</source>
        <translation>Zeit zwischen Auswertungen (Standard: 30s).</translation>
    </message>
    <message>
        <source>Folder of the alert history (default: the XDG state folder).</source>
        <translation>Ordner des Alarmverlaufs (Standard: der XDG-State-Ordner).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>slactl watch: evaluation failed: %1</source>
        <translation>slactl watch: die Auswertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>slactl watch: source %1: %2</source>
        <translation>slactl watch: Quelle %1: %2</translation>
    </message>
    <message>
        <source>Runs the alert engine of the desktop headless: evaluates WORKSPACE on an interval, keeps
alert states and history in SQLite, delivers to Alertmanager and webhooks, and logs one
line per transition. Resumes its states after a restart without firing again.
Stops cleanly on SIGTERM or SIGINT.</source>
        <translation>Führt die Alarm-Engine des Desktops ohne Oberfläche aus: wertet WORKSPACE in einem Intervall aus, hält
Alarmzustände und Verlauf in SQLite, stellt an Alertmanager und Webhooks zu und protokolliert eine
Zeile pro Übergang. Setzt seine Zustände nach einem Neustart fort, ohne erneut auszulösen.
Beendet sich sauber bei SIGTERM oder SIGINT.</translation>
    </message>
    <message>
        <source>exactly one WORKSPACE is required</source>
        <translation>genau ein WORKSPACE ist erforderlich</translation>
    </message>
    <message>
        <source>--interval must be a duration of at least 1s (e.g. 30s, 1m)</source>
        <translation>--interval muss eine Dauer von mindestens 1s sein (z. B. 30s, 1m)</translation>
    </message>
    <message>
        <source>--log-format must be text or json</source>
        <translation>--log-format muss text oder json sein</translation>
    </message>
    <message>
        <source>--at is not a time; use RFC 3339 or Unix seconds</source>
        <translation>--at ist keine Zeit; verwenden Sie RFC 3339 oder Unix-Sekunden</translation>
    </message>
    <message>
        <source>cannot create the state folder %1</source>
        <translation>der Zustandsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>slactl watch: alert history: %1</source>
        <translation>slactl watch: Alarmverlauf: %1</translation>
    </message>
    <message>
        <source>a CloudWatch source needs two or three lines on standard input: the access key id, the secret access key and, for temporary credentials, the session token</source>
        <translation>eine CloudWatch-Quelle braucht zwei oder drei Zeilen auf der Standardeingabe: die Zugriffsschlüssel-ID, den geheimen Zugriffsschlüssel und, für temporäre Anmeldedaten, das Sitzungstoken</translation>
    </message>
    <message>
        <source>--objective: no objective &apos;%1&apos; in SLA &apos;%2&apos;</source>
        <translation>--objective: kein Ziel &apos;%1&apos; im SLA &apos;%2&apos;</translation>
    </message>
    <message>
        <source>slactl %1: cannot create the folder %2</source>
        <translation>slactl %1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>wrote %1 (dashboard uid %2)</source>
        <translation>%1 geschrieben (Dashboard-UID %2)</translation>
    </message>
    <message>
        <source>wrote %1 (Grafana file provisioning)</source>
        <translation>%1 geschrieben (Grafana-Datei-Provisionierung)</translation>
    </message>
    <message>
        <source>Writes one Grafana dashboard (JSON, schemaVersion 39: Grafana 10.3 and later) per SLA and a
file-provisioning configuration for the folder. The panels read the series that
&apos;slactl rules&apos; records (SLI against target, error budget left, status, burn rates with the
alert factors); timeslice objectives show their value per slice in raw PromQL. What has no
PromQL form (drift, Datadog sources) is listed as a warning on stderr and on the dashboard.
Exit code 0 on success, 1 when the documents are invalid or a file cannot be written,
2 on usage errors.</source>
        <translation>Schreibt ein Grafana-Dashboard (JSON, schemaVersion 39: Grafana 10.3 und neuer) je SLA und eine
Datei-Provisionierung für den Ordner. Die Panels lesen die Reihen, die
&apos;slactl rules&apos; aufzeichnet (SLI gegen Ziel, verbleibendes Fehlerbudget, Status, Verbrauchsraten mit den
Alarmfaktoren); Zeitabschnitt-Ziele zeigen ihren Wert je Abschnitt in rohem PromQL. Was keine
PromQL-Form hat (Drift, Datadog-Quellen), wird als Warnung auf stderr und im Dashboard aufgeführt.
Exit-Code 0 bei Erfolg, 1 bei ungültigen Dokumenten oder wenn eine Datei nicht geschrieben werden kann,
2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>Write the files into DIR (default: grafana), made when missing.</source>
        <translation>Schreibt die Dateien nach DIR (Standard: grafana), das bei Bedarf angelegt wird.</translation>
    </message>
    <message>
        <source>The uid of Grafana&apos;s Prometheus data source; without it the dashboards have a data source variable.</source>
        <translation>Die UID der Prometheus-Datenquelle von Grafana; ohne sie haben die Dashboards eine Datenquellen-Variable.</translation>
    </message>
    <message>
        <source>The Grafana folder of the provisioned dashboards (default: SLA Desk).</source>
        <translation>Der Grafana-Ordner der provisionierten Dashboards (Standard: SLA Desk).</translation>
    </message>
    <message>
        <source>--datasource-uid &apos;%1&apos; is not a Grafana uid (1 to 40 letters, digits, - and _)</source>
        <translation>--datasource-uid &apos;%1&apos; ist keine Grafana-UID (1 bis 40 Buchstaben, Ziffern, - und _)</translation>
    </message>
    <message>
        <source>Only the objective NAME of the SLA given with --sla.</source>
        <translation>Nur das Ziel NAME des mit --sla angegebenen SLA.</translation>
    </message>
    <message>
        <source>--objective needs --sla</source>
        <translation>--objective braucht --sla</translation>
    </message>
    <message>
        <source>Grafana dashboards over the recorded series, and their provisioning</source>
        <translation>Grafana-Dashboards über die aufgezeichneten Reihen und ihre Provisionierung</translation>
    </message>
</context>
</TS>
