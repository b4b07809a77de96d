//! The rule table of the question classifier, read top to bottom: the first rule
//! that fits decides. `Anywhere` rules are tried on the whole sentence first; the
//! others on the start of each clause in turn ("Looking back, what…" is judged on
//! "what…"). The pattern language is in `pattern.rs`.

use super::Verdict;
use super::Verdict::{Advice, Closed, Judgemental, Open};

/// Where a rule's pattern must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// At the start of a clause, after lead-ins such as "so" or "I think".
    Start,
    /// Anywhere in the sentence: first-person advice and blame markers.
    Anywhere,
}

/// How to word the gentler question offered for a judgemental one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reword {
    /// Not judgemental: the verdict's own hint says what to do.
    None,
    /// "Why didn't you tell him?" → "What made it hard to tell him?"
    HardTo,
    /// "Why would you agree to that?" → "What led you to agree to that?"
    LedTo,
    /// No words to reuse: "What was going on for you at the time?"
    General,
    /// A leading question: "Isn't the real problem …?" → "What do you see as the
    /// real problem?"
    Leading,
}

pub struct Rule {
    pub verdict: Verdict,
    pub at: At,
    pub pattern: &'static str,
    pub reword: Reword,
}

const fn rule(verdict: Verdict, at: At, pattern: &'static str) -> Rule {
    Rule {
        verdict,
        at,
        pattern,
        reword: Reword::None,
    }
}

/// Advice put as a leading question: its hint asks for the presenter's view.
pub(crate) const fn lead(pattern: &'static str) -> Rule {
    Rule {
        verdict: Advice,
        at: At::Start,
        pattern,
        reword: Reword::Leading,
    }
}

const fn blame(at: At, pattern: &'static str, reword: Reword) -> Rule {
    Rule {
        verdict: Judgemental,
        at,
        pattern,
        reword,
    }
}

use At::{Anywhere, Start};
use Reword::{General, HardTo, LedTo};

pub const RULES: &[Rule] = &[
    // ── Advice and blame that give themselves away wherever they stand ──
    rule(Advice, Anywhere, "if i were|was you"),
    rule(Advice, Anywhere, "in your shoes|position|place i"),
    rule(Advice, Anywhere, "my advice|suggestion|recommendation"),
    rule(Advice, Anywhere, "what worked for me"),
    rule(Advice, Anywhere, "what i did was"),
    rule(Advice, Anywhere, "what i would|i'd do"),
    rule(Advice, Anywhere, "here is|here's what i"),
    rule(Advice, Anywhere, "i suggest|recommend|advise"),
    rule(Advice, Anywhere, "i'd|i would suggest|recommend|advise"),
    rule(Advice, Anywhere, "you'd|you would be better off"),
    rule(Advice, Anywhere, "the best thing would be|is to"),
    rule(Advice, Anywhere, "if you|we just|simply|only"),
    blame(Anywhere, "what were you thinking", General),
    blame(Anywhere, "what possessed you", General),
    blame(Anywhere, "on earth", General),
    blame(Start, "why|what|how in the world|hell|heck", General),
    blame(Anywhere, "your own? fault", General),
    blame(Anywhere, "in their right mind", General),
    // ── Judgement: blame for what the presenter did or did not do ──
    blame(Start, "why didn't|couldn't|wouldn't|can't|won't you", HardTo),
    blame(Start, "why did|do|would|could you not", HardTo),
    blame(Start, "why haven't|hasn't|hadn't|wasn't|weren't you|your", General),
    blame(Start, "why didn't|couldn't|wouldn't your", General),
    blame(
        Start,
        "didn't|weren't|wasn't|hadn't you * realise|realize|know|see|expect|supposed|meant|told|warned|notice",
        General,
    ),
    blame(Start, "why would you", LedTo),
    blame(Start, "why would anyone|anybody|someone|somebody", General),
    blame(Start, "why did you even|let|allow|bother|ignore", General),
    blame(Start, "why do|does|are|did you always|never|keep|still|even", General),
    blame(Start, "why are you so", General),
    blame(Start, "why * so long|late|slow|slowly|badly", General),
    blame(
        Start,
        "how could|can you not? let|allow|forget|miss|ignore|think|not|believe|agree|accept|leave",
        General,
    ),
    // "Why did you…" about what was done asks for a defence: "What led you to…" explores.
    blame(Start, "why did you", LedTo),
    blame(Start, "what did you expect|think would happen", General),
    blame(
        Start,
        "what made you think|believe|assume * would|could|wouldn't|couldn't",
        General,
    ),
    // Word order of many second-language speakers: "why you didn't tell him".
    blame(Start, "why you didn't|couldn't|wouldn't|won't|can't|never|did", HardTo),
    blame(Start, "how could|can you say|do that|this $", General),
    blame(Start, "how did you not|let|allow", General),
    blame(
        Start,
        "how come you didn't|never|haven't|couldn't|wouldn't|weren't|wasn't",
        General,
    ),
    blame(Start, "surely you", General),
    blame(
        Start,
        "isn't|wasn't|aren't|weren't|don't|didn't|doesn't * {loaded}",
        General,
    ),
    blame(Start, "you should|shouldn't|ought|could|couldn't to? have", General),
    blame(Start, "you should've|could've|shouldn't've", General),
    blame(Start, "shouldn't|couldn't you have", General),
    blame(Start, "you didn't|never even|really|bother", General),
    blame(Start, "who * good idea", General),
    // ── Advice in disguise: a suggestion shaped as a question ──
    rule(Advice, Start, "why don't|not you|we"),
    rule(Advice, Start, "why not _"),
    rule(
        Advice,
        Start,
        "have|did|had you ever? tried|try|considered|consider|explored|explore|weighed|trialled",
    ),
    rule(Advice, Start, "have|did you ever? thought|think about|of"),
    rule(Advice, Start, "have|did you ever? looked|look into|at"),
    rule(Advice, Start, "how about"),
    rule(
        Open,
        Start,
        "what about * do|does|did|is|are|was|were|makes|matters|worries|bothers|appeals|excites|scares|interests|draws|concerns|strikes",
    ),
    rule(Advice, Start, "what about"),
    rule(
        Open,
        Start,
        "what if you|we knew|had|were|could|did|didn't|weren't|are|have|can|don't",
    ),
    rule(Advice, Start, "what if you|we|i"),
    rule(Advice, Start, "isn't|wasn't this|that|it really|just|simply"),
    // A leading question carries its answer: "Isn't the real problem that …?"
    lead(
        "isn't|wasn't|aren't the|your * real|actual|underlying|true|obvious|key|main|bigger|simple|simplest|problem|issue|move|thing|point|question",
    ),
    rule(
        Advice,
        Start,
        "wouldn't|won't you be * better|happier|safer|wiser|easier|calmer",
    ),
    rule(Advice, Start, "wouldn't|won't you rather|prefer"),
    rule(Advice, Start, "wouldn't|won't a|an|some|more|another"),
    rule(Advice, Start, "would|will|could you consider|contemplate"),
    rule(Advice, Start, "is|isn't it possible|feasible"),
    rule(Advice, Start, "is|isn't it an option"),
    rule(Closed, Start, "wouldn't you say|agree|feel"),
    rule(Advice, Start, "wouldn't|won't * {remedy}"),
    rule(
        Advice,
        Start,
        "wouldn't|won't|isn't|would|could|might it|that|this not? be|make * {better}",
    ),
    rule(Advice, Start, "would|could|might it|that help"),
    rule(
        Advice,
        Start,
        "is|isn't it worth|time|better|easier|wiser|wise|best|smarter",
    ),
    rule(
        Advice,
        Start,
        "is|isn't|wasn't|was the|a|an|your|one * answer|solution|fix|remedy|cure",
    ),
    rule(
        Advice,
        Start,
        "do|don't you think|reckon|feel * should|ought|must|better",
    ),
    rule(Advice, Start, "do|don't you think|reckon|feel * need to"),
    rule(Advice, Start, "shouldn't|couldn't|can't"),
    rule(Advice, Start, "could|can you|we not"),
    rule(Advice, Start, "should you"),
    rule(
        Open,
        Start,
        "can|could|would|will you|we please? talk|speak to|with me|us",
    ),
    rule(
        Advice,
        Start,
        "can|could|would|will you|we please? talk|speak|chat|write|go|turn|reach out? to|with",
    ),
    // ── Requests: an invitation to talk is open however it is phrased ──
    rule(Open, Start, "can|could|would|will you|we please? {request}"),
    rule(
        Open,
        Start,
        "can|could|would|will you|we please? tell|give|show|walk|talk|take|help me|us",
    ),
    rule(Open, Start, "can|could|would|will you|we please? go into|over|through"),
    rule(
        Open,
        Start,
        "would|could|will you be willing|able|happy|open to {request}",
    ),
    rule(
        Open,
        Start,
        "would|could|will you be willing|able|happy|open to tell|give|show|walk|talk|take|help me|us",
    ),
    rule(Open, Start, "would|will you like|care|want to {request}"),
    rule(Open, Start, "would you mind {requesting}"),
    rule(Closed, Start, "can|could you {mental}"),
    rule(Advice, Start, "can|could you|we"),
    // ── Hedged suggestions and plain instructions ──
    rule(Advice, Start, "maybe|perhaps it's time|worth"),
    rule(Advice, Start, "maybe|perhaps it is time|worth"),
    rule(
        Closed,
        Start,
        "maybe|perhaps it|it's|this|that|there|he|she|they|the|i|we",
    ),
    rule(Advice, Start, "maybe|perhaps"),
    rule(Advice, Start, "you should|ought|must|need|needs|could|better"),
    rule(Advice, Start, "you might|may want|try|consider|like|wish|need|find"),
    rule(Advice, Start, "you can always|just|try|simply"),
    rule(Advice, Start, "you have got? to"),
    rule(Advice, Start, "you've got to"),
    rule(Advice, Start, "you'd better"),
    rule(Open, Start, "i'd|i would love|like to hear|know|understand|learn"),
    rule(Open, Start, "i'd|i would be curious|interested"),
    // Hedged advice: "I wonder if it might be worth …", "I'm wondering whether …".
    rule(Advice, Start, "i'm|i am wondering if|whether"),
    rule(
        Advice,
        Start,
        "i wonder|wondered if|whether it|that|this|there|maybe|perhaps",
    ),
    rule(Open, Start, "i'm|i am curious|wondering|interested"),
    rule(Open, Start, "i wonder what|how|why|who|where|when|which"),
    rule(Advice, Start, "i wonder if|whether you|we could|should|might|can"),
    rule(Closed, Start, "i wonder"),
    rule(Advice, Start, "i'd|i would|i'll|i will"),
    rule(Open, Start, "tell me|us|about|more"),
    rule(Open, Start, "talk|walk|take me|us through"),
    rule(Open, Start, "give me|us a|an|some"),
    rule(Open, Start, "help me|us understand|see|get|picture|make"),
    rule(Open, Start, "ask yourself"),
    rule(Advice, Start, "just? tell|talk|speak|go|write"),
    rule(Advice, Start, "just? have a|an|some|more"),
    rule(Advice, Start, "just? {imperative}"),
    // ── Fact questions: one number, date or name answers them ──
    rule(
        Closed,
        Start,
        "how big|large|small|far|wide|tall|heavy|expensive|high|low",
    ),
    rule(Closed, Start, "when does|do|will the|your"),
    rule(Closed, Start, "who is|was|are|were the|a|an"),
    rule(Closed, Start, "how many|old|often|soon|long"),
    rule(Open, Start, "how much of|is|does|do|would|could|can|will|matters|more"),
    rule(Closed, Start, "how much"),
    rule(Closed, Start, "what time|date|day|year|month|age|percentage|percent"),
    rule(Closed, Start, "when is|was|will the|your"),
    rule(Closed, Start, "who is|was your"),
    // Who, which and where asking for a name or a place: "Who was in the room?",
    // "Where does he sit?". "Who else…" and "Who could…" stay open.
    rule(Open, Start, "who|whom else"),
    rule(Closed, Start, "who|whom did you|he|she|they"),
    rule(
        Closed,
        Start,
        "who|whom do|does you|he|she|they * report|work|answer|sit|meet|email|call",
    ),
    rule(
        Closed,
        Start,
        "who was|were|is|are in|at|there|involved|present|invited",
    ),
    rule(
        Closed,
        Start,
        "who signs|decides|owns|leads|runs|approves|pays|decided|signed|approved|manages|chairs|sent|made|hired|wrote",
    ),
    rule(Closed, Start, "which of the|these|those two|three|four"),
    rule(Closed, Start, "where is|was|are|were"),
    rule(
        Closed,
        Start,
        "where does|did|do * sit|live|work|meet|happen|held|located|based",
    ),
    rule(Closed, Start, "where does|did * take place"),
    rule(
        Closed,
        Start,
        "which one|ones|team|department|company|office|site|city|country|division|unit|school|version|day|week|month|year|date",
    ),
    // ── Open questions ──
    rule(Open, Start, "in what|which way|ways|sense|respect|respects|areas|area"),
    rule(Open, Start, "to what extent|degree|level"),
    rule(Open, Start, "how come"),
    rule(Open, Start, "what|how|which|who|whom|whose|where|when|why"),
    rule(Open, Start, "say more|a|something"),
    rule(
        Open,
        Start,
        "describe|explain|share|imagine|suppose|picture|envision|unpack|elaborate|expand|outline|recount|paint|sketch|spell",
    ),
    // ── Questions that invite a yes or a no ──
    rule(
        Closed,
        Start,
        "is|are|am|was|were|do|does|did|have|has|had|can|could|will|would|should|shall|may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|can't|couldn't|won't|wouldn't|shouldn't",
    ),
    rule(
        Closed,
        Start,
        "right|ok|okay|correct|true|yes|no|any|anything|anyone|anybody",
    ),
];
