# Fehlermeldungen und Hinweise: Ablaufdateien, Einstellungen, Gruppenlisten,
# Pläne, Dateien auf der Platte. Die Stelle (`datei:zeile:spalte:`) und alle
# zitierten Schlüssel, Werte und Namen bleiben, wie sie sind; übersetzt werden
# nur die Wörter drumherum.

## Der Rahmen jeder Meldung zu einer Datei (src/toml_reader/diagnostic.rs).
err-error = Fehler
err-error-in = Fehler in `{ $path }`
err-help = Hinweis
err-problems-found = { $count } Probleme gefunden; behebe sie und versuch es noch einmal.

## TOML lesen (src/toml_reader/reader.rs).
err-unknown-key = unbekannter Schlüssel `{ $key }`
err-did-you-mean-key = meintest du `{ $best }`?
err-allowed-keys = hier erlaubte Schlüssel: { $keys }
err-expected-found = erwartet: { $expected }, gefunden: { $found }
err-empty = { $what } ist leer
err-missing-required = `{ $key }` fehlt: { $what } ist Pflicht
err-add-line = ergänze eine Zeile wie: { $key } = "…"
err-empty-text = leerer Text; entferne ihn oder schreib etwas hinein
err-duration-unit-hint = schreib „{ $n }m“ oder „{ $n }s“, mit Einheit
err-duration-zero = „{ $text }“ ist null; jede Zeit muss länger als null sein
err-number-too-large = die Zahl ist zu groß
err-toml-syntax = TOML-Syntaxfehler: { $message }
err-toml-help = das Dateiformat ist auf https://toml.io beschrieben
err-type-string = ein Text
err-type-strings = eine Liste von Texten, etwa ["…", "…"]
err-type-duration = eine Dauer wie „8m“
err-type-warn = eine Endspurt-Warnung wie „1m“ oder „20%“
err-type-whole-number = eine ganze Zahl
err-type-bool = true oder false
err-type-table = eine Tabelle
err-type-tables = eine Liste von Tabellen, geschrieben als [[{ $key }]]
err-found-string = ein Text („{ $text }“)
err-found-number = eine Zahl ({ $n })
err-found-decimal = eine Dezimalzahl ({ $n })
err-found-datetime = ein Datum oder eine Uhrzeit ({ $d })
err-found-list = eine Liste

## Auswahl unter Wörtern (Phasenarten, Beitragsmodi, Rollen, Kennungen).
err-did-you-mean-one-of = meintest du „{ $best }“? (möglich: { $choices })
err-did-you-mean-quoted = meintest du „{ $best }“?
err-one-of = möglich: { $choices }

## Dauern und Endspurt-Warnungen (src/protocol/duration.rs).
err-duration-negative = „{ $text }“ ist negativ; Zeiten müssen positiv sein
err-duration-invalid = „{ $text }“ ist keine Dauer; schreib sie etwa als „90s“, „8m“ oder „1h30m“
err-duration-fraction = „{ $text }“ enthält Bruchteile einer Sekunde; nimm ganze Sekunden
err-duration-too-long = „{ $text }“ ist länger, als circle planen kann (höchstens 1000h)
err-warn-not-share = „{ $text }“ ist kein Anteil; schreib einen ganzen Prozentwert wie „20%“
err-warn-range = „{ $text }“ muss zwischen 1 % und 99 % liegen
err-warn-zero = „{ $text }“ ist null; eine Endspurt-Warnung muss vor dem Ende kommen
protocol-warn-before = { $time } vor dem Ende
protocol-warn-percent = { $percent } % des Schritts vor dem Ende

## Ablaufdateien (src/protocol/).
err-protocol-too-big = die Datei hat { $size } KB; eine Ablaufdatei darf höchstens { $max } KB haben
err-protocol-too-big-help = ein Ablauf ist eine kurze Liste von Phasen; prüfe, ob das die richtige Datei ist
err-protocol-name-what = der Name des Ablaufs
err-meeting-too-long = ein Treffen von { $length } ist länger, als circle plant (höchstens { $max })
err-protocol-presenters-over-max = { $count } Fallgebende, aber die Gruppe hat höchstens { $max } Mitglieder
err-protocol-too-many-phases = mehr als { $max } Phasen; ein so großes Treffen plant circle nicht
err-protocol-no-rounds = keine [[round]]-Phasen: ein Ablauf braucht mindestens eine Phase, die jede·r Fallgebende durchläuft
err-protocol-no-rounds-help = ergänze eine [[round]]-Tabelle, z. B. kind = "challenge" mit einer Dauer
err-protocol-group-size = { $n } ist keine Gruppengröße (1 bis 1000)
err-protocol-max-below-min = max ({ $max }) ist kleiner als min ({ $min })
err-protocol-presenters-type = erwartet: eine Anzahl von Fallgebenden (1 oder mehr) oder "all", gefunden: { $found }
err-protocol-role-type = erwartet: eine Tabelle wie [roles.{ $id }], gefunden: { $found }
err-protocol-unknown-kind = unbekannte Phasenart „{ $kind }“
err-protocol-unknown-turns = unbekannte Beitragsform „{ $mode }“
err-protocol-turns-need-presenter = turns = "{ $mode }" braucht Fallgebende, und die gibt es nur in [[round]]-Phasen
err-protocol-turns-need-presenter-help = nimm hier "each" (alle Mitglieder nacheinander) oder "open"
err-protocol-both-times = eine Phase hat entweder `duration` oder `per_turn`, nicht beides
err-protocol-both-times-help = behalte `duration`, um eine Gesamtzeit auf die Beiträge zu verteilen, oder `per_turn` für eine feste Zeit je Beitrag
err-protocol-per-turn-open = `per_turn` bei einer offenen Phase: eine offene Phase hat keine Beiträge
err-protocol-per-turn-open-help = nimm `duration`, oder setze turns = "each" oder "coaches"
err-protocol-no-time = Zeit fehlt: gib `duration` (z. B. "10m") oder `per_turn` (z. B. "2m") an
err-protocol-unknown-role = keine Rolle „{ $role }“ in diesem Ablauf
err-protocol-max-turn-short = max_turn ({ $max }) ist kürzer als min_turn ({ $min })
err-protocol-max-turn-short-help = tausche die beiden oder lass einen weg, um den Standard der Phasenart zu nutzen
err-protocol-break-turns = eine Pause hat keine Beiträge: alle pausieren gemeinsam
err-protocol-break-turns-help = entferne `turns` aus der Pause
err-protocol-break-speaker = eine Pause hat keine sprechende Person
err-protocol-break-speaker-help = entferne `speaker` aus der Pause
err-protocol-unknown-when = unbekanntes `when` „{ $when }“
err-protocol-unknown-when-help = möglich ist nur "group": die Phase läuft nur mit --group
err-protocol-givers = givers ist eine Anzahl von Personen, 1 oder mehr
err-protocol-not-a-file = das ist { $kind }, keine Ablaufdatei
err-protocol-not-a-file-help = gib den Pfad einer .toml-Datei an oder die Kennung eines Ablaufs (siehe `circle protocols list`)
err-not-utf8 = die Datei ist kein gültiger UTF-8-Text
err-not-utf8-help = speichere sie als UTF-8
err-protocol-unreadable = die Datei ließ sich nicht lesen: { $error }
err-no-protocol = kein Ablauf „{ $id }“
err-known-protocols = bekannte Abläufe: { $known }
err-protocol-path-works = ein Pfad zu einer .toml-Datei geht auch

## Was ein Ablauf beschreibt (src/protocol/model.rs).
protocol-group-range = { $min }–{ $max } Mitglieder
protocol-group-exactly = { $count ->
    [one] ein Mitglied
   *[other] genau { $count } Mitglieder
}
protocol-group-at-least = { $min } oder mehr Mitglieder
protocol-group-up-to = bis zu { $max } Mitglieder
protocol-group-any = beliebig groß
protocol-presenters = { $count ->
    [one] 1 Fallgeber·in
   *[other] { $count } Fallgebende
}
protocol-presenters-all = alle Mitglieder bringen einen Fall ein
role-presenter = Fallgeber·in
role-coach = Berater·in
kind-title-norms = Vereinbarungen treffen
kind-title-report-back = Rückblick
kind-title-challenge = Der Fall
kind-title-clarifying = Verständnisfragen
kind-title-questions = Fragen
kind-title-reframe = Neue Sichtweise
kind-title-options = Optionen
kind-title-reflection = Reflexion
kind-title-feedback = Rückmeldung
kind-title-commitment = Vorhaben
kind-title-check-out = Abschlussrunde
kind-title-contracting = Warum wir hier sind
kind-title-review = Rückblick auf unser Programm
kind-title-break = Pause
kind-title-custom = Freie Zeit

## Dateien lesen (src/safe_read.rs, src/roster.rs, src/store.rs, src/config.rs).
err-cannot-read = kann nicht gelesen werden: { $error }
err-read-not-regular = keine gewöhnliche Datei ({ $kind }); gib den Pfad einer Datei an
err-read-too-large = zu groß ({ $size } Bytes; höchstens { $cap }); ist das die richtige Datei?
err-read-not-utf8 = kein UTF-8-Text ({ $error })
err-kind-pipe = eine benannte Pipe
err-kind-char-device = ein Zeichengerät
err-kind-block-device = ein Blockgerät
err-kind-socket = ein Socket
err-kind-folder = ein Ordner
err-kind-link = ein symbolischer Link (circle folgt keinen Links in seinem Datenordner)
err-kind-not-a-file = keine Datei
err-io-not-found = Datei oder Ordner nicht gefunden
err-io-permission = keine Berechtigung
err-io-is-folder = ist ein Ordner
err-io-exists = existiert schon
err-io-invalid-data = ungültige Daten
err-io-full = der Datenträger ist voll
err-io-read-only = schreibgeschütztes Dateisystem
err-input-not-a-file = das ist { $kind }, keine Datei, die circle lesen kann
err-input-too-large = zu groß ({ $size } Bytes; höchstens { $cap })
err-input-help = gib den Pfad einer kleinen Textdatei an
err-roster-name-what = der Name der Gruppe
err-roster-no-members = `members` fehlt: führe die Mitglieder der Gruppe auf
err-config-unknown-theme = unbekanntes Farbschema „{ $theme }“
err-config-unknown-lang = unbekannte Sprache „{ $lang }“
err-cannot-create = { $path } kann nicht angelegt werden
err-cannot-write-in = in { $path } kann nicht geschrieben werden
err-cannot-write = { $path } kann nicht geschrieben werden
err-cannot-save = { $path } kann nicht gespeichert werden
err-store-no-folder = eine Datei braucht einen Ordner
err-store-not-yours = { $path } gehört einem anderen Benutzer (uid { $owner }); circle bewahrt deine Notizen nur in einem Ordner auf, der dir gehört (gib --data-dir einen eigenen Ordner)
err-store-writable = Warnung: { $path } kann von anderen Benutzern geändert werden (Modus { $mode }), die deine Notizen lesen oder ersetzen könnten; mach ihn mit `chmod go-w` zu deinem allein
err-store-symlink = { $path } ist ein symbolischer Link; circle legt Notizen nur in echten Ordnern im Datenordner ab (ersetze den Link durch einen Ordner, oder richte --data-dir auf das Ziel)

## Ein Treffen planen (src/plan/).
err-members-wrong-size = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
} angegeben, aber „{ $protocol }“ ist für { $size }
err-members-none = keine Mitglieder: nenne mindestens eines mit --members "Ana,Ben,Chen"
err-member-empty = Mitglied { $n } hat einen leeren Namen (zwei Kommas hintereinander?)
err-member-control = Mitglied { $n } („{ $name }“) hat Steuerzeichen im Namen; tippe ihn schlicht ein
err-member-twice = „{ $name }“ steht zweimal in der Liste; jedes Mitglied braucht einen eigenen Namen
err-presenter-twice = Fallgeber·in „{ $name }“ ist doppelt genannt
err-presenter-not-member = Fallgeber·in „{ $name }“ ist kein Mitglied
err-presenters-over-members = { $presenters } Fallgebende, aber nur { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
err-presenters-none = mindestens ein Mitglied bringt einen Fall ein
err-presenters-empty = nichts angegeben: gib eine Zahl, "alle" oder Namen ein
err-facilitator-empty = ist leer: gib den Namen der Moderation an
err-facilitator-control = hat Steuerzeichen im Namen; tippe ihn schlicht ein
err-facilitator-member = „{ $name }“ ist Mitglied und zugleich externe Moderation; eine externe Moderation hat keine Beiträge, also nimm die Person aus den Mitgliedern (oder lass --facilitator weg)
err-givers-at-least-one = mindestens eine gebende Person
err-givers-empty = ist leer: gib eine Zahl an oder die Namen der Beteiligten
err-givers-not-member = „{ $name }“ ist kein Mitglied
err-givers-only-receiver = „{ $title }“ für { $receiver }: unter den genannten Gebenden ist niemand außer der empfangenden Person; nenne andere Beteiligte
err-plan-no-coaches = „{ $title }“ gibt den Berater·innen Beiträge, aber bei { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitgliedern
} gibt es keine; „{ $protocol }“ braucht mindestens 2 Mitglieder
err-plan-no-time = das Treffen hat keine Zeit
err-plan-fixed-too-long = allein die festen Zeiten je Beitrag und die Pausen dauern { $fixed }, und sie werden nie gekürzt
err-plan-under-floor = „{ $title }“ bekäme Beiträge von { $turn }, weniger als die { $floor }, die ein Beitrag mindestens braucht (sein Minimum ist { $min })
err-plan-too-short = ein Treffen von { $length } ist zu kurz für „{ $protocol }“ mit { $count } Mitgliedern: { $why }; { $fix }
plan-try = versuch { $fixes }
plan-try-length = versuch --length { $length } oder mehr
plan-join-or = { $rest } oder { $last }
plan-fix-min-turn = min_turn = "{ $turn }" bei „{ $title }“ ({ $place })
plan-fix-parallel = { $groups } Runden zu höchstens { $size } nebeneinander
plan-fix-length-or-less = --length { $length } oder weniger
plan-warn-under-minimum = unter seinem Minimum von { $min }
plan-warn-past-maximum = über seinem Maximum von { $max }
plan-warn-turn = „{ $title }“ bekommt { $turn } je Beitrag, { $what }
plan-the-receiver = die empfangende Person
plan-spare-title = Restzeit
plan-spare-prompt = Ein paar Sekunden sind vom Runden übrig: kommt zum Schluss oder hört früher auf.
plan-break-rule = Strecken, etwas trinken, pünktlich zurück
plan-pair-note = { $names }: notiert, was ihr ausprobieren wollt
plan-pair-together = { $names } gemeinsam
plan-seed-again = Startwert { $seed }: mit --seed { $seed } wird genauso gelost
plan-facilitator = Moderation: { $name } (von außerhalb der Runde: leitet und achtet auf die Zeit, hat keine Beiträge)
plan-pairs-drawn = Paare, zufällig gelost: { $pairs } ({ $again })
plan-givers-drawn = Gebende: { $count } je empfangender Person, zufällig gelost ({ $again })
plan-givers-named = Gebende: die Beteiligten { $names }

## TOML-Syntaxfehler, eine Meldung je Art (src/toml_reader/syntax.rs).
err-toml-unquoted-text = ein Wert ist Text in Anführungszeichen, eine Zahl, true oder false, eine Liste oder ein Datum: schreib name = "Anna", nicht name = Anna
err-toml-bad-string = dieser Text ist nicht geschlossen: beende ihn mit dem Anführungszeichen, mit dem er beginnt (" oder ')
err-toml-bad-escape = ein \ in Text in Anführungszeichen leitet ein Sonderzeichen wie \n oder \u00e9 ein: schreib \\ für einen Backslash oder nimm 'einfache Anführungszeichen'
err-toml-missing-value = ein Schlüssel braucht ein = und danach einen Wert: schreib name = "Anna"
err-toml-missing-equals = zwischen Schlüssel und Wert gehört ein =: schreib name = "Anna"
err-toml-extra-equals = ein = zu viel: schreib name = "Anna"
err-toml-bad-key = ein Schlüssel darf nur Buchstaben, Ziffern, - und _ enthalten: setze andere Schlüssel in Anführungszeichen, "so"
err-toml-unclosed-list = eine Liste [ ist nicht geschlossen: beende sie mit ]
err-toml-unclosed-header = ein Tabellenkopf ist nicht geschlossen: schreib [name] oder [[name]] in eine eigene Zeile
err-toml-unclosed-inline-table = eine Tabelle {"{"} ist nicht geschlossen oder enthält etwas anderes als name = Wert: schreib {"{"} name = "Anna" {"}"}
err-toml-missing-comma = zwischen den Einträgen fehlt ein Komma: [ "a", "b" ]
err-toml-extra-comma = ein Komma ohne etwas danach: nimm es heraus
err-toml-bad-number = keine Zahl, die TOML lesen kann: schreib Ziffern wie 5 oder 2.5, ohne führende Nullen
err-toml-bad-date = kein Datum und keine Uhrzeit, die TOML lesen kann: schreib 2026-03-01 oder 14:00:00, oder setze es in Anführungszeichen
err-toml-bad-comment = ein Kommentar enthält ein Zeichen, das er nicht enthalten darf: beginne Kommentare mit # und schreib nur druckbaren Text
err-toml-trailing-content = nach dem Wert steht in dieser Zeile noch etwas: ein name = Wert pro Zeile, Kommentare nach #
err-toml-duplicate-key = dieser Schlüssel steht zweimal da: behalte einen
err-toml-too-deep = Listen oder Tabellen sind zu tief verschachtelt: circle liest nur wenige Ebenen
err-toml-lone-carriage-return = ein einzelner Wagenrücklauf: speichere die Datei mit gewöhnlichen Zeilenenden
err-toml-other = diese Stelle ist kein gültiges TOML

# [keys] in config.toml
err-keys-unknown-action = es gibt keine Aktion „{ $action }“, der man eine Taste geben könnte
err-keys-unknown-key = „{ $key }“ ist keine Taste, die circle kennt
err-keys-key-names = schreibe eine Taste als ein Zeichen („x“) oder mit Namen: { $names }
err-keys-not-a-key = erwartet: eine Taste oder eine Liste von Tasten, gefunden: { $found }
err-keys-taken = { $key } hat schon die Aufgabe „{ $does }“ ({ $screen })
err-keys-taken-help = wähle eine andere Taste oder gib auch jener Aktion eine andere: { $name } = "…"
err-keys-empty = „{ $action }“ braucht mindestens eine Taste, sonst ginge es nie mehr
err-keys-actions = Aktionen, denen man Tasten geben kann: { $actions }
err-keys-taken-fixed = diese Taste behält ihre Bedeutung; wähle eine andere
