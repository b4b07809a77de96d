# Die Hilfe der Befehlszeile und clap's Fehlermeldungen auf Deutsch.

## clap's eigene Wörter
cli-usage-heading = Aufruf:
cli-usage-options = [OPTIONEN]
cli-usage-command = BEFEHL
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
cli-arg-help = Hilfe anzeigen
cli-arg-help-short = Hilfe anzeigen (mehr mit „--help“)
cli-arg-help-long = Hilfe anzeigen (Kurzfassung mit „-h“)
cli-arg-version = Version anzeigen
cli-help-about = Diese Hilfe oder die Hilfe der genannten Befehle anzeigen
cli-help-arg-subcommand = Hilfe zu diesen Befehlen anzeigen
cli-default = [Standard: { $value }]
cli-possible-values = [mögliche Werte: { $values }]
cli-possible-values-heading = Mögliche Werte:

## clap's Fehler
cli-error = Fehler: { $message }
cli-more-help = Mehr dazu mit „--help“.
cli-quoted = „{ $text }“
cli-tip = Tipp: { $tip }
cli-tip-similar-subcommand = { $count ->
    [one] ein ähnlicher Befehl ist { $names }
   *[other] ähnliche Befehle sind { $names }
}
cli-tip-similar-argument = { $count ->
    [one] ein ähnliches Argument ist { $names }
   *[other] ähnliche Argumente sind { $names }
}
cli-tip-similar-value = { $count ->
    [one] ein ähnlicher Wert ist { $names }
   *[other] ähnliche Werte sind { $names }
}
cli-tip-as-value = um „{ $arg }“ als Wert zu übergeben, schreib „{ $usage }“
cli-tip-remove-dashes = den Befehl „{ $name }“ gibt es; lass dafür das „--“ davor weg
cli-tip-exists = „{ $name }“ gibt es
cli-subcommands = [Befehle: { $names }]
cli-error-unknown-argument = unerwartetes Argument „{ $arg }“
cli-error-value-missing = „{ $arg }“ braucht einen Wert, aber es wurde keiner angegeben
cli-error-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
cli-error-validation = ungültiger Wert „{ $value }“ für „{ $arg }“: { $why }
cli-error-unknown-subcommand = unbekannter Befehl „{ $name }“
cli-error-missing-argument = diese erforderlichen Argumente fehlen:
cli-error-missing-subcommand = „{ $name }“ braucht einen Unterbefehl, aber es wurde keiner angegeben
cli-error-repeated = das Argument „{ $arg }“ darf nur einmal vorkommen
cli-error-conflict = das Argument „{ $arg }“ geht nicht zusammen mit „{ $other }“
cli-error-conflict-many = das Argument „{ $arg }“ geht nicht zusammen mit:
cli-error-conflict-any = das Argument „{ $arg }“ geht nicht zusammen mit einem der anderen Argumente
cli-error-no-equals = „{ $arg }“ braucht ein Gleichheitszeichen vor dem Wert
cli-error-too-many-values = unerwarteter Wert „{ $value }“ für „{ $arg }“; mehr Werte sind nicht vorgesehen
cli-error-number-of-values = falsche Anzahl von Werten für „{ $arg }“
cli-error-utf8 = ein Argument ist kein gültiges UTF-8
cli-error-other = die Befehlszeile ließ sich nicht lesen

## circle
cli-about = Moderation für Kollegiale Beratung im Terminal
cli-long-about =
    circle leitet ein Treffen der Kollegialen Beratung nach einem Ablauf: Phasen mit fester Zeit, gleich viel Redezeit für jedes Mitglied, die Regeln jeder Rolle auf dem Bildschirm und ein großer Countdown, den alle lesen können.

    Starte `circle` ohne weitere Angaben, um ein Treffen mit dem Standardablauf (kollegiale-beratung, auf Englisch peer-circle) zu beginnen und die Namen der Mitglieder einzutippen, oder nenne sie gleich:

    {"  "}circle run kollegiale-beratung --members "Anna,Bernd,Cem,Dora,Emil"
cli-after-help = Abläufe: `circle protocols list`. Ein Treffen planen, ohne es zu starten: `circle plan kollegiale-beratung --members "Anna,Bernd,Cem,Dora"`.
cli-arg-data-dir = Wo Gruppen und Notizen der Treffen liegen (Standard: dein Datenordner; auch CIRCLE_DATA_DIR)
cli-arg-lang = Die Sprache von circle: en oder de (Standard: `lang` in config.toml, dann LC_ALL, LC_MESSAGES, LANG)

## circle run und circle plan
cli-run-about = Ein Treffen auf dem Live-Bildschirm leiten
cli-plan-about = Den Zeitplan eines Treffens ausgeben, ohne es zu starten
cli-arg-protocol = Kennung des Ablaufs (siehe `circle protocols list`) oder Pfad zu einer Ablaufdatei (.toml)
cli-arg-members = Die anwesenden Mitglieder, durch Kommas getrennt, in Sitzordnung: "Ana,Ben,Chen"
cli-arg-roster = Die Mitglieder aus einer Gruppenliste lesen (siehe examples/group.toml)
cli-arg-presenters = Wer Fallgeber·in ist: eine Zahl (reihum), "alle" oder Namen: "Ben,Dee"
cli-arg-length = Länge des Treffens, z. B. 2h, 90m, 1h30m; alle Phasen werden so gestreckt oder gestaucht, dass es genau dann endet
cli-arg-group = Sich als Gruppe treffen (siehe `circle group new`): ihre Mitglieder, eine faire Reihenfolge und ihr Gedächtnis
cli-arg-absent = Mitglieder der Gruppe, die heute fehlen, durch Kommas getrennt
cli-arg-givers = Wer jeder empfangenden Person Vorschläge gibt (FeedForward): eine Anzahl, zufällig gelost, oder die Namen von Beteiligten
cli-arg-seed = Startwert für das Losen (Paare, Gebende): derselbe Startwert lost dasselbe noch einmal
cli-arg-facilitator = Eine Moderation von außen: leitet und achtet auf die Zeit, hat aber keine Beiträge, Bewertungen oder Vorhaben
cli-arg-quiet = Nie die Terminalglocke läuten
cli-arg-theme = Farbschema: default, high-contrast (Beamer, helle Räume) oder mono (hat Vorrang vor config.toml; NO_COLOR schaltet Farbe ab)
cli-arg-print = Den Plan ausgeben, statt den Live-Bildschirm zu öffnen
cli-arg-no-save = Das Treffen leiten, ohne etwas auf die Festplatte zu schreiben
cli-arg-start = Uhrzeit, zu der das Treffen beginnt, z. B. 14:00 (heute); Standard: jetzt
cli-arg-format = Ausgabe: eine lesbare Tabelle oder JSON für Skripte

## circle protocols, completions, config
cli-protocols-about = Abläufe auflisten, zeigen und prüfen
cli-protocols-list-about = Alle Abläufe auflisten, die circle kennt: eingebaute und eigene
cli-protocols-show-about = Phasen, Rollen und Vereinbarungen eines Ablaufs zeigen
cli-protocols-show-arg-id = Kennung oder Pfad des Ablaufs
cli-protocols-check-about = Ablaufdateien prüfen und jeden Fehler ausgeben (Exit-Code 2, falls es welche gibt)
cli-arg-files = Die zu prüfenden Ablaufdateien
cli-completions-about = Ein Skript zur Befehlsvervollständigung für die Shell ausgeben (z. B. `circle completions bash > ~/.local/share/bash-completion/completions/circle`)
cli-arg-shell = Die Shell, für die vervollständigt wird
cli-config-about = Zeigen, wo die Einstellungen von circle liegen
cli-config-path-about = Den Pfad von config.toml ausgeben (die Datei gibt es vielleicht noch nicht)

## circle group
cli-group-about = Gruppen anlegen, zeigen und ändern: eine Mitgliederliste, die circle sich von Treffen zu Treffen merkt
cli-group-new-about = Eine Gruppe anlegen: `circle group new "Dienstagsrunde" --members "Ana,Ben,Chen" --meetings 6 --every month`
cli-group-new-arg-members = Die Mitglieder, durch Kommas getrennt
cli-arg-every = Wie oft sich die Gruppe trifft: "Monat" (Kalendermonate), "2 Monate", "4 Wochen", "28 Tage"; ein Vorhaben ist standardmäßig zum nächsten Treffen fällig
cli-arg-meetings = Ein Programm aus so vielen Treffen: der Bildschirm zeigt „Treffen 3 von 6“, das letzte wird gefeiert
cli-group-arg-protocol = Der Ablauf, nach dem sich die Gruppe trifft (run --group nutzt ihn)
cli-group-arg-length = Wie lange ihre Treffen dauern, z. B. 2h (run --group nutzt das)
cli-group-arg-facilitator = Eine Moderation von außen, die ihre Treffen leitet, aber keine Beiträge hat ("" für keine)
cli-group-arg-end-next = Das Programm früher beenden: Das nächste Treffen ist sein letztes, mit Rückblick und Feier
cli-group-show-about = Mitglieder, Vereinbarungen, nächste Fallgebende und offene Vorhaben einer Gruppe zeigen
cli-group-list-about = Die Gruppen auflisten, die circle kennt
cli-group-edit-about = Mitglieder oder Einstellungen einer Gruppe ändern; der Verlauf folgt umbenannten Mitgliedern
cli-group-share-about = Eine Gruppe über ein Git-Repository teilen: ihr Ordner wird eines und wird hochgeladen
cli-group-share-arg-git = Die Adresse des Repositorys (ein privates Repository bei einem beliebigen Git-Anbieter oder ein Pfad)
cli-group-join-about = Eine mit `group share` geteilte Gruppe auf diesen Laptop holen
cli-group-join-arg-url = Die Adresse des Repositorys
cli-group-sync-about = Neues von hier sichern, Neues von dort holen, hochladen; sagen, was hinzugekommen ist
cli-group-sync-arg-name = Die Gruppe (alle geteilten Gruppen, wenn keine genannt ist)
cli-arg-add = Neue Mitglieder, durch Kommas getrennt
cli-arg-remove = Mitglieder, die gehen, durch Kommas getrennt (ihr Verlauf bleibt erhalten)
cli-group-edit-arg-open = Was aus den offenen Vorhaben eines Mitglieds wird, das geht: weitertragen (carry) oder verwerfen (drop)
cli-value-carry = Offen lassen: sie stehen weiter in der Liste und können markiert werden
cli-value-drop = Als verworfen markieren
cli-arg-rename = Ein Mitglied umbenennen: ALT=NEU (sein Verlauf geht mit)

## circle history, commitments, export, questions, resume
cli-history-about = Frühere Treffen einer Gruppe: wer Fallgeber·in war, erledigte Vorhaben, der Verlauf der Bewertungen
cli-history-arg-group = Nur diese Gruppe (Standard: alle Gruppen)
cli-commitments-about = Wer sich was bis wann vorgenommen hat (das Nächstfällige zuerst, Überfälliges markiert); eines markieren mit `circle commitments done|partly|drop ID`
cli-commitments-arg-group = Nur diese Gruppe (Standard: alle Gruppen)
cli-commitments-arg-open = Nur die, die noch nicht erledigt oder verworfen sind
cli-commitments-done-about = Ein Vorhaben als erledigt markieren
cli-commitments-partly-about = Ein Vorhaben als teilweise erledigt markieren (es bleibt offen)
cli-commitments-drop-about = Ein Vorhaben verwerfen
cli-commitments-arg-id = Die Kennung des Vorhabens (aus `circle commitments`) oder ein eindeutiges Ende davon
cli-arg-note = Was gelernt wurde oder warum
cli-export-about = Offene Vorhaben exportieren, z. B. in einen Kalender
cli-export-ics-about = Offene Vorhaben (mit Lernpartner·in und einer Erinnerung am Vortag) und das nächste Treffen als iCalendar-Datei (.ics)
cli-arg-output = Hierhin schreiben statt auf die Standardausgabe
cli-arg-check-ins = Auf halbem Weg zu jedem Fälligkeitstag einen Termin zum Nachfragen eintragen, damit sich Lernpartner·innen zwischen den Treffen melden
cli-questions-about = Üben, kraftvolle Fragen zu stellen
cli-questions-check-about = Zu jeder Frage sagen, ob sie offen, geschlossen, ein versteckter Ratschlag oder wertend ist, mit einem Hinweis
cli-arg-questions = Die zu prüfenden Fragen, jede in Anführungszeichen
cli-arg-clarifying = So beurteilen, als kämen sie in einer Phase für Verständnisfragen, in der geschlossene Sachfragen in Ordnung sind
cli-questions-check-arg-language = Die Sprache, in der die Fragen geschrieben sind: en oder de (Standard: die Sprache, die circle spricht)
cli-resume-about = Ein unterbrochenes Treffen fortsetzen (geschlossenes Fenster, Absturz, Abbruch): genau da, wo es war
cli-resume-arg-id = Das fortzusetzende Treffen (aus `circle resume --list`); Standard: das jüngste
cli-arg-list = Stattdessen die unvollständigen Treffen auflisten
cli-arg-discard = Das unvollständige Treffen wegwerfen (Journal, Aufzeichnung und Zusammenfassung): es zählt nie
cli-resume-arg-group = Nur Treffen dieser Gruppe
cli-resume-arg-theme = Farbschema (hat Vorrang vor config.toml)
cli-watch-about = Einem laufenden Treffen nur zuschauen, für einen geteilten Bildschirm, einen Beamer oder das eigene Terminal eines Mitglieds: die Uhr, wer spricht und die Regeln, nie die Notizen
cli-watch-arg-meeting = Das Treffen, dem gefolgt wird: seine Kennung (aus `circle resume --list`) oder der Name seiner Gruppe; Standard: das Treffen, das im Datenordner läuft, oder das nächste, das beginnt
cli-watch-arg-once = Wenn kein Treffen läuft, das sagen und enden, statt auf eines zu warten
cli-watch-arg-fill = Den ganzen Bildschirm in der Farbe des Zustands malen (ruhig, zum Schluss kommen, Zeit), wie die Zeitampel eines Vortrags

## Die Platzhalter der Werte: <NAMEN>, <ALT=NEU>
cli-placeholder-dir = ORDNER
cli-placeholder-lang = SPRACHE
cli-placeholder-names = NAMEN
cli-placeholder-gap = ABSTAND
cli-placeholder-protocol = ABLAUF
cli-placeholder-duration = DAUER
cli-placeholder-old = ALT
cli-placeholder-new = NEU
cli-placeholder-file = DATEI
cli-placeholder-theme = SCHEMA
cli-placeholder-id = KENNUNG
cli-placeholder-questions = FRAGEN
cli-placeholder-files = DATEIEN
cli-placeholder-meeting = TREFFEN
