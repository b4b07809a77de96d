# Die Hinweise des Fragen-Coachs (src/notes/classify/hint.rs), in der Sprache,
# die circle spricht. Die englischen Umformulierungen greifen die Wörter der
# Person auf; diese bleiben, wie sie getippt wurden.

coach-open = Offen: Die Antwort bleibt bei der fallgebenden Person.
coach-advice = Ein versteckter Ratschlag: Die Frage enthält schon deine Antwort. Frag nach den Ideen der Person: „Welche Möglichkeiten siehst du?“ oder „Was hast du schon versucht?“
coach-closed = Geschlossen: Ein Ja, ein Nein oder eine einzelne Angabe beantwortet sie. Öffne sie: „Was …?“ oder „Wie könntest du …?“ („Hast du mit ihm gesprochen?“ → „Welche Gespräche könntest du mit ihm führen?“)
coach-closed-clarifying = Geschlossen, und hier passend: Verständnisfragen klären die Fakten.
coach-statement = Noch keine Frage. Mach daraus eine, die mit „Was“ oder „Wie“ beginnt: „Was ist dir daran wichtig?“
coach-judgemental = Wertend: Das kann nach Vorwurf klingen. Frag, was im Weg stand: „{ $question }“
coach-gentler = Was steckt für dich dahinter?
coach-hard-to = Was hat es dir schwer gemacht ({ $what })?
coach-led-to = Was hat dich dazu gebracht ({ $what })?
coach-advice-topic = Ein versteckter Ratschlag: Die Frage enthält schon deine Antwort. Frag nach den Ideen der Person: „Welche Möglichkeiten siehst du bei ‚{ $topic }‘?“
coach-advice-keep = Erst ein Ratschlag, dann eine gute Frage: Lass den Ratschlag weg und frag nur „{ $question }“
coach-leading = Suggestiv: Die Frage legt deine Antwort nahe. Frag nach der Sicht der Person: „Wie siehst du selbst ‚{ $topic }‘?“
coach-gentler-topic = Wie ging es dir damals mit ‚{ $topic }‘?
coach-advice-later = Oder heb die Idee für „{ $phase }“ auf.
