//! The German word classes the rule table names as `{name}`.

use crate::coach::pattern::Classes;

#[rustfmt::skip]
pub(crate) const CLASSES: Classes = &[
    // Words that pass a verdict on the person or what they did.
    ("loaded", &[
        "naiv", "egoistisch", "unprofessionell", "empfindlich", "überreagierst", "überreagiert", "überreagieren",
        "faul", "dumm", "blöd", "leichtsinnig", "fahrlässig", "verantwortungslos", "unverschämt", "peinlich",
        "absehbar", "rücksichtslos", "unfair", "kindisch", "ignoriert", "ignorierst", "unzuverlässig", "chaotisch",
        "stur", "feige", "bequem", "vernünftige", "schlampig", "verpennt", "verbockt", "vermasselt", "versäumt",
    ]),
    // What a suggestion promises: "Wäre es nicht besser …?"
    ("better", &[
        "besser", "sinnvoll", "sinnvoller", "einfacher", "klüger", "gscheiter", "gescheiter", "hilfreich",
        "hilfreicher", "klug", "vernünftig", "gut", "option", "lösung", "idee", "leichter", "schlauer", "angebracht",
        "ratsam", "wert",
    ]),
    // Verbs that ask the person to talk: "Magst du beschreiben …?" is an invitation.
    ("request", &[
        "erzählen", "beschreiben", "erklären", "schildern", "sagen", "ausführen", "berichten", "skizzieren", "teilen",
        "verraten", "zusammenfassen", "darstellen", "erläutern", "mitnehmen", "verzählen", "ausholen", "umreißen",
        "beschreibst", "erzählst", "erklärst", "schilderst",
    ]),
    // Imperatives that invite the person to talk or imagine.
    ("invite", &[
        "erzähl", "erzähle", "erzählen", "beschreib", "beschreibe", "beschreiben", "schilder", "schildere",
        "schildern", "erklär", "erkläre", "erklären", "stell", "stelle", "stellen", "überleg", "überlege", "denk",
        "versetz", "versetze", "sag", "sagen",
    ]),
    // Imperatives that tell the person what to do.
    ("imperative", &[
        "probier", "probiere", "versuch", "versuche", "nimm", "sprich", "frag", "frage", "mach", "mache", "geh",
        "gehe", "red", "rede", "schreib", "schreibe", "lass", "ruf", "hol", "such", "setz", "gib", "zieh", "melde",
        "meld", "kündige", "kündig", "delegier", "delegiere", "sprechen", "fragen", "machen", "nehmen", "holen",
        "setzen", "schau", "bleib", "überlass", "sag", "sagen", "probieren", "versuchen",
    ]),
    // Finite verbs a yes/no question starts with.
    ("verb", &[
        "ist", "sind", "bist", "seid", "war", "waren", "warst", "hast", "hat", "habt", "haben", "hattest", "hatte",
        "hatten", "kannst", "kann", "können", "könnt", "konntest", "konnte", "willst", "will", "wollt", "wollen",
        "sollst", "soll", "sollen", "musst", "muss", "müssen", "darfst", "darf", "dürfen", "wirst", "wird", "werden",
        "wurde", "wurdest", "wurden", "würdest", "würde", "würden", "gibt", "gibts", "gab", "weißt", "weiß", "wisst",
        "wissen", "kennst", "kennt", "glaubst", "glauben", "glaubt", "denken", "meinen", "finden", "denkst", "meinst",
        "findest", "fühlst", "möchtest", "magst", "mögen", "hättest", "hätte", "hätten", "wärst", "wäre", "wären",
        "stimmt", "geht", "gehts", "läuft", "arbeitest", "arbeitet", "bekommst", "kriegst", "siehst", "hörst",
        "verstehst", "fehlt", "passt", "klappt", "brauchst", "braucht", "planst", "plant", "bleibt", "bleibst",
        "triffst", "trefft", "fällt", "macht", "machst", "hilft", "bietet", "zahlt", "gehört", "steht", "stehst",
        "liegt",
    ]),
    // Who a yes/no question is about, right after its verb: "Hat sie …", "Ist dein …".
    ("subject", &[
        "du", "ihr", "sie", "er", "es", "man", "dir", "dich", "euch", "ihnen", "ihm", "dein", "deine", "deinen",
        "deinem", "deiner", "euer", "eure", "euren", "ihre", "ihren", "ihrem", "sein", "seine", "das", "der", "die",
        "den", "dem", "denn", "da", "schon", "jemand", "niemand", "mal", "irgendwer", "du's", "eigentlich",
    ]),
    // The modal verbs of a suggestion: "Könntest du nicht …", "Solltest du …".
    ("modal", &[
        "könntest", "kannst", "könnten", "könnt", "können", "kann", "magst", "möchtest", "willst", "solltest",
        "sollte", "sollten", "müsstest", "müsste", "müssten", "würdest", "würde", "würden", "wolltest", "darfst",
    ]),
    // Question words of a fact: one number, date or name answers them.
    ("measure", &[
        "lange", "viele", "viel", "oft", "alt", "groß", "gross", "weit", "hoch", "teuer", "spät", "früh", "schnell",
    ]),
];
