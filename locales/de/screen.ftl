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
notes-too-small = ✎ Notiz wird getippt · Esc schließt

ready-start = LEERTASTE drücken, um das Treffen zu beginnen
setup-title = Wer ist heute da?
setup-help = Einen Namen tippen (oder mehrere: „Chen, Dee, Eve“) und Enter drücken; Enter in einer leeren Zeile, wenn alle da sind.
setup-offer = Weiter mit { $names }? Drück Enter in der leeren Zeile – oder tippe, wer heute da ist (wer fehlt, ist heute nicht dabei).
setup-remembers = circle merkt sich diese Namen als eure Gruppe, damit es beim nächsten Mal Reihenfolge, Rollen und Vorhaben kennt.
remembered-new = Als eure Gruppe gemerkt: Beim nächsten Mal bietet `circle` sie an.
remembered-found = Willkommen zurück: Reihenfolge, Rollen und Vorhaben gehen weiter.
remembered-name-more = { $names } und { $more } weitere

finished-title = Treffen beendet
confirm-quit = Treffen verlassen?  j = beenden · jede andere Taste = bleiben

report-back-keys = ↑↓ wählen · 1 erledigt · 2 teilweise · 3 noch nicht · 4 verworfen · i Gelerntes
no-open-commitments = Für diesen Beitrag gibt es keine offenen Vorhaben aus früheren Treffen.
check-out-keys = Wert dieses Treffens für deine Zeit: 1–5 drücken

behind-none = pünktlich
behind-late = +{ $clock } im Verzug
behind-early = { $clock } voraus

## Was die Statuszeile nach einer Taste sagt.
notice-adjusted = { $change } für diesen Schritt · noch { $left }
notice-adjusted-floored = { $change } für diesen Schritt: auf die schon verbrauchte Zeit gekürzt · Zeit ist um
notice-restarted = die Zeit dieses Schritts beginnt neu (die verbrauchte Zeit bleibt erfasst)
notice-rebalanced = Ausgeglichen: { $taken } zurückgeholt ({ $steps })
notice-rebalanced-short = ; noch { $behind } im Verzug (Untergrenzen erreicht)
notice-marked = { $text } — { $status }
notice-learned = Gelerntes — mit dem Rückblick gespeichert
notice-private-kept = als private Notiz gespeichert: nur für dich, nie in der Zusammenfassung oder auf einem geteilten Bildschirm
notice-private-what = eine private Notiz
notice-norm-changed = Vereinbarung geändert: „{ $old }“ heißt jetzt „{ $norm }“
notice-norm-adopted = Vereinbarung übernommen: { $norm }
notice-resumed = Wieder da nach { $away } Unterbrechung — pausiert; { $key } macht weiter
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
note-meeting-full = die Notizen dieses Treffens sind voll ({ $max } KB; noch { $left } KB frei): die Notiz bleibt in der Zeile; kürze sie, oder halte den Rest anderswo fest
paste-open-notes-first = um eine Notiz einzufügen, zuerst die Notizzeile öffnen (i)
paste-nowhere = hier lässt sich nichts einfügen
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
echo-commitment-group = Vorhaben der Gruppe, fällig { $due }
echo-due-read = {" "}(gelesen aus „{ $said }“)
echo-buddy = , Lernpartner·in { $buddy }
echo-norm-hint = Esc schließt die Zeile, dann übernimmt a sie als Vereinbarung der Gruppe


## Das Urteil über eine Frage.
verdict-open = offen
verdict-closed = geschlossen
verdict-advice = Ratschlag
verdict-judgemental = wertend

## Der Stand eines Vorhabens im Rückblick.
status-open = offen
review-nothing = { $who } hat sich in diesem Programm nichts vorgenommen: Was hast du daraus mitgenommen?
status-last-time = zuletzt { $status }
made-due-on = vom { $made }, fällig { $due }
review-set-out = { $who } hat sich im Programm { $count ->
    [one] eine Sache
   *[other] { $count } Sachen
  } vorgenommen und { $kept } gehalten

## Gekürzte Listen: „Ana, Ben, … 2 weitere“.
fold-more = … { $count } weitere

## Der Bildschirm vor dem Beginn. Das „: “ nach einer Beschriftung setzt der Bildschirm.
ready-members = Mitglieder
ready-presenters = { $count ->
        [one] Fallgeber·in
       *[other] Fallgebende
    }
ready-change-presenters = Fallgebende ändern
ready-presenters-hint = (Namen, eine Zahl oder „alle“; Enter übernimmt, Esc behält)
ready-group = Gruppe: { $group }
ready-away-today = heute nicht da: { $names }
ready-fair-rotation = Fallgebende reihum fair vorgeschlagen
ready-role-by-rotation = reihum in der Gruppe
ready-role-by-seating = nach der Sitzordnung vorgeschlagen
ready-buddies = Lernpartner·innen
ready-report-back = Für den Rückblick
ready-open-commitments = { $count ->
        [one] ein offenes Vorhaben
       *[other] { $count } offene Vorhaben
    } aus früheren Treffen
ready-length = Dauer
ready-length-ends = { $length } — wenn ihr jetzt beginnt, endet das Treffen um { $end }
ready-programme = Programm
ready-our-norms = Unsere Vereinbarungen
ready-the-plan = Der Plan
ready-the-plan-starts = Der Plan: Beginn, wenn ihr jetzt anfangt, und Dauer
ready-turns = { $count } Beiträge
ready-everyone = alle
ready-more-below = … { $count } weitere unten (↓ zum Blättern)
ready-more-above = … { $count } weitere oben (↑)

## Der Bildschirm nach dem Treffen.
finished-ended = Beendet um { $ended } — geplant war { $planned } ({ $behind })
finished-no-ratings = keine Bewertungen abgegeben
finished-rating = { $average } / 5 von { $count } { $count ->
        [one] Mitglied
       *[other] Mitgliedern
    }
finished-value = Wert für unsere Zeit
finished-notes = Notizen
finished-notes-in-memory = im Speicher behalten, noch nicht auf der Festplatte
finished-notes-not-saved = in diesem Lauf nicht auf der Festplatte gespeichert
finished-commitments = Vereinbarte Vorhaben: { $count }
finished-due = bis { $due }
finished-airtime = Redezeit
finished-more-phases = … { $count } weitere Phasen
finished-phase = Phase
finished-planned = Soll
finished-actual = Ist
finished-round = Runde { $round }

## Der Abschluss eines Programms (nach dem Treffen).
celebration-complete = Das Programm ist abgeschlossen — { $count ->
        [0] diesmal wurde kein Vorhaben erledigt; was alle mitnehmen, steht im Rückblick.
        [one] ein Vorhaben erledigt:
       *[other] { $count } Vorhaben erledigt:
    }
celebration-kept = { $kept } von { $due } fälligen erledigt ({ $percent } %)
celebration-none-due = kein Vorhaben wurde fällig
celebration-return = Ertrag unserer Zeit: { $meetings ->
        [one] ein Treffen
       *[other] { $meetings } Treffen
    }, { $together } gemeinsam · { $kept } · Wert { $trend }

## Der Teil der Gruppe auf den Bildschirmen.
norm-proposed = Vorschlag: { $norm } — a drücken, um ihn zu übernehmen
norm-proposed-line-open = Vorschlag: { $norm } — Esc, dann a, um ihn zu übernehmen
norm-how = i schlägt eine Vereinbarung vor („2: …“ ändert Vereinbarung 2); a übernimmt sie
buddy-of = Lernpartner·in von { $owner }: { $buddy }
carried-head = Aufs nächste Mal verschoben
carried-line = { $count ->
        [one] ein offenes Vorhaben
       *[other] { $count } offene Vorhaben
    } von { $owners } (heute nicht da)
carried-note = Aufs nächste Mal verschoben (heute nicht da): { $count ->
        [one] ein Vorhaben
       *[other] { $count } Vorhaben
    } von { $owners }

## Eine Pause auf dem Live-Bildschirm.
break-over = Die Pause ist vorbei — willkommen zurück
break-back-at = Pause — zurück um { $time }

## Die Aufstellung: der Ablauf und für wen er ist.
setup-protocol = { $name } — für { $group }

## Der Live-Bildschirm: wer spricht, wo das Treffen steht.
live-break = Pause
live-break-for-everyone = eine Pause für alle
live-in-pairs = In Paaren
live-turn-of = { $index } von { $of }
live-turn = Beitrag { $turn }
live-role-leads-all = { $role } leitet · alle machen mit
live-role-leads = { $role } leitet
live-everyone = Alle
live-open-floor = freies Gespräch
live-step-of = Schritt { $step }/{ $of }
live-round-of = Runde { $round }/{ $of }
live-presents = Fallgeber·in { $name }
live-outside-facilitator = Moderation { $name }
live-used-of = { $used } von { $allotted }
live-status-paused = ❚❚ PAUSE · { $used } · { $key } setzt fort
live-status-paused-public = ❚❚ PAUSE · { $used }
live-watchers = { $count ->
    [one] 1 schaut zu
   *[other] { $count } schauen zu
}
live-role-does = Als { $role }:
live-role-avoids = Lieber nicht:
live-up-next = Als Nächstes:
live-up-next-end = Als Nächstes: das Ende des Treffens
live-next-cue = { $name } ist als Nächstes dran · { $left }
live-planned-end = Geplantes Ende
live-projected = voraussichtlich

## Der Notizbereich.
list-more = { $count } weitere
commitments-due = Vorhaben sind fällig am { $due } (zum Ändern „bis nächsten Freitag“ oder „bis 15. März“ tippen)
note-label = Notiz ({ $category })
notes-private = Notizen werden privat gespeichert · mit ! am Anfang eine Notiz nur für dich
note-label-private = private Notiz (nur für dich)

## Ein Fälligkeitsdatum, das nicht übernommen werden konnte (unter der Notizzeile).
due-past = „{ $said }“ ({ $date }) ist schon vorbei: stattdessen fällig beim nächsten Treffen ({ $due }); mit einem späteren Datum neu tippen, um es zu ändern
due-impossible = „{ $said }“ kann circle nicht als Datum lesen, oder den Tag gibt es nicht: stattdessen fällig beim nächsten Treffen ({ $due }); neu tippen („bis 15. März“, „bis 15.12.2026“), um es zu ändern



## Wem ein Vorhaben gehört, das ohne Fallgeber·in oder Sprecher·in entstand.
owner-the-group = die Gruppe

## circle watch: der öffentliche Bildschirm (src/tui/view/watch.rs, src/tui/watch/).
watch-waiting-word = Warten
watch-waiting = Noch läuft kein Treffen: dieser Bildschirm folgt { $awaited }, sobald es beginnt.
watch-waiting-how = Er zeigt nur die Uhr, wer spricht und die Regeln, nie die Notizen; was hier getippt wird, geht nirgendwohin.
watch-awaited-any = dem nächsten Treffen
watch-awaited-group = dem nächsten Treffen von { $group }
watch-ended-word = Ende
watch-ended = Das Treffen ist zu Ende.
watch-console-away = Die Konsole schweigt seit { $time }: die Uhr wartet auf sie (circle resume)
