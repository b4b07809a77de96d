# Die Tasten: was jede tut (die ?-Hilfe; das README bleibt englisch) und ihr
# Wort in der Fußzeile. Aus src/tui/keys/table.rs.

## Was eine Taste tut.
key-setup-add = den getippten Namen aufnehmen; in einer leeren Zeile: fertig
key-setup-erase = einen Buchstaben löschen oder den letzten Namen
key-quit-asks = beenden (mit Rückfrage)
key-ready-begin = das Treffen beginnen
key-ready-presenters = ändern, wer Fallgeber·in ist
key-ready-facilitator = die Moderation an das nächste Mitglied der Sitzordnung weitergeben
key-ready-up = im Plan nach oben blättern
key-ready-down = im Plan nach unten blättern
key-ready-page-up = eine Seite nach oben
key-ready-page-down = eine Seite nach unten
key-help = diese Tasten
key-live-pause = Pause · fortsetzen
key-live-next = nächster Schritt
key-live-back = voriger Schritt (seine Zeit läuft weiter)
key-live-more = eine Minute mehr für diesen Schritt
key-live-less = eine Minute weniger für diesen Schritt
key-live-restart = die Zeit dieses Schritts neu starten
key-live-rebalance = ausgleichen: Überziehung von späteren gemeinsamen Schritten zurückholen
key-live-prompt = nächster Impuls dieser Phase
key-live-note = Notizzeile (Enter speichert, Esc schließt; ! zuerst: eine private Notiz)
key-live-up = Rückblick oder Abschlussrunde: die Zeile darüber wählen; Vereinbarungen: nach oben blättern
key-live-down = Rückblick oder Abschlussrunde: die Zeile darunter wählen; Vereinbarungen: nach unten blättern
key-live-digits = Rückblick: 1 erledigt · 2 teilweise · 3 noch nicht · 4 verworfen; Abschlussrunde: 1–5 bewerten
key-live-adopt = Schritt Vereinbarungen: die eben vorgeschlagene Vereinbarung übernehmen
key-live-curtain = Vorhang: nur Uhr, Sprecher·in und Hinweis zeigen
key-quit = beenden
key-finished-back = zurück zum letzten Schritt
key-line-save = die Zeile speichern
key-line-close = die Zeile schließen, ohne zu speichern
key-line-erase = den Buchstaben vor dem Cursor löschen
key-line-delete = den Buchstaben hinter dem Cursor löschen
key-line-left = Cursor nach links
key-line-right = Cursor nach rechts
key-line-home = Cursor an den Anfang
key-line-end = Cursor ans Ende
key-line-erase-start = vom Anfang bis zum Cursor löschen
key-line-erase-word = das Wort vor dem Cursor löschen
key-line-private = zuerst getippt: eine private Notiz, nur für dich (nie in der Zusammenfassung oder auf `circle watch`)
key-watch-quit = nicht mehr zuschauen (das Treffen geht weiter)
key-help-close = die Hilfe schließen
key-help-next = nächste Seite der Hilfe (nach der letzten: die erste)
key-help-back = die Seite der Hilfe davor
key-confirm-quit = ja, beenden
key-confirm-stay = bleiben

## Ihr Wort in der Fußzeile: „n weiter · p zurück“.
footer-add = aufnehmen
footer-erase = löschen
footer-quit = beenden
footer-begin = beginnen
footer-presenters = Fallgebende ändern
footer-facilitator = Moderation
footer-scroll = blättern
footer-help = Hilfe
footer-pause = Pause
footer-next = weiter
footer-back = zurück
footer-more = 1 Min. mehr
footer-less = 1 Min. weniger
footer-restart = neu starten
footer-rebalance = ausgleichen
footer-note = Notiz
footer-curtain = Vorhang
footer-finished-back = zurück zum letzten Schritt
footer-save = speichern
footer-close = schließen
footer-stay = bleiben
footer-watch-quit = nicht mehr zuschauen
footer-resume = fortsetzen

## Tastennamen, die Wörter sind (Enter, Esc, Tab sind Namen).
key-name-space = Leertaste
key-name-yes = j
key-name-any = jede Taste

## Die Überschriften der Hilfe und des README.
keys-title-setup = Wer ist da (Aufstellung)
keys-title-ready = Vor dem Beginn
keys-title-live = Während des Treffens
keys-title-finished = Nach dem letzten Schritt
keys-title-line = Eine Notiz oder Namen tippen
keys-title-help = Hilfe
keys-title-confirm = Treffen verlassen?
keys-title-watch = Zuschauen (`circle watch`)

## Das Hilfefenster (?).
help-title = { $scope } — jede Taste schließt
help-one-line = Tasten: { $keys } — jede Taste schließt
help-page = Seite { $page }/{ $pages } — { $next }: weiter · { $back }: zurück · jede andere Taste schließt
key-name-page-up = Bild↑
key-name-page-down = Bild↓
key-name-home = Pos1
key-name-end = Ende
key-name-delete = Entf
key-name-ctrl = Strg-{ $key }
