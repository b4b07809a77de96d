# Die Ausgaben der Befehle: plan, protocols, group, history, commitments, export,
# questions, resume, run, config; und die Fehler, die dort entstehen.

cmd-warning = Warnung: { $message }

## circle plan
cmd-plan-start-bad = --start { $text }: gib eine Uhrzeit wie 14:00 an
cmd-plan-start-missing = --start { $text }: diese Uhrzeit gibt es heute nicht (eine Zeitumstellung?)
cmd-plan-group = Gruppe: { $name }
cmd-plan-absent = Abwesend: { $names }
cmd-plan-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}: { $names }
cmd-plan-presenters = { $count ->
    [one] Fallgeber·in
   *[other] Fallgebende
}: { $names }
cmd-plan-length = Treffen von { $length }, { $start } → { $end }
cmd-plan-programme = Programm: { $label }
cmd-plan-buddy = Lernpartner·in von { $member }: { $buddy }
cmd-plan-open = Offene Vorhaben für den Rückblick: { $count }
cmd-plan-carried = Aufs nächste Mal verschoben (heute abwesend): { $count }
cmd-plan-col-start = Beginn
cmd-plan-col-length = Dauer
cmd-plan-col-phase = Phase
cmd-plan-col-speaker = Wer spricht
cmd-plan-round-presents = — Runde { $n }: Fall von { $presenter } —
cmd-plan-round-pairs = — Runde { $n }: alle Paare gleichzeitig —
cmd-plan-closing = — Abschluss —
cmd-plan-spare = Die { $secs } s, die beim Runden der Beiträge auf ganze Sekunden übrig blieben, gehen an „{ $phase }“.
cmd-plan-role-leads = { $role } leitet
cmd-plan-everyone = alle

## circle protocols
cmd-protocols-built-in = eingebaut
cmd-protocols-replaces = { $path } (ersetzt den eingebauten)
cmd-protocols-natural-length = Summe der Phasen
cmd-protocols-not-loaded = (nicht geladen: { $path } hat Fehler; prüfe sie mit `circle protocols check { $path }`)
cmd-protocols-check-ok = ok: { $file } ({ $name }, { $count ->
    [one] { $count } Phase
   *[other] { $count } Phasen
})
cmd-protocols-unusable = { $file }: Fehler: kein Treffen kann diesen Ablauf nutzen: { $why }
cmd-protocols-too-few = er verlangt mindestens { $min } Mitglieder
cmd-protocols-member-n = Mitglied { $n }
cmd-protocols-range-one = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitgliedern
}
cmd-protocols-range = { $min } bis { $max } Mitgliedern
cmd-protocols-unplannable = mit { $range } versucht, keine Gruppengröße lässt sich planen; mit { $n }: { $errors }
cmd-protocols-sum-of-phases = die Summe seiner Phasen
cmd-protocols-length = Dauer
cmd-protocols-group = Gruppe
cmd-protocols-presenters = Fallgebende
cmd-protocols-wrap-up = Endspurt
cmd-protocols-norms = Vereinbarungen
cmd-protocols-roles = Rollen
cmd-protocols-rotates = (wechselt)
cmd-protocols-opening = Eröffnung (einmal)
cmd-protocols-round = Runde je Fallgeber·in
cmd-protocols-closing = Abschluss (einmal)
cmd-protocols-each = je { $time }
cmd-protocols-turns-presenter = Fallgeber·in
cmd-protocols-turns-each = alle nacheinander
cmd-protocols-turns-coaches = Berater·innen nacheinander
cmd-protocols-rule = Regel: { $rule }

## circle group
cmd-group-exists = eine Gruppe „{ $name }“ gibt es schon; ändere sie mit `circle group edit`
cmd-group-created = { $name } angelegt, { $count ->
    [one] mit { $count } Mitglied
   *[other] mit { $count } Mitgliedern
}: { $names }
cmd-group-programme = Ein Programm aus { $count } Treffen, Rhythmus: { $every }
cmd-group-start-first = Das erste Treffen startest du mit: circle run --group { $name }
cmd-group-none = Noch keine Gruppen. Leg eine an: circle group new "Dienstagsrunde" --members "Ana,Ben,Chen"
cmd-group-list-last = , zuletzt { $date }
cmd-group-list-line = { $name }  ({ $members ->
    [one] { $members } Mitglied
   *[other] { $members } Mitglieder
}, { $meetings } Treffen{ $last })
cmd-group-rename-form = --rename { $text }: schreib ALT=NEU, z. B. --rename Ben=Benjamin
cmd-group-would-be-empty = dann hätte { $name } keine Mitglieder mehr; eine Gruppe braucht mindestens eines (nimm jemanden mit --add auf)
cmd-group-too-big = { $count } Mitglieder, aber „{ $id }“ ist für { $size }: teilt euch in zwei Gruppen oder wählt mit --protocol einen Ablauf für eine größere Runde (mastermind bietet bis zu 15 Plätze)
cmd-group-meetings-range = --meetings { $n }: ein Programm hat 1 bis 100 Treffen
cmd-group-meetings-held = --meetings { $n }: Die Gruppe hat schon { $held } Treffen gehabt; um das Programm mit dem nächsten zu beenden, nimm --end-next
cmd-group-programme-now = Das Programm hat jetzt { $n } Treffen; das nächste ist Treffen { $next } von { $n }
cmd-group-programme-last = Das Programm endet jetzt mit dem nächsten Treffen, { $n } von { $n }: Es blickt zurück und feiert
cmd-length-zero = --length { $length }: ein Treffen muss länger als null sein
cmd-group-rename-taken = --rename: „{ $name }“ ist schon der Name eines anderen Mitglieds
cmd-group-leaver-open = { $name } hat { $count ->
    [one] ein offenes Vorhaben
   *[other] { $count } offene Vorhaben
}; sag, was daraus wird: --open carry (bleiben offen) oder --open drop (verworfen)
cmd-group-left-note = { $name } hat die Gruppe verlassen
cmd-group-dropped = { $count ->
    [one] Ein offenes Vorhaben
   *[other] { $count } offene Vorhaben
} von { $name } verworfen
cmd-group-members = Mitglieder: { $names }
cmd-group-facilitator = Moderation: { $name } (von außen: keine Beiträge)
cmd-group-programme-held = Ein Programm aus { $count } Treffen, Rhythmus: { $every }; davon bisher { $held } abgehalten
cmd-group-every-held = Rhythmus: { $every }; bisher { $held } Treffen
cmd-group-meets-on = Ablauf: { $protocol }{ $length }
cmd-group-norms = Vereinbarungen:
cmd-group-then = dann
cmd-group-next = Nächste Fallgebende: { $names }
cmd-group-open = Offene Vorhaben:
cmd-group-open-line = { $owner }: { $text } (fällig { $due })
cmd-group-files = Dateien: { $path }
cmd-group-not-member = „{ $who }“ ist kein Mitglied von { $name } ({ $members })

## Von mehreren Befehlen genutzt
cmd-config-no-home = kein Home-Ordner gefunden, also gibt es keinen Ordner für die Einstellungen; setze HOME oder nenne einen mit CIRCLE_CONFIG_DIR
cmd-remember-for = {" "}für { $length }
cmd-remember-protocol = { $name } trifft sich jetzt nach dem Ablauf { $protocol }{ $length } (in ihrer group.toml gespeichert)
cmd-rehearsal-bad = { $variable }={ $text } ist nicht zu gebrauchen: schreib CIRCLE_NOW als Zeit nach RFC 3339 (2026-01-15T18:00:00+01:00), CIRCLE_TODAY als JJJJ-MM-TT und CIRCLE_SPEED als Faktor über 0 und höchstens 10000 (60 lässt eine Stunde in einer Minute laufen)
cmd-needs-terminal = der Live-Bildschirm braucht ein Terminal; um stattdessen den Plan auszugeben, nimm `circle plan` oder `circle run --print`
cmd-watch-needs-terminal = `circle watch` zeigt das Treffen auf einem eigenen Bildschirm und braucht ein Terminal: starte es in einem Terminalfenster
cmd-setup-no-home = kein Home-Ordner für die Notizen gefunden; gib einen mit --data-dir ORDNER an
cmd-setup-absent-unknown = --absent: „{ $who }“ ist kein Mitglied von „{ $name }“ ({ $members })
cmd-setup-no-members = keine Mitglieder: nenne sie mit --members "Ana,Ben,Chen", --roster DATEI oder --group NAME

## circle history
cmd-no-group = (ohne Gruppe)
cmd-history-none = Noch keine Treffen. Starte eines mit: circle run --group NAME
cmd-history-col-date = Datum
cmd-history-col-protocol = Ablauf
cmd-history-col-presented = Fallgebende
cmd-history-col-rating = Wert
cmd-history-col-not-rated = nicht bewertet
cmd-history-col-kept = erledigt
cmd-history-col-member = Mitglied
cmd-history-col-airtime = Redezeit
cmd-history-unfinished = unvollständig: zählt nicht (fortsetzen oder verwerfen, wo es lief: circle resume --list)
cmd-history-unfinished-seats = unvollständig: nur der heiße Stuhl von { $names } zählt (fortsetzen oder verwerfen, wo es lief: circle resume --list)
cmd-history-chart-title = Wert für unsere Zeit, Treffen für Treffen (1–5):
cmd-history-left = { $name } (ausgetreten)
cmd-history-kept = Erledigte Vorhaben: { $kept } von { $due } fälligen ({ $pct } %)
cmd-history-kept-none = Erledigte Vorhaben: noch keines ist fällig geworden
cmd-history-kept-of = { $kept } von { $due } ({ $pct } %)

## circle commitments
cmd-commitments-none = Keine Vorhaben.
cmd-commitments-none-open = Keine offenen Vorhaben.
cmd-commitments-due = fällig { $date }
cmd-commitments-overdue = ÜBERFÄLLIG
cmd-commitments-buddy = (Lernpartner·in { $name })
cmd-commitments-unknown = kein Vorhaben „{ $id }“; `circle commitments` listet sie mit ihren Kennungen auf
cmd-commitments-ambiguous = „{ $id }“ passt auf { $count } Vorhaben ({ $ids }); gib mehr von der Kennung an
cmd-status-open = offen
cmd-status-done = erledigt
cmd-status-partly = teilweise
cmd-status-not-yet = noch nicht
cmd-status-dropped = verworfen

## circle export ics: die Wörter im Kalender
cmd-ics-calendar = { $name } — Vorhaben
cmd-ics-meeting-of = { $name }: Treffen { $n } von { $of }
cmd-ics-next-meeting = { $name }: nächstes Treffen
cmd-ics-meeting-description = Rhythmus der Gruppe: { $every }. Bringt euren Rückblick mit.
cmd-ics-tomorrow = Morgen: { $label }
cmd-ics-committed = Vorgenommen beim Treffen der Gruppe { $name } am { $made }.
cmd-ics-buddy = {" "}Lernpartner·in: { $buddy }.
cmd-ics-summary-buddy = { $owner }: { $text } (Lernpartner·in { $buddy })
cmd-ics-due-tomorrow = Morgen fällig: { $summary }
cmd-ics-check-in = Nachfragen: { $buddy } bei { $owner } zu „{ $text }“
cmd-ics-check-in-description = { $buddy } fragt bei { $owner } nach dem Vorhaben, fällig { $due }: Wie läuft es, was würde helfen?
cmd-ics-nothing-open = { $name }: keine offenen Vorhaben, Stand { $today }

## circle questions check
cmd-questions-empty = Frage { $n } ist leer: gib die Frage in Anführungszeichen an, z. B. circle questions check "Was ist dir am wichtigsten?"
cmd-questions-no-coach = der Fragen-Coach kennt { $lang } noch nicht: nimm --lang en oder --lang de

## circle resume und circle run
cmd-note = Hinweis: { $note }
cmd-resume-error-file = circle konnte das Journal dieses Treffens nicht lesen:

    { $error }

    Das Journal liegt unverändert neben dieser Datei.
cmd-resume-last-saved = zuletzt gespeichert { $time }
cmd-resume-cut-off = (letztes Ereignis abgeschnitten)
cmd-resume-rebuilt = { $path }: die erste Zeile (was das Treffen war) ging verloren; aus dem Protokoll daneben wiederhergestellt (Ablauf, Mitglieder, Fallgebende, Gruppe), jedes Ereignis bleibt; gewählte Länge und Auslosungen sind wieder die des Ablaufs. Das beschädigte Journal bleibt als { $aside }
cmd-resume-skipped = ({ $count ->
    [one] eine beschädigte Zeile weggelassen
   *[other] { $count } beschädigte Zeilen weggelassen
})
cmd-resume-none = Keine unvollständigen Treffen.
cmd-resume-unreadable = unlesbar: { $error }
    {"  "}(aufbewahrt; siehe { $path })
cmd-resume-discard-needs-id = --discard braucht die Kennung des Treffens aus `circle resume --list` (circle rät nicht, welches es wegwerfen soll)
cmd-resume-discarded = { $id } verworfen; { $gone }
cmd-resume-unreadable-error = { $error }
    Der Fehler steht auch in { $path }
cmd-resume-unknown = kein unvollständiges Treffen „{ $id }“; siehe `circle resume --list`
cmd-resume-nothing = kein unvollständiges Treffen zum Fortsetzen
cmd-resume-open-elsewhere = { $id }: { $by }; schließ es zuerst dort
cmd-resume-cannot-remove = { $path } lässt sich nicht löschen: { $error }
cmd-resume-removed = gelöscht: { $files }
cmd-resume-locked = { $id }: { $by }; mach dort weiter oder beginne mit `circle run` ein neues Treffen
cmd-run-problem = Warnung: { $problem } (dieses Treffen bleibt im Gedächtnis der Gruppe unberücksichtigt)
cmd-git-missing = circle braucht den Befehl git, um eine Gruppe zu teilen, und konnte ihn nicht starten ({ $error }); installiere git und versuch es noch einmal
cmd-git-failed = { $command } ist fehlgeschlagen: { $said }
cmd-git-timeout = git hat länger als { $secs } Sekunden gebraucht und wurde gestoppt; prüf das Netz und versuch es noch einmal (nichts ging verloren)
cmd-sync-commit = circle: { $name }
cmd-run-sync-offer = Diese Gruppe ist geteilt: jetzt mit den anderen Laptops abgleichen? [J/n]
cmd-run-sync-failed = Nicht abgeglichen ({ $error }); das Treffen geht weiter, und `circle group sync` holt es später nach.
cmd-sync-live = ein Treffen dieser Gruppe ist hier offen ({ $by }); gleich nach seinem Ende abgleichen
cmd-sync-not-shared = { $name } ist noch nicht geteilt; teile sie zuerst mit `circle group share { $quoted } --git URL`
cmd-sync-nothing = { $name }: auf dem neuesten Stand; nichts Neues hinzugekommen
cmd-sync-sent = { $name }: { $meetings ->
    [one] 1 Treffen
   *[other] { $meetings } Treffen
  }, { $changes ->
    [one] 1 Änderung an der Gruppe
   *[other] { $changes } Änderungen an der Gruppe
  } und { $marks ->
    [one] 1 Markierung
   *[other] { $marks } Markierungen
  } an die anderen Laptops geschickt
cmd-sync-came = { $name }: { $meetings ->
    [one] 1 Treffen
   *[other] { $meetings } Treffen
  }, { $changes ->
    [one] 1 Änderung an der Gruppe
   *[other] { $changes } Änderungen an der Gruppe
  } (Mitglieder, Namen, Vereinbarungen, Einstellungen) und { $marks ->
    [one] 1 Markierung
   *[other] { $marks } Markierungen
  } kamen von den anderen Laptops
cmd-share-done = { $name } ist mit { $url } geteilt; auf einem anderen Laptop: circle group join { $url }
cmd-share-other-group = { $url } enthält schon eine andere Gruppe („{ $other }“): gib jeder Gruppe ein eigenes Repository und teile diese in ein neues, leeres
cmd-join-exists = eine Gruppe namens { $name } gibt es auf diesem Laptop schon ({ $path }); gleich sie stattdessen mit `circle group sync` ab
cmd-join-empty = { $url } enthält noch keine Gruppe: teile zuerst eine hinein, auf dem Laptop, der sie hat, mit `circle group share NAME --git { $url }`
cmd-join-done = { $name } ist jetzt auf diesem Laptop: { $members }
cmd-run-waiting = Ein unvollständiges Treffen dieser Gruppe wartet, zuletzt gespeichert vor { $age }:
    {"  "}{ $meeting }
    r = fortsetzen, d = verwerfen (es zählt dann nicht), k = behalten und ein neues beginnen? [R/d/k]
cmd-run-open-elsewhere = { $id }: { $by }.
    Stattdessen hier ein neues Treffen dieser Gruppe beginnen? [J/n]
cmd-run-waiting-old = Ein unvollständiges Treffen dieser Gruppe wartet seit { $age }:
    {"  "}{ $meeting }
    r = fortsetzen, d = verwerfen (es zählt dann nicht), k = behalten und ein neues beginnen? [r/d/K]
    (Nur dieses eine Mal gefragt: `circle resume --list` behält es.)
cmd-run-type-rdk = Tippe r, d oder k.
age-days = { $count ->
    [one] einem Tag
   *[other] { $count } Tagen
  }
age-hours = { $count ->
    [one] einer Stunde
   *[other] { $count } Stunden
  }
age-minutes = { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
  }

## Wenn ein Treffen schließt
cmd-saved-in = Notizen gespeichert in { $path }
cmd-saved-resume = Fortsetzen mit: circle resume
cmd-saved-fallback = circle konnte nicht nach { $dir } schreiben; deine Notizen liegen stattdessen in { $path }
cmd-saved-printed = circle konnte weder nach { $dir } noch nach { $path } schreiben; deine Notizen stehen oben
cmd-questions-open = offen
cmd-questions-closed = geschlossen
cmd-questions-advice = Ratschlag
cmd-questions-judgemental = wertend

## circle watch (src/commands/watch.rs).
watch-unknown = Kein Treffen und keine Gruppe heißt „{ $name }“: nenne die Kennung eines Treffens (circle resume --list) oder eine Gruppe (circle group list), oder lass es weg, um dem laufenden Treffen zu folgen.
watch-none-live = In { $dir } läuft kein Treffen: nichts zu sehen (ohne --once wartet circle watch auf { $awaited }).
