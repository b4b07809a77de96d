//! The German rule table, read top to bottom like the English one (see
//! `classify/rules.rs` for the pattern language). German grammar does most of the
//! work: a yes/no question starts with its verb ("Hast du …?"), an open one with a
//! W-word ("Was …?", "Woran …?"). Advice hides in modal verbs with "nicht" and in
//! "einfach"; blame in "Warum hast du nicht …" and in words that pass a verdict.
//! No rewording reuses the person's words: German puts the verb at the end, so the
//! gentler question is the general one.

use crate::coach::Verdict::{Advice, Closed, Judgemental, Open};
use crate::coach::rules::At::{Anywhere, Start};
use crate::coach::rules::{Reword, Rule, lead};

const fn rule(verdict: crate::coach::Verdict, at: crate::coach::rules::At, pattern: &'static str) -> Rule {
    Rule {
        verdict,
        at,
        pattern,
        reword: Reword::None,
    }
}

const fn blame(at: crate::coach::rules::At, pattern: &'static str) -> Rule {
    Rule {
        verdict: Judgemental,
        at,
        pattern,
        reword: Reword::General,
    }
}

pub(crate) const RULES: &[Rule] = &[
    // ── "Was wäre, wenn du …": imagining a state is open, an action is advice ──
    rule(
        Open,
        Anywhere,
        "was wäre|wär wenn du|ihr|sie * hättest|hättet|wärst|wärt|könntest|wüsstest|dürftest|müsstest|hätten|wären $",
    ),
    rule(Advice, Anywhere, "was wäre|wär wenn du|ihr|sie|man|wir"),
    // ── Blame and advice that give themselves away wherever they stand ──
    blame(Anywhere, "um himmels|gottes willen"),
    blame(Anywhere, "um alles in der welt"),
    blame(Anywhere, "in aller welt"),
    blame(Anywhere, "{loaded}"),
    blame(Anywhere, "selbst|deine|ihre|eure die? schuld"),
    blame(Anywhere, "dein|ihr|euer fehler"),
    blame(Anywhere, "kein wunder"),
    blame(Anywhere, "im stich"),
    blame(Anywhere, "dabei * gedacht"),
    blame(Anywhere, "nicht endlich"),
    blame(Anywhere, "zu spät"),
    // Particles of reproach: "ausgerechnet", "schon wieder", "zum dritten Mal".
    blame(Anywhere, "ausgerechnet"),
    blame(Anywhere, "schon wieder"),
    blame(Anywhere, "wieder mal"),
    blame(Anywhere, "dass du|sie|ihr * überhaupt|jemals"),
    blame(
        Anywhere,
        "zum zweiten|dritten|vierten|x-ten|wiederholten|hundertsten|tausendsten mal",
    ),
    blame(Anywhere, "eh|sowieso nicht|nie|kaum"),
    blame(Anywhere, "trotzdem nicht|nichts|kein|keine"),
    blame(Anywhere, "ohne rücksprache|absprache|freigabe|erlaubnis|genehmigung"),
    blame(Anywhere, "immer nur? bei|an|mit dir|ihnen|euch"),
    blame(Anywhere, "an|bei dir|ihnen|euch liegt|liegen|lag"),
    blame(
        Anywhere,
        "denn * so schwer|schwierig|kompliziert|missverständlich|unklar",
    ),
    // Past and "nicht einfach" is a reproach, not a suggestion: "Warum hast du nicht
    // einfach Nein gesagt?"
    blame(
        Anywhere,
        "hast|hattest|habt|hatten|konntest|konnten|konnte|hättest|hätten|bist|warst|wart|musstest du|sie|ihr * nicht einfach",
    ),
    rule(Advice, Anywhere, "an deiner|ihrer|eurer stelle"),
    rule(Advice, Anywhere, "wenn ich du|sie wäre|wär"),
    rule(Advice, Anywhere, "mein|unser tipp|rat|vorschlag"),
    rule(Advice, Anywhere, "ich empfehle|rate|schlage|empfehl"),
    rule(Advice, Anywhere, "gute erfahrungen"),
    rule(Advice, Anywhere, "bei mir hat * geholfen|funktioniert|geklappt"),
    rule(Advice, Anywhere, "nicht einfach"),
    rule(Advice, Anywhere, "einfach mal"),
    rule(Advice, Anywhere, "wenn du|sie|ihr * einfach"),
    // ── Blame: for what the person did or did not do ──
    blame(
        Start,
        "warum|wieso|weshalb|weswegen hast|hattest|bist|warst|habt|wart|haben|hatten|sind|waren du|ihr|sie * nicht|nie|nichts|kein|keine|keinen|niemandem|niemanden",
    ),
    blame(
        Start,
        "warum|wieso|weshalb|weswegen _ du|ihr|sie * immer|nie|niemals|ständig|dauernd|erst|gefallen|überhaupt",
    ),
    blame(Start, "warum|wieso|weshalb|weswegen _ du|ihr|sie * schon wieder"),
    blame(Start, "wozu|warum|wieso|weshalb * überhaupt"),
    blame(
        Start,
        "wie konntest|kannst|kann|konnte|könnt|konntet|konnten du|man|ihr|sie",
    ),
    blame(Start, "wie kommst|kommen|kommt du|sie|ihr denn? auf die idee"),
    blame(Start, "ernsthaft jetzt? $"),
    blame(Start, "echt|wirklich jetzt $"),
    blame(Start, "wie oft soll|muss|müssen man|ich|wir * noch"),
    blame(Start, "wie lange willst|wollen|möchtest|wollt du|sie|ihr * noch"),
    blame(Start, "was ist|war denn so schwer|schwierig|kompliziert"),
    blame(
        Start,
        "was erwartest|erwarten|erwartet|hast|hattest du|sie|ihr denn? erwartet|denn",
    ),
    blame(Start, "wer bitte|denn"),
    blame(Start, "kann|könnte es sein"),
    blame(Start, "da|dann wunderst|wundern|wundert"),
    blame(Start, "warum|wieso|weshalb tust|tun|tut du|sie|ihr so $"),
    blame(Start, "ich versteh|verstehe|begreife|kapiere nicht"),
    blame(Start, "du|sie weißt|wissen|wisst aber|doch schon?"),
    blame(Start, "{verb} du|sie|ihr echt|ernsthaft|wirklich"),
    blame(Start, "{verb} * überhaupt|jemals"),
    blame(Start, "musste|musstest|mussten das|es|du|sie * wirklich"),
    blame(Start, "ist|war|wäre das|es nicht * spät|knapp|übertrieben|riskant"),
    blame(
        Start,
        "das|du|sie|ihr ist|war|hast|hattest|bist|warst|weißt|wusstest|habt|haben|sind|hätte|hättest * doch|aber|also",
    ),
    blame(Start, "wie konnte|konntest|kann|kannst|konnten * nur"),
    blame(Start, "wie soll|sollen * vertrauen|glauben|ernst"),
    blame(Start, "ist|war|wäre dir|ihnen|euch * klar|bewusst"),
    blame(Start, "hättest|hätten|hätte|hättet * müssen|sollen"),
    blame(Start, "hättest|hätten|hättet du|sie|ihr * nicht"),
    blame(Start, "musstest|mussten|musste du|sie|ihr * wirklich"),
    blame(
        Start,
        "findest|meinst|glaubst|denkst du|sie|ihr echt|wirklich|ernsthaft",
    ),
    blame(Start, "bist|seid|sind du|ihr|sie nicht * zu"),
    blame(Start, "wer hat|hatte dir|ihnen|euch denn? gesagt|erlaubt"),
    blame(Start, "wer hatte|hat denn bitte? die idee"),
    blame(Start, "hast|haben|habt|hattest du|sie|ihr * nicht vorher"),
    blame(Start, "hast|haben|habt|hattest du|sie|ihr * vorher nicht"),
    blame(Start, "du hättest|hättet|hätten * sollen|müssen|können"),
    blame(Start, "ist|war das|es nicht * {loaded}"),
    // ── Requests: an invitation to talk is open however it is phrased ──
    rule(
        Open,
        Start,
        "{invite} mal|doch|uns|mir|bitte|dir|sie|euch|noch|mehr|genauer|etwas|kurz",
    ),
    rule(Open, Start, "angenommen|gesetzt|stell|stellen dir|sie|euch"),
    rule(Open, Start, "mich würde|würd interessieren|interessiert"),
    rule(
        Open,
        Start,
        "ich würde|würd|möchte|will gern|gerne * verstehen|wissen|hören|erfahren",
    ),
    rule(Open, Start, "ich bin|wäre neugierig|gespannt"),
    rule(Open, Start, "ich frage|frag mich * was|wie|warum|wer|woran|welche"),
    rule(Advice, Start, "ich frage|frag mich * ob"),
    rule(Open, Start, "{modal} du|sie|ihr * {request}"),
    rule(Open, Start, "magst mal? {request}"),
    // ── Advice in disguise: a suggestion shaped as a question ──
    // A leading question carries its answer: "Ist das eigentliche Problem nicht …?"
    lead(
        "ist|wäre|war das|die|der|dein|deine eigentliche|eigentlich|wahre|wirkliche|echte|eigentlichen|wahren|wirklichen",
    ),
    lead("ist|wäre|war das|die|der problem|lösung|antwort|frage|knackpunkt * nicht"),
    rule(
        Advice,
        Start,
        "hast|habt|haben|hattest|du's du|ihr|sie|du's * überlegt|versucht|probiert|erwogen|gedacht|nachgedacht|ausprobiert|betracht|erwägt",
    ),
    rule(Advice, Start, "wie wäre|wär|wärs|wär's es|mit|denn"),
    rule(Advice, Start, "schon mal? an * gedacht"),
    rule(Advice, Start, "schon mal * versucht|probiert|überlegt|gedacht|erwogen"),
    rule(Advice, Start, "wäre|wär|wär's|wärs|wären|würde|würd * {better}"),
    rule(Advice, Start, "würde|würd|könnte|wäre es|das nicht? helfen|sinn"),
    rule(Advice, Start, "vielleicht"),
    rule(Advice, Start, "was hältst|haltet|halten du|ihr|sie davon"),
    rule(Advice, Start, "was spricht denn? dagegen"),
    rule(Advice, Start, "warum|wieso|weshalb denn? nicht"),
    rule(Advice, Start, "warum|wieso|weshalb _ du|ihr|sie nicht"),
    rule(Advice, Start, "{modal} du|ihr|sie|man|es * nicht"),
    rule(Advice, Start, "solltest|sollten|müsstest|müssten|solltet du|sie|ihr"),
    rule(Advice, Start, "sollte|müsste man"),
    rule(
        Advice,
        Start,
        "du|sie|ihr könntest|könnten|könntet|solltest|sollten|solltet|müsstest|müssten|müsstet",
    ),
    rule(
        Advice,
        Start,
        "du|sie|ihr kannst|musst|sollst|könnt|müsst|können|müssen ja|doch|einfach|auch|mal",
    ),
    rule(Advice, Start, "wie fändest|fänden|fändet du|sie|ihr es|das"),
    rule(Advice, Start, "findest|meinst|glaubst|denkst|fändest du|sie|ihr nicht"),
    rule(Advice, Start, "ich würde|würd|würde's|tät|täte"),
    rule(Advice, Start, "eine|kleine|noch|meine idee|anregung|vorschlag|tipp $"),
    rule(
        Advice,
        Start,
        "{imperative} dir|mir|uns|ihm|ihr|sie|das|es? doch|mal|einfach|halt|ruhig|lieber|besser",
    ),
    // ── Fact questions: one number, date or name answers them ──
    rule(
        Open,
        Start,
        "wie viel|sehr * bedeutet|bedeutung|liegt|hängt|macht|ausmacht|wert|belastet|stört",
    ),
    rule(Closed, Start, "wie {measure}"),
    rule(Closed, Start, "seit wann|wan"),
    rule(
        Closed,
        Start,
        "wann ist|war|wird|findet|beginnt|endet|kommt|läuft|hast|hattest|bist|warst|habt|haben|soll|sollen|genau",
    ),
    rule(
        Closed,
        Start,
        "mit|bei|von|an|zu wem|wen hast|hattest|habt|haben|ist|war|bist|warst|arbeitest",
    ),
    rule(
        Closed,
        Start,
        "wer ist|war|sind|waren|entscheidet|entschied|leitet|führt|hat|weiß|kennt|genau|alles",
    ),
    rule(
        Closed,
        Start,
        "in welcher|welchem|welchen abteilung|team|firma|bereich|stadt|land|jahr|monat|woche|rolle|position|funktion|stelle|klasse|station|version|schule|filiale",
    ),
    // "Welche Rolle spielst du?" asks for reflection; "Welches Team?" for a name.
    rule(
        Closed,
        Start,
        "welcher|welchem|welchen|welche|welches abteilung|team|firma|bereich|stadt|land|jahr|monat|woche|klasse|station|version|datum|tag|uhrzeit|schule|filiale",
    ),
    rule(Closed, Start, "wo arbeitest|wohnst|sitzt|ist|sind|findet|war"),
    rule(Closed, Start, "wie heißt|heisst|hieß"),
    // ── Open questions ──
    rule(Open, Start, "in welcher|welchem hinsicht|weise|form|art|richtung"),
    rule(
        Open,
        Start,
        "was|wie|wer|wen|wem|wessen|welche|welcher|welches|welchen|welchem|wo|woran|worauf|woraus|worum|wovon|wovor|wozu|womit|wodurch|wofür|worüber|wohin|woher|wann|warum|wieso|weshalb|weswegen|inwiefern|inwieweit",
    ),
    rule(
        Open,
        Start,
        "mit|bei|von|an|für|zu|über|aus wem|wen|was|welchem|welcher|welchen|welche|wessen",
    ),
    rule(Open, Start, "{invite}"),
    // ── Questions that invite a yes or a no: the verb comes first ──
    rule(Closed, Start, "{verb}"),
    rule(Closed, Start, "_ {subject}"),
    rule(Closed, Start, "oder|stimmt|richtig|okay|ok|ja|nein"),
    rule(Advice, Start, "{imperative}"),
];

#[cfg(test)]
mod tests {
    use crate::coach::{CoachLanguage, Purpose, Verdict, check_in};

    fn verdict(q: &str) -> Verdict {
        check_in(q, Purpose::Explore, CoachLanguage::German).verdict
    }

    #[test]
    fn german_by_its_grammar() {
        assert_eq!(verdict("Was hast du bisher versucht?"), Verdict::Open);
        assert_eq!(verdict("Hast du mit ihr gesprochen?"), Verdict::Closed);
        assert_eq!(verdict("Hast du schon mal überlegt, zu kündigen?"), Verdict::Advice);
        assert_eq!(verdict("Warum hast du das nicht früher gesagt?"), Verdict::Judgemental);
        assert_eq!(verdict("Das klingt schwer. Woran merkst du das?"), Verdict::Open);
    }

    #[test]
    fn my_own_probes() {
        let cases = [
            ("Was genau meinst du mit schwierig?", Verdict::Open),
            ("Hast du Angst davor?", Verdict::Closed),
            ("Glaubst du, dass er es merkt?", Verdict::Closed),
            ("Wie gehst du damit um", Verdict::Open),
            ("Was wäre der schlimmste Fall?", Verdict::Open),
            ("Ich finde, du solltest kündigen.", Verdict::Advice),
            ("Wieso nicht einfach kündigen?", Verdict::Advice),
            ("Wer könnte dich dabei unterstützen?", Verdict::Open),
            ("Wie viele Leute berichten an dich?", Verdict::Closed),
            ("Sprich doch mal mit deiner Chefin.", Verdict::Advice),
            ("Was hat dich davon abgehalten?", Verdict::Open),
            ("Warum ist dir das so wichtig?", Verdict::Open),
            ("Habt ihr schon mal eine Retrospektive probiert?", Verdict::Advice),
            ("Seid ihr zufrieden mit der Lösung?", Verdict::Closed),
            ("Erzählen Sie doch bitte, wie es dazu kam.", Verdict::Open),
            ("Wie konnte das nur passieren?", Verdict::Judgemental),
            ("Was würdest du tun, wenn du keine Angst hättest?", Verdict::Open),
            ("Kannst du dir vorstellen, dort zu bleiben?", Verdict::Closed),
            ("Wie wär's mit einem Gespräch unter vier Augen?", Verdict::Advice),
            ("Weiß dein Team davon", Verdict::Closed),
            ("wie hat sich das angefühlt", Verdict::Open),
            ("Welche Rolle spielst du selbst dabei?", Verdict::Open),
            ("Du musst einfach lernen, Nein zu sagen.", Verdict::Advice),
            ("Ist das nicht total kindisch von ihm?", Verdict::Judgemental),
        ];
        let wrong: Vec<_> = cases
            .iter()
            .filter(|(q, v)| verdict(q) != *v)
            .map(|(q, v)| format!("{q}: want {v:?}, got {:?}", verdict(q)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
