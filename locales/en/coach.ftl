# The question coach's hints (src/notes/classify/hint.rs), in the language
# circle speaks. The English rewordings reuse the person's own words.

coach-open = Open: it leaves the answer to the presenter.
coach-advice = Advice in disguise: it carries your answer. Ask for theirs: "What options do you see?" or "What have you already tried?"
coach-closed = Closed: a yes, a no or one fact answers it. Open it up: "What …?" or "How might you …?" ("Did you talk to him?" → "What conversations could you have with him?")
coach-closed-clarifying = Closed, and fine here: clarifying questions pin down the facts.
coach-statement = Not a question yet. Turn it into one that starts with what or how: "What makes this matter to you?"
coach-judgemental = Judgemental: it can sound like blame. Ask what got in the way: "{ $question }"
coach-gentler = What was going on for you at the time?
coach-hard-to = What made it hard to { $what }?
coach-led-to = What led you to { $what }?
coach-advice-topic = Advice in disguise: it carries your answer. Ask for theirs: "What options do you see for { $topic }?"
coach-advice-keep = Advice first, then a good question: drop the advice and ask only "{ $question }"
coach-leading = Leading: the question carries your answer. Ask for their view: "What do you see as { $topic }?"
coach-gentler-topic = What was going on for you around { $topic }?
coach-advice-later = Or keep the idea for "{ $phase }".
