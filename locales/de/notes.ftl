# Notizen auf der Platte: die Markdown-Zusammenfassung, Bezeichnungen in den
# Aufzeichnungen, wozu jede Phase dient, und Fehler zu Gruppen, Journalen und
# Aufzeichnungen. Schlüssel im Vorspann, Dateiformate und ISO-Daten bleiben.

## Die Markdown-Zusammenfassung (src/notes/summary.rs, summary_parts.rs).
summary-unfinished = Das Treffen läuft noch oder wurde unterbrochen; diese Zusammenfassung zeigt, was bisher gespeichert ist.
# Die Datei der privaten Notizen neben der Zusammenfassung (src/notes/private_notes.rs).
private-title = Private Notizen: { $meeting }
private-not-shared = Die eigenen Notizen der Moderation, mit "!" am Anfang getippt. Nicht Teil der Zusammenfassung; diese Datei nicht teilen.
summary-roles = Rollen: { $roles }
summary-presents = { $name } bringt einen Fall ein
summary-initial-focus = Anfänglicher Fokus
summary-reframed-focus = Neu gefasster Fokus
summary-focus = Fokus
summary-questions = Fragen
summary-suggestions = Vorschläge
summary-insights = Erkenntnisse
summary-hopes = Warum wir hier sind
summary-review = Rückblick auf das Programm
summary-learnings = Gelerntes
summary-options = Optionen
summary-commitments = Vorhaben
summary-whole-group = Ganze Gruppe
summary-value = Wert für unsere Zeit
summary-average = im Schnitt **{ $average }** von 5
summary-airtime = Redezeit
summary-time-per-phase = Zeit je Phase
summary-col-member = Mitglied
summary-col-spoke = gesprochen
summary-col-phase = Phase
summary-col-planned = geplant
summary-col-used = gebraucht
summary-col-commitment = Vorhaben
summary-col-status = Stand
summary-col-learned = gelernt
summary-pros = dafür: { $pros }
summary-cons = dagegen: { $cons }
summary-group-owner = die Gruppe
summary-buddy = Lernpartner·in { $name }
summary-due = fällig { $date }
summary-verdict-open = offen
summary-verdict-closed = geschlossen
summary-verdict-advice = Ratschlag
summary-verdict-judgemental = wertend
summary-our-norms = Unsere Vereinbarungen
summary-norm-changed = heute geändert; vorher: { $old }
summary-norm-new = heute neu
summary-norms-proposed = Vorgeschlagen, nicht übernommen:
summary-report-back = Rückblick
summary-not-marked = Nicht markiert (noch offen):
summary-carried = Aufs nächste Treffen verschoben (heute abwesend):
summary-buddies = Lernpartnerschaften
summary-checks-in = { $buddy } fragt bei { $member } nach
summary-celebration = Feier: was wir geschafft haben
summary-nothing-kept = In diesem Programm wurde kein Vorhaben als erledigt markiert.
summary-kept-from = vom { $made }
summary-return = Ertrag unserer Zeit
summary-meetings-together = { $count } Treffen, { $time } gemeinsam
summary-kept-tally = Erledigte Vorhaben: { $kept } von { $due } fälligen ({ $percent } %)
summary-none-due = Kein Vorhaben wurde fällig
summary-value-trend = Wert für unsere Zeit, Treffen für Treffen: { $trend }

## Bezeichnungen in Aufzeichnungen (src/notes/record.rs).
record-meeting-of = Treffen { $number } von { $of }
category-focus = anfänglicher Fokus
category-reframe = neu gefasster Fokus
category-question = Frage
category-option = Option
category-suggestion = Vorschlag
category-commitment = Vorhaben
category-learning = Gelerntes
category-insight = Erkenntnis
category-hope = warum ich hier bin
category-review = Rückblick
category-norm = vorgeschlagene Vereinbarung
status-done = erledigt
status-partly = teilweise
status-not-yet = noch nicht
status-dropped = verworfen

## Was in jeder Phasenart zu tun ist (src/notes/kinds.rs).
kind-what-norms = Lest die Vereinbarungen laut vor; alle stimmen zu, bevor die Runde beginnt.
kind-what-report-back = Alle berichten, was aus den Vorhaben vom letzten Mal geworden ist: erledigt, teilweise, noch nicht, verworfen.
kind-what-challenge = Die fallgebende Person schildert den Fall; die anderen hören zu, ohne zu unterbrechen.
kind-what-clarifying = Stellt kurze Fragen zu den Fakten, um die Lage zu verstehen; keine Ratschläge.
kind-what-questions = Die Berater·innen stellen offene Fragen, eine nach der anderen; keine Ratschläge.
kind-what-reframe = Bietet eine andere Sicht auf den Fall an; die fallgebende Person hört zu.
kind-what-options = Nennt mögliche Wege, wie es weitergehen kann; die fallgebende Person wählt noch keinen.
kind-what-reflection = Alle sagen, was sie aus dieser Runde mitnehmen.
kind-what-feedback = Gebt der fallgebenden Person Ideen für die Zukunft; sie sagt nur danke.
kind-what-commitment = Die fallgebende Person nennt einen nächsten Schritt, einen Termin dafür und wer nachfragt.
kind-what-check-out = Alle sagen ein Wort zum Treffen und bewerten, was es für ihre Zeit wert war.
kind-what-contracting = Alle sagen, warum sie hier sind und was sie sich von der Runde wünschen; die anderen hören zu.
kind-what-review = Alle blicken zurück: was sie sich vorgenommen haben, was sie gehalten haben und was die Runde wert war.
journey-contracting-title = Warum wir hier sind
journey-contracting-prompt-why = Warum bist du hier, und was wünschst du dir von dieser Runde?
journey-contracting-prompt-want = Was würde diese Treffen deine Zeit wert machen?
journey-contracting-prompt-need = Was brauchst du von den anderen, um offen zu sprechen?
journey-contracting-rule = Alle sprechen einmal; noch keine Diskussion
journey-norms-title = Wie wir zusammenarbeiten
journey-norms-prompt-confidential = Vertraulichkeit: Was in der Runde gesagt wird, bleibt in der Runde. Sind alle einverstanden?
journey-norms-prompt-own = Welche eigenen Vereinbarungen treffen wir? Tippe eine als Notiz und drück a, um sie anzunehmen.
journey-review-title = Rückblick auf unser Programm
journey-review-prompt-kept = Was hast du dir vorgenommen, und was hast du gehalten?
journey-review-prompt-worth = War diese Runde deine Zeit wert? Was hat sie dazu gemacht, oder nicht?
journey-review-prompt-next = Was nimmst du in dein nächstes Programm mit?
journey-review-rule = Alle sprechen einmal; feiert, was gehalten wurde
kind-what-custom = Zeit, die die Gruppe so nutzt, wie sie es vereinbart hat.
kind-what-break = Pause: strecken, etwas trinken; die Uhr zeigt, wann es weitergeht.

## Wie oft sich eine Gruppe trifft (src/notes/every.rs).
every-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
every-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}

## Fehler zu Gruppen, Journalen, Aufzeichnungen und Markierungen (src/notes/).
err-every-help = sag, wie oft sich die Gruppe trifft, z. B. „Monat“, „2 Monate“, „4 Wochen“ oder „28 Tage“
err-every-range = Treffen können einen Tag bis ein Jahr auseinanderliegen
err-group-newer = von einem neueren circle geschrieben (Version { $version }); aktualisiere circle, um sie zu nutzen
err-group-cadence = { $days } ist keine Zahl von Tagen zwischen Treffen
err-group-cadence-help = gib 1 bis 366 an
err-group-none = keine Gruppe namens „{ $name }“; lege sie mit `circle group new { $quoted } --members "Ana,Ben,…"` an (siehe `circle group list`)
err-group-none-near = keine Gruppe namens „{ $name }“; meintest du „{ $near }“? (siehe `circle group list`)
err-group-locked = ein anderer circle-Befehl ändert gerade diese Gruppe ({ $path }) und ist nach 10 Sekunden nicht fertig; versuch es gleich noch einmal
err-change-unreadable = { $path }: { $error }; diese Änderung an der Gruppe ist nicht lesbar: stell sie aus deinem Repository oder Backup wieder her (sonst wurde nichts geändert)
err-group-folder-taken = der Ordner für „{ $name }“ gehört zur Gruppe „{ $owner }“; wähle einen Namen, der sich deutlicher unterscheidet
err-group-no-name = eine Gruppe braucht einen Namen
err-group-name-control = der Gruppenname „{ $name }“ enthält Steuerzeichen; tippe ihn schlicht ein
err-group-name-long = ein Gruppenname darf höchstens { $max } Zeichen haben
err-member-name-long = „{ $name }“ ist länger als { $max } Zeichen; nimm einen kürzeren Namen
err-record-newer = von einem neueren circle geschrieben (Aufzeichnungsversion { $version }, dieses circle liest bis { $reads }); aktualisiere circle, um sie zu lesen
err-journal-no-header = leer, oder die erste Zeile ist kein Kopf eines circle-Journals (verloren oder beschädigt), also sagt nichts, was das Treffen war; die Datei bleibt, wie sie ist, und die bis dahin gesicherten Notizen stehen in der Zusammenfassung daneben
err-journal-newer = von einem neueren circle geschrieben (Journalversion { $version }); aktualisiere circle, um das Treffen fortzusetzen
err-journal-corrupt = beschädigte Journalzeile ({ $message }); die Datei bleibt, wie sie ist
err-journal-skipped = diese Zeile ist beschädigt und wird weggelassen ({ $what }); alles andere ist wiederhergestellt
err-journal-cut-off = das letzte Ereignis wurde beim Schreiben abgeschnitten und wird weggelassen; alles davor ist wiederhergestellt
err-journal-locked = dieses Treffen ist in einem anderen Fenster offen
err-journal-no-free-id = keine freie Treffen-Kennung für { $id }
err-journal-torn = die letzte Zeile des Journals wurde beim Schreiben abgeschnitten; sie liegt in { $path } und wird weggelassen
err-cannot-lock = { $path } kann nicht gesperrt werden

## Eine wechselnde Rolle und wer sie hatte, in der Kopfzeile der Zusammenfassung.
summary-role = { $member } ({ $role })
summary-role-facilitator = Moderation
