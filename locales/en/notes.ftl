# Notes on disk: the Markdown summary, record labels, what each phase is for,
# and errors about groups, journals and records. Front-matter keys, file
# formats and ISO dates stay as they are.

## The Markdown summary (src/notes/summary.rs, summary_parts.rs).
summary-unfinished = The meeting is still running or was interrupted; this summary is what was saved so far.
# The private notes file beside the summary (src/notes/private_notes.rs).
private-title = Private notes: { $meeting }
private-not-shared = The facilitator's own notes, typed with a leading "!". Not part of the summary; do not share this file.
summary-roles = Roles: { $roles }
summary-presents = { $name } presents
summary-initial-focus = Initial focus
summary-reframed-focus = Reframed focus
summary-focus = Focus
summary-questions = Questions
summary-suggestions = Suggestions
summary-insights = Insights
summary-hopes = Why we are here
summary-review = Looking back on the programme
summary-learnings = Learnings
summary-options = Options
summary-commitments = Commitments
summary-whole-group = Whole group
summary-value = Value for our time
summary-average = average **{ $average }** of 5
summary-airtime = Airtime
summary-time-per-phase = Time per phase
summary-col-member = member
summary-col-spoke = spoke
summary-col-phase = phase
summary-col-planned = planned
summary-col-used = used
summary-col-commitment = commitment
summary-col-status = status
summary-col-learned = learned
summary-pros = pros: { $pros }
summary-cons = cons: { $cons }
summary-group-owner = the group
summary-buddy = buddy { $name }
summary-due = due { $date }
summary-verdict-open = open
summary-verdict-closed = closed
summary-verdict-advice = advice
summary-verdict-judgemental = judgemental
summary-our-norms = Our norms
summary-norm-changed = changed today; was: { $old }
summary-norm-new = new today
summary-norms-proposed = Proposed, not adopted:
summary-report-back = Report-back
summary-not-marked = Not marked (still open):
summary-carried = Carried to the next meeting (away today):
summary-buddies = Accountability buddies
summary-checks-in = { $buddy } checks in with { $member }
summary-celebration = Celebration: what we kept
summary-nothing-kept = No commitment was marked done in this programme.
summary-kept-from = from { $made }
summary-return = Return on our time
summary-meetings-together = { $count } meetings, { $time } together
summary-kept-tally = Commitments kept: { $kept } of the { $due } that came due ({ $percent }%)
summary-none-due = No commitment came due
summary-value-trend = Value for our time, meeting by meeting: { $trend }

## Labels in records (src/notes/record.rs).
record-meeting-of = meeting { $number } of { $of }
category-focus = initial focus
category-reframe = reframed focus
category-question = question
category-option = option
category-suggestion = suggestion
category-commitment = commitment
category-learning = learning
category-insight = insight
category-hope = why I am here
category-review = looking back
category-norm = proposed norm
status-done = done
status-partly = partly
status-not-yet = not yet
status-dropped = dropped

## What to do in each kind of phase (src/notes/kinds.rs).
kind-what-norms = Read the norms aloud; everyone agrees before the circle starts.
kind-what-report-back = Each says what became of last time's commitments: done, partly, not yet, dropped.
kind-what-challenge = The presenter describes the challenge; the others listen without interrupting.
kind-what-clarifying = Ask short questions about the facts, to understand the situation; no advice.
kind-what-questions = The coaches ask open questions, one at a time; no advice.
kind-what-reframe = Offer another way to see the challenge; the presenter listens.
kind-what-options = Name possible ways forward; the presenter chooses none yet.
kind-what-reflection = Each says what they take away from this round.
kind-what-feedback = Give the presenter ideas for the future; they only say thank you.
kind-what-commitment = The presenter names one next step, by when, and who will check in.
kind-what-check-out = Each says one word about the meeting and rates its value for their time.
kind-what-contracting = Each says why they are here and what they want from the circle; the others listen.
kind-what-review = Each looks back: what they set out to do, what they kept, and what the circle was worth.
journey-contracting-title = Why we are here
journey-contracting-prompt-why = Why are you here, and what do you want from this circle?
journey-contracting-prompt-want = What would make these meetings worth your time?
journey-contracting-prompt-need = What do you need from the others to speak openly?
journey-contracting-rule = Each speaks once; no discussion yet
journey-norms-title = How we work together
journey-norms-prompt-confidential = Confidentiality: what is said in the circle stays in the circle. Does everyone agree?
journey-norms-prompt-own = Which norms of our own do we adopt? Type one as a note and press a to adopt it.
journey-review-title = Looking back on our programme
journey-review-prompt-kept = What did you set out to do, and what did you keep?
journey-review-prompt-worth = Was this circle worth your time? What made it so, or not?
journey-review-prompt-next = What will you take into your next programme?
journey-review-rule = Each speaks once; celebrate what was kept
kind-what-custom = Time for the group to use as it agreed.
kind-what-break = A break: stretch, get a drink; the clock says when we start again.

## How often a group meets (src/notes/every.rs), after "every": "every month".
every-days = { $count ->
    [one] day
   *[other] { $count } days
}
every-months = { $count ->
    [one] month
   *[other] { $count } months
}

## Errors about groups, journals, records and the ledger (src/notes/).
err-every-help = say how often the group meets, e.g. "month", "2 months", "4 weeks" or "28 days"
err-every-range = meetings can be 1 day to a year apart
err-group-newer = written by a newer circle (version { $version }); upgrade circle to use it
err-group-cadence = { $days } is not a number of days between meetings
err-group-cadence-help = give 1 to 366
err-group-none = no group named "{ $name }"; create it with `circle group new { $quoted } --members "Ana,Ben,…"` (see `circle group list`)
err-group-none-near = no group named "{ $name }"; did you mean "{ $near }"? (see `circle group list`)
err-group-locked = another circle command is changing this group ({ $path }) and has not finished within 10 seconds; try again in a moment
err-change-unreadable = { $path }: { $error }; this change to the group cannot be read: restore it from your repository or backup (nothing else was changed)
err-group-folder-taken = the folder for "{ $name }" belongs to the group "{ $owner }"; choose a more distinct name
err-group-no-name = a group needs a name
err-group-name-control = the group name "{ $name }" has control characters; type it plainly
err-group-name-long = a group name can be at most { $max } characters
err-member-name-long = "{ $name }" is longer than { $max } characters; use a shorter name
err-record-newer = written by a newer circle (record version { $version }, this circle reads up to { $reads }); upgrade circle to read it
err-journal-no-header = empty, or its first line is not a circle journal header (lost or damaged), so nothing says what the meeting was; the file is kept as it is, and the notes saved up to then are in the summary beside it
err-journal-newer = written by a newer circle (journal version { $version }); upgrade circle to resume it
err-journal-corrupt = corrupt journal line ({ $message }); the file is kept as it is
err-journal-skipped = this line is damaged and left out ({ $what }); everything else is restored
err-journal-cut-off = the last event was cut off mid-write and is left out; everything before it is restored
err-journal-locked = this meeting is open in another window
err-journal-no-free-id = no free meeting id for { $id }
err-journal-torn = the journal's last line was cut off mid-write; it is kept in { $path } and left out
err-cannot-lock = cannot lock { $path }

## A rotating role and who held it, in the summary's front line.
summary-role = { $role } { $member }
summary-role-facilitator = facilitator
