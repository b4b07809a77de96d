# Wörter, die überall in circle vorkommen. Jede Datei in diesem Ordner enthält
# die Texte eines Programmteils; locales/en/ hat dieselben Meldungen auf Englisch.

lang-unknown = unbekannte Sprache „{ $tag }“; möglich sind: { $choices }

err-protocol-language = „{ $tag }“ ist kein Sprachkennzeichen
err-protocol-language-help = schreib ein Kennzeichen wie „de“, „en“ oder „de-AT“
