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

## Was die Statuszeile nach einer Taste sagt.
notice-adjusted = { $change } für diesen Schritt · noch { $left }
notice-adjusted-floored = { $change } für diesen Schritt: auf die schon verbrauchte Zeit gekürzt · Zeit ist um
notice-restarted = die Zeit dieses Schritts beginnt neu (die schon verbrauchte Zeit bleibt festgehalten)
notice-rebalanced = Ausgeglichen: { $taken } zurückgeholt ({ $steps })
notice-rebalanced-short = ; noch { $behind } im Verzug (Untergrenzen erreicht)
notice-marked = { $text } — { $status }
notice-learned = Gelerntes — mit dem Rückblick gespeichert
notice-norm-changed = Vereinbarung geändert: „{ $old }“ heißt jetzt „{ $norm }“
notice-norm-adopted = Vereinbarung übernommen: { $norm }
notice-resumed = Nach { $away } Unterbrechung wieder da — pausiert; Leertaste, um weiterzumachen
notice-no-norm-proposed = keine Vereinbarung vorgeschlagen: im Schritt Vereinbarungen i drücken und eine tippen („2: …“ ändert Vereinbarung 2)
notice-role-today = { $who } übernimmt heute: { $role }
notice-no-rotating-role = dieser Ablauf hat keine wechselnde Rolle zum Weitergeben
notice-nothing-to-mark = in diesem Beitrag gibt es keine offenen Vorhaben zum Markieren
presenters-refused = Fallgebende: { $why }
disk-not-saved = Notizen NICHT gespeichert ({ $why }); im Speicher behalten, neuer Versuch läuft

## Warum eine Taste nichts bewirkt hat (die Gründe der Zeitsteuerung).
refused-started = das Treffen hat schon begonnen
refused-not-begun = Leertaste drücken, um das Treffen zu beginnen
refused-over = das Treffen ist vorbei
refused-first-step = das ist der erste Schritt
refused-cut-below-used = die Zeit ist schon um: kürzer als die verbrauchte Zeit geht nicht
refused-on-time = im Plan: nichts zurückzuholen
refused-nothing-to-give-single = kein späterer gemeinsamer Schritt in Eröffnung, Runde oder Abschluss hat Zeit übrig
refused-nothing-to-give-opening = kein späterer gemeinsamer Schritt in Eröffnung oder Abschluss hat Zeit übrig (die Runden behalten ihre gleiche Zeit)
refused-nothing-to-give-round = kein späterer gemeinsamer Schritt in dieser Runde hat Zeit übrig
refused-nothing-to-give-closing = kein späterer gemeinsamer Schritt im Abschluss hat Zeit übrig

## Einfügen.
paste-open-notes-first = um eine Notiz einzufügen, zuerst die Notizzeile öffnen (i)
paste-nowhere = hier gibt es nichts, wohin sich etwas einfügen ließe
paste-refused = Einfügen abgelehnt: { $added } Zeichen, und { $what ->
        [note] eine Notiz fasst
        [name] ein Name fasst
       *[presenters] die Zeile der Fallgebenden fasst
    } höchstens { $cap } ({ $have } schon getippt); nichts wurde eingefügt

## Was die Aufstellung ablehnt.
setup-name-taken = „{ $name }“ ist schon dabei; gebt jedem Mitglied einen eigenen Namen
setup-no-names = zuerst mindestens einen Namen tippen

## Was aus einer gespeicherten Notiz wurde (unter der Notizzeile).
echo-saved = gespeichert als { $what }
echo-kept = behalten als { $what }, noch nicht auf der Festplatte
echo-commitment = Vorhaben von { $owner }, fällig { $due }
echo-due-read = {" "}(gelesen aus „{ $said }“)
echo-buddy = , Lernpartner·in { $buddy }
echo-norm-hint = Esc schließt die Zeile, dann übernimmt a sie als Vereinbarung der Gruppe

## Was eine Notiz ist, nach der Phase, in der sie entstand.
category-focus = erstes Anliegen
category-reframe = neu gefasstes Anliegen
category-question = Frage
category-option = Option
category-suggestion = Anregung
category-commitment = Vorhaben
category-learning = Gelerntes
category-insight = Einsicht
category-norm = vorgeschlagene Vereinbarung

## Das Urteil über eine Frage.
verdict-open = offen
verdict-closed = geschlossen
verdict-advice = Ratschlag
verdict-judgemental = wertend

## Der Stand eines Vorhabens im Rückblick.
status-open = offen
status-done = erledigt
status-partly = teilweise
status-not-yet = noch nicht
status-dropped = verworfen
