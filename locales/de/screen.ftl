# Die Bildschirme: live, bereit, Aufstellung und Abschluss.

## Das Zustandswort über der Uhr: in großen Buchstaben und klein mit Zeichen.
state-wrap-up-big = ENDSPURT
state-time-big = ZEIT
state-overdue-big = ÜBERZEIT
state-paused-big = PAUSE
state-wrap-up = ▲ ENDSPURT ▲
state-time = ■ ZEIT ■
state-overdue = ■■ ÜBERZEIT ■■
state-paused = ❚❚ PAUSE ❚❚
on-track = ● im Plan
notes-under-curtain = ✎ Notizzeile offen, vom Vorhang verdeckt · Enter speichert · Esc schließt

ready-start = LEERTASTE drücken, um das Treffen zu beginnen
setup-title = Wer ist heute da?
setup-help = Einen Namen tippen (oder mehrere: „Chen, Dee, Eve“) und Enter drücken; Enter in einer leeren Zeile, wenn alle da sind.

finished-title = Treffen beendet
confirm-quit = Treffen verlassen?  y = beenden · jede andere Taste = bleiben

report-back-keys = ↑↓ wählen · 1 erledigt · 2 teilweise · 3 noch nicht · 4 verworfen · i was gelernt wurde
no-open-commitments = Für diese Runde gibt es keine offenen Vorhaben aus früheren Treffen.
check-out-keys = Wert dieses Treffens für deine Zeit: 1–5 drücken

behind-none = pünktlich
behind-late = +{ $clock } im Verzug
behind-early = { $clock } voraus
